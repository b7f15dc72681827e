/// Why a call-back was queued; a first contact runs on its own (7-day) timer.
public enum ContactPurpose: String, Codable, CaseIterable, Sendable {
    /// The first contact with a customer newly assigned to an agent.
    case firstContact = "first-contact"
    /// The follow-up call after a complaint was resolved.
    case followUp = "follow-up"
    /// The reply time promised to the customer.
    case promisedReply = "promised-reply"
    /// A department answered a question handed off to it: the owner calls the customer back with it.
    case handoffAnswer = "handoff-answer"
    /// A follow-up call booked for a time agreed with the customer; due at that time like a call-back.
    case agreedFollowUp = "agreed-follow-up"
    /// The follow-up call every member gets after a service (the car-dealer manual: 100%), by
    /// the policy's `[follow_up]` rules; it has the follow-up rule's working days to be made.
    case memberFollowUp = "member-follow-up"
    /// The quality re-call of a sampled phone contact (the manuals: the director re-calls 20% of
    /// the quarter's service); worked with the follow-up script, its answer recorded.
    case qualityRecall = "quality-recall"
    /// The satisfaction survey of a phone customer, by the policy's `[satisfaction]` rules.
    case satisfactionCall = "satisfaction-call"

    /// A follow-up call: the agent works it with the follow-up script and records the answer.
    public var isFollowUp: Bool {
        switch self {
        case .followUp, .memberFollowUp, .agreedFollowUp, .qualityRecall, .satisfactionCall: true
        case .firstContact, .promisedReply, .handoffAnswer: false
        }
    }
}
