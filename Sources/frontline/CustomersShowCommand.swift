import ArgumentParser
import Foundation
import FrontlineStoreAPI

/// `frontline customers show ID [--json]`: the file's values, notes and history.
struct CustomersShowCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a customer file with its notes and its history (who changed what, when).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The customer's id (see 'frontline customers find').")
    var id: Int64

    @Option(help: "At most this many history lines, newest first.")
    var limit: Int = 50

    @Flag(help: "Print a JSON object instead of text.")
    var json = false

    func execute() throws {
        guard limit >= 1 else { throw CommandFailure.usage("--limit must be at least 1") }
        let store = try database.openDatabaseForReading()
        guard let customer = try store.customer(id: id) else { throw StoreError.noSuchCustomer(id) }
        let report = CustomerReport(customer: customer, history: try store.customerHistory(customerId: id, limit: limit))
        print(json ? try JSONOutput.text(report.json()) : report.text())
    }
}
