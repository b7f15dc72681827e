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
    /// The agent sent flagged wording anyway: logged against them.
    case recordWordingOverride(contactId: Int64, words: [String])
    case pause(contactId: Int64)
    case resume(contactId: Int64)
    case promise(contactId: Int64, due: Date?)
    case saveDraft(ComplaintDraft)
    case fileComplaint(Complaint)
    /// Write down the breaches of these contacts, which this console has just seen cross their deadline.
    case recordBreaches(contactIds: [Int64])
    /// Keep a reply the agent wrote as one of their phrases.
    case savePhrase(code: String, title: String, text: String, language: Language)
    case loadComplaints
    case loadComplaint(id: Int64)
    case applyComplaintStep(id: Int64, step: ComplaintStep)
    /// If the contact is a complaint's follow-up call, open the complaint's follow-up script.
    case findFollowUp(contactId: Int64)
    case quit
    case loadAgentStatus
    case changeState(AgentStateChange)
    case acceptOffer(contactId: Int64)
    case declineOffer(contactId: Int64)
    case loadOpenItems
    /// Ends the shift with the note (nil: none written) and leaves.
    case logOut(note: String?)
}

extension Effect {
    /// False for reads, and for writes nothing on screen depends on (a breach written down, a
    /// draft saved): the commit they make needs no reload of the queue.
    var changesWhatIsShown: Bool {
        switch self {
        case .reloadQueue, .loadServiceLevels, .loadDetail, .recordBreaches, .saveDraft, .savePhrase, .loadComplaints,
             .loadComplaint, .findFollowUp, .loadAgentStatus, .loadOpenItems, .quit:
            false
        default:
            true
        }
    }
}
