import Foundation

extension Agent {
    /// The agent once a wrap-up that ran out by `now` is over: available from the moment it
    /// ended (not from when someone noticed), idle since then. Nil while it still runs, or when
    /// the agent is not in wrap-up, so the store writes and logs only real changes.
    public func settlingWrapUp(at now: Date) -> Agent? {
        guard presence == .wrapUp, let until = wrapUpUntil, now >= until else { return nil }
        var ended = self
        ended.presence = .available
        ended.stateSince = until
        ended.wrapUpUntil = nil
        ended.idleSince = until
        return ended
    }

    /// The agent once a contact they held has ended: an agent still available (no wrap-up, or
    /// still holding others) counts as idle from now, so routing offers the longest idle first.
    /// Nil when that changes nothing (in wrap-up, away, offline).
    public func idleAfterContact(at now: Date) -> Agent? {
        guard presence == .available else { return nil }
        var idle = self
        idle.idleSince = now
        return idle
    }
}
