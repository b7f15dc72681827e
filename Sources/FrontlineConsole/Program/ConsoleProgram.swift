import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The agent console as a program: its state, `update`, `ConsoleView`, and the store work its
/// effects stand for. Trainee mode is the same program with the training companion beside it.
public final class ConsoleProgram: Program {
    let database: any ConsoleStore
    let clock: Clock
    public private(set) var state: AppState
    public let companions: [ConsoleCompanion]
    /// The panes of the last frame, for the next one: only this program's state, as it moves on, is drawn with it.
    private let paneCache = PaneCache()
    /// Customer files and transcripts already read, while the store has not changed (see `DetailCache`).
    var details = DetailCache()
    /// Queue reads held during a burst of commits (see `QueueReadPacing`).
    var queueReads = QueueReadPacing()
    /// Where the agent's unsent reply and draft are kept while the database cannot be reached.
    let unsentFile: UnsentWorkFile?

    /// The console for `agentName`, not yet logged in: its opening message asks for that.
    /// The agent must exist, except on a training database, where any name may practise.
    public init(database: any ConsoleStore, clock: Clock, agentName: String, person: Agent? = nil, policy: SLAPolicy = .standard,
                rules: AgentStateRules = .standard, phrasebook: Phrasebook = .shipped, wording: WordingGuard = .shipped,
                text: any ConsoleText = EnglishText(), width: Int, height: Int, companions: [ConsoleCompanion] = [],
                unsentFile: UnsentWorkFile? = nil) {
        self.database = database
        self.unsentFile = unsentFile
        self.clock = clock
        self.companions = companions
        // Stands in until the log-in reports the stored agent; nothing is drawn before it does.
        let agent = Agent(name: agentName, createdAt: clock.now)
        state = AppState(agent: agent, policy: policy, phrasebook: phrasebook, text: text, width: width, height: height, now: clock.now)
        state.person = person
        state.wording = wording
        state.isTraining = (try? database.isTrainingDatabase()) ?? false
        state.shift.rules = rules
    }

    public var opening: Msg { .opened }
    public var stopping: Msg? { .stopRequested }
    public var isFinished: Bool { state.isQuitting }

    public func update(_ message: Msg) -> [Effect] {
        FrontlineConsole.update(&state, message)
    }

    public func view() -> ScreenBuffer {
        inPlace { ConsoleView.render($0, cache: paneCache) }
    }

    /// Reads the state where it lies. Passed on or asked a computed property straight off this
    /// class, the state is copied first (a retain and release of each of its arrays and strings):
    /// several times a second, on an idle console, for nothing.
    private func inPlace<T>(_ read: (inout AppState) -> T) -> T { read(&state) }

    /// The next second while a countdown is on screen; else the next minute of the header clock
    /// or of the state badge (`Available 12m` counts from when the state began, not from :00);
    /// sooner when a paced queue read is held until then.
    public var nextVisibleChange: Date? {
        var next = nextTimerChange
        if let held = state.queue.heldReadDue { next = min(held, next) }
        // While the database is away, a tick looks for it once a second.
        if let look = state.outage?.nextLook { next = min(look, next) }
        return next
    }

    private var nextTimerChange: Date {
        let now = state.now.timeIntervalSince1970
        if inPlace({ $0.hasVisibleTimer }) { return Date(timeIntervalSince1970: now.rounded(.down) + 1) }
        var next = (now / 60).rounded(.down) * 60 + 60
        if case .offline = inPlace({ $0.agentState }) {} else if let since = state.agent.stateSince?.timeIntervalSince1970, since <= now {
            next = min(next, since + ((now - since) / 60).rounded(.down) * 60 + 60)
        }
        return Date(timeIntervalSince1970: next)
    }

    public func message(for event: TerminalEvent) -> Msg? {
        switch event {
        case .key(let key): .key(key)
        case .paste(let text): .paste(text)
        case .resize(let width, let height): .resize(width: width, height: height)
        }
    }

    public func tick(_ now: Date) -> Msg { .tick(now) }

    public func storeChanged(_ topics: Set<ChangeTopic>) -> Msg { .storeChanged(topics) }

    public var interest: TopicInterest { inPlace { readsAgain($0) } }

    /// The banner from the watcher's word alone: the agent may be typing, with nothing to save yet.
    public var databaseLost: Msg? { .databaseUnreachable(failed: .lookForDatabase, outcomeUnknown: false) }
}
