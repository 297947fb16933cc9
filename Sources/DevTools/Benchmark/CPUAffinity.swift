import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The CPUs a thread may run on (Linux `sched_getaffinity` / `sched_setaffinity`), for the
/// benchmark's one-core step. A process started with `posix_spawn` begins with the affinity
/// mask of the thread that started it, so the benchmark pins its own thread to one CPU just
/// while it starts the child and restores its mask at once: the child and every thread it
/// makes stay on that CPU, and the benchmark does not.
///
/// Glibc declares the two calls only under `_GNU_SOURCE`, which Swift's Glibc module does not
/// define, so they are looked up by name with `dlsym`. Where there are no such calls (macOS)
/// `allowed()` is nil and pinning throws.
enum CPUAffinity {
    /// The CPUs the calling thread may run on, ascending; nil where the system cannot say.
    static func allowed() -> [Int]? {
        #if os(Linux)
            guard let get = call("sched_getaffinity") else { return nil }
            var set = cpu_set_t()
            let result = withUnsafeMutableBytes(of: &set) { get(0, $0.count, $0.baseAddress) }
            guard result == 0 else { return nil }
            return cpus(in: set)
        #else
            return nil
        #endif
    }

    /// Runs `body` with the calling thread allowed on `cpu` alone, then gives the thread back
    /// the mask it had (also when `body` throws). Throws when the CPU is not one the thread
    /// may use or the system has no affinity calls.
    static func withCallingThread<T>(pinnedTo cpu: Int, _ body: () throws -> T) throws -> T {
        #if os(Linux)
            guard let get = call("sched_getaffinity"), let set = call("sched_setaffinity") else {
                throw BenchmarkError(description: "this C library has no sched_getaffinity/sched_setaffinity: cannot run a step on one CPU")
            }
            var saved = cpu_set_t()
            guard withUnsafeMutableBytes(of: &saved, { get(0, $0.count, $0.baseAddress) }) == 0 else {
                throw BenchmarkError(description: "sched_getaffinity failed: \(String(cString: strerror(errno)))")
            }
            guard cpus(in: saved).contains(cpu) else {
                throw BenchmarkError(description: "CPU \(cpu) is not in the bench's allowed set \(cpus(in: saved))")
            }
            var one = cpu_set_t()
            withUnsafeMutableBytes(of: &one) { $0[cpu / 8] = UInt8(1) << UInt8(cpu % 8) }
            guard withUnsafeMutableBytes(of: &one, { set(0, $0.count, $0.baseAddress) }) == 0 else {
                throw BenchmarkError(description: "sched_setaffinity to CPU \(cpu) failed: \(String(cString: strerror(errno)))")
            }
            defer { _ = withUnsafeMutableBytes(of: &saved) { set(0, $0.count, $0.baseAddress) } }
            return try body()
        #else
            throw BenchmarkError(description: "this system has no CPU affinity calls: cannot run a step on one CPU")
        #endif
    }

    #if os(Linux)
        /// The signature both calls share: `(pid_t pid, size_t size, cpu_set_t *set) -> int`; pid 0
        /// is the calling thread.
        private typealias AffinityCall = @convention(c) (pid_t, Int, UnsafeMutableRawPointer?) -> Int32

        private static func call(_ name: String) -> AffinityCall? {
            // A nil handle is glibc's RTLD_DEFAULT: the symbol as the program resolves it.
            guard let symbol = dlsym(nil, name) else { return nil }
            return unsafeBitCast(symbol, to: AffinityCall.self)
        }

        /// The CPU numbers whose bits are set, ascending.
        private static func cpus(in set: cpu_set_t) -> [Int] {
            withUnsafeBytes(of: set) { bytes in
                bytes.enumerated().flatMap { index, byte in
                    (0..<8).filter { byte & (UInt8(1) << UInt8($0)) != 0 }.map { index * 8 + $0 }
                }
            }
        }
    #endif
}
