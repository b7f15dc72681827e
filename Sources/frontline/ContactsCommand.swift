import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline contacts`: the consultation register, from what agents said at wrap-up.
struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts", abstract: "List wrapped-up contacts with their codes, or count them by code.",
        subcommands: [ContactsListCommand.self, ContactsStatsCommand.self], defaultSubcommand: ContactsListCommand.self)
}

/// `frontline contacts [list] [--from T] [--to T] [--json]`.
struct ContactsListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the wrap-ups of a period (default: today): contact, time, agent, codes, outcome, a follow-up's answer, summary.",
        discussion: "A reopened contact wrapped up again is listed once per wrap-up. Codes are listed in the order the agent chose them.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var period: PeriodOptions<Today>

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func execute() throws {
        let (start, end) = try period.period(around: Date())
        let wrapUps = try database.openDatabaseForReading().wrapUps(from: start, to: end)
        if json {
            print(try JSONOutput.text(wrapUps.map(WrapUpJSON.object)))
            return
        }
        guard !wrapUps.isEmpty else {
            print("no wrap-ups between \(Timestamp.format(start)) and \(Timestamp.format(end))")
            return
        }
        let rows = wrapUps.map { wrapUp in
            [String(wrapUp.contactId), Timestamp.format(wrapUp.at), SafeText.visible(wrapUp.agent),
             wrapUp.entry.codes.isEmpty ? "-" : wrapUp.entry.codes.joined(separator: ","), wrapUp.entry.outcome?.rawValue ?? "-",
             wrapUp.followUpAnswer?.rawValue ?? "-", wrapUp.entry.summary.isEmpty ? "-" : SafeText.visible(wrapUp.entry.summary)]
        }
        print(TextTable.render(headers: ["contact", "at", "agent", "codes", "outcome", "answer", "summary"], rows: rows, rightAligned: [0]))
    }
}

/// `frontline contacts stats --by code [--from T] [--to T] [--json]`: the register's monthly figures.
struct ContactsStatsCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the wrap-ups of a period (default: this month) by code.",
        discussion: """
            Counts the wrap-ups recorded in [--from, --to). A wrap-up with two codes counts once \
            under each, so the counts may add up to more than the wrap-ups. Every code of the \
            policy is listed, unused ones with 0, then codes no longer in the policy.
            """)

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case code }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var period: PeriodOptions<ThisMonth>

    @Option(help: "What to count by: code.")
    var by: Grouping = .code

    @Flag(help: "Print a JSON object instead of a table.")
    var json = false

    func execute() throws {
        let (start, end) = try period.period(around: Date())
        let codes = try config.load().policy.wrapUp
        let wrapUps = try database.openDatabaseForReading().wrapUps(from: start, to: end)
        let counts = WrapUpCodeCount.counts(wrapUps, policy: codes)
        func name(_ id: String) -> String { codes.code(id)?.englishName ?? "(no longer in the policy)" }
        if json {
            print(try JSONOutput.text([
                "from": Timestamp.format(start), "to": Timestamp.format(end), "by": by.rawValue, "wrap_ups": wrapUps.count,
                "counts": counts.map { ["code": $0.code, "name": name($0.code), "count": $0.count] },
            ] as [String: Any]))
            return
        }
        print("Wrap-ups \(Timestamp.format(start)) to \(Timestamp.format(end)): \(wrapUps.count)")
        let rows = counts.map { [$0.code, SafeText.visible(name($0.code)), String($0.count)] }
        print(TextTable.render(headers: ["code", "name", "contacts"], rows: rows, rightAligned: [2]))
    }
}

/// One wrap-up as the JSON of `contacts list` and `queue --json` write it: every key present.
enum WrapUpJSON {
    static func object(_ wrapUp: ContactWrapUp) -> [String: Any] {
        ["contact_id": wrapUp.contactId, "at": Timestamp.format(wrapUp.at), "agent": wrapUp.agent, "codes": wrapUp.entry.codes,
         "outcome": JSONOutput.value(wrapUp.entry.outcome?.rawValue), "summary": wrapUp.entry.summary,
         // What came of it when it was a follow-up call (its note is the summary); null otherwise.
         "follow_up_answer": JSONOutput.value(wrapUp.followUpAnswer?.rawValue)]
    }
}
