import Foundation
import FrontlineCore

/// One line of a bulk-loaded contact's event log.
public struct LoadedEvent: Equatable, Sendable {
    public var kind: ContactEventKind
    public var agent: String?
    public var at: Date
    public var detail: String?
}

extension Contact {
    /// The event log a contact loaded in bulk (the demo, the synthetic data) gets, as the live
    /// commands would have written it: queued, then taken, replied and completed when it was.
    /// Both stores write exactly these, so statistics recomputed from the log match the tables.
    public var loadedHistory: [LoadedEvent] {
        var events = [LoadedEvent(kind: .queued, agent: nil, at: queuedAt, detail: channel.rawValue)]
        if let takenAt { events.append(LoadedEvent(kind: .taken, agent: agent, at: takenAt, detail: nil)) }
        if let firstReplyAt { events.append(LoadedEvent(kind: .replied, agent: agent, at: firstReplyAt, detail: nil)) }
        if let endedAt { events.append(LoadedEvent(kind: .completed, agent: agent, at: endedAt, detail: nil)) }
        return events
    }
}
