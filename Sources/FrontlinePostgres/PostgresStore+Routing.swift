import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Offers ringing agents, and the routing pass that makes them (AppDatabase+Routing.swift on SQLite).
extension PostgresStore {
    /// The agent accepts the call ringing them: it becomes theirs. Nil when the offer is no longer
    /// open or its time ran out (it has gone to the next agent).
    public func acceptOffer(contactId: Int64, agent: String, policy: SLAPolicy, at now: Date) throws -> Contact? {
        try write(for: agent) { db, changes in
            let open = try !db.query("SELECT 1 FROM offers WHERE contact_id = $1 AND agent = $2 AND outcome IS NULL AND expires_at > $3",
                                     [contactId, agent, now]).rows.isEmpty
            guard open else { return nil }
            return try Self.takeWaiting(db, changes, id: contactId, agent: agent, policy: policy, at: now)
        }
    }

    /// The agent turns the call down: it rings the next agent; this one stays available.
    public func declineOffer(contactId: Int64, agent: String, at now: Date) throws {
        try write(for: agent) { db, changes in
            let declined = try db.query("UPDATE offers SET outcome = 'declined', settled_at = $1 WHERE contact_id = $2 AND agent = $3 AND outcome IS NULL",
                                        [now, contactId, agent]).changed
            if declined == 1 {
                try Self.appendEvent(db, contactId: contactId, kind: .declined, agent: agent, at: now)
                changes.record(.queue, .contact(contactId), .agent(agent))
            }
        }
    }

    /// The contact ringing `agent` right now, if any.
    public func openOffer(agent: String) throws -> OfferRow? {
        try read { db in
            try db.query("""
                SELECT offers.*, contacts.channel, contacts.address, customers.name FROM offers
                JOIN contacts ON contacts.id = offers.contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE offers.agent = $1 AND offers.outcome IS NULL ORDER BY offers.offered_at LIMIT 1
                """, [agent]).rows.first.map { row in
                OfferRow(contactId: try row.get("contact_id"), channel: Channel(rawValue: try row.get("channel")) ?? .phone,
                         customerName: try row.get("name"), address: try row.get("address"), offeredAt: try row.date("offered_at"),
                         expiresAt: try row.date("expires_at"))
            }
        }
    }

    /// Closes the open offers of a contact just taken: the taker's is accepted, anyone else's withdrawn.
    /// A call ringing the taker for another contact is withdrawn too when they chose other work
    /// (`withdrawingTheirRing`); a chat routing assigned them leaves it ringing.
    static func settleOffers(_ db: PostgresSession, _ changes: PostgresChangeRecorder, contactId: Int64, takenBy agent: String,
                             withdrawingTheirRing: Bool = true, at now: Date) throws {
        let closing = withdrawingTheirRing ? "(contact_id = $1 OR agent = $2)" : "(contact_id = $1 AND $2::text IS NOT NULL)"
        // Whoever this closes an offer for stops ringing.
        changes.record(contentsOf: try db.query("SELECT agent FROM offers WHERE \(closing) AND outcome IS NULL", [contactId, agent])
            .rows.map { ChangeTopic.agent(try $0.get("agent")) })
        let accepted = try db.query("UPDATE offers SET outcome = 'accepted', settled_at = $1 WHERE contact_id = $2 AND agent = $3 AND outcome IS NULL",
                                    [now, contactId, agent]).changed
        if accepted == 1 { try appendEvent(db, contactId: contactId, kind: .accepted, agent: agent, at: now) }
        try db.query("UPDATE offers SET outcome = 'withdrawn', settled_at = $3 WHERE \(closing) AND outcome IS NULL", [contactId, agent, now])
    }
}
