import Foundation
import FrontlineCore

/// What only a supervisor does to other agents' work.
public protocol Supervision: Sendable {
    /// Gives a waiting or active contact to `agent`; refused to anyone but a supervisor.
    @discardableResult
    func reassign(contactId: Int64, to agent: String, by supervisor: String, policy: SLAPolicy, at: Date) throws -> Contact
}

extension Supervision {
    @discardableResult
    public func reassign(contactId: Int64, to agent: String, by supervisor: String, policy: SLAPolicy = .standard,
                         at: Date) throws -> Contact {
        try reassign(contactId: contactId, to: agent, by: supervisor, policy: policy, at: at)
    }
}
