import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// Everything the console shows, owned by one loop and changed only by `update`.
public struct AppState: Sendable {
    public var agent: Agent
    public var policy: SLAPolicy
    public var phrasebook: Phrasebook
    /// The forbidden wording replies are checked against, and what it found in the reply being sent.
    public var wording: WordingGuard = .shipped
    public var wordingHits: [WordingHit] = []
    /// What the console says, in the agent's language.
    public var text: any ConsoleText
    public var width: Int
    public var height: Int
    public var now: Date

    /// The queue as last read from the store.
    public var rows: [QueueRow] = []
    /// The queue with timers evaluated at `now`, most urgent first.
    public var entries: [QueueEntry] = []
    /// Today's service level per channel, as last read from the store.
    public var serviceLevels: [Channel: ServiceLevel] = [:]
    public var selectedContactId: Int64?
    /// The contact the agent is working on: the one replies and wrap-up apply to.
    public var activeContactId: Int64?

    /// The file and transcript of `detailContactId`.
    public var detailContactId: Int64?
    public var customerFile: CustomerFile?
    public var transcript: [ChatMessage] = []
    public var customerScroll = 0

    public var focus: Pane = .queue
    public var mode: InputMode = .normal
    public var reply = TextField()
    /// A phrase waiting for the agent's answers before it goes in, and the answer being typed.
    public var phraseFill: PhraseFill?
    public var fillField = TextField()
    /// The phrase chosen in the reply line's `/` picker, and the `/` the agent dismissed it at.
    public var pickerSelection = 0
    public var pickerDismissedAt: Int?
    /// The time typed after `b`, in the reply line.
    public var promiseField = TextField()
    public var phraseFilter = TextField()
    public var phraseSelection = 0
    /// A language the agent chose for the phrases (Tab in the filter); nil follows the customer.
    public var phraseLanguageChoice: Language?
    public var complaint: ComplaintDraft
    /// Editors for the complaint's text fields, kept in step with `complaint`.
    public var complaintEditor = TextField()
    public var message: StatusMessage?
    /// First line of the help overlay shown; it scrolls on small screens.
    public var helpScroll = 0
    /// This agent's open complaints, by next deadline, and the one selected.
    public var complaintList: [ComplaintSummary] = []
    public var complaintSelection = 0
    /// The complaint open in the detail view, and how far its text is scrolled.
    public var openComplaint: ComplaintDetail?
    public var complaintScroll = 0
    /// The line being typed for the next complaint step, and what it is for.
    public var complaintPrompt = TextField()
    public var complaintPromptPurpose: ComplaintPromptPurpose?
    /// The satisfaction chosen in the follow-up script, before its note is typed.
    public var followUpSatisfaction: ComplaintFollowUp.Satisfaction?
    /// Breaches this console has already asked the store to record.
    public var breachesSeen: Set<BreachSeen> = []
    public var isQuitting = false
    /// The database was made for training: every screen says TRAINING.
    public var isTraining = false
    /// Agent state, ringing calls and the handover.
    public var shift = ShiftState()

    public init(agent: Agent, policy: SLAPolicy = .standard, phrasebook: Phrasebook = .shipped,
                text: any ConsoleText = EnglishText(), width: Int, height: Int, now: Date) {
        self.agent = agent
        self.policy = policy
        self.phrasebook = phrasebook
        self.text = text
        self.width = width
        self.height = height
        self.now = now
        self.complaint = ComplaintDraft(agent: agent.name)
    }

    // MARK: Derived views

    public var selectedEntry: QueueEntry? { entries.first { $0.contact.id == selectedContactId } }
    public var activeEntry: QueueEntry? { entries.first { $0.contact.id == activeContactId } }

    /// The contact whose customer file is shown: the one being worked on, else the selected one.
    public var detailTarget: Int64? { activeContactId ?? selectedContactId }

    /// Contacts this agent holds.
    public var myActiveContacts: [Contact] {
        // compactMap, not map then filter: that copied every contact of a 1,000-long queue on each frame.
        entries.compactMap { $0.contact.state == .active && $0.contact.agent == agent.name ? $0.contact : nil }
    }

    /// How many contacts wait, counted without copying the queue.
    public var waitingCount: Int { entries.reduce(0) { $0 + ($1.contact.state == .waiting ? 1 : 0) } }

    /// The language phrases are shown in: the customer's, else the agent's.
    public var phraseLanguage: Language { phraseLanguageChoice ?? customerFile?.customer.language ?? text.language }

    public var visiblePhrases: [Phrase] { phrasebook.matching(phraseFilter.text, in: phraseLanguage) }

    /// Values for phrase placeholders, from the live customer file.
    public var placeholderValues: [String: String] {
        // A customer known only by a number or address has no name to greet them by; the phrase's default applies.
        let name = customerFile?.customer.name
        let known = name.map { $0.contains(where: \.isLetter) && $0 != customerFile?.customer.email } ?? false
        return PhrasePlaceholder(customerName: known ? name : nil, agentName: agent.displayName,
                                 orderNumber: customerFile?.orders.first?.number).values(in: phraseLanguage)
    }

    /// The reply line's phrase picker, while the agent is typing a `/query` they have not dismissed.
    public var replyPicker: ReplyPicker? {
        guard mode == .replying, let picker = ReplyPicker(reply: reply), picker.slashIndex != pickerDismissedAt else { return nil }
        return picker
    }

    /// True while any countdown is on screen, so the loop knows whether to tick.
    public var hasVisibleTimer: Bool { entries.contains { $0.status != nil } || showsStateSeconds }
}

/// A missed deadline this console has reported: the timer's contact, kind and start.
/// A value, not a formatted string: every breached timer is looked up on every tick.
public struct BreachSeen: Hashable, Sendable {
    var contactId: Int64
    var kind: TimerKind
    var startedAt: Date
}
