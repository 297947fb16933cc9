import Dispatch
import Foundation
import Testing

@testable import Pipeline

/// The recorder's ledger writes run in the order handed over, and no more than `depth` wait
/// or run at once: a slow ledger holds the caller back instead of piling up batches.
@Suite struct LedgerWriteQueueTests {
    @Test func operationsRunInTheOrderTheyWereHandedOver() {
        let queue = LedgerWriteQueue(label: "test", depth: 2)
        let order = Locked<[Int]>([])
        for number in 0..<200 {
            queue.async { order.value.append(number) }
        }
        queue.wait()
        #expect(order.value == Array(0..<200))
    }

    @Test func theCallerWaitsWhileDepthOperationsAreOutstanding() {
        let queue = LedgerWriteQueue(label: "test", depth: 2)
        let gate = DispatchSemaphore(value: 0)
        queue.async { gate.wait() }  // running, held at the gate
        queue.async {}  // waiting behind it: both slots taken
        let handedOver = Locked(false)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            queue.async {}
            handedOver.value = true
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(handedOver.value == false, "a third operation is not taken while two are outstanding")
        gate.signal()
        #expect(done.wait(timeout: .now() + 10) == .success)
        queue.wait()
        #expect(handedOver.value)
    }
}
