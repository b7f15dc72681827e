import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The customer files and transcripts last read, by contact, so that hopping back to a contact
/// draws without reading them again: on PostgreSQL each read is round trips to the server on
/// the key path (issue 18: "reads stay off the key path or cached"). An entry holds only while
/// the store's change feed stands where it stood when the entry was read (one cheap look, in
/// place of a dozen queries), and until the earliest call-back its file shows as still to come
/// falls due (the file then shows it among the contacts).
struct DetailCache {
    struct Entry {
        var file: CustomerFile?
        var transcript: [ChatMessage]
        /// The change feed's latest sequence number when this was read.
        var change: Int64
        /// When the file, read at one time, would read differently.
        var until: Date?
    }

    /// Enough for the contacts an agent hops between; each holds at most 200 messages.
    static let capacity = 32
    private var entries: [Int64: Entry] = [:]
    /// Oldest first, for dropping one when full.
    private var order: [Int64] = []

    /// The entry for `contactId` if nothing was committed since it was read and its file still reads the same at `now`.
    func entry(for contactId: Int64, latestChange: Int64, at now: Date) -> Entry? {
        guard let entry = entries[contactId], entry.change == latestChange else { return nil }
        if let until = entry.until, now >= until { return nil }
        return entry
    }

    mutating func keep(_ entry: Entry, for contactId: Int64) {
        if entries.updateValue(entry, forKey: contactId) == nil {
            order.append(contactId)
            if order.count > Self.capacity { entries[order.removeFirst()] = nil }
        }
    }
}
