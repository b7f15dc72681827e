import ArgumentParser
import Foundation
import FrontlineStoreAPI

/// `frontline customers find QUERY`: a customer by phone, order number, email or the start of their name.
struct CustomersFindCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "find", abstract: "Find customers by phone, order number, email or the start of their name.",
        discussion: "Names match from their start in any script (王小, 김민, emma). Prints nothing and exits 0 when no one matches.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "A phone number (any punctuation), an order number, an email address, or a name's beginning.")
    var query: String

    @Option(help: "At most this many customers.")
    var limit: Int = 20

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func execute() throws {
        guard limit >= 1 else { throw CommandFailure.usage("--limit must be at least 1") }
        guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandFailure.usage("the query is empty; give a phone number, an order number, an e-mail address or a name's beginning")
        }
        let found = try database.openDatabaseForReading().findCustomers(matching: query, limit: limit)
        if json {
            print(try JSONOutput.text(found.map { customer -> [String: Any] in
                ["id": customer.id ?? 0, "name": customer.name, "language": customer.language.rawValue,
                 "phones": customer.phones, "email": JSONOutput.value(customer.email)]
            }))
            return
        }
        guard !found.isEmpty else { return }
        print(TextTable.render(headers: ["id", "name", "language", "phones", "email"],
                               rows: found.map { [String($0.id ?? 0), $0.name, $0.language.rawValue,
                                                  $0.phones.joined(separator: ", "), $0.email ?? ""] },
                               rightAligned: [0]))
    }
}
