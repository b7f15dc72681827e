import ArgumentParser
import Foundation
import FrontlineHTTP
import FrontlineScreen
import FrontlineStoreAPI
import Hummingbird
import Logging

/// `frontline serve`: the HTTP API for connectors, in the foreground, logging to stderr,
/// stopped cleanly by SIGTERM or SIGINT (requests in flight finish first).
struct ServeCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API for connectors (chat widgets, mail gateways, phone systems).",
        discussion: """
            Listens on 127.0.0.1:8080 unless --listen says otherwise: HOST:PORT ([::1]:8080 for \
            IPv6, port 0 for any free port) or the path of a Unix socket (anything with a '/'). \
            Every request needs 'Authorization: Bearer TOKEN' (see 'frontline tokens'). Logs one \
            line per request to stderr; SIGTERM or SIGINT stops it, exit 0. The policy file is read \
            once at start: restart to apply a change. The API is described at /v1/openapi.json. It also runs the \
            webhook delivery worker ('frontline webhooks run') unless --no-webhooks: then run that \
            command on its own (one worker per database).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("Where to listen: HOST:PORT or a Unix socket path.", valueName: "address"))
    var listen: String = "127.0.0.1:8080"

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @Flag(name: .customLong("no-webhooks"), help: "Do not deliver webhooks here (run 'frontline webhooks run' instead).")
    var noWebhooks = false

    func execute() throws {
        let address = try Self.address(listen)
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw CommandFailure.usage("--log-level '\(logLevel)' is not a level; use trace, debug, info, notice, warning, error or critical")
        }
        let policy = try config.load().policy
        let store = try database.openDatabase()
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = { var logger = Logger(label: "frontline.serve"); logger.logLevel = level; return logger }()
        let services = APIServices(store: store, intake: store as? any ChannelIntake, outbox: store as? any Outbox, policy: policy)
        if services.intake == nil {
            logger.warning("this build's store takes no contacts from connectors: the intake and events routes answer 503")
        }
        let socketPath = Self.socketPath(listen)
        if let socketPath { try Self.clearStaleSocket(socketPath) }
        defer { if let socketPath { unlink(socketPath) } }
        let database = SafeText.visible(store.path)
        // The worker starts once the server listens: a serve that cannot listen delivers nothing.
        let worker = WorkerSlot()
        let webhooks = noWebhooks ? nil : store as? any WebhookStore
        let notifier = webhooks == nil ? nil : store.makeChangeNotifier()
        let app = APIServer.application(services: services, address: address, logger: logger) { listening in
            logger.notice("listening on \(SafeText.visible(listening)) (database \(database))")
            if let webhooks { worker.start(store: webhooks, notifier: notifier, level: level) }
        }
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await app.runService()
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        // The server stopped (a signal, or it could not listen): the worker finishes its round and stops too.
        worker.stop()
        if let error = outcome.error {
            throw CommandFailure.failure("cannot serve on \(listen): \(Self.reason(error))")
        }
        logger.notice("stopped")
    }

    /// `--listen` as a bind address; a usage error (64) names what is allowed.
    static func address(_ text: String) throws -> BindAddress {
        if let path = socketPath(text) { return .unixDomainSocket(path: path) }
        let expected = "give HOST:PORT (e.g. 127.0.0.1:8080 or [::1]:8080) or a Unix socket path (e.g. /run/frontline/api.sock)"
        var host: Substring
        var port: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw CommandFailure.usage("--listen '\(text)' is not an address; \(expected)")
            }
            host = text[text.index(after: text.startIndex)..<close]
            port = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else {
                throw CommandFailure.usage("--listen '\(text)' has no port; \(expected)")
            }
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let number = Int(port), (0...65535).contains(number) else {
            throw CommandFailure.usage("--listen '\(text)' is not an address; \(expected)")
        }
        return .hostname(String(host), port: number)
    }

    static func socketPath(_ text: String) -> String? {
        text.contains("/") ? (text as NSString).expandingTildeInPath : nil
    }

    /// A socket left by a server that did not stop cleanly is removed; any other file is refused.
    static func clearStaleSocket(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else {
            throw CommandFailure.usage("--listen \(path) names a file that is not a socket; choose another path")
        }
        unlink(path)
    }

    static func reason(_ error: Error) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") { return "the address is in use by another program" }
        if text.contains("Permission denied") || text.contains("EACCES") { return "permission denied (ports below 1024 need privileges)" }
        return SafeText.visible(text)
    }
}

/// What the server's task ended with, read after it signalled.
private final class ServeOutcome: @unchecked Sendable {
    var error: Error?
}
