import Foundation
import FrontlineCore

/// Work that `update` asks for; the runner performs it against the store and reports back as messages.
public enum Effect: Equatable, Sendable {
    case reloadQueue
    /// Today's service level per channel, for the header.
    case loadServiceLevels
    case loadDetail(contactId: Int64)
    case takeNext
    case take(contactId: Int64)
    case reply(contactId: Int64, text: String)
    case wrapUp(contactId: Int64)
    case pause(contactId: Int64)
    case resume(contactId: Int64)
    case promise(contactId: Int64, due: Date?)
    case saveDraft(ComplaintDraft)
    case fileComplaint(Complaint)
    case recordBreaches
    case quit
}
