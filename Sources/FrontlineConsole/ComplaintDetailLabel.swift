/// The labels of the complaint detail view.
public enum ComplaintDetailLabel: CaseIterable, Sendable {
    case received, due, overdue, owner, department, channel, paraphrase, notConfirmed, cause, compensation, aboutAgent, explanation
    case replyBy
    case solutions, followUps, history, raisedToSupervisor, none
    // The history's field names and yes/no.
    case state, paraphraseConfirmed, acceptedSolution, resolved, archived, solution, followUp, yes, no
}
