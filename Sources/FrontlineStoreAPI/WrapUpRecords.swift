import Foundation
import FrontlineCore

/// What contacts were about, as agents said at wrap-up: the consultation register.
public protocol WrapUpRecords: Sendable {
    /// The latest wrap-up of each of these contacts that has one, by contact id.
    func latestWrapUps(contactIds: [Int64]) throws -> [Int64: ContactWrapUp]
    /// Every wrap-up recorded in [from, to), oldest first.
    func wrapUps(from: Date, to: Date) throws -> [ContactWrapUp]
}
