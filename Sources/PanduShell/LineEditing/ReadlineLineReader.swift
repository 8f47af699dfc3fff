import CReadline
import Foundation

/// Reads lines from a terminal with GNU readline: editing, per-agent history, Tab completion and
/// Ctrl-C that cancels the line instead of the process.
///
/// readline is one per process: create one reader and use it from one thread. While it exists,
/// SIGINT is caught (Ctrl-C never ends the shift); `deinit` puts the old disposition back.
public final class ReadlineLineReader: LineReader {
    /// How many history entries are kept by default, in memory and in the file.
    public static let defaultHistoryLimit = 2000

    private var history: ReadlineHistory
    private let replacedInterruptAction: sigaction

    /// Sets readline up for Pandu and loads `historyFile` (created, with its folder, if missing).
    public init(historyFile: URL? = nil, historyLimit: Int = ReadlineLineReader.defaultHistoryLimit) {
        Self.configureReadline()
        history = ReadlineHistory(limit: historyLimit)
        replacedInterruptAction = ReadlineHooks.catchInterrupts()
        history.switchTo(historyFile)
    }

    deinit {
        history.save()
        ReadlineHooks.completion.withLock { $0.provider = nil }
        ReadlineHooks.restoreInterrupts(replacedInterruptAction)
    }

    /// Offers Tab completions; settable at any time (e.g. once the agent's flows are known).
    /// Candidates that do not start with the word are dropped; nil completes nothing.
    public var completion: CompletionProvider? {
        get { ReadlineHooks.completion.withLock { $0.provider } }
        set { ReadlineHooks.completion.withLock { $0.provider = newValue } }
    }

    /// The history file in use, or nil when history is kept in memory only.
    public var historyFile: URL? { history.file }

    /// The history in memory, oldest first.
    var historyEntries: [String] { history.entries }

    /// Switches to another agent's history file (nil: memory only), dropping the lines in memory.
    public func setHistoryFile(_ url: URL?) {
        history.switchTo(url)
    }

    /// Shows `prompt` and edits a line. Wrap invisible escape sequences in the prompt (colours) in
    /// `\u{1}`…`\u{2}` so readline measures the prompt right.
    public func read(prompt: String) -> LineInput {
        // A Ctrl-C typed while a command ran is not meant for this new line.
        ReadlineHooks.interruptPending.store(false, ordering: .relaxed)
        ReadlineHooks.lineCancelled.store(false, ordering: .relaxed)
        guard let text = readline(prompt) else { return .endOfInput }
        defer { free(text) }
        if ReadlineHooks.lineCancelled.exchange(false, ordering: .relaxed) { return .interrupted }
        return LineInput(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)))
    }

    /// Adds a line to the history (and its file) unless it is blank or repeats the last entry.
    /// Never pass secrets: the file is plain text.
    public func addHistory(_ line: String) {
        history.add(line)
    }

    /// Caps the history file; entries were already appended as they were added.
    public func saveHistory() {
        history.save()
    }

    /// Global readline settings; readline reads ~/.inputrc in `rl_initialize`, so the key binding
    /// in `ReadlineHooks.install` comes after it.
    private static func configureReadline() {
        let name: StaticString = "pandu"  // readline keeps the pointer; a literal lives forever
        rlshim_set_readline_name(UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self))
        // readline would otherwise setenv LINES/COLUMNS, racing other threads' getenv.
        rlshim_set_change_environment(0)
        let wordBreaks: StaticString = " \t\n"  // flow ids and codes contain '-', '=', '@'
        rlshim_set_word_break_characters(UnsafeRawPointer(wordBreaks.utf8Start).assumingMemoryBound(to: CChar.self))
        useUTF8Characters()
        rl_initialize()
        ReadlineHooks.install()
    }

    /// readline decodes keys by LC_CTYPE; a Swift program starts in the "C" locale, where readline
    /// would turn every byte of "é" into a Meta key. Prefer the user's locale, else C.UTF-8.
    private static func useUTF8Characters() {
        setlocale(LC_CTYPE, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" else { return }
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}
