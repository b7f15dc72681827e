import Foundation
import FrontlineCore
import FrontlineStoreAPI
import FrontlineScreen

/// Everything the console says, in one language, read from that language's `ConsoleTranslation`.
/// A protocol with one requirement, so the screens keep holding `any ConsoleText` and each
/// language stays a named type (`EnglishText()`), while the words themselves are data.
public protocol ConsoleText: Sendable {
    var translation: ConsoleTranslation { get }
}

/// The one accessor layer: turns keys and arguments into text for every language alike.
extension ConsoleText {
    /// The phrase language when no customer is on screen.
    public var language: Language { translation.language }

    /// A message in the console's language, its `%{name}` gaps filled.
    func say(_ message: ConsoleMessage, _ values: [String: String] = [:]) -> String {
        let text = translation.text(.message(message))
        return values.isEmpty ? text : MessageTemplate(text).filled(values)
    }

    // Keys
    public func short(_ action: Action) -> String { translation.text(.short(action)) }
    public func help(_ action: Action) -> String { translation.text(.help(action)) }
    public func sectionTitle(_ mode: InputMode) -> String {
        switch mode {
        case .normal: say(.sectionNormal)
        case .replying: say(.sectionReplying)
        case .promising: say(.sectionPromising)
        case .bookingFollowUp: say(.sectionBookingFollowUp)
        case .wrappingUp: say(.sectionWrappingUp)
        case .filteringPhrases: say(.sectionFilteringPhrases)
        case .editingComplaint: say(.sectionEditingComplaint)
        case .complaintList: say(.sectionComplaintList)
        case .complaintDetail: say(.sectionComplaintDetail)
        case .complaintPrompt: say(.sectionComplaintPrompt)
        case .followUpScript: say(.sectionFollowUpScript)
        case .wordingWarning: say(.sectionWordingWarning)
        case .fillingPhrase: say(.sectionFillingPhrase)
        case .confirmingQuit: say(.sectionConfirmingQuit)
        case .confirmingAway: say(.sectionConfirmingAway)
        case .help: say(.sectionHelp)
        case .readingHandover: say(.sectionReadingHandover)
        case .pickingState: say(.sectionPickingState)
        case .writingHandover: say(.sectionWritingHandover)
        case .writingNote: say(.sectionWritingNote)
        case .handingOver: say(.sectionHandingOver)
        case .editingCustomer: say(.sectionEditingCustomer)
        }
    }
    public var helpTitle: String { say(.helpTitle) }

    // Panes
    public func paneTitle(_ pane: Pane) -> String { translation.text(.pane(pane)) }
    public func channelLabel(_ channel: Channel) -> String { translation.text(.channel(channel)) }
    /// A channel named in a sentence or a column wide enough for the word (`call-back`, not the queue's `back`).
    public func channelName(_ channel: Channel) -> String { translation.text(.channelName(channel)) }
    public func waitingCount(_ count: Int) -> String { say(.waitingCount, ["count": "\(count)"]) }
    public var queueColumns: (channel: String, customer: String, owner: String, waited: String, left: String) {
        (say(.queueColumnChannel), say(.queueColumnCustomer), say(.queueColumnOwner), say(.queueColumnWaited), say(.queueColumnLeft))
    }
    public var noOneWaiting: String { say(.noOneWaiting) }
    public var activeLabel: String { say(.activeLabel) }
    public var selectContact: String { say(.selectContact) }
    public var member: String { say(.member) }
    public var notePrefix: String { say(.notePrefix) }
    public var transcript: String { say(.transcript) }
    public var noMessages: String { say(.noMessages) }
    public var openComplaints: String { say(.openComplaints) }
    public var orders: String { say(.orders) }
    public var noOrders: String { say(.noOrders) }
    public var recentContacts: String { say(.recentContacts) }
    public var firstContact: String { say(.firstContact) }
    public var notesSection: String { say(.notesSection) }
    public var scheduledCallbacks: String { say(.scheduledCallbacks) }
    /// Why a call-back exists, in a full line (`short`: a few words for a list); `name` gives an agent's display name.
    public func callbackReason(_ reason: CallbackReason, short: Bool = false, name: (String) -> String) -> String {
        switch reason {
        case .promisedReply(let agent?, let contactId?, let at?) where !short:
            say(.reasonPromised, ["agent": name(agent), "time": ClockFormat.dayAndTime.string(from: at), "id": "\(contactId)"])
        case .promisedReply: short ? say(.shortReasonPromised) : say(.reasonPromisedUnknown)
        case .followUp(let id): say(short ? .shortReasonFollowUp : .reasonFollowUp, ["id": "\(id)"])
        case .firstContact(let agent):
            short ? say(.shortReasonFirstContact) : say(.reasonFirstContact, ["agent": agent.map(name) ?? say(.anotherAgent)])
        case .handoffAnswer(let department, let answer):
            short ? say(.shortReasonHandoff, ["department": department])
                : say(.reasonHandoff, ["department": department, "answer": SafeText.visible(answer)])
        case .agreedFollowUp(let agent, let contactId, let note):
            // What was agreed follows the reason, so the agent making the call has it at hand.
            short ? say(.shortReasonAgreedFollowUp)
                : (agent.flatMap { agent in contactId.map { say(.reasonAgreedFollowUp, ["agent": name(agent), "id": "\($0)"]) } }
                    ?? say(.reasonAgreedFollowUpUnknown)) + (note.isEmpty ? "" : " — “\(SafeText.visible(note))”")
        case .memberFollowUp(let contactId):
            short ? say(.shortReasonMemberFollowUp)
                : contactId.map { say(.reasonMemberFollowUp, ["id": "\($0)"]) } ?? say(.reasonMemberFollowUpUnknown)
        }
    }
    public var typeToFilter: String { say(.typeToFilter) }
    public var noPhraseMatches: String { say(.noPhraseMatches) }
    public func phraseCategory(_ category: PhraseCategory) -> String { translation.text(.phraseCategory(category)) }
    public func complaintField(_ field: ComplaintField) -> String { translation.text(.complaintField(field)) }
    public func complaintCategory(_ category: ComplaintCategory) -> String { translation.text(.complaintCategory(category)) }
    public func severity(_ severity: ComplaintSeverity) -> String { translation.text(.severity(severity)) }
    public func complaintState(_ state: ComplaintState) -> String { translation.text(.complaintState(state)) }
    public var chooseCategory: String { say(.chooseCategory) }
    public var promisedTimeHint: String { say(.promisedTimeHint) }
    public var readyToSubmit: String { say(.readyToSubmit) }
    public var paraphraseHint: String { say(.paraphraseHint) }
    public func stillNeeded(_ fields: [String]) -> String {
        say(.stillNeeded, ["fields": fields.joined(separator: say(.listSeparator))])
    }
    public func customerNumber(_ id: Int64) -> String { say(.customerNumber, ["id": "\(id)"]) }

    // Header, reply line, small screens
    /// Says on every screen that the customers are simulated.
    public var trainingBanner: String { say(.trainingBanner) }
    public func headerWaiting(_ count: Int) -> String { say(.headerWaiting, ["count": "\(count)"]) }
    public func headerAtRisk(_ count: Int) -> String { say(.headerAtRisk, ["count": "\(count)"]) }
    public func headerBreached(_ count: Int) -> String { say(.headerBreached, ["count": "\(count)"]) }
    public var replyLabel: String { say(.replyLabel) }
    public var replyPlaceholder: String { say(.replyPlaceholder) }
    /// The promise prompt names the calendar's half working day and its one-day limit.
    public func promiseLabel(for policy: SLAPolicy) -> String {
        say(.promiseLabel, ["half": DurationFormat.minutes(Int(policy.defaultPromise)), "limit": DurationFormat.minutes(Int(policy.promiseLimit))])
    }
    public var noteLabel: String { say(.noteLabel) }
    public var bookingLabel: String { say(.bookingLabel) }
    public var nothingToBookOn: String { say(.nothingToBookOn) }
    public func followUpBooked(_ time: String) -> String { say(.followUpBooked, ["time": time]) }
    public func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> [String] {
        [say(.tooSmallSize, ["width": "\(width)", "height": "\(height)"]),
         say(.tooSmallNeeds, ["minimumWidth": "\(minimumWidth)", "minimumHeight": "\(minimumHeight)"]),
         say(.tooSmallAdvice)]
    }

    // Phrases of one's own, and values a phrase asks for
    public func phraseSaved(_ code: String) -> String { say(.phraseSaved, ["code": code]) }
    /// `{{?label}}` asks by its label; `{{promised_time}}` has its own wording.
    public func fillLabel(_ placeholder: String) -> String {
        placeholder == "promised_time" ? say(.promisedTimeFillLabel)
            : placeholder.hasPrefix("?") ? String(placeholder.dropFirst()) : placeholder
    }

    // Wording guard
    public var wordingTitle: String { say(.wordingTitle) }
    public func wordingHit(_ words: String, _ suggestion: String) -> String {
        say(.wordingHit, ["words": words, "suggestion": suggestion])
    }

    // Complaints view
    public var complaintsTitle: String { say(.complaintsTitle) }
    public var noOpenComplaints: String { say(.noOpenComplaints) }
    public func complaintHeading(_ id: Int64, _ customer: String) -> String {
        say(.complaintHeading, ["id": "\(id)", "customer": customer])
    }
    public func detailLabel(_ label: ComplaintDetailLabel) -> String { translation.text(.detailLabel(label)) }
    public func solutionStatus(_ status: ComplaintSolution.Status) -> String { translation.text(.solutionStatus(status)) }
    public func satisfaction(_ satisfaction: ComplaintFollowUp.Satisfaction) -> String {
        translation.text(.satisfaction(satisfaction))
    }
    public func promptLabel(_ purpose: ComplaintPromptPurpose) -> String {
        switch purpose {
        case .rejectionExplanation: say(.promptRejectionExplanation)
        case .department: say(.promptDepartment)
        case .solution: say(.promptSolution)
        case .paraphrase: say(.promptParaphrase)
        case .cause: say(.promptCause)
        case .compensation: say(.promptCompensation)
        case .aboutAgent: say(.promptAboutAgent)
        case .followUpNote(let answer): say(.promptFollowUpNote, ["satisfaction": satisfaction(answer)])
        }
    }
    public var followUpTitle: String { say(.followUpTitle) }
    /// The steps of the follow-up call, in order: greet, ask, answer, close.
    public var followUpSteps: [String] { [say(.followUpGreet), say(.followUpAsk), say(.followUpAnswer), say(.followUpClose)] }
    public func complaintNowIn(_ id: Int64, _ state: String) -> String { say(.complaintNowIn, ["id": "\(id)", "state": state]) }
    public var noSolutionToOffer: String { say(.noSolutionToOffer) }
    public var noSolutionOffered: String { say(.noSolutionOffered) }

    // Messages
    public var queueEmpty: String { say(.queueEmpty) }
    public func took(_ channel: Channel, _ id: Int64) -> String {
        say(channel.isWritten ? .tookWritten : .tookSpoken, ["channel": translation.text(.channelName(channel)), "id": "\(id)"])
    }
    public var sent: String { say(.sent) }
    public func wrappedUp(_ id: Int64) -> String { say(.wrappedUp, ["id": "\(id)"]) }
    public var timerRunning: String { say(.timerRunning) }
    public func timerPaused(_ reason: String) -> String { say(.timerPaused, ["reason": reason]) }
    public func promised(_ time: String) -> String { say(.promised, ["time": time]) }
    public func complaintFiled(_ id: Int64) -> String { say(.complaintFiled, ["id": "\(id)"]) }
    public var nothingToWrapUp: String { say(.nothingToWrapUp) }
    public var noActiveContact: String { say(.noActiveContact) }
    public var nothingToPromise: String { say(.nothingToPromise) }
    public func noteAdded(_ id: Int64) -> String { say(.noteAdded, ["id": "\(id)"]) }
    public func replyFailed(at time: String, reason: String) -> String { say(.replyFailed, ["time": time, "reason": reason]) }
    public var replyResent: String { say(.replyResent) }
    public var noFailedReply: String { say(.noFailedReply) }
    public var noContactForNote: String { say(.noContactForNote) }
    public var emptyNote: String { say(.emptyNote) }
    // Transfer and escalation
    public var transferToLabel: String { say(.transferToLabel) }
    public func transferNoteLabel(_ target: String) -> String { say(.transferNoteLabel, ["target": target]) }
    public var escalationNoteLabel: String { say(.escalationNoteLabel) }
    public func transferredTo(_ id: Int64, _ target: String) -> String { say(.transferredTo, ["id": "\(id)", "target": target]) }
    public func sentToGroup(_ id: Int64, _ group: String) -> String { say(.sentToGroup, ["id": "\(id)", "group": group]) }
    public func escalatedToSupervisors(_ id: Int64) -> String { say(.escalatedToSupervisors, ["id": "\(id)"]) }
    public func noSuchTarget(_ name: String) -> String { say(.noSuchTarget, ["name": name]) }
    public var nothingToTransfer: String { say(.nothingToTransfer) }
    public var handoffDepartmentLabel: String { say(.handoffDepartmentLabel) }
    public func handoffQuestionLabel(_ department: String) -> String { say(.handoffQuestionLabel, ["department": department]) }
    public func askedDepartment(_ department: String, _ id: Int64, _ time: String) -> String {
        say(.askedDepartment, ["department": department, "id": "\(id)", "time": time])
    }
    public func noSuchDepartment(_ name: String, _ departments: [String]) -> String {
        say(.noSuchDepartment, ["name": SafeText.visible(name), "departments": departments.joined(separator: ", ")])
    }
    /// A group as the reader says it: the manuals' three by their names in the reader's language,
    /// any other as the team wrote it.
    public func groupName(_ name: String) -> String {
        switch name {
        case "orders": say(.groupOrders)
        case "complaints": say(.groupComplaints)
        case "service": say(.groupService)
        default: SafeText.visible(name)
        }
    }
    public var emptyHandOver: String { say(.emptyHandOver) }
    /// The note a transfer or escalation left, shown first to whoever has the contact now.
    public func handoverFrom(_ agent: String, _ note: String) -> String { say(.handoverFrom, ["agent": agent, "note": note]) }
    /// Why a contact sent to a group or the supervisors cannot be taken by this agent now.
    public func waitsFor(_ id: Int64, _ audience: ContactAudience) -> String {
        switch audience {
        case let .group(group, openToAllAt):
            say(.waitsForGroup, ["id": "\(id)", "group": group, "time": ClockFormat.timeOfDaySeconds.string(from: openToAllAt)])
        case .supervisors: say(.waitsForSupervisor, ["id": "\(id)"])
        }
    }
    public func quitWhileHolding(_ held: Int) -> String { say(.quitWhileHolding, ["contacts": translation.contacts(held)]) }
    public func workingOn(_ id: Int64) -> String { say(.workingOn, ["id": "\(id)"]) }
    public func heldBy(_ id: Int64, _ agent: String?) -> String {
        say(.heldBy, ["id": "\(id)", "agent": agent ?? say(.anotherAgent)])
    }
    public var nothingToReply: String { say(.nothingToReply) }
    public var noLongerYours: String { say(.noLongerYours) }
    public var emptyReply: String { say(.emptyReply) }
    public func fillIn(_ placeholder: String) -> String { say(.fillIn, ["placeholder": placeholder]) }
    public var noPhraseForFilter: String { say(.noPhraseForFilter) }
    public func sayAloud(_ text: String) -> String { say(.sayAloud, ["text": text]) }
    public func notATime(_ text: String) -> String { say(.notATime, ["text": text]) }
    public func takenByAnother(_ id: Int64) -> String { say(.takenByAnother, ["id": "\(id)"]) }
    /// A contact kept for its owner (first-question ownership) until `until`, local time.
    public func keptForOwner(_ id: Int64, _ owner: String, until: Date) -> String {
        say(.keptForOwner, ["id": "\(id)", "agent": owner, "time": ClockFormat.timeOfDaySeconds.string(from: until)])
    }
    /// Who made a change: the agent, and the supervisor who made it for them when one did.
    public func madeBy(_ agent: String, actor: String?) -> String {
        actor.map { say(.onBehalf, ["agent": agent, "actor": $0]) } ?? agent
    }
    public func draftProblem(_ error: ComplaintDraftError) -> String {
        switch error {
        case .noCustomer: say(.draftNoCustomer)
        case .missing(let field): say(.draftMissing, ["field": complaintField(field)])
        case .badPromisedTime(let text): say(.draftBadPromisedTime, ["text": text])
        }
    }

    // Agent state, ringing calls, handover
    /// `Available`, `Busy`, `Wrap-up`, `Away`, `Offline`.
    public func presence(_ presence: AgentPresence, busy: Bool) -> String {
        busy ? say(.presenceBusy) : translation.text(.presence(presence))
    }
    public func awayReason(_ reason: AwayReason) -> String { translation.text(.awayReason(reason)) }
    /// Shown beside the time away once it passes the reason's limit.
    public func overLimit(_ limit: String) -> String { say(.overLimit, ["limit": limit]) }
    public func nowIn(_ state: String) -> String { say(.nowIn, ["state": state]) }
    public var missedOffer: String { say(.missedOffer) }
    public var offerGone: String { say(.offerGone) }
    public var nothingRinging: String { say(.nothingRinging) }
    public var notInWrapUp: String { say(.notInWrapUp) }
    public var stillLoggedIn: String { say(.stillLoggedIn) }
    public var statePickerTitle: String { say(.statePickerTitle) }
    public func offerTitle(_ channel: Channel) -> String { say(channel == .callback ? .offerCallback : .offerCall) }
    public func offerCountdown(_ seconds: Int) -> String { say(.offerCountdown, ["seconds": "\(seconds)"]) }
    public func handoverTitle(_ agent: String, _ time: String) -> String { say(.handoverTitle, ["agent": agent, "time": time]) }
    public var noHandoverNote: String { say(.noHandoverNote) }
    public var openItemsTitle: String { say(.openItemsTitle) }
    public var noOpenItems: String { say(.noOpenItems) }
    public func openItemKind(_ kind: OpenItem.Kind) -> String { translation.text(.openItemKind(kind)) }
    public var handoverLabel: String { say(.handoverLabel) }
    /// waiting, active, ended, abandoned.
    public func contactState(_ state: ContactState) -> String { translation.text(.contactState(state)) }
    /// Routing or a supervisor gave the agent a contact they did not take themselves.
    public func assignedToYou(_ channel: Channel, _ customer: String, _ id: Int64) -> String {
        say(channel.isWritten ? .assignedWritten : .assignedSpoken,
            ["channel": channelName(channel), "id": "\(id)", "customer": customer])
    }
    public func assignedToYou(count: Int) -> String { say(.assignedCount, ["count": "\(count)"]) }
}
