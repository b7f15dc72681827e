import Foundation

/// What an agent may do in the console.
public enum AgentRole: String, Codable, CaseIterable, Sendable {
    case agent
    case supervisor
    case trainee

    /// How many chats at once, unless the agent has a capacity of their own.
    public var defaultChatCapacity: Int {
        switch self {
        case .agent, .supervisor: 3
        case .trainee: 1
        }
    }
}

/// A person who works the queue, and the state they are in.
public struct Agent: Equatable, Codable, Sendable {
    /// The login name, unique.
    public var name: String
    /// The name customers hear, filled into phrases.
    public var displayName: String
    public var role: AgentRole
    public var createdAt: Date
    /// Chats held at once; nil takes the role's default.
    public var capacity: Int?
    /// Languages the agent serves customers in; routing prefers a match.
    public var languages: [Language]
    public var presence: AgentPresence
    public var awayReason: AwayReason?
    /// When the current presence began.
    public var stateSince: Date?
    /// When a wrap-up ends by itself.
    public var wrapUpUntil: Date?
    /// Since when the agent has been free for work: routing rings the longest idle first.
    public var idleSince: Date?
    /// When a supervisor removed the agent: they stay in the history under their name, but can
    /// no longer log in or be given work (as Zammad deactivates, rather than deletes, a user).
    public var removedAt: Date?

    public init(name: String, displayName: String? = nil, role: AgentRole = .agent, createdAt: Date,
                capacity: Int? = nil, languages: [Language] = []) {
        self.name = name
        self.displayName = displayName ?? name
        self.role = role
        self.createdAt = createdAt
        self.capacity = capacity
        self.languages = languages
        presence = .offline
    }

    public var chatCapacity: Int { capacity ?? role.defaultChatCapacity }

    public var isRemoved: Bool { removedAt != nil }

    /// The presence in effect at `now`: a wrap-up past its end has become available.
    public func presence(at now: Date) -> AgentPresence {
        if presence == .wrapUp, let until = wrapUpUntil, now >= until { return .available }
        return presence
    }

    /// When the presence in effect at `now` began.
    public func stateSince(at now: Date) -> Date? {
        if presence == .wrapUp, let until = wrapUpUntil, now >= until { return until }
        return stateSince
    }
}
