import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline complaint show ID [--json]`: every field, the solutions, the follow-ups and the full history.
struct ComplaintShowCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a complaint with its solutions, follow-ups and full history.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "The complaint's id (see 'frontline complaints').")
    var id: Int64

    @Flag(help: "Print a JSON object instead of text.")
    var json = false

    func execute() throws {
        let policy = try config.load().policy
        let store = try database.openDatabaseForReading()
        guard let complaint = try store.complaint(id: id) else { throw StoreError.noSuchComplaint(id) }
        let report = ComplaintReport(complaint: complaint, customer: try store.customer(id: complaint.customerId),
                                     solutions: try store.solutions(complaintId: id), followUps: try store.followUps(complaintId: id),
                                     history: try store.complaintHistory(id: id), nextDeadline: complaint.nextDeadline(policy: policy),
                                     now: Date())
        print(json ? try JSONOutput.text(report.json()) : report.text())
    }
}
