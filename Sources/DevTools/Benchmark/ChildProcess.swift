import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a command as a child process and measures it: wall time and the child's own peak
/// resident memory (from `wait4`), with its output thrown away. Used by the benchmark, which
/// must measure each step alone, not the benchmark process. A step can be held to one CPU
/// (`cpu`): the child starts with that CPU as its whole affinity mask (`CPUAffinity`).
enum ChildProcess {
    /// What one run of a command cost.
    struct Cost: Sendable {
        var status: Int32
        var seconds: Double
        /// Peak resident set size in bytes.
        var peakRSS: Int
    }

    /// Runs `arguments` (the first is the program, looked up on `PATH`) and waits for it; with
    /// `cpu`, the program and all its threads run on that CPU only.
    static func measure(_ arguments: [String], stderr: String? = nil, cpu: Int? = nil) throws -> Cost {
        try measureTogether([arguments], stderr: stderr, cpu: cpu)[0]
    }

    /// Starts every command at once and waits for all; each cost has the wall time from the
    /// common start to that command's end.
    static func measureTogether(_ commands: [[String]], stderr: String? = nil, cpu: Int? = nil) throws -> [Cost] {
        let started = DispatchTime.now()
        var pids: [pid_t] = []
        for arguments in commands {
            if let cpu {
                pids.append(try CPUAffinity.withCallingThread(pinnedTo: cpu) { try spawn(arguments, stderr: stderr) })
            } else {
                pids.append(try spawn(arguments, stderr: stderr))
            }
        }
        var costs: [Cost] = []
        for pid in pids {
            var status: Int32 = 0
            var usage = rusage()
            while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            costs.append(Cost(status: exit, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024))
        }
        return costs
    }

    private static func spawn(_ arguments: [String], stderr: String?) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        // The child starts as from a shell: no signal blocked, every signal's default action
        // (a thread of this process may block some, and a child inherits the mask; the
        // peer's pool of Python processes did not finish under an inherited mask).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw CocoaError(
                .executableLoad,
                userInfo: [NSDebugDescriptionErrorKey: "cannot start \(arguments[0]): \(String(cString: strerror(result)))"])
        }
        return pid
    }
}
