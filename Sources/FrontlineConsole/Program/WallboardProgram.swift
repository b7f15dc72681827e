import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The supervisor's wallboard as a program: its state, `updateWallboard`, `WallboardView`, and
/// the store work its effects stand for.
public final class WallboardProgram: Program {
    let database: any WallboardStore
    let clock: Clock
    public private(set) var state: WallboardState

    /// Opens the board for `supervisor`, who must exist and be a supervisor.
    public init(database: any WallboardStore, clock: Clock, supervisor: Agent, policy: SLAPolicy = .standard,
                rules: AgentStateRules = .standard, text: any WallboardText = EnglishWallboardText(), large: Bool = false,
                width: Int, height: Int) {
        self.database = database
        self.clock = clock
        state = WallboardState(supervisor: supervisor, policy: policy, rules: rules, text: text, width: width, height: height,
                               now: clock.now, isLarge: large)
    }

    /// The board reads everything once at the start.
    public var opening: WallboardMsg { .storeChanged([.everything]) }
    public var isFinished: Bool { state.isQuitting }

    public func update(_ message: WallboardMsg) -> [WallboardEffect] {
        updateWallboard(&state, message)
    }

    public func view() -> ScreenBuffer {
        WallboardView.render(state)
    }

    /// The board's waits and shift times count in seconds: always the next second.
    public var nextVisibleChange: Date? {
        Date(timeIntervalSince1970: state.now.timeIntervalSince1970.rounded(.down) + 1)
    }

    public func message(for event: TerminalEvent) -> WallboardMsg? {
        switch event {
        case .key(let key): .key(key)
        case .resize(let width, let height): .resize(width: width, height: height)
        case .paste: nil
        }
    }

    public func tick(_ now: Date) -> WallboardMsg { .tick(now) }

    public func storeChanged(_ topics: Set<ChangeTopic>) -> WallboardMsg { .storeChanged(topics) }

    public var interest: TopicInterest { wallboardReads }

    /// The watcher found the database gone: said at once, even on a quiet board.
    public var databaseLost: WallboardMsg? { .databaseLost }
}
