import Foundation
import LedgerTestSupport

@testable import Ledger

extension LedgerFixtures {
    /// A fresh in-memory ledger on the fixtures' clock.
    static func ledger() throws -> SQLiteLedger { try SQLiteLedger.inMemory(clock: { now }) }
}
