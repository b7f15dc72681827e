/// What a key does. Each action has one meaning, so it has one help text in every language.
public enum Action: String, Sendable, CaseIterable {
    // Console
    case takeNext, takeOrOpen, reply, filterPhrases, complaint, wrapUp, pauseOrResume, promise, addNote, resendFailed
    case nextPane, previousPane, moveDown, moveUp, help, quit
    // Reply line
    case send, stopReplying, moveCursor, deleteText, pickPhrase, saveAsPhrase
    // Filling in a phrase
    case confirmFill, cancelFill
    // Wording warning
    case editReply, sendAnyway
    // Promised reply time
    case confirmPromise, cancelPromise
    // Follow-up booked for a time agreed with the customer
    case bookFollowUp, confirmBooking, cancelBooking
    // Internal note
    case saveNote, cancelNote
    // Transfer and escalation
    case transfer, escalate, handOff, confirmHandOver, cancelHandOver
    // Phrase filter
    case insertPhrase, nextPhrase, previousPhrase, switchPhraseLanguage, clearFilter
    // Complaint form
    case nextField, previousField, changeChoice, submitComplaint, leaveForm
    // Complaints list and detail
    case openComplaints, nextComplaint, previousComplaint, openComplaint, closeComplaints
    case judgeValid, judgeInvalid, assignToMe, proposeSolution, offerSolution, refuseSolution, acceptSolution
    case approveComplaint, implementComplaint, followUpCall, archiveComplaint, scrollComplaintDown, scrollComplaintUp, backToList
    case editParaphrase, editCause, editCompensation, editAboutAgent
    // Complaint prompt
    case confirmPrompt, cancelPrompt
    // Follow-up script
    case answerSatisfied, answerNeutral, answerDissatisfied, leaveScript
    // Quit question
    case confirmQuit, keepWorking, confirmAway
    // Help overlay
    case scrollHelpDown, scrollHelpUp, closeHelp
    // Agent state: the picker, wrap-up, a ringing call, the handover
    case pickState, endWrapUp, acceptOffer, declineOffer
    case becomeAvailable, awayBreak, awayLunch, awayTraining, awayCoaching, awayTechnical, awayPrivate, logOut, closeStatePicker
    case dismissHandover, saveHandover, cancelLogOut
    // Wrap-up codes
    case confirmWrapUp, toggleWrapUpChoice, nextWrapUpField, previousWrapUpField, nextWrapUpCode, previousWrapUpCode, cancelWrapUp
    // The customer file kept up
    case editCustomer, saveCustomerField, nextCustomerField, previousCustomerField, cancelCustomerEdit
}
