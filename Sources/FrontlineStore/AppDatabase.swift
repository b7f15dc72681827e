import Foundation
import GRDB
import FrontlineStoreAPI

/// The Frontline database: one SQLite file in WAL mode, shared by every console on the host.
///
/// Every public method is one short transaction; errors come out as `StoreError`.
public final class AppDatabase: Sendable {
    /// Where the file lives.
    public let path: String
    /// True when opened with `readOnly: true`: reads work, writes throw `StoreError.readOnly`.
    public let isReadOnly: Bool
    let pool: DatabasePool
    /// A connection that never writes, for the change feed's cheap question ("anything after N?")
    /// asked a few times a second by every console, outside the pool's readers.
    private let watcher: DatabaseQueue
    /// Answers the feed's "latest?" from memory while nothing has committed.
    let latestChangeGate: LatestChangeGate
    /// The database file as SQLite names it (symbolic links followed): its WAL and WAL index are
    /// this with "-wal" and "-shm".
    let resolvedPath: String
    /// Rung after commits another screen may show (`CommitBell`).
    let bell: CommitBell
    /// How much of the change feed is kept.
    let retention: ChangeFeedRetention
    /// The person whose program opened the store (the operating-system user's agent name), or nil
    /// for the program itself (setting a database up, trainee mode, tests). When they act for
    /// another agent, what they write names them as its actor (`write(for:)`).
    public let actor: String?

    /// How long a writer waits for another console's transaction before giving up.
    static let busyTimeout: TimeInterval = 5
    /// Its connections' way of waiting for the write lock.
    private let busyWait: BusyWait

    private init(path: String, isReadOnly: Bool, pool: DatabasePool, watcher: DatabaseQueue, retention: ChangeFeedRetention,
                 resolvedPath: String, actor: String?, busyWait: BusyWait) {
        self.busyWait = busyWait
        self.path = path
        self.isReadOnly = isReadOnly
        self.pool = pool
        self.watcher = watcher
        self.retention = retention
        self.resolvedPath = resolvedPath
        bell = CommitBell(databasePath: resolvedPath)
        latestChangeGate = LatestChangeGate(databasePath: resolvedPath)
        self.actor = actor
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// With `readOnly`, nothing is created or migrated; the schema must already be current.
    /// `retention` says how much of the change feed to keep (tests keep little, to see it trimmed).
    /// `actor` is the person opening it (see `actor`).
    public static func open(path: String, readOnly: Bool = false, retention: ChangeFeedRetention = .standard,
                            actor: String? = nil) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        if !readOnly {
            try DatabaseFile.prepare(url)
        }
        if !readOnly, !DatabaseFile.isWritable(url) {
            throw StoreError.readOnly(path: path)
        }
        var configuration = Configuration()
        let busyWait = BusyWait()
        configuration.busyMode = .callback { busyWait.shouldRetry(afterTries: $0) }
        configuration.readonly = readOnly
        do {
            // The watcher connection is opened first and kept: it also looks for a foreign file.
            // A connection closed early would cost the process a thread that wakes every second
            // for the rest of its life (libdispatch frees GRDB's queue-specific data on a worker
            // thread, and the first worker starts the pool monitor's one-second timer).
            var watcherConfiguration = Configuration()
            watcherConfiguration.busyMode = .timeout(busyTimeout)
            watcherConfiguration.readonly = true
            let watcher = try DatabaseQueue(path: path, configuration: watcherConfiguration)
            try refuseForeignFile(path, through: watcher)
            let pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = Migrations.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.schemaTooNew(path: path)
            }
            if readOnly {
                guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else {
                    throw StoreError.readOnly(path: path)
                }
            } else {
                try migrator.migrate(pool)
            }
            // The file as SQLite names it (symbolic links followed): its WAL index is that name + "-shm".
            let file = try watcher.inDatabase { try String.fetchOne($0, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'") }
            if !readOnly { CommitBell(databasePath: file ?? path).create(likeDatabaseAt: file ?? path) }
            return AppDatabase(path: path, isReadOnly: readOnly, pool: pool, watcher: watcher, retention: retention,
                               resolvedPath: file ?? path, actor: actor, busyWait: busyWait)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Another program's SQLite file (tables, but none of ours) is refused before anything
    /// writes to it: looked at through a read-only connection, before the pool switches the
    /// journal to WAL or the migrator adds a single table.
    private static func refuseForeignFile(_ path: String, through connection: DatabaseQueue) throws {
        var size: off_t = 0
        var info = stat()
        if stat(path, &info) == 0 { size = info.st_size }
        guard size > 0 else { return }   // a new, empty file: ours to fill
        let foreign = try connection.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
            return !tables.isEmpty && !tables.contains("grdb_migrations")
        }
        if foreign { throw StoreError.notADatabase(path: path) }
    }

    // MARK: - Transactions

    /// A read transaction on a snapshot of the database.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors { try pool.read(body) }
    }

    /// A statement on the watcher connection, outside any transaction: for the change feed's
    /// cheap questions, asked a few times a second by every console.
    func watch<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors { try watcher.inDatabase(body) }
    }

    /// A write transaction that takes the write lock at BEGIN (IMMEDIATE), so that what it
    /// reads cannot be changed by another process before it writes.
    /// `bulk` is for loading millions of rows: no fsync and a 256 MB page cache while it runs
    /// (SQLite allows changing them only outside a transaction).
    ///
    /// The body says what it changed through the recorder; the topics go into the change feed in
    /// the same transaction, so a reader never sees a change without its topic or the reverse.
    /// A body that changes rows but records nothing is a bug: debug builds refuse the write
    /// (and so the tests catch it); release builds record `.everything`, so no console misses it.
    ///
    /// Without `waiting`, a lock held by another process fails at once (`StoreError.busy`)
    /// instead of after the busy timeout: for writes a read command makes on the side.
    ///
    /// `for agent` is the agent the work is done for. When the store's `actor` is someone else
    /// (a supervisor acting for them), every event and complaint-history line the body appended
    /// naming that agent records the actor too, so no write can forget who really did it.
    /// After the commit the bell is rung, unless only drafts changed (`CommitBell`).
    /// Routing, sweeps and seeding pass no agent: they are the program's, not a person's.
    func write<T>(bulk: Bool = false, waiting: Bool = true, for agent: String? = nil,
                  _ body: (Database, ChangeRecorder) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        var rings = false
        let result: T = try mapErrors {
            try pool.writeWithoutTransaction { db in
                if !waiting { busyWait.isOn = false }
                defer { if !waiting { busyWait.isOn = true } }
                if bulk {
                    try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
                }
                defer {
                    if bulk { try? db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT") }
                }
                var result: T?
                try db.inTransaction(.immediate) {
                    let changes = ChangeRecorder()
                    let onBehalf = agent.flatMap { agent in actor.flatMap { $0 == agent ? nil : (agent: agent, actor: $0) } }
                    let audited = try onBehalf.map { _ in try Self.lastAuditRows(db) }
                    let rowsBefore = db.totalChangesCount
                    result = try body(db, changes)
                    if let onBehalf, let audited {
                        try Self.stampActor(db, onBehalf.actor, onRowsFor: onBehalf.agent, after: audited)
                    }
                    var topics = changes.topics
                    let changed = db.totalChangesCount - changes.rolledBackRows - rowsBefore
                    if topics.isEmpty, changed != 0 {
                        #if DEBUG
                        throw UnrecordedChanges(rows: changed)
                        #else
                        topics = [.everything]
                        #endif
                    }
                    try Self.appendToFeed(db, topics: topics, retention: retention)
                    rings = ChangeTopic.wakesOthers(topics)
                    return .commit
                }
                return result!
            }
        }
        if rings { bell.ring() }
        return result
    }

    /// A write of rows no console shows (the API's tokens): no change-feed entry, since no
    /// screen reloads for them.
    func writeOutsideFeed<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        return try mapErrors { try pool.write(body) }
    }

    /// The newest event and complaint-history line, before a write appends any.
    private static func lastAuditRows(_ db: Database) throws -> (events: Int64, history: Int64) {
        (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM contact_events") ?? 0,
         try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM complaint_history") ?? 0)
    }

    /// Names `actor` on the rows appended since `after` that were done for `agent`. The write lock
    /// is held, so every row past the old newest is this transaction's.
    private static func stampActor(_ db: Database, _ actor: String, onRowsFor agent: String,
                                   after before: (events: Int64, history: Int64)) throws {
        try db.execute(sql: "UPDATE contact_events SET actor = ? WHERE id > ? AND agent = ?", arguments: [actor, before.events, agent])
        try db.execute(sql: "UPDATE complaint_history SET actor = ? WHERE id > ? AND agent = ?", arguments: [actor, before.history, agent])
    }

    private func mapErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw StoreError(error, path: path)
        }
    }
}
