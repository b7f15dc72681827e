import FrontlineStoreAPI

extension QueueState {
    /// Puts fresh rows for these contacts in place of the ones held (a contact read but not
    /// returned has left the queue), keeping the store's order: oldest first, then by id.
    /// Works on the rows in place: during a burst this runs several times a second on a queue of
    /// thousands, and a filtered copy of every row (each a contact with its strings) was most of it.
    mutating func replaceRows(of contactIds: [Int64], with fresh: [QueueRow]) {
        let replaced = Set(contactIds)
        var merged = rows
        rows = []   // `merged` is then the only reference: changed in place, not copied
        if merged.contains(where: { $0.contact.id.map(replaced.contains) ?? false }) {
            merged.removeAll { $0.contact.id.map(replaced.contains) ?? false }
        }
        merged.reserveCapacity(merged.count + fresh.count)
        for row in fresh {
            let key = (row.contact.queuedAt, row.contact.id ?? 0)
            // Arrivals are mostly the newest: look from the end.
            var index = merged.endIndex
            while index > merged.startIndex, key < (merged[index - 1].contact.queuedAt, merged[index - 1].contact.id ?? 0) {
                index -= 1
            }
            merged.insert(row, at: index)
        }
        rows = merged
    }
}
