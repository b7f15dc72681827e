import Foundation
import FrontlineCore

/// Customers: one by id, the file an agent reads, a search by name, phone or email.
public protocol CustomerStore: Sendable {
    func customer(id: Int64) throws -> Customer?
    /// The file with the newest `limit` orders, contacts and notes as of `now`: contacts queued
    /// after `now` are call-backs still to come, listed apart.
    func customerFile(customerId: Int64, limit: Int, at now: Date) throws -> CustomerFile?
    func findCustomers(matching query: String, limit: Int) throws -> [Customer]
}

extension CustomerStore {
    public func findCustomers(matching query: String, limit: Int = 20) throws -> [Customer] {
        try findCustomers(matching: query, limit: limit)
    }
}
