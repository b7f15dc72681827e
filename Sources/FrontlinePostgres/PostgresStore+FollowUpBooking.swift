import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Booking a follow-up at a time agreed with the customer (AppDatabase+FollowUpBooking.swift on SQLite).
extension PostgresStore {
    /// A call-back joins the queue at `due`, kept first for whoever owns the matter; what was
    /// agreed is kept as a note on it, so whoever takes it knows why.
    public func bookFollowUp(contactId: Int64, agent: String, due: Date, note: String, policy: SLAPolicy, at: Date) throws -> Contact {
        try write(for: agent) { db, changes in
            let contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            let customer = try Self.fetchCustomer(db, id: contact.customerId)
            let resting = { (date: Date) in customer?.isResting(at: date, in: policy.calendar.timeZone) ?? false }
            if let problem = policy.followUpBookingProblem(at: due, now: at, isQuiet: resting) {
                let next = Self.bookingTime(problem.next, policy)
                switch problem {
                case .passed:
                    throw StoreError.refused("that time has already passed; book a time ahead, e.g. \(next)")
                case .outsideWorkingHours:
                    throw StoreError.refused("that time is outside working hours; the next time a follow-up can be booked is \(next)")
                case .customerResting:
                    throw StoreError.refused("the customer asked not to be disturbed then; the next time a follow-up can be booked is \(next)")
                }
            }
            var callback = Contact(channel: .callback, customerId: contact.customerId, address: contact.address, queuedAt: due,
                                   priority: contact.priority, purpose: .agreedFollowUp, owner: contact.owner ?? agent)
            let id = try Self.insertCallback(db, &callback)
            try Self.appendEvent(db, contactId: contactId, kind: .followUpBooked, agent: agent, at: at, detail: "call-back \(id)")
            let agreed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            if !agreed.isEmpty {
                try db.query("INSERT INTO notes (contact_id, agent, text, at) VALUES ($1, $2, $3, $4)", [id, agent, agreed, at])
                try Self.appendEvent(db, contactId: id, kind: .noted, agent: agent, at: at)
            }
            try Self.appendEvent(db, contactId: id, kind: .queued, agent: agent, at: due, detail: Channel.callback.rawValue)
            changes.record(.queue, .contact(contactId), .contact(id), .customer(contact.customerId))
            return callback
        }
    }

    /// A time as the agent types it back: the calendar's own zone, with its offset.
    private static func bookingTime(_ date: Date, _ policy: SLAPolicy) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = policy.calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mmxxx"
        return formatter.string(from: date)
    }
}
