/// How the agent left the contact at wrap-up (optional): first-contact resolution, or more to do.
public enum WrapUpOutcome: String, Codable, CaseIterable, Sendable {
    case resolved
    case needsFollowUp = "needs-follow-up"
}
