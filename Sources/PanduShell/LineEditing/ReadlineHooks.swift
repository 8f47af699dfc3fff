import CReadline
import Foundation
import Synchronization

/// The state and C callbacks that readline and the SIGINT handler reach.
///
/// C function pointers cannot capture context, and readline itself is one per process, so this
/// state is process-wide too. It is the only such state in line editing: every value is atomic or
/// behind a `Mutex`, and no other type keeps readline state outside readline.
enum ReadlineHooks {
    /// The key the getc hook hands readline when SIGINT arrived; it is bound to `interruptLine`.
    /// It is Ctrl-C's own byte, so a terminal without ISIG (or a pasted ^C) cancels the line too.
    static let interruptKey: Int32 = 3

    /// Set by the SIGINT handler, consumed by the getc hook.
    static let interruptPending = Atomic<Bool>(false)
    /// Set when Ctrl-C cancelled the line, so `read(prompt:)` reports `.interrupted`.
    static let lineCancelled = Atomic<Bool>(false)
    /// The caller's completion provider and the candidates of the completion in progress.
    static let completion = Mutex<CompletionState>(CompletionState())

    /// Candidates handed to readline one at a time by `nextCandidate`.
    struct CompletionState: Sendable {
        var provider: CompletionProvider?
        var candidates: [String] = []
        var nextIndex = 0
    }

    /// Points readline at the hooks below; call after `rl_initialize` so ~/.inputrc cannot undo it.
    static func install() {
        rlshim_set_catch_signals(0)
        rlshim_set_getc_function { stream in ReadlineHooks.readKey(from: stream) }
        rlshim_set_attempted_completion { word, start, _ in ReadlineHooks.complete(word, start: start) }
        for name in ["emacs", "vi-insert", "vi-command"] {
            rl_bind_key_in_map(interruptKey, { _, _ in ReadlineHooks.interruptLine() }, rl_get_keymap_by_name(name))
        }
    }

    /// Catches SIGINT into `interruptPending` and returns the disposition it replaced.
    ///
    /// No SA_RESTART, so a blocked `read` returns EINTR and the getc hook sees the flag at once.
    static func catchInterrupts() -> sigaction {
        _ = interruptPending.load(ordering: .relaxed)  // initialise now: lazy init is not signal-safe
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            ReadlineHooks.interruptPending.store(true, ordering: .relaxed)
        }
        action.sa_flags = 0
        sigemptyset(&action.sa_mask)
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        return previous
    }

    /// Puts back the SIGINT disposition `catchInterrupts` replaced.
    static func restoreInterrupts(_ previous: sigaction) {
        var previous = previous
        sigaction(SIGINT, &previous, nil)
    }

    /// Reads one key like readline's own `rl_getc`, but turns a pending SIGINT into `interruptKey`.
    ///
    /// readline's `rl_getc` retries a read interrupted by a signal it did not catch itself, and a
    /// signal hook cannot make `readline()` return before the next key; a key can.
    private static func readKey(from stream: UnsafeMutablePointer<FILE>?) -> Int32 {
        guard let stream else { return EOF }
        let descriptor = fileno(stream)
        while true {
            if interruptPending.exchange(false, ordering: .relaxed) { return interruptKey }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count == 0 || errno != EINTR { return EOF }
        }
    }

    /// The command bound to `interruptKey`: echo ^C after the text, end the line, mark it cancelled.
    private static func interruptLine() -> Int32 {
        lineCancelled.store(true, ordering: .relaxed)
        rl_end_of_line(1, 0)
        rl_redisplay()
        rl_echo_signal_char(SIGINT)
        return rl_newline(1, 10)
    }

    /// readline's attempted-completion function: asks the provider, never falls back to file names.
    private static func complete(
        _ word: UnsafePointer<CChar>?, start: Int32
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rlshim_set_completion_over(1)
        guard let word, let provider = completion.withLock({ $0.provider }) else { return nil }
        let request = CompletionRequest(lineBuffer: rlshim_line_buffer(), word: word, start: start)
        // The provider runs outside the lock: it may itself set a new provider.
        let candidates = request.matches(in: provider(request))
        guard !candidates.isEmpty else { return nil }
        completion.withLock { $0.candidates = candidates; $0.nextIndex = 0 }
        return rl_completion_matches(word) { _, _ in ReadlineHooks.nextCandidate() }
    }

    /// readline's generator: the candidates one by one, as malloc'd strings that readline frees.
    private static func nextCandidate() -> UnsafeMutablePointer<CChar>? {
        let candidate: String? = completion.withLock { state in
            guard state.nextIndex < state.candidates.count else { return nil }
            defer { state.nextIndex += 1 }
            return state.candidates[state.nextIndex]
        }
        return candidate.flatMap { strdup($0) }
    }
}
