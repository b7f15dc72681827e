import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline abandon`: the caller hung up before pickup, as a phone system reports it.
struct AbandonCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "abandon",
        abstract: "End a waiting call or call-back as abandoned (the caller hung up before pickup).",
        discussion: """
            A call that had already waited past its pickup target records the miss. Abandons \
            shorter than 5 s are left out of the service level (see 'frontline stats').
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("The contact's id (see 'frontline queue').", valueName: "id"))
    var contact: Int64

    @Option(help: ArgumentHelp("When the caller hung up (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    func execute() throws {
        let when = try Timestamp.parse(option: at, default: Date())
        let store = try database.openDatabase()
        _ = try store.abandon(contactId: contact, policy: try config.load().policy, at: when)
    }
}
