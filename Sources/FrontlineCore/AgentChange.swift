import Foundation

/// What a roster change asks to change of an agent; nil leaves a field as it is.
public struct AgentChange: Equatable, Sendable {
    public var role: AgentRole?
    public var capacity: Int?
    public var languages: [Language]?
    public var displayName: String?

    public init(role: AgentRole? = nil, capacity: Int? = nil, languages: [Language]? = nil, displayName: String? = nil) {
        self.role = role
        self.capacity = capacity
        self.languages = languages
        self.displayName = displayName
    }

    public var isEmpty: Bool { role == nil && capacity == nil && languages == nil && displayName == nil }

    /// Only the display name: the one thing agents may change of themselves.
    public var isDisplayNameOnly: Bool { displayName != nil && role == nil && capacity == nil && languages == nil }

    /// The fields asked for, in words: "role and chat capacity".
    public var fieldNames: String {
        let names = [role.map { _ in "role" }, capacity.map { _ in "chat capacity" }, languages.map { _ in "languages" },
                     displayName.map { _ in "display name" }].compactMap { $0 }
        return names.isEmpty ? "details" : names.joined(separator: " and ")
    }

    /// The agent with the change made.
    public func applied(to agent: Agent) -> Agent {
        var agent = agent
        if let role { agent.role = role }
        if let capacity { agent.capacity = capacity }
        if let languages { agent.languages = languages }
        if let displayName { agent.displayName = displayName }
        return agent
    }
}
