import Foundation
@testable import Ledger
import LedgerTestSupport

extension LedgerFixtures {
    /// A fresh in-memory ledger on the fixtures' clock.
    static func ledger() throws -> SQLiteLedger { try SQLiteLedger.inMemory(clock: { now }) }
}
