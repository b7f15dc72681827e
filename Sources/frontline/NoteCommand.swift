import ArgumentParser
import Foundation
import FrontlineStoreAPI

/// `frontline note`: an agent's internal note on a contact.
struct NoteCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add an internal note to a contact (the customer never sees it).",
        discussion: "A note answers nothing, so it never stops a response timer; only a reply does.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The contact's id (see 'frontline queue').", valueName: "id"))
    var contact: Int64

    @OptionGroup var acting: ActingOptions

    @Option(help: ArgumentHelp("When it was written (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    @Argument(help: "The note.")
    var text: String

    func execute() throws {
        let when = try Timestamp.parse(option: at, default: Date())
        let store = try database.openDatabase()
        let agent = try acting.resolve(in: store).agent
        _ = try store.addNote(contactId: contact, agent: agent.name, text: text, at: when)
    }
}
