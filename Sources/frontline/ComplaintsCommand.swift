import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline complaints`: the complaints being worked, and their statistics.
struct ComplaintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints", abstract: "List complaints by next deadline, or print complaint statistics.",
        subcommands: [ComplaintsListCommand.self, ComplaintsStatsCommand.self], defaultSubcommand: ComplaintsListCommand.self)
}

/// `frontline complaints [list] [--state S] [--owner A] [--json]`.
struct ComplaintsListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List complaints, soonest next deadline first.",
        discussion: """
            Without --state, lists every complaint not yet archived or rejected. The next deadline \
            is settling the complaint (minor: the end of the working day it came in; major: 72 h), \
            then, once resolved, the follow-up (3 days later). overdue is yes once it has passed.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: "Only complaints in this state.")
    var state: ComplaintState?

    @Option(help: ArgumentHelp("Only complaints this agent owns.", valueName: "agent"))
    var owner: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func execute() throws {
        let policy = try config.load().policy
        let now = Date()
        let summaries = try database.openDatabaseForReading().complaints(state: state, owner: owner, policy: policy)
        if json {
            print(try JSONOutput.text(summaries.map { Self.json($0, now: now) }))
        } else if summaries.isEmpty {
            print("no complaints")
        } else {
            print(TextTable.render(headers: ["id", "customer", "category", "severity", "state", "owner", "next deadline", "overdue"],
                                   rows: summaries.map { Self.cells($0, now: now) }, rightAligned: [0]))
        }
    }

    static func cells(_ summary: ComplaintSummary, now: Date) -> [String] {
        let complaint = summary.complaint
        return [String(complaint.id ?? 0), SafeText.visible(summary.customerName), complaint.category.rawValue,
                complaint.severity.rawValue, complaint.state.rawValue, complaint.owner.map(SafeText.visible) ?? "-",
                summary.nextDeadline.map(Timestamp.format) ?? "-", summary.isOverdue(at: now) ? "yes" : "no"]
    }

    static func json(_ summary: ComplaintSummary, now: Date) -> [String: Any] {
        let complaint = summary.complaint
        return ["id": complaint.id ?? 0, "customer": summary.customerName, "customer_id": complaint.customerId,
                "category": complaint.category.rawValue, "severity": complaint.severity.rawValue, "state": complaint.state.rawValue,
                "owner": JSONOutput.value(complaint.owner), "next_deadline": JSONOutput.time(summary.nextDeadline),
                "overdue": summary.isOverdue(at: now), "raised_to_supervisor": complaint.raisedToSupervisor]
    }
}
