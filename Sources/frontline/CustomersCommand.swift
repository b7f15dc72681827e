import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline customers`: looking after customer files.
struct CustomersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customers", abstract: "Look after customer files.", subcommands: [CustomersFindCommand.self, CustomersShowCommand.self, CustomersEditCommand.self, CustomersMergeCommand.self, CustomersAssignCommand.self])
}

/// `frontline customers assign ID --agent NAME`.
struct CustomersAssignCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign a customer to an agent; the first contact is due within a week.",
        discussion: "A call-back for the first contact joins the live queue at the first calling time of the policy's calendar (at once in working hours, else at the next opening), on the first-contact timer. Prints its id.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "The customer's id.")
    var customer: Int64

    @Option(help: ArgumentHelp("The agent who looks after the customer from now on: you, or anyone if you are a supervisor.", valueName: "name"))
    var agent: String

    @Option(help: ArgumentHelp("When (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    func execute() throws {
        let when = try Timestamp.parse(option: at, default: Date())
        let store = try database.openDatabase()
        let person = try ActingOptions.resolve(nil, in: store, at: when).person
        do {
            try Authority.mayAssignCustomer(to: agent, by: person)
        } catch let refusal as AuthorityRefusal {
            throw CommandFailure.badData(refusal.description)
        }
        let callback = try store.assignCustomer(customer, to: agent, policy: try config.load().policy, at: when)
        print(callback.id ?? 0)
    }
}
