import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline followup`: follow-up calls the agent arranges with the customer.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "Follow-up calls: book one at a time agreed with the customer, list them with their answers.",
        subcommands: [FollowUpBookCommand.self, FollowUpListCommand.self])
}

/// `frontline followup book --contact ID --at TIME [--note TEXT]`.
struct FollowUpBookCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "book", abstract: "Book a follow-up call for a time agreed with the customer; a call-back joins the queue then.",
        discussion: "Unlike a promise it may be any time ahead, but it must fall inside the policy's working calendar and outside the customer's do-not-disturb hours; otherwise it is refused with the next time that may be booked. The note (what was agreed) is kept on the call-back and shown in the customer file. Prints the call-back's id.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("The held contact the time was agreed on (see 'frontline queue').", valueName: "id"))
    var contact: Int64

    @OptionGroup var acting: ActingOptions

    @Option(help: ArgumentHelp("The time agreed with the customer (ISO 8601 with offset).", valueName: "time"))
    var at: String

    @Option(help: ArgumentHelp("What was agreed, for whoever makes the call.", valueName: "text"))
    var note: String = ""

    @Option(help: ArgumentHelp("When it was booked (ISO 8601 with offset). Default: now.", valueName: "time"))
    var now: String?

    func execute() throws {
        let due = try Timestamp.parse(option: at, default: Date())
        let when = try Timestamp.parse(option: now, named: "--now", default: Date())
        let policy = try config.load().policy
        let store = try database.openDatabase()
        let agent = try acting.resolve(in: store).agent.name
        let callback = try store.bookFollowUp(contactId: contact, agent: agent, due: due, note: note, policy: policy, at: when)
        print(callback.id ?? 0)
    }
}
