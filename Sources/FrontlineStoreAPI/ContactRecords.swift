import Foundation
import FrontlineCore

/// A contact's side records: internal notes and its append-only event log.
public protocol ContactRecords: Sendable {
    /// A note the customer never sees; it stops no timer.
    func addNote(contactId: Int64, agent: String, text: String, at: Date) throws -> Note
    func notes(contactId: Int64) throws -> [Note]
    func events(contactId: Int64) throws -> [ContactEvent]
}
