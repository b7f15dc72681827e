import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline handoff`: questions handed to other departments, and their answers.
struct HandoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handoff", abstract: "Hand a question to another department, list the open ones, record a department's answer.",
        subcommands: [HandoffAskCommand.self, HandoffListCommand.self, HandoffAnswerCommand.self], defaultSubcommand: HandoffListCommand.self)
}

/// `frontline handoff ask --contact ID --department D QUESTION`.
struct HandoffAskCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask", abstract: "Hand a question on a contact you hold (or own) to a department; prints the hand-off's id.",
        discussion: "The department has the policy's [handoff] answer_within to answer (default 1 h).")

    @OptionGroup var options: HeldContactOptions

    @Option(help: ArgumentHelp("The department: one of the policy's [handoff] departments (default warehouse, finance, technical, after-sales).",
                               valueName: "name"))
    var department: String

    @Argument(help: "What the department should answer.")
    var question: String

    func execute() throws {
        let when = try Timestamp.parse(option: options.at, default: Date())
        let policy = try options.config.load().policy
        let (store, agent) = try options.openForHolder()
        let handoff = try store.handOff(contactId: options.contact, agent: agent, department: department, question: question, policy: policy, at: when)
        print(handoff.id)
    }
}

/// `frontline handoff [list] [--json]`.
struct HandoffListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The hand-offs not yet answered, soonest due first.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    func execute() throws {
        let policy = try config.load().policy
        let open = try database.openDatabaseForReading().openHandoffs(policy: policy)
        let now = Date()
        guard !open.isEmpty else { return print("no open hand-offs") }
        print(TextTable.render(headers: ["id", "contact", "customer", "department", "asked by", "due", "question"], rows: open.map { handoff in
            [String(handoff.id), String(handoff.contactId), SafeText.visible(handoff.customerName), handoff.department,
             handoff.agent.map(SafeText.visible) ?? "-", Timestamp.format(handoff.due) + (handoff.due < now ? " overdue" : ""),
             SafeText.visible(handoff.question)]
        }))
    }
}

/// `frontline handoff answer ID TEXT`: the department's side answers from a shell.
struct HandoffAnswerCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Record a department's answer; it comes back to the contact's owner as a call-back (prints its id).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "The hand-off's id (see 'frontline handoff list').")
    var id: Int64

    @Argument(help: "The answer.")
    var text: String

    @Option(help: ArgumentHelp("When it was answered (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    func execute() throws {
        let when = try Timestamp.parse(option: at, default: Date())
        let policy = try config.load().policy
        let callback = try database.openDatabase().answerHandoff(id: id, answer: text, policy: policy, at: when)
        print(callback.id ?? 0)
    }
}
