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

    @Option(help: ArgumentHelp("Who writes the note (agent login name).", valueName: "name"))
    var agent: String

    @Option(help: ArgumentHelp("When it was written (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    @Argument(help: "The note.")
    var text: String

    func validate() throws {
        if agent.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--agent is empty; give the login name of the agent writing the note")
        }
    }

    func execute() throws {
        let when = try Timestamp.parse(option: at, default: Date())
        let store = try database.openDatabase()
        guard try store.agent(named: agent) != nil else { throw CommandFailure(StoreError.noSuchAgent(agent)) }
        _ = try store.addNote(contactId: contact, agent: agent, text: text, at: when)
    }
}
