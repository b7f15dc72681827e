/// The change topics a program and its companions read again when they move. The change watcher
/// wakes the loop only for these: another agent's draft costs a watching console one read of the
/// feed, not a turn of its loop.
public struct TopicInterest: Equatable, Sendable {
    /// Kinds followed whatever their subject: every agent's presence, every contact.
    public var kinds: Set<ChangeTopic.Kind>
    /// Single topics followed besides: this agent, the contact on screen.
    public var topics: Set<ChangeTopic>

    public init(kinds: Set<ChangeTopic.Kind> = [], topics: Set<ChangeTopic> = []) {
        self.kinds = kinds
        self.topics = topics
    }

    /// Every topic: for a program that has not said what it reads.
    public static let everything = TopicInterest(kinds: Set(ChangeTopic.Kind.allCases))

    /// `.everything` (a trim, a bulk load) is followed by all.
    public func follows(_ topic: ChangeTopic) -> Bool {
        topic == .everything || kinds.contains(topic.kind) || topics.contains(topic)
    }

    public func followsAny(_ batch: Set<ChangeTopic>) -> Bool {
        batch.contains(where: follows)
    }

    public func union(_ other: TopicInterest) -> TopicInterest {
        TopicInterest(kinds: kinds.union(other.kinds), topics: topics.union(other.topics))
    }
}

extension ChangeTopic {
    /// A topic without its subject.
    public enum Kind: CaseIterable, Hashable, Sendable {
        case queue, contact, customer, agent, roster, draft, complaint, breaches, phrasebook, training, connectors, everything
    }

    public var kind: Kind {
        switch self {
        // Whoever follows the queue follows each of its rows.
        case .queue, .queueRow: .queue
        case .contact: .contact
        case .customer: .customer
        case .agent: .agent
        case .roster: .roster
        case .draft: .draft
        case .complaint: .complaint
        case .breaches: .breaches
        case .phrasebook: .phrasebook
        case .training: .training
        case .connectors: .connectors
        case .everything: .everything
        }
    }
}

extension ChangeTopic {
    /// Whether a commit with these topics wakes other programs (the SQLite commit bell, PostgreSQL's
    /// NOTIFY): every commit but draft-only ones, as no program reads another agent's draft again,
    /// so five agents typing wake no other console.
    public static func wakesOthers(_ topics: Set<ChangeTopic>) -> Bool {
        topics.contains { $0.kind != .draft }
    }
}
