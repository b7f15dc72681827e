import Foundation
import FrontlineCore

/// What contacts were about, as agents said at wrap-up: the consultation register.
public protocol WrapUpRecords: Sendable {
    /// The latest wrap-up of each of these contacts that has one, by contact id.
    func latestWrapUps(contactIds: [Int64]) throws -> [Int64: ContactWrapUp]
    /// Every wrap-up recorded in [from, to), oldest first.
    func wrapUps(from: Date, to: Date) throws -> [ContactWrapUp]
}

extension WrapUpPolicy {
    /// `entry` checked against these codes: the entry to keep, or the rule's refusal. The console
    /// checks the same rule first; both stores check it again for every other way in.
    public func checked(_ entry: WrapUpEntry?) throws -> WrapUpEntry? {
        switch entry.map(check) {
        case .failure(let problem)?: throw StoreError.refused(problem.description)
        case .success(let entry)?: return entry
        case nil: return nil
        }
    }
}
