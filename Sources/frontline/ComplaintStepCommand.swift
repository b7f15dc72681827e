import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline complaint step ID [--agent NAME] ACTION [options]`: one step of the loop, from scripts.
/// The actions are subcommands; they read the complaint, agent and time from here.
struct ComplaintStepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Take one step of a complaint's loop.",
        discussion: """
            The loop: judge, assign, propose solutions, offer one (then accept or refuse it; offer \
            the next if refused), approve (a supervisor; major complaints need it), implement, \
            follow-up (at least once), archive. A step out of order exits 65 and says what must \
            happen first. You take the step as yourself (your login name on this computer); a \
            supervisor may take it for another agent with --agent, and the history records both.
            """,
        subcommands: [JudgeStep.self, AssignStep.self, ProposeStep.self, OfferStep.self, RefuseStep.self, AcceptStep.self,
                      ApproveStep.self, ImplementStep.self, FollowUpStep.self, ArchiveStep.self, EditStep.self])

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "The complaint's id (see 'frontline complaints').")
    var id: Int64

    @OptionGroup var acting: ActingOptions

    @Option(help: ArgumentHelp("When it happened (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    /// Reached only when no action follows the id: a usage error, not help with exit 0.
    func run() throws {
        let actions = Self.configuration.subcommands.map { $0.configuration.commandName ?? "" }.joined(separator: ", ")
        throw CommandFailure.usage("complaint step \(id) needs an action after the id: \(actions)").reported()
    }

    /// Takes `steps` in order for the agent, with the rights of the person at the keyboard (a
    /// supervisor acting for an agent approves as a supervisor); prints where the complaint stands.
    @discardableResult
    func take(_ steps: [ComplaintStep]) throws -> (any FrontlineStores, Complaint?) {
        let when = try Timestamp.parse(option: at, default: Date())
        let policy = try config.load().policy
        let store = try database.openDatabase()
        let acting = try acting.resolve(in: store, at: when)
        var complaint: Complaint?
        for step in steps {
            complaint = try store.apply(step, to: id, by: acting.agent.name, role: acting.person.role, policy: policy, at: when)
        }
        if let complaint { print("complaint \(id): \(complaint.state.rawValue)") }
        return (store, complaint)
    }
}

/// A step action: its options, and the step they make.
protocol ComplaintStepAction: FrontlineCommand {
    var step: ComplaintStepCommand { get }
    var steps: [ComplaintStep] { get }
}

extension ComplaintStepAction {
    func execute() throws { try step.take(steps) }
}

struct JudgeStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: "Judge the complaint valid, or not valid with the explanation given to the customer (which closes it).")
    @ParentCommand var step: ComplaintStepCommand
    @Flag(exclusivity: .exclusive, help: "Whether the complaint is valid.") var validity: Validity
    @Option(help: "What the customer was told (required with --invalid).") var explanation: String?
    enum Validity: String, EnumerableFlag { case valid, invalid }
    var steps: [ComplaintStep] { [.judge(valid: validity == .valid, explanation: explanation)] }
}

struct AssignStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Assign it to a department and an owner (again to reassign).")
    @ParentCommand var step: ComplaintStepCommand
    @Option(help: "The department that handles it.") var department: String
    @Option(help: ArgumentHelp("The agent who owns it; an existing agent (see 'frontline agents').", valueName: "agent")) var owner: String
    var steps: [ComplaintStep] { [.assign(department: department, owner: owner)] }
}

struct ProposeStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "propose", abstract: "Record a candidate solution and print its id.")
    @ParentCommand var step: ComplaintStepCommand
    @Argument(help: "What would be done.") var text: String
    var steps: [ComplaintStep] { [.proposeSolution(text)] }

    func execute() throws {
        let (store, _) = try step.take(steps)
        print(try store.solutions(complaintId: step.id).last?.id ?? 0)
    }
}

struct OfferStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "offer", abstract: "Offer a proposed solution to the customer.")
    @ParentCommand var step: ComplaintStepCommand
    @Argument(help: "The solution's id (see 'frontline complaint show').") var solution: Int64
    var steps: [ComplaintStep] { [.offer(solutionId: solution)] }
}

struct RefuseStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "refuse", abstract: "The customer refused the offered solution.")
    @ParentCommand var step: ComplaintStepCommand
    @Argument(help: "The solution's id.") var solution: Int64
    var steps: [ComplaintStep] { [.refuse(solutionId: solution)] }
}

struct AcceptStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "accept", abstract: "The customer accepted the offered solution.")
    @ParentCommand var step: ComplaintStepCommand
    @Argument(help: "The solution's id.") var solution: Int64
    var steps: [ComplaintStep] { [.accept(solutionId: solution)] }
}

struct ApproveStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve the accepted solution (supervisors only).")
    @ParentCommand var step: ComplaintStepCommand
    var steps: [ComplaintStep] { [.approve] }
}

struct ImplementStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "implement", abstract: "The accepted solution was carried out; the follow-up call is queued 3 days later.")
    @ParentCommand var step: ComplaintStepCommand
    var steps: [ComplaintStep] { [.implement] }
}

struct FollowUpStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "Record a follow-up call and the customer's satisfaction.")
    @ParentCommand var step: ComplaintStepCommand
    @Option(help: "satisfied, neutral or dissatisfied.") var satisfaction: ComplaintFollowUp.Satisfaction
    @Option(help: "The customer's suggestion or what to improve.") var note: String?
    var steps: [ComplaintStep] { [.followUp(satisfaction: satisfaction, note: note)] }
}

struct ArchiveStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "archive", abstract: "Archive a followed-up complaint.")
    @ParentCommand var step: ComplaintStepCommand
    var steps: [ComplaintStep] { [.archive] }
}

/// Field changes, each recorded in the history; they move no state.
struct EditStep: ComplaintStepAction {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change fields of an open complaint.")
    @ParentCommand var step: ComplaintStepCommand
    @Option(help: "How the complaint reached us.") var channel: Channel?
    @Option(help: "The category.") var category: ComplaintCategory?
    @Option(help: "minor or major.") var severity: ComplaintSeverity?
    @Option(help: "The agent's paraphrase of the account.") var paraphrase: String?
    @Flag(help: "The customer confirmed the paraphrase.") var confirmed = false
    @Option(help: "The cause found.") var cause: String?
    @Option(help: "The compensation given.") var compensation: String?
    @Option(help: ArgumentHelp("The agent whose service the complaint is about.", valueName: "agent")) var aboutAgent: String?

    func validate() throws {
        if steps.isEmpty { throw ValidationError("give at least one field to change, e.g. --cause TEXT") }
        if confirmed, paraphrase == nil { throw ValidationError("--confirmed goes with --paraphrase") }
    }

    var steps: [ComplaintStep] {
        let edits: [ComplaintEdit?] = [channel.map { .channel($0) }, category.map { .category($0) }, severity.map { .severity($0) },
                                       paraphrase.map { .paraphrase($0, confirmed: confirmed) }, cause.map { .cause($0) },
                                       compensation.map { .compensation($0) }, aboutAgent.map { .aboutAgent($0) }]
        return edits.compactMap { $0.map { .edit($0) } }
    }
}
