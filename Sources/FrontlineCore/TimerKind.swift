/// Which promise a timer measures. Each has its own rule in the policy.
public enum TimerKind: String, Codable, CaseIterable, Sendable {
    /// A phone call picked up after entering the queue.
    case pickup
    /// Every unanswered chat message answered.
    case chatReply = "chat-reply"
    /// The stricter per-message chat goal of some shops (off by default).
    case chatMessageGoal = "chat-message-goal"
    /// An email's first answer.
    case emailResponse = "email-response"
    /// A due call-back made.
    case callback
    /// The reply time an agent promised the customer.
    case promisedReply = "promised-reply"
    /// A minor complaint settled.
    case complaintMinor = "complaint-minor"
    /// A major complaint settled (and raised to the supervisor).
    case complaintMajor = "complaint-major"
    /// The follow-up call after a complaint is resolved.
    case followUp = "follow-up"
    /// The first contact with a newly assigned customer.
    case firstContact = "first-contact"
}
