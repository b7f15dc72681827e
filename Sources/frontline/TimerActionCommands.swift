import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// What every timer action names: the database, the policy, the contact, and (for a supervisor
/// acting for them) the agent holding it.
struct HeldContactOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("The contact's id (see 'frontline queue').", valueName: "id"))
    var contact: Int64

    @OptionGroup var acting: ActingOptions

    @Option(help: ArgumentHelp("When it happened (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    /// The store, and the agent holding the contact: you, or whom a supervisor acts for.
    func openForHolder() throws -> (store: any FrontlineStores, agent: String) {
        let store = try database.openDatabase()
        return (store, try acting.resolve(in: store).agent.name)
    }
}

/// `frontline pause`: stop a pausable timer while waiting for the customer.
struct PauseCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Pause the running timer of a held contact (only timers the policy lets pause).")

    @OptionGroup var options: HeldContactOptions

    @Option(help: "Why, e.g. \"waiting for the customer\".")
    var reason: String = "waiting for the customer"

    func execute() throws {
        let when = try Timestamp.parse(option: options.at, default: Date())
        let policy = try options.config.load().policy
        let (store, agent) = try options.openForHolder()
        let contact = try store.pause(contactId: options.contact, agent: agent, reason: reason, policy: policy, at: when)
        print("contact \(contact.id ?? 0) paused: \(reason)")
    }
}

/// `frontline resume`: let a paused timer run again.
struct ResumeCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume a paused timer.")

    @OptionGroup var options: HeldContactOptions

    func execute() throws {
        let when = try Timestamp.parse(option: options.at, default: Date())
        let policy = try options.config.load().policy
        let (store, agent) = try options.openForHolder()
        let contact = try store.resume(contactId: options.contact, agent: agent, policy: policy, at: when)
        if let status = policy.status(of: contact, at: when) {
            print("contact \(contact.id ?? 0) resumed: \(status.countdown) left, due \(Timestamp.format(status.deadline))")
        }
    }
}

/// `frontline promise`: tell the customer when they will hear back; a call-back comes due then.
struct PromiseCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise", abstract: "Promise the customer a reply time; a call-back joins the queue when it is due.",
        discussion: "The default is half a working day of the policy's calendar from now; more than one working day of it ahead is refused (`frontline sla` shows both). Prints the call-back's id.")

    @OptionGroup var options: HeldContactOptions

    @Option(help: ArgumentHelp("When the customer will hear back (ISO 8601 with offset). Default: half a working day of the calendar.", valueName: "time"))
    var by: String?

    func execute() throws {
        let when = try Timestamp.parse(option: options.at, default: Date())
        let due = try by.map { try Timestamp.parse(option: $0, default: when) }
        let policy = try options.config.load().policy
        let (store, agent) = try options.openForHolder()
        let callback = try store.promise(contactId: options.contact, agent: agent, due: due, policy: policy, at: when)
        print(callback.id ?? 0)
    }
}
