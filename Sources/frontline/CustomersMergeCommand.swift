import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline customers merge KEEP OTHER --yes`: two files for one person become one.
struct CustomersMergeCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge two files for one person: OTHER's contacts, orders, complaints, phones and notes move to KEEP.",
        discussion: """
            Irreversible, so it asks for --yes. KEEP's values win; OTHER fills what KEEP lacks (e-mail, address, card). \
            OTHER stays as a record pointing to KEEP, and both histories record the merge. Any agent may merge, as in Zendesk.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The customer file to keep.")
    var keep: Int64

    @Argument(help: "The customer file merged into it.")
    var other: Int64

    @Flag(help: "Confirm: the merge cannot be undone.")
    var yes = false

    @OptionGroup var acting: ActingOptions

    @Option(help: ArgumentHelp("When (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    @Flag(help: "Print what moved as JSON instead of text.")
    var json = false

    func execute() throws {
        guard keep != other else { throw CommandFailure.usage("KEEP and OTHER are the same customer; give two different ids") }
        let when = try Timestamp.parse(option: at, default: Date())
        guard yes else {
            throw CommandFailure.usage("merging customer \(other) into customer \(keep) cannot be undone; check both with 'frontline customers show', then run again with --yes")
        }
        let store = try database.openDatabase()
        let agent = try acting.resolve(in: store, at: when).agent
        let merge = try store.mergeCustomers(keep: keep, other: other, agent: agent.name, at: when)
        if json {
            print(try JSONOutput.text(["kept": merge.kept, "merged": merge.merged, "contacts": merge.contacts, "orders": merge.orders,
                                       "complaints": merge.complaints, "phones": merge.phones]))
        } else {
            print("merged customer \(merge.merged) into customer \(merge.kept): moved \(merge.contacts) contacts, \(merge.orders) orders, \(merge.complaints) complaints, \(merge.phones) phones")
        }
    }
}
