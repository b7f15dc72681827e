import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline transfer`: pass a held contact to a colleague or a group, with a note.
struct TransferCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Pass a contact you hold to another agent or to a group, with a note the receiver sees first.",
        discussion: """
            To an agent (--to) it is theirs at once, and they own the matter; to a group (--group) it waits for \
            that group's members, then anyone after the policy's group wait. No deadline moves: a chat's or \
            email's timer runs on; a call waits anew for pickup.
            """)

    @OptionGroup var options: HeldContactOptions

    @Option(help: ArgumentHelp("The agent who takes it over.", valueName: "agent"))
    var to: String?

    @Option(help: ArgumentHelp("The group whose members take it (see 'frontline agents').", valueName: "group"))
    var group: String?

    @Option(help: ArgumentHelp("What the receiver needs to know, one line.", valueName: "text"))
    var note: String

    func validate() throws {
        switch (to, group) {
        case (nil, nil), (_?, _?): throw ValidationError("give either --to AGENT or --group GROUP")
        case (_, let group?) where !ContactAudience.isGroupName(group):
            throw ValidationError("--group '\(group)' is not a group name; use lower-case letters, digits and -, e.g. complaints")
        default: break
        }
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--note is empty; say what the receiver needs to know")
        }
    }

    func execute() throws {
        let when = try Timestamp.parse(option: options.at, default: Date())
        let policy = try options.config.load().policy
        let (store, agent) = try options.openForHolder()
        let target: TransferTarget = group.map(TransferTarget.group) ?? .agent(to ?? "")
        let contact = try store.transfer(contactId: options.contact, by: agent, to: target, note: note, policy: policy, at: when)
        switch target {
        case .agent(let receiver): print("contact \(contact.id ?? 0) is now \(SafeText.visible(receiver))'s")
        case .group(let group): print("contact \(contact.id ?? 0) waits for the \(group) group")
        }
    }
}

/// `frontline escalate`: send a held contact to the supervisors.
struct EscalateCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate", abstract: "Send a contact you hold to the supervisors, saying why; you stay its owner.",
        discussion: "It waits for a supervisor (never for another agent) and the wallboard lists it.")

    @OptionGroup var options: HeldContactOptions

    @Option(help: ArgumentHelp("Why it needs a supervisor, one line.", valueName: "text"))
    var note: String

    func validate() throws {
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--note is empty; say why it needs a supervisor")
        }
    }

    func execute() throws {
        let when = try Timestamp.parse(option: options.at, default: Date())
        let policy = try options.config.load().policy
        let (store, agent) = try options.openForHolder()
        let contact = try store.escalate(contactId: options.contact, by: agent, note: note, policy: policy, at: when)
        print("contact \(contact.id ?? 0) waits for a supervisor; you stay its owner")
    }
}
