import Foundation

/// What an agent may do in the console.
public enum AgentRole: String, Codable, CaseIterable, Sendable {
    case agent
    case supervisor
    case trainee
}

/// A person who works the queue.
public struct Agent: Equatable, Codable, Sendable {
    /// The login name, unique.
    public var name: String
    /// The name customers hear, filled into phrases.
    public var displayName: String
    public var role: AgentRole
    public var createdAt: Date

    public init(name: String, displayName: String? = nil, role: AgentRole = .agent, createdAt: Date) {
        self.name = name
        self.displayName = displayName ?? name
        self.role = role
        self.createdAt = createdAt
    }
}
