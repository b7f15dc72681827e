import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The wallboard's loop, as the console's: it blocks on input, looks at `PRAGMA data_version`
/// four times a second so that any console's change shows within a second, and ticks each
/// second for the clocks on screen. It draws only when something changed.
public final class WallboardRunner {
    private let terminal: Terminal
    private let database: any WallboardStore
    private let clock: Clock
    public private(set) var state: WallboardState
    private var changeToken: Int?
    private var needsDrawing = true

    /// Set from a signal handler (SIGTERM, SIGHUP) to leave the loop cleanly.
    nonisolated(unsafe) public static var stopRequested: Int32 = 0

    /// Opens the board for `supervisor`, who must exist and be a supervisor.
    public init(terminal: Terminal, database: any WallboardStore, clock: Clock, supervisor: Agent, policy: SLAPolicy = .standard,
                rules: AgentStateRules = .standard, text: any WallboardText = EnglishWallboardText(), large: Bool = false) {
        self.terminal = terminal
        self.database = database
        self.clock = clock
        let size = terminal.size
        state = WallboardState(supervisor: supervisor, policy: policy, rules: rules, text: text, width: size.width, height: size.height,
                               now: clock.now, isLarge: large)
    }

    public func run() {
        changeToken = try? database.changeToken()
        dispatch(.storeChanged)
        while !state.isQuitting && Self.stopRequested == 0 {
            if needsDrawing {
                terminal.present(WallboardView.render(state))
                needsDrawing = false
            }
            if let event = terminal.nextEvent(timeout: secondsUntilNextWake()) {
                switch event {
                case .key(let key): dispatch(.key(key))
                case .resize(let width, let height): dispatch(.resize(width: width, height: height))
                case .paste: break
                }
            }
            followClock()
            followStore()
        }
    }

    /// Runs one message and every effect it leads to, in order.
    public func dispatch(_ msg: WallboardMsg) {
        needsDrawing = true
        var pending = [msg]
        while !pending.isEmpty {
            for effect in updateWallboard(&state, pending.removeFirst()) {
                pending += perform(effect)
            }
        }
    }

    private func followClock() {
        let now = clock.now
        guard now.timeIntervalSince1970.rounded(.down) != state.now.timeIntervalSince1970.rounded(.down) else { return }
        // An agent whose console was killed shows as logged out within a second, even if nothing routes.
        _ = try? database.logOutGoneConsoles(rules: state.rules, policy: state.policy, at: now)
        dispatch(.tick(now))
    }

    private func followStore() {
        guard let token = try? database.changeToken(), token != changeToken else { return }
        changeToken = token
        dispatch(.storeChanged)
    }

    /// The next second boundary, or the next look at the store, whichever comes first.
    private func secondsUntilNextWake() -> Double {
        let now = clock.now.timeIntervalSince1970
        return min(ConsoleRunner.storePollInterval, max(0.01, now.rounded(.down) + 1 - now))
    }

    private func perform(_ effect: WallboardEffect) -> [WallboardMsg] {
        let text = state.text
        let supervisor = state.supervisor.name
        do {
            switch effect {
            case .load:
                let today = state.today
                return [.loaded(try database.wallboardInput(from: today.start, to: today.end)), .tick(clock.now)]
            case let .reassign(contactId, agent):
                try database.reassign(contactId: contactId, to: agent, by: supervisor, policy: state.policy, at: clock.now)
                return [.done(text.reassigned(contactId, state.displayName(agent)))]
            case let .changeState(agent, change):
                try database.changeState(of: agent, change, by: supervisor, rules: state.rules, policy: state.policy, at: clock.now)
                let name = state.displayName(agent)
                switch change {
                case .goAway(let reason): return [.done(text.wentAway(name, text.reason(reason)))]
                case .logOut: return [.done(text.loggedOut(name))]
                default: return [.done(text.wrapUpEnded(name))]
                }
            case .openContact(let id):
                guard let contact = try database.contact(id: id) else { throw StoreError.noSuchContact(id) }
                let file = try database.customerFile(customerId: contact.customerId, limit: 5)
                let transcript = contact.channel.isWritten ? try database.transcript(contactId: id, limit: 200) : []
                return [.detailLoaded(.contact(contact, file: file, transcript: transcript))]
            case .openAgent(let name):
                guard let agent = try database.agent(named: name) else { throw StoreError.noSuchAgent(name) }
                let today = state.today
                return [.detailLoaded(.agent(agent, log: try database.stateLog(agent: name, from: today.start, to: today.end),
                                             held: try database.openItems(agent: name, policy: state.policy)))]
            }
        } catch {
            return [.failed(String(describing: error))]
        }
    }
}
