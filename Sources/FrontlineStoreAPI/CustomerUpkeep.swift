import Foundation
import FrontlineCore

/// Keeping customer files up: editing a file, its history, merging two files for one person.
/// Any agent may do these, as in Zendesk, where agents edit and merge end-users; every change
/// names the agent (and the person acting for them) in the file's history.
public protocol CustomerUpkeep: Sendable {
    /// Applies `edits` in one transaction and records one history line per field that changed.
    /// Throws `CustomerValueProblem` for a value the rules refuse (nothing is written then),
    /// `StoreError.noSuchCustomer`, or a refusal for a file merged into another.
    @discardableResult
    func editCustomer(_ customerId: Int64, edits: [CustomerEdit], agent: String, at: Date) throws -> [CustomerChange]
    /// The file's history, newest first, at most `limit` lines.
    func customerHistory(customerId: Int64, limit: Int) throws -> [CustomerHistoryEntry]
    /// Moves everything of `other` into `keep`: contacts, orders, complaints, phones, notes, and the
    /// values `keep` lacks. `other` stays as a record that says where it went. Irreversible.
    func mergeCustomers(keep: Int64, other: Int64, agent: String, at: Date) throws -> CustomerMerge
}
