/// What one line of a contact's append-only history records. The raw value is the string stored
/// in `contact_events.kind`, so these names are frozen like the migrations that wrote them.
public enum ContactEventKind: String, Codable, CaseIterable, Sendable {
    /// Entered the queue; detail: the channel.
    case queued
    /// The customer wrote.
    case message
    case taken
    /// The agent's first or a later reply to a written contact.
    case replied
    case noted
    /// A response timer ran out; detail: the timer kind.
    case breached
    case abandoned
    /// Ended; detail, when not by the agent: why (a training run over, a follow-up done early).
    case completed
    /// Came back to the queue after it had ended; detail: the channel.
    case reopened
    case complaintFiled = "complaint-filed"
    /// A supervisor gave the contact to another agent; agent: the supervisor, detail: the new agent.
    case reassigned
    /// A reply time was promised; detail: the call-back it created.
    case promised
    /// Routing rang an agent with the contact.
    case offered
    case accepted
    case declined
    /// The offer rang out unanswered.
    case missed
    /// Routing gave the contact straight to an agent, without ringing.
    case assigned
    /// The response timer was paused; detail: the reason.
    case paused
    case resumed
    /// A reply went out with wording the guard flagged; detail: the words.
    case forbiddenWordingSent = "forbidden-wording-sent"
    /// An agent passed the contact they held on; agent: who passed it, detail: `to NAME: note` or `to group G: note`.
    case transferred
    /// An agent sent the contact they held to the supervisors; detail: why. The agent stays its owner.
    case escalated
    /// A question went to another department; detail: `DEPARTMENT: question`. Its id is the hand-off's id.
    case handedOff = "handed-off"
    /// The department answered; detail: `HANDOFF-ID DEPARTMENT: answer`.
    case handoffAnswered = "handoff-answered"
    /// The agent said at wrap-up what the contact was about; detail: `WrapUpEntry.logDetail`.
    case wrapUpCoded = "wrap-up-coded"
    /// A follow-up was booked for a time agreed with the customer; detail: the call-back it created.
    case followUpBooked = "follow-up-booked"
    /// A member's service was followed up by policy; detail: the call-back it created.
    case memberFollowUpQueued = "member-follow-up-queued"
    /// The agent recorded what came of a follow-up call; detail: `answer=satisfied note=…`.
    case followUpAnswered = "follow-up-answered"
    /// A resolved complaint owes another follow-up by policy; detail: the call-back it created.
    case complaintFollowUpQueued = "complaint-follow-up-queued"
    /// A satisfaction survey came due by policy; detail: `due=TIME` and, for a call, `call-back N`.
    /// A connector sends the written ones; the call is a call-back in the queue.
    case satisfactionRequested = "satisfaction-requested"
    /// The customer's satisfaction answer came back; detail: `score=N`.
    case satisfactionAnswered = "satisfaction-answered"
}
