import ArgumentParser
import Foundation
import FrontlineStoreAPI

/// `frontline say`: the customer writes into a chat or email, reopening it if it had ended.
struct SayCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: "Add a customer message to a chat or email contact.",
        discussion: """
            A message to an ended chat or email reopens it, as help desks do: it goes back to the \
            queue unassigned, with a new reply timer from this message. Earlier missed deadlines \
            stay recorded.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The contact's id (see 'frontline queue').", valueName: "id"))
    var contact: Int64

    @Option(help: ArgumentHelp("When it was written (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    @Argument(help: "What the customer writes.")
    var text: String

    func execute() throws {
        let when = try Timestamp.parse(option: at, default: Date())
        let store = try database.openDatabase()
        _ = try store.say(contactId: contact, text: text, at: when)
    }
}
