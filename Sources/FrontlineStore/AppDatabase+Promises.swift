import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// The agent promises the customer an answer by `due` (default: the policy's promised-reply
    /// time, half a working day of the calendar in force). A call-back for the same customer joins the queue at that time,
    /// so the promise is kept even without a result. A promise beyond one working day is refused.
    /// The call-back goes back to the matter's owner first (whoever promised, if it had none).
    public func promise(contactId: Int64, agent: String, due: Date?, policy: SLAPolicy, at: Date) throws -> Contact {
        try write(for: agent) { db, changes in
            let contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            let dueAt = due ?? policy.calendar.adding(workingSeconds: policy.defaultPromise, to: at)
            switch policy.promiseProblem(due: dueAt, at: at) {
            case .passed?:
                throw StoreError.refused("the promised time has already passed; give a time in the future")
            case .beyondLimit(let latest)?:
                throw StoreError.refused("a promise may reach at most one working day (\(DurationFormat.minutes(Int(policy.promiseLimit))) of working time) ahead, until \(Self.localTime(latest, policy)); promise an earlier time and call back with an update")
            case nil:
                break
            }
            var callback = Contact(channel: .callback, customerId: contact.customerId, address: contact.address, queuedAt: dueAt,
                                   priority: contact.priority, purpose: .promisedReply, owner: contact.owner ?? agent)
            try callback.insert(db)
            guard let id = callback.id else { throw StoreError.refused("the call-back could not be saved") }
            try Self.appendEvent(db, contactId: contactId, kind: .promised, agent: agent, at: at, detail: "call-back \(id)")
            // The call-back enters the queue when it falls due, and the log says so.
            // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
            try Self.appendEvent(db, contactId: id, kind: .queued, agent: agent, at: dueAt, detail: Channel.callback.rawValue)
            changes.record(.queue, .contact(contactId), .contact(id), .customer(contact.customerId))
            return callback
        }
    }

    private static func localTime(_ date: Date, _ policy: SLAPolicy) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = policy.calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
