import FrontlineCore

/// Where a transfer or an escalation stands while the agent types it.
public enum HandOverStep: Equatable, Sendable {
    /// Typing whom to transfer to: an agent's login name or a group.
    case transferTarget
    /// Typing the note the receiver sees first; the receiver was found when its name was confirmed.
    case transferNote(to: TransferTarget)
    /// Typing why the contact needs a supervisor.
    case escalationNote
    /// Typing which department to ask, then the question.
    case handoffDepartment
    case handoffQuestion(department: String)
}
