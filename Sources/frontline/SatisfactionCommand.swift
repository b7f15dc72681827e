import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline csat`: satisfaction surveys after contacts and their answers (docs/quality.md).
struct SatisfactionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csat", abstract: "Satisfaction surveys: record answers, list the surveys due, the figures, opt-outs.",
        discussion: "CSAT is the share of answers of 4 or 5 on the 1-5 scale (as Zendesk counts it). See docs/quality.md.",
        subcommands: [SatisfactionRecordCommand.self, SatisfactionRequestCommand.self, SatisfactionStatsCommand.self, SatisfactionOptOutCommand.self],
        defaultSubcommand: SatisfactionStatsCommand.self)
}

/// A whole number from the command line, parsed here so a bad one is one line, not the usage.
enum WholeNumberArgument {
    static func parse(_ text: String, named name: String, range: ClosedRange<Int64>) throws -> Int64 {
        guard let value = Int64(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            let allowed = range.upperBound == Int64.max ? "an id (a whole number from \(range.lowerBound))" : "a whole number from \(range.lowerBound) to \(range.upperBound)"
            throw CommandFailure.usage("\(name) must be \(allowed), not “\(SafeText.visible(text))”")
        }
        return value
    }
}

/// `frontline csat record CONTACT SCORE [--comment T]`.
struct SatisfactionRecordCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a customer's satisfaction answer (1-5) about an ended contact.",
        discussion: "A bad score is a usage error (64), an unknown or unended contact bad data (65); nothing is written then. A later answer replaces an earlier one.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The contact's id.")
    var contact: String

    @Argument(help: "The score: 1 (very dissatisfied) to 5 (very satisfied).")
    var score: String

    @Option(help: ArgumentHelp("What the customer said.", valueName: "text"))
    var comment: String?

    /// Longer than a customer's comment ever is; a paste gone wrong.
    static let longestComment = 2000

    func execute() throws {
        let id = try WholeNumberArgument.parse(contact, named: "CONTACT", range: 1...Int64.max)
        let value = try WholeNumberArgument.parse(score, named: "SCORE", range: 1...5)
        if let comment, comment.count > Self.longestComment {
            throw CommandFailure.usage("--comment is \(comment.count) characters; keep it to \(Self.longestComment)")
        }
        let person = try? OperatingSystemUser.current().loginName
        try database.openDatabase().recordSatisfaction(contactId: id, score: Int(value), comment: comment ?? "", by: person, at: Date())
        print("contact \(id): satisfaction \(value) recorded")
    }
}

/// `frontline csat request [--all] [--sent CONTACT] [--json]`.
struct SatisfactionRequestCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "request", abstract: "List the surveys due and not sent (for a connector to send), or mark one sent.",
        discussion: "Phone customers' surveys are also call-backs in the queue (purpose satisfaction-call).")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Every survey, sent or not, due or not.")
    var all = false

    @Option(help: ArgumentHelp("Mark the survey of this contact sent.", valueName: "contact"))
    var sent: String?

    @Option(help: ArgumentHelp("At most this many (1-100000).", valueName: "n"))
    var limit = 1000

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func validate() throws {
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 100000") }
    }

    func execute() throws {
        let now = Date()
        if let sent {
            let id = try WholeNumberArgument.parse(sent, named: "--sent", range: 1...Int64.max)
            try database.openDatabase().markSatisfactionSent(contactId: id, at: now)
            return print("contact \(id): survey sent")
        }
        let rows = try database.openDatabaseForReading().satisfactionRequests(dueBy: now, includeSent: all, limit: limit)
        if json {
            return print(try JSONOutput.text(rows.map { row in
                ["contact_id": row.contactId, "customer_id": row.customerId, "customer": row.customerName, "address": row.address,
                 "agent": JSONOutput.value(row.agent), "channel": row.channel.rawValue, "due": Timestamp.format(row.dueAt),
                 "sent_at": JSONOutput.time(row.sentAt), "callback_contact_id": JSONOutput.value(row.callbackContactId)] as [String: Any]
            }))
        }
        guard !rows.isEmpty else { return print(all ? "no satisfaction surveys" : "no satisfaction surveys due") }
        print(TextTable.render(headers: ["contact", "due", "channel", "customer", "address", "agent", "sent", "call-back"], rows: rows.map { row in
            [String(row.contactId), Timestamp.format(row.dueAt), row.channel.rawValue, SafeText.visible(row.customerName),
             SafeText.visible(row.address), row.agent.map(SafeText.visible) ?? "-", row.sentAt.map(Timestamp.format) ?? "-",
             row.callbackContactId.map(String.init) ?? "-"]
        }, rightAligned: [0]))
    }
}

/// `frontline csat stats [today|week|month|quarter] [--from --to] [--format text|json]`.
struct SatisfactionStatsCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "CSAT (share of 4-5 answers) and the average score, overall, per agent, per wrap-up code, per channel.",
        discussion: "Counts the answers given in the period (default: this month). A contact with two codes counts under each.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "today, week, month or quarter (local time).")
    var period: NamedPeriod?

    @Flag(help: "The period before the current one.")
    var previous = false

    @Option(help: ArgumentHelp("Start of the period: a date or an ISO 8601 time with offset (instead of PERIOD).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("End of the period, not included.", valueName: "time"))
    var to: String?

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format: Format = .text

    func execute() throws {
        let (start, end) = try NamedPeriod.resolve(period, previous: previous, from: from, to: to, around: Date(), default: .month)
        let figures = try database.openDatabaseForReading().satisfactionFigures(from: start, to: end)
        if format == .json {
            func object(_ tally: SatisfactionTally) -> [String: Any] {
                ["answers": tally.answers, "satisfied": tally.satisfied, "csat_percent": JSONOutput.value(tally.csatPercent),
                 "average": JSONOutput.value(tally.average)]
            }
            func table(_ tallies: [String: SatisfactionTally]) -> [String: Any] { tallies.mapValues(object) }
            return print(try JSONOutput.text([
                "from": Timestamp.format(start), "to": Timestamp.format(end), "overall": object(figures.overall),
                "by_agent": table(figures.byAgent), "by_code": table(figures.byCode),
                "by_channel": table(Dictionary(uniqueKeysWithValues: figures.byChannel.map { ($0.key.rawValue, $0.value) })),
            ] as [String: Any]))
        }
        print("Satisfaction \(Timestamp.format(start)) to \(Timestamp.format(end)): \(Self.line(figures.overall))")
        guard figures.overall.answers > 0 else { return }
        for (title, tallies) in [("agent", figures.byAgent), ("wrap-up code", figures.byCode),
                                 ("channel", Dictionary(uniqueKeysWithValues: figures.byChannel.map { ($0.key.rawValue, $0.value) }))] {
            print("")
            print(TextTable.render(headers: [title, "answers", "4-5", "CSAT", "average"], rows: tallies.keys.sorted().map { key in
                let tally = tallies[key]!
                return [SafeText.visible(key), String(tally.answers), String(tally.satisfied), Self.percent(tally.csatPercent), Self.average(tally.average)]
            }, rightAligned: [1, 2, 3, 4]))
        }
    }

    static func line(_ tally: SatisfactionTally) -> String {
        tally.answers == 0 ? "no answers"
            : "CSAT \(percent(tally.csatPercent)) (\(tally.satisfied) of \(tally.answers) answers 4-5), average \(average(tally.average))"
    }

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0) } ?? "-" }
    static func average(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "-" }
}

/// `frontline csat opt-out CUSTOMER`.
struct SatisfactionOptOutCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "opt-out", abstract: "The customer asked not to be surveyed: no more surveys; those not sent are withdrawn.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The customer's id.")
    var customer: String

    func execute() throws {
        let id = try WholeNumberArgument.parse(customer, named: "CUSTOMER", range: 1...Int64.max)
        let person = try? OperatingSystemUser.current().loginName
        try database.openDatabase().optOutOfSatisfaction(customerId: id, by: person, at: Date())
        print("customer \(id): no satisfaction surveys from now on")
    }
}
