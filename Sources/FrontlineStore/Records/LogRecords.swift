import FrontlineStoreAPI
import GRDB

// The store's own log rows, kept as GRDB records here so the row types stay free of GRDB.

extension Breach: IdentifiedRecord {
    public static let databaseTableName = "breaches"
}

extension ContactEvent: IdentifiedRecord {
    public static let databaseTableName = "contact_events"
}
