import Foundation

/// What only a supervisor may do (besides approving major complaints, a lifecycle rule, and
/// changing another agent's state, an agent-state rule); each says itself in a refusal.
public enum SupervisorAction: Equatable, Sendable, CustomStringConvertible {
    /// Work for another agent: `--agent NAME` naming someone else.
    case actFor(String)
    case addAgent(String)
    case changeAgent(String, AgentChange)
    case removeAgent(String)
    case restoreAgent(String)
    /// Give a customer to an agent other than oneself.
    case assignCustomer(to: String)
    case openWallboard
    /// Draw a quality sample (`frontline qa sample`).
    case sampleQuality

    public var description: String {
        switch self {
        case .actFor(let name): "act for \(name)"
        case .addAgent: "add agents"
        case let .changeAgent(name, change): "change \(name)'s \(change.fieldNames)"
        case .removeAgent: "remove agents"
        case .restoreAgent: "bring back removed agents"
        case .assignCustomer(let name): "give customers to \(name)"
        case .openWallboard: "open the wallboard"
        case .sampleQuality: "draw quality samples"
        }
    }
}
