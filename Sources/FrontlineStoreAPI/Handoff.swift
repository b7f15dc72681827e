import Foundation
import FrontlineCore

/// A question an agent handed to another department (warehouse, finance …), and its answer once given.
public struct Handoff: Equatable, Sendable {
    /// The hand-off's id, which `frontline handoff answer ID` names.
    public var id: Int64
    public var contactId: Int64
    public var customerName: String
    public var department: String
    public var question: String
    /// Who handed it off.
    public var agent: String?
    public var askedAt: Date
    /// When the department should have answered by (the policy's hand-off answer time).
    public var due: Date
    public var answer: String?
    public var answeredAt: Date?

    public init(id: Int64, contactId: Int64, customerName: String, department: String, question: String, agent: String?, askedAt: Date,
                due: Date, answer: String? = nil, answeredAt: Date? = nil) {
        self.id = id
        self.contactId = contactId
        self.customerName = customerName
        self.department = department
        self.question = question
        self.agent = agent
        self.askedAt = askedAt
        self.due = due
        self.answer = answer
        self.answeredAt = answeredAt
    }
}

/// Hand-offs to other departments: asking, listing what is unanswered, recording the answer.
public protocol HandoffStore: Sendable {
    /// The agent holding (or owning) the contact asks `department`; returns the hand-off.
    func handOff(contactId: Int64, agent: String, department: String, question: String, policy: SLAPolicy, at: Date) throws -> Handoff
    /// Hand-offs not yet answered, soonest due first.
    func openHandoffs(policy: SLAPolicy) throws -> [Handoff]
    /// Records the department's answer on the contact and queues a call-back kept for the contact's owner.
    /// Returns the call-back.
    func answerHandoff(id: Int64, answer: String, policy: SLAPolicy, at: Date) throws -> Contact
}
