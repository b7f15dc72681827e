import Foundation

/// A request to change an agent's state, from the agent, a supervisor, or routing.
public enum AgentStateChange: Equatable, Sendable {
    /// Opening the console starts the shift.
    case logIn
    /// Leaving ends the shift.
    case logOut
    case becomeAvailable
    case goAway(AwayReason)
    /// A contact ended; wrap-up starts if the agent was working.
    case beginWrapUp
    case endWrapUp
}

/// Why a state change was refused, in words that say what to do instead.
public enum AgentStateRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case notSupervisor(actor: String, role: AgentRole, target: String)
    case offline(String)
    case notInWrapUp(String)
    /// A removed agent cannot log in (`AuthorityRefusal.removed` says the same).
    case removed(String)

    public var description: String {
        switch self {
        case let .notSupervisor(actor, role, target):
            "\(actor) is \(role == .agent ? "an" : "a") \(role.rawValue); only a supervisor may change \(target)'s state (a supervisor can make \(actor) one with 'frontline agents set \(actor) --role supervisor')"
        case let .offline(name):
            "\(name) is offline; the agent must open the console to log in first"
        case let .notInWrapUp(name):
            "\(name) is not in wrap-up"
        case let .removed(name):
            AuthorityRefusal.removed(name).description
        }
    }
}

extension Agent {
    /// The agent after `change` at `now`, asked for by `actor`; throws when the rules refuse it.
    /// Returns nil when nothing changes (logging in twice, wrap-up while away), so nothing is logged.
    public func applying(_ change: AgentStateChange, by actor: Agent, rules: AgentStateRules, at now: Date) throws -> Agent? {
        if actor.name != name && actor.role != .supervisor {
            throw AgentStateRefusal.notSupervisor(actor: actor.name, role: actor.role, target: name)
        }
        let current = presence(at: now)
        var next = self
        switch change {
        case .logIn:
            if isRemoved { throw AgentStateRefusal.removed(name) }
            guard current == .offline else { return nil }
            next.set(.available, at: now)
        case .logOut:
            guard current != .offline else { return nil }
            next.set(.offline, at: now)
        case .becomeAvailable:
            guard current != .offline else { throw AgentStateRefusal.offline(name) }
            guard current != .available else { return nil }
            next.set(.available, at: now)
        case .goAway(let reason):
            guard current != .offline else { throw AgentStateRefusal.offline(name) }
            guard current != .away || awayReason != reason else { return nil }
            next.set(.away, reason: reason, at: now)
        case .beginWrapUp:
            // Away or offline agents stay so; an ended contact does not bring them back.
            guard current == .available || current == .wrapUp, rules.wrapUpSeconds > 0 else { return nil }
            next.set(.wrapUp, at: now)
            next.wrapUpUntil = now + rules.wrapUpSeconds
        case .endWrapUp:
            guard current == .wrapUp else { throw AgentStateRefusal.notInWrapUp(name) }
            next.set(.available, at: now)
        }
        return next
    }

    private mutating func set(_ presence: AgentPresence, reason: AwayReason? = nil, at now: Date) {
        self.presence = presence
        awayReason = reason
        stateSince = now
        wrapUpUntil = nil
        idleSince = presence == .available ? now : nil
    }
}
