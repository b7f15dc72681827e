import Foundation
import FrontlineCore

/// Missed deadlines, written down once each by whichever console sees them first.
public protocol BreachRecords: Sendable {
    /// Every open contact past its deadline; returns how many breaches were new.
    @discardableResult
    func recordBreaches(policy: SLAPolicy, at: Date) throws -> Int
    /// Only these contacts (those a console has just seen cross); returns how many were new.
    @discardableResult
    func recordBreaches(contactIds: [Int64], policy: SLAPolicy, at: Date) throws -> Int
    func breaches(contactId: Int64) throws -> [Breach]
    /// Like `recordBreaches(policy:at:)`, but never waits for another process's write lock:
    /// nil when a writer holds it (the next console or command to look writes them down).
    /// For read commands, which must answer at once whatever a writer is doing.
    @discardableResult
    func recordBreachesWithoutWaiting(policy: SLAPolicy, at: Date) throws -> Int?
}

extension BreachRecords {
    @discardableResult
    public func recordBreachesWithoutWaiting(policy: SLAPolicy, at: Date) throws -> Int? {
        try recordBreaches(policy: policy, at: at)
    }
}
