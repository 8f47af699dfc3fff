import Foundation

/// A program started with posix_spawn for a test, killed and reaped if the test forgets it.
///
/// posix_spawn rather than Foundation's Process: the child must be able to start a new session
/// that owns a pseudo-terminal (so Ctrl-C becomes SIGINT), and must not inherit descriptors of
/// other tests running in parallel (a leaked pipe end would keep another test's pipe open).
final class ChildProcess {
    /// Where the child's standard input, output and error go.
    enum Streams {
        /// Onto these descriptors of the parent (e.g. pipe ends).
        case descriptors(input: Int32, output: Int32, error: Int32)
        /// All three onto the terminal at this path, which becomes the controlling terminal of
        /// the child's new session.
        case terminal(path: String)
    }

    /// The child's process id.
    let pid: pid_t
    private var ended: ExitStatus?

    /// Starts `executable`; `environment` is the child's whole environment.
    init(executable: URL, arguments: [String], environment: [String: String], streams: Streams) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        Self.connect(streams, in: &actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let newSession = if case .terminal = streams { true } else { false }
        Self.resetSignals(in: &attributes, newSession: newSession)
        pid = try Self.spawn(
            executable, arguments: arguments, environment: environment, actions: &actions, attributes: &attributes)
    }

    deinit {
        if ended == nil { kill() }
    }

    /// The environment tests run programs in: only PATH and HOME from this process, plus `extra`.
    static func environment(adding extra: [String: String]) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment.filter { ["PATH", "HOME"].contains($0.key) }
        return inherited.merging(extra) { _, given in given }
    }

    /// How the child ended, or nil while it runs; never blocks.
    func exitStatus() -> ExitStatus? {
        if ended == nil { reap(blocking: false) }
        return ended
    }

    /// Waits until the child ends or `deadline` passes; nil if it is still running.
    func waitForExit(until deadline: ContinuousClock.Instant) -> ExitStatus? {
        while exitStatus() == nil && ContinuousClock.now < deadline {
            usleep(5_000)
        }
        return ended
    }

    /// Sends SIGKILL and reaps the child.
    func kill() {
        guard ended == nil else { return }
        _ = Foundation.kill(pid, SIGKILL)
        reap(blocking: true)
    }

    private func reap(blocking: Bool) {
        var status: Int32 = 0
        var result: pid_t
        repeat {
            result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        } while result < 0 && errno == EINTR
        if result == pid { ended = ExitStatus(waitStatus: status) }
        if result < 0 { ended = .signalled(0) }  // already reaped elsewhere: treat as gone
    }

    private static func connect(_ streams: Streams, in actions: inout posix_spawn_file_actions_t) {
        switch streams {
        case .descriptors(let input, let output, let error):
            posix_spawn_file_actions_adddup2(&actions, input, 0)
            posix_spawn_file_actions_adddup2(&actions, output, 1)
            posix_spawn_file_actions_adddup2(&actions, error, 2)
        case .terminal(let path):
            // Opened after setsid (glibc runs the attributes first), so it becomes the
            // controlling terminal and the child's group its foreground group.
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }
        closeOtherDescriptors(in: &actions)
    }

    /// Closes every descriptor above stderr in the child. glibc's closefrom action is GNU-only
    /// and not imported into Swift, so it is looked up at run time.
    private static func closeOtherDescriptors(in actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
    }

    /// Gives the child default signal handling and an empty mask, whatever the test runner set
    /// (a runner started in the background ignores SIGINT, and that would be inherited).
    private static func resetSignals(in attributes: inout posix_spawnattr_t, newSession: Bool) {
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        let setSession: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc), GNU-only so not imported
        let flags = Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK) | (newSession ? setSession : 0)
        posix_spawnattr_setflags(&attributes, Int16(flags))
    }

    private static func spawn(
        _ executable: URL, arguments: [String], environment: [String: String],
        actions: inout posix_spawn_file_actions_t, attributes: inout posix_spawnattr_t
    ) throws -> pid_t {
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw HarnessError("cannot start \(executable.path): \(String(cString: strerror(result)))")
        }
        return pid
    }
}
