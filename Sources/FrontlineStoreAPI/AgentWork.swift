import Foundation
import FrontlineCore

/// What an agent does with the contacts they hold or are offered. Each call is one transaction.
public protocol AgentWork: Sendable {
    /// Nil when the contact is no longer waiting (another console took it first).
    func take(contactId: Int64, agent: String, policy: SLAPolicy, at: Date) throws -> Contact?
    /// The most urgent waiting contact; nil when none waits.
    func takeNext(agent: String, policy: SLAPolicy, at: Date) throws -> Contact?
    func reply(contactId: Int64, agent: String, text: String, policy: SLAPolicy, at: Date) throws -> ChatMessage
    /// Ends the contact. `entry`, when given, is checked against `codes` (refused as the Core rule
    /// says) and kept with the contact and in its event log; nil ends it without one (training, scripts).
    func wrapUp(contactId: Int64, agent: String, rules: AgentStateRules, entry: WrapUpEntry?, codes: WrapUpPolicy, at: Date) throws -> Contact
    /// Ends the contact as the console does: `entry` checked against the policy's codes; a follow-up
    /// call needs `answer` (refused without one, and any other contact with one), kept with the
    /// entry's summary as its note, and a complaint's follow-up call answered by a customer reached
    /// records the complaint's follow-up; then the follow-up the policy's `[follow_up]` rules owe a
    /// member's service is queued.
    func wrapUp(contactId: Int64, agent: String, rules: AgentStateRules, entry: WrapUpEntry?, answer: FollowUpAnswer?,
                policy: SLAPolicy, at: Date) throws -> Contact
    func pause(contactId: Int64, agent: String, reason: String, policy: SLAPolicy, at: Date) throws -> Contact
    func resume(contactId: Int64, agent: String, policy: SLAPolicy, at: Date) throws -> Contact
    /// Returns the call-back that keeps the promise.
    func promise(contactId: Int64, agent: String, due: Date?, policy: SLAPolicy, at: Date) throws -> Contact
    /// Books a follow-up call for `due`, a time agreed with the customer: any time ahead inside
    /// the working calendar and outside the customer's do-not-disturb hours, else refused with the
    /// next such time. Returns the call-back; `note` (what was agreed) is kept as a note on it.
    func bookFollowUp(contactId: Int64, agent: String, due: Date, note: String, policy: SLAPolicy, at: Date) throws -> Contact
    /// A reply sent although the wording guard flagged it, kept against the agent.
    func recordWordingOverride(contactId: Int64, agent: String, words: [String], at: Date) throws
    /// Nil when the offer is no longer open.
    func acceptOffer(contactId: Int64, agent: String, policy: SLAPolicy, at: Date) throws -> Contact?
    func declineOffer(contactId: Int64, agent: String, at: Date) throws
    /// The contact ringing `agent` right now, if any.
    func openOffer(agent: String) throws -> OfferRow?
    /// What a name typed as a transfer's receiver means: an agent on the roster first, else a group
    /// someone on the roster belongs to; nil when it is neither.
    func transferTarget(named name: String) throws -> TransferTarget?
    /// Passes a held contact to a colleague or a group, with a note for the receiver; no deadline moves.
    func transfer(contactId: Int64, by agent: String, to target: TransferTarget, note: String, policy: SLAPolicy, at: Date) throws -> Contact
    /// Sends a held contact to the supervisors; the agent stays its owner.
    func escalate(contactId: Int64, by agent: String, note: String, policy: SLAPolicy, at: Date) throws -> Contact
}

extension AgentWork {
    public func wrapUp(contactId: Int64, agent: String, rules: AgentStateRules = .standard, at: Date) throws -> Contact {
        try wrapUp(contactId: contactId, agent: agent, rules: rules, entry: nil, codes: .standard, at: at)
    }
}
