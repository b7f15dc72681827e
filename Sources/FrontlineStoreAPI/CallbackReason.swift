import Foundation

/// Why a call-back is in the queue, so the agent who takes it knows what the call is for.
public enum CallbackReason: Equatable, Sendable {
    /// The reply an agent promised the customer: who promised it, on which contact, and when.
    case promisedReply(agent: String?, contactId: Int64?, at: Date?)
    /// The follow-up call of a resolved complaint.
    case followUp(complaintId: Int64)
    /// The first contact with a customer newly assigned to an agent.
    case firstContact(agent: String?)
    /// A department's answer to a question handed off to it.
    case handoffAnswer(department: String, answer: String)
    /// A follow-up booked for a time the customer agreed to: who booked it, on which contact, and
    /// what was agreed (the note, empty when none).
    case agreedFollowUp(agent: String?, contactId: Int64?, note: String)
    /// The follow-up every member gets after a service, by policy: the contact it follows up.
    case memberFollowUp(contactId: Int64?)
    /// The quality re-call of a sampled contact: the contact it checks.
    case qualityRecall(contactId: Int64?)
    /// The satisfaction survey call after a contact: the contact it asks about.
    case satisfactionCall(contactId: Int64?)
}
