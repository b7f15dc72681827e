import Foundation

/// How a console shows it still runs where consoles run on many hosts (PostgreSQL), so a pid
/// cannot be checked: it holds a lease on its agent's shift, renewed every `renewEvery` seconds
/// for `term` seconds ahead. A shift whose lease ran out more than `grace` ago (hosts' clocks
/// differ a little) is a gone console, logged out like one whose process died on SQLite.
public struct ConsoleLease: Equatable, Sendable {
    public var renewEvery: TimeInterval
    public var term: TimeInterval
    public var grace: TimeInterval

    public init(renewEvery: TimeInterval, term: TimeInterval, grace: TimeInterval) {
        (self.renewEvery, self.term, self.grace) = (renewEvery, term, grace)
    }

    /// Renewed every 3 s, one missed renewal allowed, then 2 s for the clocks: gone within 8 s.
    /// (Every 2 s with a 4 s term cost an idle console on PostgreSQL 1.58× the CPU of one on
    /// SQLite, against a target of 1.5×; a beat is a round trip whatever it carries.)
    public static let standard = ConsoleLease(renewEvery: 3, term: 6, grace: 2)

    /// The lease a renewal (or a log-in) at `now` holds until.
    public func heldUntil(renewedAt now: Date) -> Date { now + term }

    /// How long after its last renewal a console counts as late: a beat and a quarter. A console on
    /// the looker's own host is checked by its process only once it is late, so an idle floor's look
    /// brings back no rows (`PostgresStore.goneConsoles`).
    public var lateAfter: TimeInterval { renewEvery * 1.25 }

    /// True when a lease held until `heldUntil` no longer vouches for its console at `now`.
    public func hasLapsed(heldUntil: Date, at now: Date) -> Bool { now > heldUntil + grace }
}
