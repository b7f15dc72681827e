import Foundation
import FrontlineCore

/// A missed deadline this console has reported: the timer's contact, kind and start.
/// A value, not a formatted string: every breached timer is looked up on every tick.
public struct BreachSeen: Hashable, Sendable {
    var contactId: Int64
    var kind: TimerKind
    var startedAt: Date
}
