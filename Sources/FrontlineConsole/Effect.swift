import FrontlineCore

/// Work that `update` asks for; the runner performs it against the store and reports back as messages.
public enum Effect: Equatable, Sendable {
    case reloadQueue
    case loadDetail(contactId: Int64)
    case takeNext
    case take(contactId: Int64)
    case reply(contactId: Int64, text: String)
    case wrapUp(contactId: Int64)
    case saveDraft(ComplaintDraft)
    case fileComplaint(Complaint)
    case recordBreaches
    case quit
}
