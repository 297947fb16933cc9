import Foundation
import Testing

@testable import Pipeline

/// The intake's threads free what a job holds (a dossier's bytes) once it has run, not when
/// their queue is next compacted: the window of dossiers in flight is what bounds memory.
@Suite struct ThreadPoolTests {
    final class Payload: @unchecked Sendable {
        let bytes = [UInt8](repeating: 7, count: 1 << 16)
    }

    final class Watch: @unchecked Sendable {
        weak var payload: Payload?
    }

    @Test func aJobThatHasRunIsReleased() throws {
        let threads = ThreadPool(count: 2, name: "test")
        let watch = Watch()
        let ran = DispatchSemaphore(value: 0)
        do {
            let payload = Payload()
            watch.payload = payload
            threads.submit {
                _ = payload.bytes.count
                ran.signal()
            }
        }
        ran.wait()
        threads.finish()
        // The thread lets go of its own reference when its loop moves on; give it a moment.
        let deadline = Date().addingTimeInterval(5)
        while watch.payload != nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(watch.payload == nil, "the job's closure is still held by the queue")
        withExtendedLifetime(threads) {}
    }
}
