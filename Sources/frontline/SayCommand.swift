import ArgumentParser
import Foundation
import FrontlineStore

/// `frontline say`: the customer writes into an open chat or email.
struct SayCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: "Add a customer message to an open chat or email contact.")

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
