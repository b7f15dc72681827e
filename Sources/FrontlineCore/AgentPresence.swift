/// The state an agent is set to. Busy is not among them: it follows from the contacts the agent
/// holds (see `AgentState`), so it can never disagree with the queue.
public enum AgentPresence: String, Codable, CaseIterable, Sendable {
    case offline
    case available
    /// After a contact, for notes and follow-up work; never counted as available.
    case wrapUp = "wrap-up"
    case away
}
