import Foundation
import FrontlineConfig
import FrontlineCore

/// Work that `update` asks for; the runner performs it against the store and reports back as messages.
public enum Effect: Equatable, Sendable {
    /// Start the shift for this console's agent (added if new), naming this process.
    case logIn
    /// The complaint draft the agent left, to carry on with.
    case loadDraft
    case reloadQueue
    /// The queue again after a commit (another process's, mostly): paced, at most one read per
    /// `QueueReadPacing.spacing`, unlike `reloadQueue` after the agent's own work.
    case followQueue
    /// Only these contacts' rows, paced the same: they arrived or their customers wrote (`ChangeTopic.queueRow`).
    case followQueueRows([Int64])
    /// The queue reads held back by pacing, now that their time has come.
    case readHeldQueue
    /// Today's service level per channel, for the header.
    case loadServiceLevels
    case loadDetail(contactId: Int64)
    case takeNext
    case take(contactId: Int64)
    case reply(contactId: Int64, text: String)
    /// Ends the contact; `entry` says what it was about (nil: no wrap-up kept).
    case wrapUp(contactId: Int64, entry: WrapUpEntry?, answer: FollowUpAnswer?)
    /// The agent sent flagged wording anyway: logged against them.
    case recordWordingOverride(contactId: Int64, words: [String])
    case pause(contactId: Int64)
    case resume(contactId: Int64)
    case promise(contactId: Int64, due: Date?)
    case bookFollowUp(contactId: Int64, due: Date, note: String)
    /// An internal note on the contact, signed by this console's agent.
    case addNote(contactId: Int64, text: String)
    /// Send a failed reply again (it goes back to pending).
    case resend(messageId: Int64)
    /// Look up what a typed receiver's name means (an agent, else a group) before asking for the note.
    case findTransferTarget(contactId: Int64, name: String)
    /// Pass a held contact to a colleague or a group with a note.
    case transfer(contactId: Int64, to: TransferTarget, note: String)
    case escalate(contactId: Int64, note: String)
    /// Ask a department a question about a held contact.
    case handOff(contactId: Int64, department: String, question: String)
    /// A change to the customer file on screen, already checked by Core's rules.
    case editCustomer(customerId: Int64, edits: [CustomerEdit])
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
    /// During an outage: one cheap read to learn whether the database answers again.
    case lookForDatabase
    /// Asks the database whether a reply whose commit went unanswered was kept.
    case askReplyOutcome(transaction: Int64)
    /// Writes the unsent reply and draft to the agent's unsent-work file (an outage).
    case keepUnsent(UnsentWork)
    /// Removes that file: the database has it all again.
    case forgetUnsent
    /// Reads that file once after log-in: a console closed during an outage left work in it.
    case loadUnsent
}
