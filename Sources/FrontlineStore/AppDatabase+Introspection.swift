import FrontlineStoreAPI
import GRDB

// Internal looks into the file, for the tests (`@testable import`) and for diagnostics.
extension AppDatabase {
    func tableNames() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    func journalMode() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Runs raw SQL in a write transaction; tests use it to fake states the API never produces.
    /// Nobody can tell what raw SQL touched, so it counts as a change to everything.
    func executeForTesting(_ sql: String) throws {
        try write { db, changes in
            try db.execute(sql: sql)
            changes.record(.everything)
        }
    }
}
