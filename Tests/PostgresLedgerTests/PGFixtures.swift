import LedgerTestSupport

/// The fixtures of the SQLite suites, which the PostgreSQL suites port case for case.
typealias PGFixtures = LedgerFixtures
