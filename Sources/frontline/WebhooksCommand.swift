import ArgumentParser
import Foundation
import FrontlineConnectors
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import Logging

/// `frontline webhooks`: receivers of the outbound events, and the worker that delivers to them.
struct WebhooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhooks",
        abstract: "Add, list and remove webhooks; see how their deliveries go; run the delivery worker.",
        discussion: "Each event is POSTed as JSON, signed with HMAC-SHA256 (X-Frontline-Signature); docs/connectors.md.",
        subcommands: [WebhooksAddCommand.self, WebhooksListCommand.self, WebhooksRemoveCommand.self, WebhooksStatusCommand.self,
                      WebhooksRetryCommand.self, WebhooksRunCommand.self])
}

struct WebhooksAddCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a webhook; it receives events written from now on.",
        discussion: "Prints the webhook's id and, when --secret is not given, a new secret: shown once, keep it for checking signatures.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Where to POST (http:// or https://).", valueName: "url"))
    var url: String

    @Option(help: ArgumentHelp("all, or event kinds separated by commas: " + OutboundEventKind.allCases.map(\.rawValue).joined(separator: ", "),
                               valueName: "kinds"))
    var events: String

    @Option(help: ArgumentHelp("The signing secret (at least 16 characters). Default: a new random one, printed once.", valueName: "secret"))
    var secret: String?

    func validate() throws {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme),
              parsed.host?.isEmpty == false else {
            throw ValidationError("'\(SafeText.visible(url))' is not an http:// or https:// URL")
        }
        _ = try EventsListCommand.kindList(events, option: "--events")
        if let secret, secret.count < 16 || secret.contains(where: \.isWhitespace) {
            throw ValidationError("--secret needs at least 16 characters and no spaces; leave it out for a random one")
        }
    }

    func execute() throws {
        let kinds = try EventsListCommand.kindList(events, option: "--events")
        let store = try database.openDatabase()
        let webhook = try store.addWebhook(url: url, kinds: kinds, secret: secret ?? WebhookSignature.newSecret(), at: Date())
        print("webhook \(webhook.id) added")
        if secret == nil { print("secret: \(webhook.secret)  (shown once; the receiver checks X-Frontline-Signature with it)") }
    }
}

struct WebhooksListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the webhooks (secrets are not shown).")

    @OptionGroup var database: DatabaseOptions

    func execute() throws {
        let store = try database.openDatabaseForReading()
        let hooks = try store.webhooks()
        if hooks.isEmpty { print("no webhooks; add one with: frontline webhooks add URL --events all"); return }
        for hook in hooks {
            let kinds = hook.kinds.map { $0.map(\.rawValue).joined(separator: ",") } ?? "all"
            print("\(hook.id)  \(SafeText.visible(hook.url))  events: \(kinds)  added \(Timestamp.format(hook.createdAt))")
        }
    }
}

struct WebhooksRemoveCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a webhook and what it had still to receive.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The webhook's id (see 'frontline webhooks list').", valueName: "id"))
    var id: Int64

    func execute() throws {
        let store = try database.openDatabase()
        guard try store.removeWebhook(id: id) else { throw CommandFailure.badData("there is no webhook \(id); see 'frontline webhooks list'") }
        print("webhook \(id) removed")
    }
}

struct WebhooksStatusCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Per webhook: the last event delivered, how many wait, fail, or are dead.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print JSON lines instead of text.")
    var json = false

    func execute() throws {
        let store = try database.openDatabaseForReading()
        let statuses = try store.webhookStatuses()
        if statuses.isEmpty, !json { print("no webhooks"); return }
        for status in statuses {
            if json {
                print(try JSONLine.text([
                    "id": status.webhook.id, "url": status.webhook.url, "last_delivered_seq": status.lastDeliveredSequence,
                    "last_delivered_at": JSONOutput.time(status.lastDeliveredAt), "delivered": status.deliveredCount,
                    "pending": status.pending, "failing": status.failing, "dead": status.dead, "last_error": JSONOutput.value(status.lastError),
                ]))
            } else {
                let last = status.lastDeliveredAt.map { "last delivered #\(status.lastDeliveredSequence) at " + Timestamp.format($0) } ?? "nothing delivered yet"
                var line = "\(status.webhook.id)  \(SafeText.visible(status.webhook.url))  \(last)"
                line += "  pending \(status.pending)  failing \(status.failing)  dead \(status.dead)"
                if let error = status.lastError { line += "  last error: \(SafeText.visible(error))" }
                print(line)
            }
        }
    }
}

struct WebhooksRetryCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry", abstract: "Try dead deliveries again now: one webhook's, or with --dead every webhook's.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The webhook's id.", valueName: "id"))
    var id: Int64?

    @Flag(help: "Every webhook's dead deliveries.")
    var dead = false

    func validate() throws {
        if (id == nil) == !dead { throw ValidationError("give a webhook id, or --dead for every webhook") }
    }

    func execute() throws {
        let store = try database.openDatabase()
        if let id, try !store.webhooks().contains(where: { $0.id == id }) {
            throw CommandFailure.badData("there is no webhook \(id); see 'frontline webhooks list'")
        }
        let count = try store.retryDeadDeliveries(webhookId: id, at: Date())
        print("\(count) dead deliveries will be tried again")
    }
}

struct WebhooksRunCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Deliver events to the webhooks, in the foreground, until SIGTERM or SIGINT.",
        discussion: """
            At least once, in order per contact; a failed delivery is retried with backoff (1 s doubling to 10 min, \
            with jitter) and parked as dead after --attempts tries. Logs go to standard error. Safe to stop or kill \
            at any moment: what is delivered is recorded in the database.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Attempts before a delivery is parked as dead.")
    var attempts: Int = WebhookRetry.standard.maxAttempts

    @Option(help: "Seconds a receiver has to answer.")
    var timeout: Double = 10

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    @Flag(help: "Deliver what is due now and exit (for cron, and tests).")
    var once = false

    func validate() throws {
        if attempts < 1 || attempts > 100 { throw ValidationError("--attempts is 1 to 100") }
        if !(timeout > 0 && timeout <= 300) { throw ValidationError("--timeout is more than 0 and at most 300 seconds") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("--log-level: use trace, debug, info, notice, warning, error or critical") }
    }

    func execute() throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let store = try database.openDatabase()
        let worker = WebhookWorker(store: store, sender: URLSessionWebhookSender(timeout: timeout),
                                   retry: WebhookRetry(maxAttempts: attempts))
        let stop = StopSignal()
        let wakeup = DescriptorWakeup(notifier: store.makeChangeNotifier(), stopDescriptor: stop.descriptor, isStopped: { stop.isStopped })
        let once = once
        // The command line's root is synchronous: the worker runs as a task while this thread waits for it.
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                if !once {
                    await worker.run(wakeup: wakeup)
                } else if try await worker.deliverDueOnce() == nil {
                    throw CommandFailure.failure("another worker ('frontline serve' or 'webhooks run') delivers for this database; nothing was sent")
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error { throw error }
    }
}

/// The worker task's error, handed back to the waiting command.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
