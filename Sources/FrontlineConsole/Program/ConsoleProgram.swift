import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import FrontlineStoreAPI

/// The agent console as a program: its state, `update`, `ConsoleView`, and the store work its
/// effects stand for. Trainee mode is the same program with the training companion beside it.
public final class ConsoleProgram: Program {
    let database: AppDatabase
    let clock: Clock
    public private(set) var state: AppState
    public let companions: [ConsoleCompanion]

    /// The console for `agentName`, not yet logged in: its opening message asks for that.
    public init(database: AppDatabase, clock: Clock, agentName: String, policy: SLAPolicy = .standard,
                rules: AgentStateRules = .standard, phrasebook: Phrasebook = .shipped, wording: WordingGuard = .shipped,
                text: any ConsoleText = EnglishText(), width: Int, height: Int, companions: [ConsoleCompanion] = []) {
        self.database = database
        self.clock = clock
        self.companions = companions
        // Stands in until the log-in reports the stored agent; nothing is drawn before it does.
        let agent = Agent(name: agentName, createdAt: clock.now)
        state = AppState(agent: agent, policy: policy, phrasebook: phrasebook, text: text, width: width, height: height, now: clock.now)
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
        ConsoleView.render(state)
    }

    /// The next second while a countdown is on screen, else the header clock's next minute.
    public var nextVisibleChange: Date? {
        let unit: TimeInterval = state.hasVisibleTimer ? 1 : 60
        return Date(timeIntervalSince1970: ((state.now.timeIntervalSince1970 / unit).rounded(.down) + 1) * unit)
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
}
