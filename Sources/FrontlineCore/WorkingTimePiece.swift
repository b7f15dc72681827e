import Foundation

/// Working time counted since a timer started, between two calendar boundaries: inside a working
/// period it grows a second a second, outside one it stands still. A queue ticking every second
/// keeps one per working-time timer and asks the calendar again only when the piece ends (a few
/// times a day), instead of walking the calendar for every timer every second.
public struct WorkingTimePiece: Equatable, Sendable {
    /// Working time counted before the current period began (all of it, outside a period).
    public var countedBefore: TimeInterval
    /// Inside a working period: where counting resumed (the period's start, or the timer's); nil outside.
    public var runningSince: Date?
    /// The instants between which this piece holds: `validFrom ..< validUntil`.
    public var validFrom: Date
    public var validUntil: Date

    public init(countedBefore: TimeInterval, runningSince: Date?, validFrom: Date, validUntil: Date) {
        self.countedBefore = countedBefore
        self.runningSince = runningSince
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    public func contains(_ instant: Date) -> Bool { instant >= validFrom && instant < validUntil }

    /// The working time counted at `instant` (inside the piece): the calendar's own sum, with the
    /// running period's part added last as the calendar adds it.
    public func workingSeconds(at instant: Date) -> TimeInterval {
        guard let runningSince, instant > runningSince else { return countedBefore }
        return countedBefore + instant.timeIntervalSince(runningSince)
    }
}
