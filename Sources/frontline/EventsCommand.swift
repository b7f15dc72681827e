import ArgumentParser
import Foundation
import FrontlineConnectors
import FrontlineCore
import FrontlineStoreAPI

/// `frontline events`: the outbox for connectors written as scripts.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Print the events for connectors as JSON lines, or prune old ones.",
        subcommands: [EventsListCommand.self, EventsPruneCommand.self],
        defaultSubcommand: EventsListCommand.self)
}

struct EventsListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print events after a sequence number as JSON lines (the default).",
        discussion: """
            Each line: {"seq":N,"kind":"reply","contact_id":12,"at":"…","payload":{…}} (docs/connectors.md). \
            Remember the last seq and pass it as --after next time. With --follow, waits for new events \
            until interrupted (SIGINT or SIGTERM).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Print only events after this sequence number.", valueName: "seq"))
    var after: Int64 = 0

    @Flag(help: "Keep waiting for new events, printing each as it is written.")
    var follow = false

    @Option(help: ArgumentHelp("Only these kinds, separated by commas (e.g. reply,take).", valueName: "kinds"))
    var kinds: String?

    func validate() throws {
        if after < 0 { throw ValidationError("--after is a sequence number, 0 or more") }
        if let kinds { _ = try Self.kindList(kinds) }
    }

    static func kindList(_ text: String, option: String = "--kinds") throws -> [OutboundEventKind]? {
        do { return try OutboundEventKind.parseList(text) } catch let problem as OutboundKindListProblem {
            throw ValidationError("\(option): " + problem.description)
        }
    }

    func execute() throws {
        let wanted = try kinds.flatMap { try Self.kindList($0) }.map { Set($0.map(\.rawValue)) }
        let store = try database.openDatabaseForReading()
        // Installed before the first read, so a signal while printing the backlog also stops cleanly.
        let stop = follow ? StopSignal() : nil
        let notifier = follow ? store.makeChangeNotifier() : nil
        var cursor = after
        var lookAgainSoon = false
        while true {
            let batch = try store.outboundEvents(after: cursor, limit: 500)
            for event in batch where wanted?.contains(event.kind) ?? true {
                print(EventLine.text(event))
            }
            fflush(stdout)
            if let last = batch.last { cursor = last.sequence }
            if batch.count == 500 { continue }
            guard let stop else { return }
            // Sleeps until a writer may have committed. The notifier may fire just before the commit
            // can be read, so after it fired look again a quarter second later.
            guard stop.wait(on: notifier?.descriptor, timeout: notifier == nil || lookAgainSoon ? 0.25 : 5) else { return }
            lookAgainSoon = notifier?.drain() ?? false
        }
    }
}

/// One event as a JSON line, the same JSON a webhook receives.
enum EventLine {
    static func text(_ event: OutboundEvent) -> String { JSONOutput.escaped(OutboundEventJSON.text(event)) }
}

struct EventsPruneCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete events older than a date, except those a webhook still has to deliver.",
        discussion: "Sequence numbers are never reused, so a reader's --after stays valid.")

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("Delete events written before this date or time (e.g. 2026-11-01). Default: the policy's [connectors] keep_events ago (30 days unless set).", valueName: "date"))
    var before: String?

    @Option(help: ArgumentHelp("Instead of --before: keep this many days.", valueName: "days"))
    var keepDays: Int?

    func validate() throws {
        if before != nil, keepDays != nil { throw ValidationError("give --before or --keep-days, not both") }
        if let keepDays, keepDays < 0 { throw ValidationError("--keep-days is 0 or more") }
    }

    func execute() throws {
        let now = Date()
        let keep: TimeInterval = try keepDays.map { TimeInterval($0) * 86400 } ?? config.load().keepOutboundEvents
        let cutoff = try Timestamp.parse(dateOrTime: before, named: "--before", default: now.addingTimeInterval(-keep))
        let store = try database.openDatabase()
        let removed = try store.pruneOutboundEvents(before: cutoff)
        print("\(removed) events pruned")
    }
}

/// `frontline deliver`: a connector's word on an agent's reply.
struct DeliverCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver",
        abstract: "Mark an agent's reply delivered or failed (what a connector says after sending it).",
        discussion: "MESSAGE_ID is the message_id of a reply event. The agent sees ✓ or ! beside the reply.")

    enum Outcome: String, ExpressibleByArgument, CaseIterable {
        case delivered, failed
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The reply's message id.", valueName: "message-id"))
    var messageId: Int64

    @Argument(help: "delivered or failed.")
    var outcome: Outcome

    @Option(help: "Why it failed (shown to the agent); required with failed.")
    var reason: String?

    func validate() throws {
        if outcome == .failed, (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("failed needs --reason, which the agent sees")
        }
        if outcome == .delivered, reason != nil { throw ValidationError("--reason goes with failed only") }
    }

    func execute() throws {
        let store = try database.openDatabase()
        try store.acknowledgeDelivery(messageId: messageId, outcome == .delivered ? .delivered : .failed(reason: reason ?? ""), at: Date())
    }
}
