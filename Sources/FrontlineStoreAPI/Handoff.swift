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

/// The rules both stores apply to a hand-off, and the event details its log is kept in: a
/// `handed-off` event's detail is `DEPARTMENT: question`, a `handoff-answered` event's
/// `HANDOFF-ID DEPARTMENT: answer` (`HandoffAnswerDetail`).
extension Handoff {
    /// The question as kept: on one line, or the refusal when it is empty or the department unknown.
    public static func checkedQuestion(_ question: String, department: String, policy: SLAPolicy) throws -> String {
        let question = oneLine(question)
        guard !question.isEmpty else { throw StoreError.refused("the question is empty; say what the department should answer") }
        guard policy.departments.contains(department) else {
            throw StoreError.refused("no department \"\(department)\"; departments are \(policy.departments.joined(separator: ", ")) (the policy's [handoff] departments)")
        }
        return question
    }

    /// The answer as kept: on one line, or the refusal when it is empty.
    public static func checkedAnswer(_ answer: String) throws -> String {
        let answer = oneLine(answer)
        guard !answer.isEmpty else { throw StoreError.refused("the answer is empty; write what the department found") }
        return answer
    }

    /// The detail of the `handed-off` event.
    public static func askedDetail(department: String, question: String) -> String { "\(department): \(question)" }

    /// The hand-off a `handed-off` event records: its id is the event's, its department and
    /// question come from the detail, and it is due the policy's answer time after it was asked.
    public init(eventId: Int64, contactId: Int64, customerName: String, agent: String?, askedAt: Date, detail: String, policy: SLAPolicy) {
        let (department, question) = detail.firstIndex(of: ":").map {
            (String(detail[..<$0]), String(detail[detail.index(after: $0)...]).trimmingCharacters(in: .whitespaces))
        } ?? (detail, "")
        self.init(id: eventId, contactId: contactId, customerName: customerName, department: department, question: question,
                  agent: agent, askedAt: askedAt, due: askedAt + policy.handoffAnswerWithin)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}

/// The detail of a `handoff-answered` event: `HANDOFF-ID DEPARTMENT: answer`.
public struct HandoffAnswerDetail: Equatable, Sendable {
    public var handoffId: Int64?
    public var department: String
    public var text: String

    public init(handoffId: Int64, department: String, text: String) {
        (self.handoffId, self.department, self.text) = (handoffId, department, text)
    }

    public init(_ detail: String) {
        let (head, text) = detail.firstIndex(of: ":").map { (String(detail[..<$0]), String(detail[detail.index(after: $0)...]).trimmingCharacters(in: .whitespaces)) }
            ?? (detail, "")
        let words = head.split(separator: " ", maxSplits: 1).map(String.init)
        handoffId = words.first.flatMap { Int64($0) }
        department = words.count > 1 ? words[1] : head
        self.text = text
    }

    public var detail: String { "\(handoffId ?? 0) \(department): \(text)" }

    /// The start of the detail of every answer to hand-off `id` (a LIKE prefix: `"\(prefix)%"`).
    public static func prefix(of id: Int64) -> String { "\(id) " }
}
