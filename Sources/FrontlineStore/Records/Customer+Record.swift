import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

/// The `customers` row; `phones` is not a column (it is `customer_phones`) and comes back empty.
extension Customer: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "customers"

    public init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], formOfAddress: row["form_of_address"] ?? "", phones: [],
                  email: row["email"], postalAddress: row["postal_address"],
                  language: Language(rawValue: row["language"]) ?? .en, isMember: row["is_member"],
                  memberCard: row["member_card"],
                  type: (row["customer_type"] as String?).flatMap(CustomerType.init(rawValue:)) ?? .existing,
                  doNotDisturb: QuietHours.parseList(row["do_not_disturb"] ?? "") ?? [],
                  notes: row["notes"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
                  mergedInto: row["merged_into"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["name"] = name
        container["form_of_address"] = formOfAddress
        container["email"] = email
        container["postal_address"] = postalAddress
        container["language"] = language.rawValue
        container["is_member"] = isMember
        container["member_card"] = memberCard
        container["customer_type"] = type.rawValue
        container["do_not_disturb"] = QuietHours.list(doNotDisturb)
        container["notes"] = notes
        container["created_at"] = createdAt.timeIntervalSince1970
        container["merged_into"] = mergedInto
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
