import Foundation
import FrontlineCore

/// Service levels per channel over a period.
public protocol ServiceLevelReads: Sendable {
    func serviceLevels(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel]
    /// The same figures replayed from the event log alone, to check the tables against it.
    func serviceLevelsFromEventLog(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel]
    /// Every event of the contacts whose wait began (queued or reopened) in [from, to), by contact
    /// and then as recorded: what the figures above are replayed from, and what queue_log exports.
    func eventsOfWaits(from: Date, to: Date) throws -> [ContactEvent]
}
