import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

/// The `customers` row; `phones` is not a column (it is `customer_phones`) and comes back empty.
extension Customer: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "customers"

    public init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], phones: [], email: row["email"],
                  language: Language(rawValue: row["language"]) ?? .en, isMember: row["is_member"],
                  notes: row["notes"], createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["name"] = name
        container["email"] = email
        container["language"] = language.rawValue
        container["is_member"] = isMember
        container["notes"] = notes
        container["created_at"] = createdAt.timeIntervalSince1970
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
