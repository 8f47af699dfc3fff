import Foundation

/// A source of command lines for the shell: a terminal with line editing, or a plain stream.
///
/// Readers are used from one thread at a time (the shell loop); they block while waiting for input.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (terminals only) and blocks until a line, Ctrl-C or the end of input.
    func read(prompt: String) -> LineInput
    /// Remembers `line` for recall with the Up arrow; readers without history ignore it.
    func addHistory(_ line: String)
    /// Writes the remembered lines out, for readers that keep a history file.
    func saveHistory()
    /// Keeps history in `url` from now on (nil: memory only), e.g. when an agent logs in or out;
    /// readers without history ignore it.
    func setHistoryFile(_ url: URL?)
}
