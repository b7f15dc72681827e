import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The Frontline store on a PostgreSQL server, for centres whose consoles run on several hosts.
/// The same schema as the SQLite store (`PostgresMigrations`) and the same protocols; each
/// public method is one short transaction on this store's own connection (`PostgresSession`).
///
/// Writers are serialised by one transaction-scoped advisory lock taken at BEGIN, as SQLite's
/// BEGIN IMMEDIATE serialises them: the SQLite store's read-then-write logic ports unchanged,
/// and the change feed's numbers stay gapless and in commit order. Takes are the exception
/// (`writeTaking`): they hold that lock shared, so they exclude every other writer but not each
/// other, and decide between themselves by row locks (FOR UPDATE SKIP LOCKED).
public final class PostgresStore: DatabaseAdmin, @unchecked Sendable {
    /// The server and database, without any password (`DatabaseAdmin.path`, messages).
    public var path: String { location.description }
    public let isReadOnly: Bool
    public let location: PostgresLocation
    /// The person whose program opened the store (see `AppDatabase.actor`). On an agent's own
    /// database role, that agent: the database says who is at the keyboard.
    public let actor: String?
    /// The agent whose own database role this connection is, when it is an agent's (a member of
    /// `frontline_agent`, not of `frontline_supervisor`): every write is for that agent alone.
    /// Nil on the owner's connection and on a supervisor's.
    public let databaseAgent: String?
    let retention: ChangeFeedRetention
    let session: PostgresSession

    /// The advisory lock every write transaction holds (and the migrations): "FRON". Exclusive,
    /// except for takes, which hold it shared (`writeTaking`).
    static let writerLock: Int64 = 0x4652_4F4E
    /// The lock takes hold from their first numbered row (change feed, outbox) to COMMIT, so those
    /// numbers stay gapless and in commit order while takes run side by side: "FRSQ". Writers
    /// holding `writerLock` exclusively need not take it: no take runs beside them.
    static let sequenceLock: Int64 = 0x4652_5351

    private init(location: PostgresLocation, session: PostgresSession, isReadOnly: Bool, retention: ChangeFeedRetention, actor: String?,
                 databaseAgent: String?) {
        (self.location, self.session, self.isReadOnly, self.retention) = (location, session, isReadOnly, retention)
        (self.actor, self.databaseAgent) = (databaseAgent ?? actor, databaseAgent)
    }

    /// Connects and brings the schema up to date (with `readOnly`, it must already be current).
    /// The password comes from PGPASSWORD or ~/.pgpass unless given.
    public static func open(_ location: PostgresLocation, password: String? = nil, readOnly: Bool = false,
                            retention: ChangeFeedRetention = .standard, actor: String? = nil) throws -> PostgresStore {
        // Reconnecting: a server restarted under a running console is found again by itself.
        let session = try PostgresSession.connect(location, password: password ?? PostgresPassword.find(for: location), reconnecting: true)
        try migrate(session, readOnly: readOnly)
        return PostgresStore(location: location, session: session, isReadOnly: readOnly, retention: retention, actor: actor,
                             databaseAgent: try PostgresAgentRole.connectedAgent(session))
    }

    /// Runs the migrations not yet recorded, all in one transaction under the writer lock, so two
    /// programs opening a new database at once migrate it once. Refuses a database that holds
    /// tables but none of ours, and one migrated by a newer Frontline.
    static func migrate(_ session: PostgresSession, readOnly: Bool) throws {
        // A read-only store only looks (and may be on a standby, where no write may begin).
        try session.transaction(begin: readOnly ? "BEGIN READ ONLY" : "BEGIN") { try migrate(inTransactionOf: session, readOnly: readOnly) }
    }

    /// The migrations inside the caller's transaction (`db copy` creates the schema in the
    /// transaction that fills it, so a failed copy leaves the database as it found it).
    static func migrate(inTransactionOf session: PostgresSession, readOnly: Bool) throws {
        if !readOnly { try session.query("SELECT pg_advisory_xact_lock($1)", [writerLock]) }
        let hasLog = try session.query("SELECT to_regclass('frontline_migrations') IS NOT NULL AS present").rows.first?.get("present", as: Bool.self) ?? false
        if !hasLog {
            let tables = try session.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema()").rows.first?.get("n", as: Int64.self) ?? 0
            if tables > 0 { throw StoreError.notADatabase(path: session.location.description) }
            if readOnly { throw StoreError.readOnly(path: session.location.description) }
            try session.query("CREATE TABLE frontline_migrations (identifier TEXT PRIMARY KEY NOT NULL, applied_at DOUBLE PRECISION NOT NULL)")
        }
        let done = Set(try session.query("SELECT identifier FROM frontline_migrations").rows.map { try $0.get("identifier", as: String.self) })
        let known = Set(PostgresMigrations.all.map(\.identifier))
        if !done.isSubset(of: known) { throw StoreError.schemaTooNew(path: session.location.description) }
        let pending = PostgresMigrations.all.filter { !done.contains($0.identifier) }
        if pending.isEmpty { return }
        if readOnly { throw StoreError.readOnly(path: session.location.description) }
        for migration in pending {
            do {
                try session.run(script: migration.sql)
            } catch StoreError.refused {
                // An agent's or supervisor's role opened a database a newer Frontline has to bring up to date.
                throw StoreError.refused("the database needs bringing up to date (\(migration.identifier)), which only its owner may do: "
                    + "run 'frontline db init' once as the database's owner")
            }
            try session.query("INSERT INTO frontline_migrations (identifier, applied_at) VALUES ($1, $2)",
                              [migration.identifier, Date().timeIntervalSince1970])
        }
    }

    // MARK: - Transactions

    /// A read on one snapshot of the database.
    func read<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try session.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(session) }
    }

    /// A write transaction holding the writer lock from BEGIN, so what it reads cannot change
    /// before it writes (SQLite's BEGIN IMMEDIATE). The body says what it changed through the
    /// recorder; the topics go into the change feed in the same transaction. As on SQLite, a
    /// body that changes rows but records nothing is refused in debug builds and recorded as
    /// `.everything` in release builds. `for agent`: see `AppDatabase.write(for:)`. Without
    /// `waiting`, a write that would wait for another writer throws `StoreError.busy` instead.
    func write<T>(waiting: Bool = true, for agent: String? = nil, _ body: (PostgresSession, PostgresChangeRecorder) throws -> T) throws -> T {
        try checkMayWrite(for: agent)
        return try session.transaction {
            if try !lockWriters(waiting ? "pg_advisory_xact_lock" : "pg_try_advisory_xact_lock") { throw StoreError.busy(path: path) }
            let changes = PostgresChangeRecorder()
            let onBehalf = onBehalf(of: agent)
            let audited = try onBehalf.map { _ in try Self.lastAuditRows(session) }
            let rowsBefore = session.changedRows
            let result = try body(session, changes)
            if let onBehalf, let audited {
                try Self.stampActor(session, onBehalf.actor, onRowsFor: onBehalf.agent, after: audited)
            }
            try Self.appendToFeed(session, topics: try feedTopics(changes, rowsBefore: rowsBefore), retention: retention)
            return result
        }
    }

    /// A take (`take`, `takeNext`): like `write`, but holding the writer lock *shared*, so takes by
    /// other agents run beside it instead of one after another, while every other writer (routing,
    /// wrap-ups, transfers…) still runs alone, its read-then-write logic unchanged. READ COMMITTED.
    /// Why that is safe, by what a take touches (docs/postgres-port-plan.md, "Taking side by side"):
    /// - the contact: candidates are row-locked FOR UPDATE SKIP LOCKED, and the conditional
    ///   `UPDATE … WHERE state = 'waiting'` (which sees the newest committed row) decides; what a take
    ///   reads besides (the taker's agent row, the customer's assigned agent, group and hold rules)
    ///   only other writers change, and none runs beside a take;
    /// - offers of the contact or ringing the taker: locked in id order before they are closed, so two
    ///   takes sharing one wait at most for the other's commit and never deadlock;
    /// - breaches and events: rows of the taken contact, which this take alone holds; event ids need
    ///   no order (nothing reads the log by id cursor but the on-behalf stamp, below);
    /// - the outbox and the change feed, numbered MAX + 1: written last, under `sequenceLock` held to
    ///   COMMIT, so their numbers stay gapless and in commit order; nothing waits while holding it.
    /// A take done for another agent (`write(for:)` stamping the actor from MAX(id)) runs as `write`.
    func writeTaking<T>(for agent: String, _ body: (PostgresSession, PostgresChangeRecorder) throws -> T) throws -> T {
        if onBehalf(of: agent) != nil { return try write(for: agent, body) }
        try checkMayWrite(for: agent)
        return try session.transaction {
            _ = try lockWriters("pg_advisory_xact_lock_shared")
            session.heldOutbound = []
            defer { session.heldOutbound = nil }
            let changes = PostgresChangeRecorder()
            let rowsBefore = session.changedRows
            let result = try body(session, changes)
            let topics = try feedTopics(changes, rowsBefore: rowsBefore)
            let held = session.heldOutbound ?? []
            session.heldOutbound = nil
            guard !topics.isEmpty || !held.isEmpty else { return result }
            try session.query(try Self.numberedLast(outbound: held, topics: topics, retention: retention))
            return result
        }
    }

    /// Takes the writer lock by `function` (false when `pg_try_…` found it held) and, in the same
    /// round trip, the transaction's number (`PostgresSession.transactionNumber`).
    private func lockWriters(_ function: String) throws -> Bool {
        let row = try session.query("SELECT \(function)($1)::text AS locked, txid_current() AS number", [Self.writerLock]).rows[0]
        session.transactionNumber = try row.get("number", as: Int64.self)
        return try row.get("locked", as: String.self) != "false"
    }

    private func checkMayWrite(for agent: String?) throws {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        if let agent, let databaseAgent, agent != databaseAgent {
            throw StoreError.refused(PostgresAgentRole.actingForOthers(databaseAgent, agent))
        }
    }

    /// Whom a write `for agent` is done by, when that is someone else (the store's actor).
    private func onBehalf(of agent: String?) -> (agent: String, actor: String)? {
        agent.flatMap { agent in actor.flatMap { $0 == agent ? nil : (agent: agent, actor: $0) } }
    }

    /// What the body recorded; a body that changed rows but recorded nothing is refused in debug
    /// builds and recorded as `.everything` in release builds.
    private func feedTopics(_ changes: PostgresChangeRecorder, rowsBefore: Int) throws -> Set<ChangeTopic> {
        let changed = session.changedRows - changes.rolledBackRows - rowsBefore
        guard changes.topics.isEmpty, changed != 0 else { return changes.topics }
        #if DEBUG
        throw PostgresUnrecordedChanges(rows: changed)
        #else
        return [.everything]
        #endif
    }

    /// A write of rows no console shows (the API's tokens, the delivery lease): no change-feed
    /// entry, since no screen reloads for them (`AppDatabase.writeOutsideFeed`). It holds the
    /// writer lock like any write, so its read-then-write logic ports unchanged.
    func writeOutsideFeed<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        return try session.transaction {
            _ = try lockWriters("pg_advisory_xact_lock")
            return try body(session)
        }
    }

    /// The newest event and complaint-history line, before a write appends any.
    private static func lastAuditRows(_ db: PostgresSession) throws -> (events: Int64, history: Int64) {
        let row = try db.query("""
            SELECT COALESCE((SELECT MAX(id) FROM contact_events), 0) AS events, COALESCE((SELECT MAX(id) FROM complaint_history), 0) AS history
            """).rows[0]
        return (try row.get("events"), try row.get("history"))
    }

    /// Names `actor` on the rows appended since `after` that were done for `agent`.
    private static func stampActor(_ db: PostgresSession, _ actor: String, onRowsFor agent: String,
                                   after before: (events: Int64, history: Int64)) throws {
        try db.query("UPDATE contact_events SET actor = $1 WHERE id > $2 AND agent = $3", [actor, before.events, agent])
        try db.query("UPDATE complaint_history SET actor = $1 WHERE id > $2 AND agent = $3", [actor, before.history, agent])
    }
}

/// What a write transaction changed, for the change feed (the SQLite store's ChangeRecorder).
final class PostgresChangeRecorder {
    private(set) var topics: Set<ChangeTopic> = []
    /// Rows changed inside savepoints rolled back since (see `ChangeRecorder.rolledBack`).
    private(set) var rolledBackRows = 0

    /// A savepoint was rolled back: what was recorded since `topics` was read, and the `rows` it
    /// changed, are as if never done (a group commit's refused intake).
    func rolledBack(to topics: Set<ChangeTopic>, rows: Int) {
        self.topics = topics
        rolledBackRows += rows
    }

    func record(_ topics: ChangeTopic...) { self.topics.formUnion(topics) }

    func record<S: Sequence>(contentsOf topics: S) where S.Element == ChangeTopic { self.topics.formUnion(topics) }
}

/// A write changed rows but said nothing of what it changed: consoles would miss it.
struct PostgresUnrecordedChanges: Error, CustomStringConvertible {
    var rows: Int
    var description: String { "a write changed \(rows) row(s) but recorded no change topic (PostgresChangeRecorder)" }
}

/// Every protocol of the store seam; methods not yet ported throw `StoreError.notYetOnPostgres`
/// (Pending/), so a command reaching one says so instead of answering wrongly.
extension PostgresStore: FrontlineStores {}
