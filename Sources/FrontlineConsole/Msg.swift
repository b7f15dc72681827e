import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// Everything that can happen to the console: input, time, other processes, and effect results.
public enum Msg: Sendable {
    case key(KeyPress)
    case paste(String)
    case resize(width: Int, height: Int)
    /// The clock moved; timers are recomputed from stored timestamps.
    case tick(Date)
    /// The loop started: the console logs in from here.
    case opened
    /// The log-in took effect: the stored agent, and the last shift's handover to show.
    case loggedIn(Agent, handover: Shift?)
    /// The agent could not log in (the database read-only or busy): the console ends with this.
    case loginFailed(String)
    /// A signal asked the console to stop (a closed window, a kill): it logs out and ends.
    case stopRequested
    /// One batch of commits to the store, ours and other processes', by what they changed.
    case storeChanged(Set<ChangeTopic>)
    case queueLoaded([QueueRow])
    /// The rows of these contacts that are still in the queue.
    case queueRowsLoaded(contactIds: [Int64], [QueueRow])
    /// A queue read waits until then: another came less than a pacing step ago.
    case queueReadHeld(until: Date)
    case serviceLevelsLoaded([Channel: ServiceLevel])
    case detailLoaded(contactId: Int64, file: CustomerFile?, transcript: [ChatMessage])
    case draftLoaded(ComplaintDraft?)
    case taken(Contact?)
    case replied(ChatMessage)
    /// The contact ended, with what the agent said it was about.
    case wrappedUp(Contact, WrapUpEntry?)
    /// A pause or resume took effect.
    case timerChanged(Contact)
    /// A call-back was scheduled for the promised time.
    case promised(Contact)
    /// A follow-up call-back was booked for the time agreed with the customer.
    case followUpBooked(Contact)
    /// An internal note was kept on its contact.
    case noteAdded(Note)
    /// A failed reply went out again.
    case replyResent(messageId: Int64)
    /// A held contact was passed on: to an agent, a group, or the supervisors.
    case handedOver(Contact)
    /// What the receiver's name typed for a transfer means; nil when no agent or group has it.
    case transferTargetFound(contactId: Int64, TransferTarget?)
    /// A question went to a department.
    case askedDepartment(Handoff)
    /// The customer file was changed: what changed (the file reloads by its change-feed topic).
    case customerEdited(customerId: Int64, [CustomerChange])
    case complaintFiled(Complaint)
    case phraseSaved(Phrase)
    case complaintsLoaded([ComplaintSummary])
    case complaintLoaded(ComplaintDetail)
    case complaintStepped(Complaint)
    /// A follow-up call was taken: its complaint, to walk through the script.
    case followUpFound(Complaint)
    case failed(String)
    /// The agent's stored state and the call ringing them, read again after any change.
    case agentStatusLoaded(Agent, OfferRow?)
    /// A state the agent or the console asked for took effect.
    case stateChanged(Agent)
    case openItemsLoaded([OpenItem])
    /// The agent accepted a ringing call: it is theirs, or nil when it had already gone.
    case offerAccepted(Contact?)
    case loggedOut
    /// The database could not be reached for this work (`outcomeUnknown`: the connection went
    /// at its commit, so it may have been done; `transaction` names it, to ask once the database
    /// is back): the banner shows until it answers again.
    case databaseUnreachable(failed: Effect, outcomeUnknown: Bool, transaction: Int64? = nil)
    /// The database answered again after an outage.
    case databaseBack
    /// What became of a reply whose commit went unanswered, now the database says.
    case replyOutcome(CommitOutcome)
    /// What an earlier console kept on disk during an outage and never saved (it was closed).
    case unsentLoaded(UnsentWork?)
}
