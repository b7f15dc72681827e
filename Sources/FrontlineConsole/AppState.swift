import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// Everything the console shows, owned by one loop and changed only by `update`. What belongs to
/// one part of the screen lives in that part's slice; what a mode types or chooses lives in the mode.
public struct AppState: Sendable {
    public var agent: Agent { didSet { contentVersion &+= 1 } }
    /// The supervisor at the keyboard when they work the console for `agent`: their role, not the
    /// agent's, decides what may be approved, and the header names them. Nil when the agent works it.
    public var person: Agent? { didSet { contentVersion &+= 1 } }
    /// The role that decides what may be done: the person's at the keyboard.
    var actingRole: AgentRole { (person ?? agent).role }
    /// A new policy means new timers: the queue's next evaluation is a full one.
    public var policy: SLAPolicy { didSet { queue.timeline = nil; contentVersion &+= 1 } }
    public var phrasebook: Phrasebook { didSet { contentVersion &+= 1 } }
    /// The forbidden wording replies are checked against.
    public var wording: WordingGuard = .shipped { didSet { contentVersion &+= 1 } }
    /// What the console says, in the agent's language.
    public var text: any ConsoleText { didSet { contentVersion &+= 1 } }
    public var width: Int
    public var height: Int
    public var now: Date

    public var focus: Pane = .queue
    public var mode: InputMode = .normal
    /// What just happened or went wrong, in the line above the key bar.
    public var message: StatusMessage?

    public var queue = QueueState()
    /// The customer file of `queue.detailTarget`.
    public var customer = CustomerDetailState() { didSet { contentVersion &+= 1 } }
    public var reply = ReplyLineState() { didSet { contentVersion &+= 1 } }
    public var phrases = PhrasesState() { didSet { contentVersion &+= 1 } }
    public var complaintForm: ComplaintFormState { didSet { contentVersion &+= 1 } }
    public var complaints = ComplaintsViewState() { didSet { contentVersion &+= 1 } }
    /// Agent state, ringing calls and the handover.
    public var shift = ShiftState() { didSet { contentVersion &+= 1 } }
    /// Set while the database cannot be reached: the banner, and what waits to be saved.
    public var outage: DatabaseOutage? { didSet { contentVersion &+= 1 } }
    /// A reply whose fate the console asked the database about after an outage, until it answers.
    var replyAsked: DatabaseOutage.UnansweredReply?

    /// Moves with every change to the fields above and below that are not the clock, the size,
    /// the queue, the focus, the mode or the message: the panes drawn from them alone are copied
    /// from the last frame while it stands still (`PaneCache`). Their keys add what else they read.
    var contentVersion = 0

    public var isQuitting = false
    /// The database was made for training: every screen says TRAINING.
    public var isTraining = false { didSet { contentVersion &+= 1 } }

    public init(agent: Agent, policy: SLAPolicy = .standard, phrasebook: Phrasebook = .shipped,
                text: any ConsoleText = EnglishText(), width: Int, height: Int, now: Date) {
        self.agent = agent
        self.policy = policy
        self.phrasebook = phrasebook
        self.text = text
        self.width = width
        self.height = height
        self.now = now
        self.complaintForm = ComplaintFormState(agent: agent.name)
    }

    // MARK: Derived views

    /// Contacts this agent holds.
    public var myActiveContacts: [Contact] { queue.activeContacts(of: agent.name) }

    /// The language phrases are shown in: the chosen one, else the customer's, else the agent's.
    public var phraseLanguage: Language { phrases.languageChoice ?? customer.file?.customer.language ?? text.language }

    public var visiblePhrases: [Phrase] { phrasebook.matching(phrases.filter.text, in: phraseLanguage) }

    /// The newest of this agent's replies on screen that a connector could not deliver.
    public var lastFailedReply: ChatMessage? {
        customer.transcript.last { $0.direction == .outbound && $0.agent == agent.name && $0.delivery == .failed }
    }

    /// Values for phrase placeholders, from the live customer file.
    public var placeholderValues: [String: String] {
        // A customer known only by a number or address has no name to greet them by; the phrase's default applies.
        let name = customer.file?.customer.name
        let known = name.map { $0.contains(where: \.isLetter) && $0 != customer.file?.customer.email } ?? false
        return PhrasePlaceholder(customerName: known ? name : nil, agentName: agent.displayName,
                                 orderNumber: customer.file?.orders.first?.number).values(in: phraseLanguage)
    }

    /// The reply line's phrase picker, while the agent is typing a `/query` they have not dismissed.
    public var replyPicker: ReplyPicker? {
        guard mode == .replying, let picker = ReplyPicker(reply: reply.field), picker.slashIndex != reply.pickerDismissedAt else { return nil }
        return picker
    }

    /// True while any countdown is on screen, so the loop knows whether to tick.
    public var hasVisibleTimer: Bool { queue.hasTimer || showsStateSeconds }
}
