import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

extension Channel: ExpressibleByArgument {}
extension Priority: ExpressibleByArgument {}

/// `frontline enqueue`: a call, chat or email arrives (for scripts, demos and the trainee simulator).
struct EnqueueCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue",
        abstract: "Put a new contact in the live queue and print its id.",
        discussion: "The customer is found by phone number or email address, or created from --name.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How the contact arrives.")
    var channel: Channel

    @Option(name: .customLong("from"), help: ArgumentHelp(
        "The caller's phone number (at least 5 digits; + - . ( ) and spaces allowed), for email an e-mail address, for chat either.",
        valueName: "address"))
    var address: String

    @Option(help: "The customer's name, used when they are new.")
    var name: String?

    @Option(help: "The opening message of a chat or email; not empty or only spaces.")
    var text: String?

    @Option(help: ArgumentHelp("When it arrived (ISO 8601 with offset), not in the future (60 s allowed for clock differences). Default: now.",
                               valueName: "time"))
    var at: String?

    @Option(help: "How urgent it is; the policy may give each priority its own targets.")
    var priority: Priority = .normal

    func validate() throws {
        // Rejected rather than dropped: silently losing what someone typed is worse than saying so.
        if text != nil, !channel.isWritten {
            throw ValidationError("a \(channel.rawValue) contact carries no text; drop --text or use --channel chat or email")
        }
        if address.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--from is empty; give the phone number or email address the contact comes from")
        }
    }

    func execute() throws {
        let now = Date()
        let when = try Timestamp.parse(option: at, default: now)
        if let problem = ValueRules.arrivalProblem(when, now: now) { throw CommandFailure.badData("--at: " + problem) }
        if let problem = ValueRules.addressProblem(address, channel: channel) { throw CommandFailure.badData("--from: " + problem) }
        if let text, let problem = ValueRules.textProblem(text, what: "--text") { throw CommandFailure.badData(problem) }
        let store = try database.openDatabase()
        let contact = try store.enqueue(channel: channel, from: address, name: name, text: text, priority: priority, at: when)
        print(contact.id ?? 0)
    }
}
