import Foundation

/// Reads of the queue at most one per `spacing`: what asks sooner is held, merged, and read when
/// the spacing is over. During a burst of thousands of arrivals, ten consoles each reading after
/// every commit took the two cores from the server writing them; paced, each reads four times a
/// second and a new contact still shows within a quarter of a second plus a frame.
struct QueueReadPacing {
    static let spacing: TimeInterval = 0.25

    /// What is held: the whole queue, or some of its rows.
    enum Held: Equatable {
        case whole
        case rows(Set<Int64>)
    }

    enum Decision: Equatable {
        /// Read this now (what was held is in it).
        case read(Held)
        /// Held until then.
        case wait(until: Date)
    }

    private var lastRead: Date?
    private(set) var held: Held?

    /// Reads now when the last read is a spacing ago, else holds `read` with what was held before.
    mutating func ask(_ read: Held, at now: Date) -> Decision {
        let merged: Held = switch (held, read) {
        case (.whole?, _), (_, .whole): .whole
        case (.rows(let before)?, .rows(let more)): .rows(before.union(more))
        case (nil, _): read
        }
        if let lastRead, now >= lastRead, now.timeIntervalSince(lastRead) < Self.spacing {
            held = merged
            return .wait(until: lastRead.addingTimeInterval(Self.spacing))
        }
        held = nil
        lastRead = now
        return .read(merged)
    }

    /// What was held, to read now; nil when a read since took it.
    mutating func takeHeld(at now: Date) -> Held? {
        guard let taken = held else { return nil }
        held = nil
        lastRead = now
        return taken
    }
}
