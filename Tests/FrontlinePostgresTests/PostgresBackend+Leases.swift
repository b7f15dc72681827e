import Foundation
@testable import FrontlinePostgres

extension PostgresBackend {
    /// Until when the agent's open shift's console lease holds, read as the owner.
    func consoleLeaseUntil(_ agent: String) throws -> Date? {
        var until: Date?
        try Self.admin(database) { session in
            until = try session.query("SELECT console_lease_until FROM shifts WHERE agent = $1 AND ended_at IS NULL", [agent])
                .rows.first?.date("console_lease_until")
        }
        return until
    }
}
