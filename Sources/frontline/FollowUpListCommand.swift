import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline followup list [--due|--done] [--json]`: the follow-up calls and what came of them.
struct FollowUpListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List follow-up calls (complaint, member and agreed follow-ups) with their answers.",
        discussion: "Newest due first. --due lists those whose time has come that nobody has made yet; --done those made, with the answer recorded at their wrap-up (satisfied, neutral, dissatisfied or unreachable) and its note.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Only follow-ups whose time has come and that are not made yet.")
    var due = false

    @Flag(help: "Only follow-ups made, with their answers.")
    var done = false

    @Option(help: ArgumentHelp("At most this many (1-10000).", valueName: "n"))
    var limit = 200

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func validate() throws {
        if due && done { throw ValidationError("give --due or --done, not both; without either every follow-up is listed") }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000") }
    }

    func execute() throws {
        let now = Date()
        let rows = try database.openDatabaseForReading().followUps(due ? .due : done ? .done : .all, at: now, limit: limit)
        if json {
            print(try JSONOutput.text(rows.map { FollowUpJSON.object($0, now: now) }))
            return
        }
        guard !rows.isEmpty else {
            print(due ? "no follow-ups due" : done ? "no follow-ups made yet" : "no follow-ups")
            return
        }
        let table = rows.map { row in
            [String(row.contact.id ?? 0), Timestamp.format(row.contact.queuedAt), FollowUpJSON.state(row, now: now),
             FollowUpJSON.kind(row), SafeText.visible(row.customerName), row.contact.owner.map(SafeText.visible) ?? "-",
             row.answer?.answer.rawValue ?? "-", row.answer.map { $0.note.isEmpty ? "-" : SafeText.visible($0.note) } ?? "-"]
        }
        print(TextTable.render(headers: ["contact", "due", "state", "kind", "customer", "owner", "answer", "note"], rows: table,
                               rightAligned: [0]))
    }
}

/// One follow-up as `followup list --json` writes it: every key present.
enum FollowUpJSON {
    static func object(_ row: FollowUpRow, now: Date) -> [String: Any] {
        ["contact_id": row.contact.id ?? 0, "due": Timestamp.format(row.contact.queuedAt), "state": state(row, now: now),
         "kind": kind(row), "customer_id": row.contact.customerId, "customer": row.customerName,
         "owner": JSONOutput.value(row.contact.owner), "agent": JSONOutput.value(row.contact.agent),
         "complaint_id": JSONOutput.value(row.complaintId),
         "answer": JSONOutput.value(row.answer?.answer.rawValue), "note": JSONOutput.value(row.answer?.note),
         "answered_by": JSONOutput.value(row.answer?.agent), "answered_at": JSONOutput.value(row.answer.map { Timestamp.format($0.at) })]
    }

    /// `scheduled` until its time, then the contact's state (waiting, active, ended).
    static func state(_ row: FollowUpRow, now: Date) -> String {
        row.contact.state == .waiting && row.contact.queuedAt > now ? "scheduled" : row.contact.state.rawValue
    }

    /// Which rule made it: `complaint`, `member` or `agreed`.
    static func kind(_ row: FollowUpRow) -> String {
        switch row.contact.purpose {
        case .memberFollowUp?: "member"
        case .agreedFollowUp?: "agreed"
        case .qualityRecall?: "quality-recall"
        case .satisfactionCall?: "satisfaction"
        default: "complaint"
        }
    }
}
