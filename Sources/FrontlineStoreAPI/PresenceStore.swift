import Foundation
import FrontlineCore

/// Agents' presence and shifts: logging in and out, state changes, handovers, open items.
public protocol PresenceStore: Sendable {
    /// The agent with this login name, created on first sight: only for trainee mode's own
    /// database, where any name may practise; everywhere else a supervisor adds agents.
    @discardableResult
    func ensureAgent(name: String, at: Date) throws -> Agent
    func agent(named name: String) throws -> Agent?
    /// Changes the agent's state as `actor` asks (the agent themself when nil).
    @discardableResult
    func changeState(of name: String, _ change: AgentStateChange, by actor: String?, handoverNote: String?,
                     rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> Agent
    /// Logs in from a console whose process the shift remembers (so a killed one is noticed).
    @discardableResult
    func logIn(_ name: String, console: ConsoleProcess?, rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> Agent
    /// Logs out from a console: ends the shift only if it is that console's (a console opened
    /// again took the shift over, and the old one's late log-out must not end the new one's).
    /// Nil when the shift belonged to another console and nothing was done.
    @discardableResult
    func logOut(_ name: String, console: ConsoleProcess?, handoverNote: String?, rules: AgentStateRules, policy: SLAPolicy,
                at: Date) throws -> Agent?
    /// Logs out every agent whose console died without logging out; returns their names.
    @discardableResult
    func logOutGoneConsoles(rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> [String]
    /// The lease consoles hold on their shifts, when the store judges consoles by leases
    /// (PostgreSQL: consoles on many hosts); nil when it checks their processes (SQLite, one host).
    var consoleLease: ConsoleLease? { get }
    /// Renews `console`'s lease on the agent's open shift (only if the shift names that console).
    /// Cheap and quiet: no change-feed topic, no wake-up for other consoles.
    func renewConsoleLease(_ name: String, console: ConsoleProcess, at: Date) throws
    /// A console's beat (`ConsoleLeaseKeeper`): renews its lease, then logs out every agent whose
    /// console is gone and returns their names. A store may do both in one look.
    @discardableResult
    func beatConsoleLease(_ name: String, console: ConsoleProcess, rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> [String]
    /// Starts `console`'s beat, as `beatConsoleLease` every `consoleLease.renewEvery` by `clock`, run by the
    /// store itself until stopped; nil for a store that holds no leases.
    func startBeating(_ name: String, console: ConsoleProcess, rules: AgentStateRules, policy: SLAPolicy, clock: any Clock) -> (any ConsoleBeat)?
    /// Ends every wrap-up whose time is up.
    func settleWrapUps(at: Date) throws
    func currentShift(agent: String) throws -> Shift?
    /// The note of the shift that ended last with a note.
    func latestHandover() throws -> Shift?
    /// Contacts held, complaints owned, call-backs promised.
    func openItems(agent: String, policy: SLAPolicy) throws -> [OpenItem]
    /// One agent's state log (everyone's when nil), oldest first.
    func stateLog(agent: String?, from start: Date, to end: Date) throws -> [AgentStateLogEntry]
}

extension PresenceStore {
    /// A store that checks consoles' processes holds no leases.
    public var consoleLease: ConsoleLease? { nil }
    public func renewConsoleLease(_ name: String, console: ConsoleProcess, at: Date) throws {}
    public func startBeating(_ name: String, console: ConsoleProcess, rules: AgentStateRules, policy: SLAPolicy,
                             clock: any Clock) -> (any ConsoleBeat)? { nil }

    @discardableResult
    public func beatConsoleLease(_ name: String, console: ConsoleProcess, rules: AgentStateRules, policy: SLAPolicy,
                                 at now: Date) throws -> [String] {
        try renewConsoleLease(name, console: console, at: now)
        return try logOutGoneConsoles(rules: rules, policy: policy, at: now)
    }

    @discardableResult
    public func changeState(of name: String, _ change: AgentStateChange, by actor: String? = nil, handoverNote: String? = nil,
                            rules: AgentStateRules = .standard, policy: SLAPolicy = .standard, at: Date) throws -> Agent {
        try changeState(of: name, change, by: actor, handoverNote: handoverNote, rules: rules, policy: policy, at: at)
    }

    @discardableResult
    public func logIn(_ name: String, console: ConsoleProcess?, rules: AgentStateRules = .standard, policy: SLAPolicy = .standard,
                      at: Date) throws -> Agent {
        try logIn(name, console: console, rules: rules, policy: policy, at: at)
    }

    @discardableResult
    public func logOut(_ name: String, console: ConsoleProcess?, handoverNote: String? = nil, rules: AgentStateRules = .standard,
                       policy: SLAPolicy = .standard, at: Date) throws -> Agent? {
        try logOut(name, console: console, handoverNote: handoverNote, rules: rules, policy: policy, at: at)
    }

    @discardableResult
    public func logOutGoneConsoles(rules: AgentStateRules = .standard, policy: SLAPolicy = .standard, at: Date) throws -> [String] {
        try logOutGoneConsoles(rules: rules, policy: policy, at: at)
    }

    public func openItems(agent: String, policy: SLAPolicy = .standard) throws -> [OpenItem] {
        try openItems(agent: agent, policy: policy)
    }

    public func stateLog(agent: String? = nil, from start: Date, to end: Date) throws -> [AgentStateLogEntry] {
        try stateLog(agent: agent, from: start, to: end)
    }
}

/// A console's beat the store runs by itself (`PresenceStore.startBeating`).
public protocol ConsoleBeat: AnyObject, Sendable {
    /// No beat after this one returns, but one already sent.
    func stop()
}
