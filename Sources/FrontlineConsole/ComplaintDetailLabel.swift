/// The labels of the complaint detail view.
public enum ComplaintDetailLabel: CaseIterable, Sendable {
    case received, due, overdue, owner, department, channel, paraphrase, cause, compensation, aboutAgent, explanation
    case solutions, followUps, history, raisedToSupervisor, none
}
