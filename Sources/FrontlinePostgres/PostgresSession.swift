import Foundation
import FrontlineStoreAPI
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to the server, on an event loop of its own, used synchronously: the store's
/// protocols are synchronous, so each call sends its statement and waits on the caller's thread
/// (never on the event loop) for the answer. A lock makes one transaction at a time use it.
/// The store's session reconnects by itself after the server went away (`PostgresLink`); a
/// transaction stays on the connection it began on, so a lost one fails it as a whole.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private let group: MultiThreadedEventLoopGroup
    private let link: PostgresLink
    private let logger: Logger
    /// Kept to open another connection like this one (`connectAgain`); never logged nor shown.
    private let password: String?
    /// Held for the whole of a transaction: BEGIN … COMMIT on this one connection.
    private let lock = NSLock()
    /// The connection of the transaction (or `alone` body) under way, so that none of its
    /// statements runs on a connection opened since.
    private var pinned: PostgresConnection?
    /// Rows inserted, updated or deleted on this connection so far (a write compares before and after).
    private(set) var changedRows = 0
    /// The number of the write transaction under way, when its body read it (the store's writes
    /// do, with the writer's lock: no round trip of its own), to ask the server what became of
    /// it should its COMMIT go unanswered.
    var transactionNumber: Int64?
    /// Outbox entries a take holds back until it has the sequence lock (`PostgresStore.writeTaking`);
    /// nil in every other transaction, whose entries are inserted at once.
    var heldOutbound: [HeldOutbound]?
    /// The connection `prepared` names statements of (`execute(prepared:)`).
    private var preparedOn: PostgresConnection?
    private var prepared: Set<String> = []

    /// How long connecting may take before the server counts as unreachable.
    static let connectTimeout: TimeAmount = .seconds(5)

    private init(location: PostgresLocation, password: String?, group: MultiThreadedEventLoopGroup, link: PostgresLink, logger: Logger) {
        (self.location, self.password, self.group, self.link, self.logger) = (location, password, group, link, logger)
    }

    /// A second connection to the same database as the same user (the change notifier's own).
    func connectAgain() throws -> PostgresSession {
        try Self.connect(location, password: password)
    }

    /// Connects, or throws `StoreError.unreachable` saying why. With `reconnecting`, a connection
    /// lost later is opened again by itself (the store's session).
    static func connect(_ location: PostgresLocation, password: String?, reconnecting: Bool = false) throws -> PostgresSession {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        // Quiet: errors come back as StoreError; nothing of the connection (nor its password) is logged.
        var logger = Logger(label: "frontline.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .critical
        do {
            let tls: PostgresConnection.Configuration.TLS
            if location.requiresTLS {
                tls = .require(try NIOSSLContext(configuration: PostgresClientTLS.configuration()))
            } else {
                tls = .disable
            }
            var configuration = location.isSocket
                ? PostgresConnection.Configuration(unixSocketPath: location.socketPath, username: location.user, password: password,
                                                   database: location.database)
                : PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                   password: password, database: location.database, tls: tls)
            configuration.options.connectTimeout = connectTimeout
            let open: PostgresLink.Open = { [configuration, logger] in
                location.isSocket
                    ? PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger)
                    : PostgresDeadNetwork.connect(on: group.next(), host: location.host, port: location.port, tls: tls,
                                                  configuration: configuration, logger: logger)
            }
            let connection = try open().wait()
            let link = PostgresLink(location: location, connection: connection, reconnects: reconnecting, open: open)
            return PostgresSession(location: location, password: password, group: group, link: link, logger: logger)
        } catch {
            try? group.syncShutdownGracefully()
            throw Self.refusal(error, at: location) ?? StoreError.unreachable(server: location.description, reason: Self.reason(error))
        }
    }

    deinit {
        link.shutDown()
        try? group.syncShutdownGracefully()
    }

    /// True while the session's connection is up.
    var isConnected: Bool { link.isUp }

    // MARK: - Statements

    /// Runs `sql` (no parameters) as the prepared statement `name`, preparing it (SQL PREPARE) the first
    /// time on this connection, so it is planned once per connection rather than on every call. A
    /// prepared statement outlives a rolled-back transaction, and a connection opened since has none.
    func execute(prepared name: String, _ sql: String) throws -> PostgresResult {
        let connection = try pinned ?? link.current()
        if preparedOn !== connection { (preparedOn, prepared) = (connection, []) }
        if !prepared.contains(name) {
            try query("PREPARE \(name) AS \(sql)")
            prepared.insert(name)
        }
        return try query("EXECUTE \(name)")
    }

    /// Runs one statement; `$1`, `$2`… in `sql` are `binds` in order (nil is NULL).
    @discardableResult
    func query(_ sql: String, _ binds: [SQLValue] = []) throws -> PostgresResult {
        let bindings = Self.bindings(binds)
        let connection = try pinned ?? link.current()
        do {
            let result = try answer(to: connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger), on: connection)
            let changed = Self.changedRows(result.metadata)
            changedRows += changed
            return PostgresResult(rows: result.rows, changed: changed)
        } catch {
            let error = mapped(error)
            // No answer from the server: the connection is of no more use.
            if case .unreachable(_, let reason)? = error as? StoreError { link.lose(connection, reason: reason) }
            throw error
        }
    }

    /// `binds` as PostgresNIO's bindings (nil is NULL).
    private static func bindings(_ binds: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            if let bind { bind.append(to: &bindings) } else { bindings.appendNull() }
        }
        return bindings
    }

    /// Waits for `future`, a statement's answer on `connection`. A statement written just as the
    /// connection closed reaches no handler, and PostgresNIO never answers nor fails it: a plain
    /// `wait()` would never return (a console's change watcher hung so after a dead network).
    /// So the wait looks every `closedLookInterval` whether the connection is still open.
    private func answer<T: Sendable>(to future: EventLoopFuture<T>, on connection: PostgresConnection) throws -> T {
        let answered = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<T, any Error>?
        future.whenComplete { result in
            outcome = result
            answered.signal()
        }
        while answered.wait(timeout: .now() + Self.closedLookInterval) == .timedOut {
            // An answer that came in just before the close still counts.
            if connection.isClosed, answered.wait(timeout: .now() + 0.05) == .timedOut {
                throw StoreError.unreachable(server: location.description, reason: "the connection was lost")
            }
        }
        return try outcome!.get()
    }

    static let closedLookInterval: TimeInterval = 1

    /// `COPY table (columns) FROM STDIN`, the rows in `data` in COPY's text format (the bulk
    /// loads: far fewer round trips and no bind parsing, next to multi-row INSERTs).
    func copy(into table: String, columns: [String], data: ByteBuffer) throws {
        let connection = try pinned ?? link.current()
        let promise = connection.eventLoop.makePromise(of: Void.self)
        promise.completeWithTask { [logger] in
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in try await writer.write(data) }
        }
        do {
            try answer(to: promise.futureResult, on: connection)
        } catch {
            let error = mapped(error)
            if case .unreachable(_, let reason)? = error as? StoreError { link.lose(connection, reason: reason) }
            throw error
        }
    }

    /// Several statements separated by `;` at line ends (the migrations): one at a time, since
    /// the extended protocol takes one statement per query.
    func run(script: String) throws {
        for statement in Self.statements(of: script) { try query(statement) }
    }

    static func statements(of script: String) -> [String] {
        let uncommented = script.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
            .joined(separator: "\n")
        // A `;` at a line end inside a `$$ … $$` body (a DO block, a function) ends no statement.
        var statements: [String] = [], current = ""
        for piece in uncommented.components(separatedBy: ";\n") {
            current += current.isEmpty ? piece : ";\n" + piece
            if current.components(separatedBy: "$$").count % 2 == 1 {
                statements.append(current)
                current = ""
            }
        }
        if !current.isEmpty { statements.append(current) }
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty }
    }

    /// The event loop the session's connections run on (one thread).
    var eventLoop: any EventLoop { group.next() }

    /// What `sendAlone` did.
    enum Sending {
        case sent(EventLoopFuture<PostgresQueryResult>)
        /// A transaction (or `alone` body) holds the connection now.
        case busy
        /// No connection is up.
        case away
    }

    /// Sends one statement alone on the connection, outside any transaction, from the session's event
    /// loop and without waiting for it: a console's beat (`PostgresConsoleBeat`), so that no thread but
    /// the loop's wakes for it. The lock is held only while the statement is queued on the connection:
    /// a transaction begun after is queued behind it, and none is under way.
    func sendAlone(_ sql: String, _ binds: [SQLValue]) -> Sending {
        guard lock.try() else { return .busy }
        defer { lock.unlock() }
        guard let connection = link.connectionIfUp else { return .away }
        return .sent(connection.query(PostgresQuery(unsafeSQL: sql, binds: Self.bindings(binds)), logger: logger))
    }

    /// `body` alone on the connection, outside any transaction (the change feed's quick questions).
    func alone<T>(_ body: () throws -> T) throws -> T {
        // Found before the lock: a call waiting for the server to come back holds up no other.
        let connection = try link.current()
        lock.lock()
        defer { lock.unlock() }
        pinned = connection
        defer { pinned = nil }
        return try body()
    }

    /// `body` inside BEGIN … COMMIT (ROLLBACK when it throws), alone on the connection.
    ///
    /// A connection lost before COMMIT was sent leaves nothing behind (the server rolls back what
    /// it had): `StoreError.unreachable`, safe to do again. Lost after COMMIT was sent and before
    /// its answer, the write may or may not have been kept: `StoreError.outcomeUnknown`, never
    /// done again here, so nothing is done twice behind the caller's back.
    func transaction<T>(begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        let connection = try link.current()
        lock.lock()
        defer { lock.unlock() }
        pinned = connection
        defer { pinned = nil }
        try query(begin)
        let writes = !begin.contains("READ ONLY")
        transactionNumber = nil
        let result: T
        do {
            result = try body()
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
        do {
            try query("COMMIT")
        } catch StoreError.unreachable(let server, let reason) where writes {
            // Asked at once on a new connection (a call waits at most `PostgresLink.callWait` for
            // one): a server still up says whether it was kept; else the caller may ask later.
            pinned = nil
            let number = transactionNumber
            switch number.flatMap({ try? outcome(ofTransaction: $0) }) {
            case .kept?: return result
            case .notKept?: throw StoreError.unreachable(server: server, reason: reason)
            default: throw StoreError.outcomeUnknown(server: server, transaction: number)
            }
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
        return result
    }

    /// What became of `transaction` (`txid_status`); on the connection in use or a new one.
    func outcome(ofTransaction transaction: Int64) throws -> CommitOutcome {
        switch try query("SELECT txid_status($1) AS status", [transaction]).rows.first?.get("status", as: String?.self) {
        case "committed": .kept
        case "aborted": .notKept
        default: .unknown  // still in progress on the lost connection, or too old to say
        }
    }

    // MARK: - Notifications

    /// Runs `LISTEN channel` and calls `notified` (on this connection's event loop, so it must
    /// not block nor release this session) with the payload of each notification on it. When this
    /// returns, notifications committed from now on arrive.
    func listen(_ channel: String, _ notified: @escaping @Sendable (String) -> Void) throws {
        let connection = try link.current()
        connection.addListener(channel: channel) { _, notification in notified(notification.payload) }
        // The listener above sends its own LISTEN; this one is waited for (a second is harmless).
        try alone { try query("LISTEN \(channel)") }
    }

    /// Calls `lost` (on the event loop: it must not block nor release this session) once the
    /// connection has closed, for whatever reason: the server stopped, the backend was
    /// terminated, the network dropped it.
    func whenClosed(_ lost: @escaping @Sendable () -> Void) {
        guard let connection = try? link.current() else { return lost() }
        connection.closeFuture.whenComplete { _ in lost() }
    }

    /// Closes the connection under way, as a dead network does (tests).
    func closeConnectionForTesting() throws {
        try (pinned ?? link.current()).close().wait()
    }

    // MARK: - Errors

    private static func changedRows(_ metadata: PostgresQueryMetadata) -> Int {
        ["INSERT", "UPDATE", "DELETE"].contains(metadata.command) ? metadata.rows ?? 0 : 0
    }

    /// A lost connection is `unreachable`; anything the server says is `server` with its message.
    func mapped(_ error: any Error) -> any Error {
        if error is StoreError { return error }
        if let state = Self.sqlState(error), state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state) {
            // The server is shutting down or restarting (or the connection broke): gone, not a refusal.
            return StoreError.unreachable(server: location.description, reason: Self.reason(error))
        }
        if Self.sqlState(error) == "42501", let message = (error as? PSQLError)?.serverInfo?[.message] {
            // The database refused this role the write (v24's grants and guards): a refusal, said
            // as the console and commands say the store's own, not a database failure.
            return StoreError.refused(message.hasPrefix("permission denied")
                ? message + "; connect as a supervisor or as the database's owner" : message)
        }
        if let error = error as? PSQLError, let message = error.serverInfo?[.message] {
            let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
            return StoreError.server(location: location.description, message: message + detail)
        }
        return StoreError.unreachable(server: location.description, reason: Self.reason(error))
    }

    /// The server answered but would not let this user in, or has no such database: said as
    /// such (the server is there), with what to do.
    static func refusal(_ error: any Error, at location: PostgresLocation) -> StoreError? {
        if (error as? PSQLError)?.code == .authMechanismRequiresPassword {
            return .server(location: location.description,
                           message: "the server asks \(location.user) for a password; give it in PGPASSWORD or ~/.pgpass (never in the URL)")
        }
        guard let state = sqlState(error), let message = (error as? PSQLError)?.serverInfo?[.message] else { return nil }
        let hint: String
        switch state {
        case "28000" where message.contains("does not exist"):
            hint = "an agent's role is made by 'frontline agents add \(location.user)' run as the database's owner; or check the user in the URL"
        case "28000", "28P01":
            hint = "check the user in the URL and the password in PGPASSWORD or ~/.pgpass, and the server's pg_hba.conf"
        case "3D000":
            hint = "create it first (createdb \(location.database)) or check the URL"
        default:
            return nil
        }
        return .server(location: location.description, message: "\(message); \(hint)")
    }

    /// What went wrong in a few words, never the configuration (which holds the password).
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return plain(underlying) }
            if error.code == .sslUnsupported { return "it offers no TLS, which a server off this machine must" }
            return "\(error.code)"
        }
        return plain(error)
    }

    /// NIO's connection errors as a reader would say them.
    private static func plain(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("Connection refused") { return "connection refused" }
        if text.contains("UnknownHost") { return "unknown host" }
        if text.contains("connectTimeout") || text.contains("timed out") { return "no answer within \(connectTimeout.nanoseconds / 1_000_000_000) s" }
        if text.contains("Network is unreachable") { return "network unreachable" }
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            return "its certificate could not be verified; give its authority in ~/.postgresql/root.crt or PGSSLROOTCERT"
        }
        return text
    }

    /// The SQLSTATE of a server error, to tell a unique violation from other failures.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}

/// The rows a statement returned and how many rows it changed.
struct PostgresResult {
    var rows: [PostgresRow]
    var changed: Int
}
