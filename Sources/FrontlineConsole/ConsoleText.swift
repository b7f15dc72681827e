import FrontlineCore

/// Everything the console says, in one language. Each language is a type conforming to
/// this protocol, so the compiler refuses a language that leaves a string out.
public protocol ConsoleText: Sendable {
    /// The phrase language when no customer is on screen.
    var language: Language { get }

    // Keys
    func short(_ action: Action) -> String
    func help(_ action: Action) -> String
    func sectionTitle(_ mode: InputMode) -> String
    var helpTitle: String { get }

    // Panes
    func paneTitle(_ pane: Pane) -> String
    func channelLabel(_ channel: Channel) -> String
    func waitingCount(_ count: Int) -> String
    var queueColumns: (channel: String, customer: String, waited: String, left: String) { get }
    var noOneWaiting: String { get }
    var activeLabel: String { get }
    var selectContact: String { get }
    var member: String { get }
    var notePrefix: String { get }
    var transcript: String { get }
    var noMessages: String { get }
    var openComplaints: String { get }
    var orders: String { get }
    var noOrders: String { get }
    var recentContacts: String { get }
    var firstContact: String { get }
    var typeToFilter: String { get }
    var noPhraseMatches: String { get }
    func phraseCategory(_ category: PhraseCategory) -> String
    func complaintField(_ field: ComplaintField) -> String
    func complaintCategory(_ category: ComplaintCategory) -> String
    func severity(_ severity: ComplaintSeverity) -> String
    func complaintState(_ state: ComplaintState) -> String
    var chooseCategory: String { get }
    var promisedTimeHint: String { get }
    var readyToSubmit: String { get }
    func stillNeeded(_ fields: [String]) -> String
    func customerNumber(_ id: Int64) -> String

    // Header, reply line, small screens
    /// Says on every screen that the customers are simulated.
    var trainingBanner: String { get }
    func headerWaiting(_ count: Int) -> String
    func headerAtRisk(_ count: Int) -> String
    func headerBreached(_ count: Int) -> String
    var replyLabel: String { get }
    var replyPlaceholder: String { get }
    var promiseLabel: String { get }
    func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> [String]

    // Phrases of one's own, and values a phrase asks for
    func phraseSaved(_ code: String) -> String
    func fillLabel(_ placeholder: String) -> String

    // Wording guard
    var wordingTitle: String { get }
    func wordingHit(_ words: String, _ suggestion: String) -> String

    // Complaints view
    var complaintsTitle: String { get }
    var noOpenComplaints: String { get }
    func complaintHeading(_ id: Int64, _ customer: String) -> String
    func detailLabel(_ label: ComplaintDetailLabel) -> String
    func solutionStatus(_ status: ComplaintSolution.Status) -> String
    func satisfaction(_ satisfaction: ComplaintFollowUp.Satisfaction) -> String
    func promptLabel(_ purpose: ComplaintPromptPurpose) -> String
    var followUpTitle: String { get }
    /// The steps of the follow-up call, in order: greet, ask, answer, close.
    var followUpSteps: [String] { get }
    func complaintNowIn(_ id: Int64, _ state: String) -> String
    var noSolutionToOffer: String { get }
    var noSolutionOffered: String { get }

    // Messages
    var queueEmpty: String { get }
    func took(_ channel: Channel, _ id: Int64) -> String
    var sent: String { get }
    func wrappedUp(_ id: Int64) -> String
    var timerRunning: String { get }
    func timerPaused(_ reason: String) -> String
    func promised(_ time: String) -> String
    func complaintFiled(_ id: Int64) -> String
    var nothingToWrapUp: String { get }
    var noActiveContact: String { get }
    var nothingToPromise: String { get }
    func quitWhileHolding(_ held: Int) -> String
    func workingOn(_ id: Int64) -> String
    func heldBy(_ id: Int64, _ agent: String?) -> String
    var nothingToReply: String { get }
    var noLongerYours: String { get }
    var emptyReply: String { get }
    func fillIn(_ placeholder: String) -> String
    var noPhraseForFilter: String { get }
    func sayAloud(_ text: String) -> String
    func notATime(_ text: String) -> String
    func takenByAnother(_ id: Int64) -> String
    func draftProblem(_ error: ComplaintDraftError) -> String

    // Agent state, ringing calls, handover
    /// `Available`, `Busy`, `Wrap-up`, `Away`, `Offline`.
    func presence(_ presence: AgentPresence, busy: Bool) -> String
    func awayReason(_ reason: AwayReason) -> String
    /// Shown beside the time away once it passes the reason's limit.
    func overLimit(_ limit: String) -> String
    func nowIn(_ state: String) -> String
    var missedOffer: String { get }
    var offerGone: String { get }
    var nothingRinging: String { get }
    var notInWrapUp: String { get }
    var stillLoggedIn: String { get }
    var statePickerTitle: String { get }
    func offerTitle(_ channel: Channel) -> String
    func offerCountdown(_ seconds: Int) -> String
    func handoverTitle(_ agent: String, _ time: String) -> String
    var noHandoverNote: String { get }
    var openItemsTitle: String { get }
    var noOpenItems: String { get }
    func openItemKind(_ kind: OpenItem.Kind) -> String
    var handoverLabel: String { get }
    /// waiting, active, ended, abandoned.
    func contactState(_ state: ContactState) -> String
    /// Routing or a supervisor gave the agent a contact they did not take themselves.
    func assignedToYou(_ channel: Channel, _ customer: String, _ id: Int64) -> String
    func assignedToYou(count: Int) -> String
}
