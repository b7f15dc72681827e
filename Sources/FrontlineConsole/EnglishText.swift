import FrontlineCore

/// The console in English.
public struct EnglishText: ConsoleText {
    public init() {}

    public var language: Language { .en }

    public func short(_ action: Action) -> String {
        switch action {
        case .takeNext: "next"
        case .takeOrOpen: "take"
        case .reply: "reply"
        case .filterPhrases: "phrases"
        case .complaint: "complaint"
        case .wrapUp: "wrap up"
        case .pauseOrResume: "pause"
        case .promise: "promise"
        case .nextPane: "pane"
        case .help: "help"
        case .quit, .confirmQuit: "quit"
        case .send: "send"
        case .stopReplying, .cancelPromise: "cancel"
        case .confirmPromise: "promise"
        case .insertPhrase: "insert"
        case .nextPhrase: "down"
        case .previousPhrase: "up"
        case .switchPhraseLanguage: "language"
        case .clearFilter, .closeHelp: "close"
        case .nextField: "next field"
        case .changeChoice: "choose"
        case .submitComplaint: "submit"
        case .leaveForm: "leave"
        case .keepWorking: "stay"
        case .scrollHelpDown: "scroll"
        case .pickState: "state"
        case .endWrapUp: "end wrap-up"
        case .acceptOffer: "accept"
        case .declineOffer: "decline"
        case .becomeAvailable: "available"
        case .awayBreak: "break"
        case .awayLunch: "lunch"
        case .awayTraining: "training"
        case .awayCoaching: "coaching"
        case .awayTechnical: "technical"
        case .awayPrivate: "private"
        case .logOut: "log out"
        case .closeStatePicker, .dismissHandover: "close"
        case .saveHandover: "save and log out"
        case .cancelLogOut: "stay logged in"
        case .openComplaints: "complaints"
        case .nextComplaint: "down"
        case .previousComplaint: "up"
        case .openComplaint: "open"
        case .closeComplaints, .backToList, .leaveScript, .cancelPrompt: "back"
        case .judgeValid: "valid"
        case .judgeInvalid: "not valid"
        case .assignToMe: "assign"
        case .proposeSolution: "propose"
        case .offerSolution: "offer"
        case .refuseSolution: "refused"
        case .acceptSolution: "accepted"
        case .approveComplaint: "approve"
        case .implementComplaint: "done"
        case .followUpCall: "follow up"
        case .archiveComplaint: "archive"
        case .confirmPrompt: "save"
        case .answerSatisfied: "satisfied"
        case .answerNeutral: "neutral"
        case .answerDissatisfied: "dissatisfied"
        case .scrollComplaintDown, .scrollComplaintUp: ""
        case .editReply: "edit"
        case .sendAnyway: "send anyway"
        case .pickPhrase: "pick"
        case .saveAsPhrase: "save phrase"
        case .confirmFill: "next"
        case .cancelFill: "cancel"
        case .editParaphrase: "paraphrase"
        case .editCause: "cause"
        case .editCompensation: "compensation"
        case .editAboutAgent: "about agent"
        case .previousPane, .moveDown, .moveUp, .moveCursor, .deleteText, .previousField, .scrollHelpUp: ""
        }
    }

    public func help(_ action: Action) -> String {
        switch action {
        case .takeNext: "Take the next most urgent contact"
        case .takeOrOpen: "Take the selected contact (or work on a held one); in other panes, open"
        case .reply: "Reply to the active chat or email"
        case .filterPhrases: "Filter the phrases as you type"
        case .complaint: "Open the complaint form for the customer"
        case .wrapUp: "Wrap up the active contact"
        case .pauseOrResume: "Pause or resume the active contact's timer, where the policy allows"
        case .promise: "Promise a reply time; a call-back comes due then"
        case .nextPane: "Next pane"
        case .previousPane: "Previous pane"
        case .moveDown: "Move down in the pane"
        case .moveUp: "Move up in the pane"
        case .help: "Show all keys"
        case .quit: "Log out and quit: asks for a handover note (and first while you hold a contact)"
        case .send: "Send the reply to the customer"
        case .stopReplying: "Stop typing; the text stays for later"
        case .moveCursor: "Move the cursor, or jump to the start or the end"
        case .deleteText: "Delete the word before the cursor, or all text before it"
        case .confirmPromise: "Promise the time typed (empty: half a working day)"
        case .cancelPromise: "Promise nothing"
        case .insertPhrase: "Put the phrase in the reply line (on a call, show it to say aloud)"
        case .nextPhrase: "Next phrase"
        case .previousPhrase: "Previous phrase"
        case .switchPhraseLanguage: "Show the phrases in the next language (中文, 繁體, 한국어, EN)"
        case .clearFilter: "Clear the filter and go back"
        case .nextField: "Next field"
        case .previousField: "Previous field"
        case .changeChoice: "Change the category or severity (also 1-7 for a category)"
        case .submitComplaint: "Submit the complaint (Enter on the last field does too)"
        case .leaveForm: "Leave the form; it is kept as typed"
        case .confirmQuit: "Quit although contacts are still held"
        case .keepWorking: "Keep working"
        case .scrollHelpDown: "Scroll the help down"
        case .scrollHelpUp: "Scroll the help up"
        case .pickState: "Change your state: available, away with a reason, or log out"
        case .endWrapUp: "End the wrap-up now and become available"
        case .acceptOffer: "Accept the call ringing you"
        case .declineOffer: "Decline the call ringing you; it rings the next agent"
        case .becomeAvailable: "Available: contacts can be offered to you"
        case .awayBreak: "Away: break"
        case .awayLunch: "Away: lunch"
        case .awayTraining: "Away: training"
        case .awayCoaching: "Away: coaching"
        case .awayTechnical: "Away: technical problem"
        case .awayPrivate: "Away: private (warns after the limit, 3 minutes)"
        case .logOut: "Log out: write the handover note and leave"
        case .closeStatePicker: "Keep the current state"
        case .dismissHandover: "Close the handover note"
        case .saveHandover: "Save the handover note, log out and leave"
        case .cancelLogOut: "Stay logged in"
        case .openComplaints: "Show my open complaints, by next deadline"
        case .nextComplaint: "Next complaint"
        case .previousComplaint: "Previous complaint"
        case .openComplaint: "Open the complaint: its history and next steps"
        case .closeComplaints: "Back to the console"
        case .judgeValid: "Judge the complaint valid"
        case .judgeInvalid: "Judge it not valid, with the explanation given to the customer (closes it)"
        case .assignToMe: "Assign it to a department, with you as owner"
        case .proposeSolution: "Record a candidate solution"
        case .offerSolution: "Offer the next proposed solution to the customer"
        case .refuseSolution: "The customer refused the offered solution"
        case .acceptSolution: "The customer accepted the offered solution"
        case .approveComplaint: "Approve the solution (supervisors; major complaints need it)"
        case .implementComplaint: "The solution is carried out and accepted; a follow-up call comes due in 3 days"
        case .followUpCall: "Walk through the follow-up call and record the customer's satisfaction"
        case .archiveComplaint: "Archive it (after a follow-up)"
        case .scrollComplaintDown: "Scroll down"
        case .scrollComplaintUp: "Scroll up"
        case .backToList: "Back to the list"
        case .confirmPrompt: "Save what was typed and take the step"
        case .cancelPrompt: "Take no step"
        case .answerSatisfied: "The customer is satisfied: ask for suggestions"
        case .answerNeutral: "The customer is neither: ask what could be better"
        case .answerDissatisfied: "The customer is dissatisfied: ask what went wrong"
        case .leaveScript: "Leave the script; nothing is recorded"
        case .editReply: "Go back and change the reply"
        case .sendAnyway: "Send it as written; this is logged against you"
        case .pickPhrase: "Type / and letters for the phrase picker; ↑/↓ choose, Enter inserts at the cursor, Esc closes it"
        case .saveAsPhrase: "Keep this reply as one of your phrases (names become placeholders)"
        case .confirmFill: "Use what was typed; the phrase goes in after the last answer"
        case .cancelFill: "Insert nothing"
        case .editParaphrase: "Write your paraphrase of the complaint, as confirmed with the customer"
        case .editCause: "Write down the cause"
        case .editCompensation: "Write down the compensation given"
        case .editAboutAgent: "Name the agent whose service the complaint is about (empty: none)"
        case .closeHelp: "Close the help"
        }
    }

    public func sectionTitle(_ mode: InputMode) -> String {
        switch mode {
        case .normal: "Console"
        case .replying: "Reply line"
        case .promising: "Promised reply time"
        case .filteringPhrases: "Phrase filter"
        case .editingComplaint: "Complaint form"
        case .complaintList: "Complaints"
        case .complaintDetail: "A complaint"
        case .complaintPrompt: "Complaint step"
        case .followUpScript: "Follow-up call"
        case .wordingWarning: "Wording check"
        case .fillingPhrase: "Filling in a phrase"
        case .confirmingQuit: "Quit"
        case .help: "Help"
        case .readingHandover: "Handover note"
        case .pickingState: "Your state"
        case .writingHandover: "Logging out"
        }
    }

    public var helpTitle: String { "Keys · j/k scroll · Esc close" }

    public func paneTitle(_ pane: Pane) -> String {
        switch pane {
        case .queue: "Queue"
        case .customer: "Customer"
        case .phrases: "Phrases"
        case .complaint: "Complaint"
        }
    }

    public func channelLabel(_ channel: Channel) -> String {
        switch channel {
        case .phone: "call"
        case .chat: "chat"
        case .email: "mail"
        case .callback: "back"
        }
    }

    public func waitingCount(_ count: Int) -> String { "\(count) waiting" }
    public var queueColumns: (channel: String, customer: String, waited: String, left: String) { ("chan", "customer", "waited", "left") }
    public var noOneWaiting: String { "No one is waiting." }
    public var activeLabel: String { "active" }
    public var selectContact: String { "Select or take a contact to see the customer." }
    public var member: String { "★ member" }
    public var notePrefix: String { "Note: " }
    public var transcript: String { "Transcript" }
    public var noMessages: String { "(no messages yet)" }
    public var openComplaints: String { "Open complaints" }
    public var orders: String { "Orders" }
    public var noOrders: String { "(none)" }
    public var recentContacts: String { "Recent contacts" }
    public var firstContact: String { "(first contact)" }
    public var typeToFilter: String { "type / to filter" }
    public var noPhraseMatches: String { "No phrase matches." }

    public func phraseCategory(_ category: PhraseCategory) -> String { category.title }

    public func complaintField(_ field: ComplaintField) -> String { field.label }

    public func complaintCategory(_ category: ComplaintCategory) -> String { category.title }

    public func severity(_ severity: ComplaintSeverity) -> String { severity.rawValue }

    public func complaintState(_ state: ComplaintState) -> String { state.rawValue }

    public var chooseCategory: String { "choose: Space or 1-7" }
    public var promisedTimeHint: String { "HH:MM, +2h, YYYY-MM-DD HH:MM" }
    public var readyToSubmit: String { "Ready to submit." }
    public func stillNeeded(_ fields: [String]) -> String { "Still needed: " + fields.joined(separator: ", ") }
    public func customerNumber(_ id: Int64) -> String { "customer \(id)" }

    public var trainingBanner: String { "TRAINING" }
    public func headerWaiting(_ count: Int) -> String { "waiting \(count)" }
    public func headerAtRisk(_ count: Int) -> String { "\(count) at risk" }
    public func headerBreached(_ count: Int) -> String { "\(count) breached" }
    public var replyLabel: String { "reply" }
    public var replyPlaceholder: String { "r to reply to a chat" }
    public var promiseLabel: String { "Reply by (HH:MM or +2h; Enter: in half a working day)" }

    public func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> [String] {
        ["Terminal too small: \(width)x\(height).", "Frontline needs \(minimumWidth)x\(minimumHeight).",
         "Enlarge the window, or press q to quit."]
    }

    public var complaintsTitle: String { "My open complaints" }
    public var noOpenComplaints: String { "No open complaints. Complaints you file or own show here." }
    public func complaintHeading(_ id: Int64, _ customer: String) -> String { "Complaint \(id) · \(customer)" }
    public func detailLabel(_ label: ComplaintDetailLabel) -> String {
        switch label {
        case .received: "Received"
        case .due: "Due"
        case .overdue: "overdue"
        case .owner: "Owner"
        case .department: "Department"
        case .channel: "Channel"
        case .paraphrase: "Paraphrase"
        case .cause: "Cause"
        case .compensation: "Compensation"
        case .aboutAgent: "About agent"
        case .explanation: "Explanation"
        case .solutions: "Solutions"
        case .followUps: "Follow-ups"
        case .history: "History"
        case .raisedToSupervisor: "major: raised to the supervisor"
        case .none: "(none)"
        }
    }
    public func solutionStatus(_ status: ComplaintSolution.Status) -> String { status.rawValue }
    public func satisfaction(_ satisfaction: ComplaintFollowUp.Satisfaction) -> String { satisfaction.rawValue }
    public func promptLabel(_ purpose: ComplaintPromptPurpose) -> String {
        switch purpose {
        case .rejectionExplanation: "What the customer was told"
        case .department: "Department"
        case .solution: "Solution"
        case .paraphrase: "Paraphrase, as confirmed with the customer"
        case .cause: "Cause"
        case .compensation: "Compensation"
        case .aboutAgent: "About which agent's service (empty: none)"
        case .followUpNote(let satisfaction): "Note (\(satisfaction.rawValue); may be empty)"
        }
    }
    public var followUpTitle: String { "Follow-up call" }
    public var followUpSteps: [String] { ["1. Greet and introduce yourself", "2. Ask whether the customer is satisfied",
                                          "3. Their answer: 1 satisfied, 2 neutral, 3 dissatisfied", "4. Close"] }
    public func complaintNowIn(_ id: Int64, _ state: String) -> String { "Complaint \(id): \(state)." }
    public var noSolutionToOffer: String { "No proposed solution left to offer: propose one with s." }
    public var noSolutionOffered: String { "No solution is on offer: offer one with o." }

    public var wordingTitle: String { "Wording the manuals forbid · e edit · y send anyway (logged)" }
    public func wordingHit(_ words: String, _ suggestion: String) -> String { "“\(words)” — instead: \(suggestion)" }

    public func phraseSaved(_ code: String) -> String { "Saved as your phrase \(code)." }
    public func fillLabel(_ placeholder: String) -> String {
        placeholder == "promised_time" ? "Reply by (e.g. 15:00 today)" : placeholder.hasPrefix("?") ? String(placeholder.dropFirst()) : placeholder
    }

    public var queueEmpty: String { "No one is waiting." }
    public func took(_ channel: Channel, _ id: Int64) -> String {
        "Took \(channel.rawValue) \(id): " + (channel.isWritten ? "r to reply, / for a phrase." : "greet them, / for a phrase.")
    }
    public var sent: String { "Sent." }
    public func wrappedUp(_ id: Int64) -> String { "Wrapped up contact \(id)." }
    public var timerRunning: String { "Timer running again." }
    public func timerPaused(_ reason: String) -> String { "Timer paused: \(reason)." }
    public func promised(_ time: String) -> String { "Promised a reply by \(time); the call-back comes due then." }
    public func complaintFiled(_ id: Int64) -> String { "Complaint \(id) filed." }
    public var nothingToWrapUp: String { "No active contact to wrap up: take one with n." }
    public var noActiveContact: String { "No active contact: take one with n." }
    public var nothingToPromise: String { "No active contact to promise a reply to: take one with n." }
    public func quitWhileHolding(_ held: Int) -> String { "You hold \(held) contact\(held == 1 ? "" : "s"). Quit anyway? y/n" }
    public func workingOn(_ id: Int64) -> String { "Working on contact \(id)." }
    public func heldBy(_ id: Int64, _ agent: String?) -> String { "Contact \(id) is held by \(agent ?? "another agent")." }
    public var nothingToReply: String { "Nothing to reply to: take a chat or email first (n)." }
    public var noLongerYours: String { "This contact is no longer yours to answer." }
    public var emptyReply: String { "The reply is empty." }
    public func fillIn(_ placeholder: String) -> String { "Fill in {{\(placeholder)}} before sending." }
    public var noPhraseForFilter: String { "No phrase matches the filter." }
    public func sayAloud(_ text: String) -> String { "Say: " + text }
    public func notATime(_ text: String) -> String { "\"\(text)\" is not a time: use HH:MM, YYYY-MM-DD HH:MM, +2h or +30m." }
    public func takenByAnother(_ id: Int64) -> String { "Contact \(id) was just taken by another agent." }
    public func draftProblem(_ error: ComplaintDraftError) -> String { error.description }

    public func presence(_ presence: AgentPresence, busy: Bool) -> String {
        if busy { return "Busy" }
        switch presence {
        case .offline: return "Offline"
        case .available: return "Available"
        case .wrapUp: return "Wrap-up"
        case .away: return "Away"
        }
    }

    public func awayReason(_ reason: AwayReason) -> String {
        switch reason {
        case .break: "break"
        case .lunch: "lunch"
        case .training: "training"
        case .coaching: "coaching"
        case .technical: "technical"
        case .private: "private"
        case .missedOffer: "missed call"
        }
    }

    public func overLimit(_ limit: String) -> String { "over \(limit)!" }
    public func nowIn(_ state: String) -> String { "You are now: \(state)." }
    public var missedOffer: String { "You missed a call, so you are set away. Press s, then a, to become available." }
    public var offerGone: String { "That call is no longer ringing for you." }
    public var nothingRinging: String { "No call is ringing you." }
    public var notInWrapUp: String { "You are not in wrap-up." }
    public var stillLoggedIn: String { "Still logged in." }
    public var statePickerTitle: String { "Your state" }
    public func offerTitle(_ channel: Channel) -> String { channel == .callback ? "Call-back due" : "Incoming call" }
    public func offerCountdown(_ seconds: Int) -> String { "Answer within \(seconds) s" }
    public func handoverTitle(_ agent: String, _ time: String) -> String { "Handover from \(agent), \(time)" }
    public var noHandoverNote: String { "(no note written)" }
    public var openItemsTitle: String { "Open items" }
    public var noOpenItems: String { "Nothing open." }
    public func openItemKind(_ kind: OpenItem.Kind) -> String {
        switch kind {
        case .contact: "contact"
        case .complaint: "complaint"
        case .callback: "call-back"
        }
    }
    public var handoverLabel: String { "Handover note" }

    public func contactState(_ state: ContactState) -> String {
        switch state {
        case .waiting: "waiting"
        case .active: "active"
        case .ended: "ended"
        case .abandoned: "abandoned"
        }
    }
    public func assignedToYou(_ channel: Channel, _ customer: String, _ id: Int64) -> String {
        "Given to you: \(channelLabel(channel)) \(id), \(customer). " + (channel.isWritten ? "r to reply." : "Greet them.")
    }
    public func assignedToYou(count: Int) -> String { "\(count) contacts were given to you." }
}
