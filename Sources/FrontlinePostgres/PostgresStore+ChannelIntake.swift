import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Contacts and messages from connectors, through the same code as `enqueue` and `say`
/// (AppDatabase+ChannelIntake.swift on SQLite). A known external id (or e-mail Message-ID) finds
/// what it made the first time and writes nothing.
extension PostgresStore {
    public func receive(_ inbound: InboundContact, policy: SLAPolicy, at now: Date) throws -> IntakeResult {
        if let problem = inbound.problem(at: now) { throw problem }
        return try write { db, changes in try Self.receive(db, changes, inbound, at: now) }
    }

    public func receive(_ inbound: InboundMessage, policy: SLAPolicy, at now: Date) throws -> IntakeResult {
        if let problem = inbound.problem(at: now) { throw problem }
        return try write { db, changes in try Self.receive(db, changes, inbound, at: now) }
    }

    /// Group commit: one transaction for the lot, each intake in a savepoint of its own, so a
    /// refused one is rolled back alone and answered with its own error. Nothing is answered
    /// before the commit; a failed commit fails them all (none was written).
    public func receive(_ batch: [IntakeRequest], policy: SLAPolicy) throws -> [Result<IntakeResult, StoreError>] {
        try write { db, changes in
            batch.map { request in
                Result {
                    if let problem = request.problem { throw problem }
                    let (topics, rows) = (changes.topics, db.changedRows)
                    try db.query("SAVEPOINT intake")
                    do {
                        let result = switch request {
                        case .contact(let inbound, let now): try Self.receive(db, changes, inbound, at: now)
                        case .message(let inbound, let now): try Self.receive(db, changes, inbound, at: now)
                        }
                        try db.query("RELEASE SAVEPOINT intake")
                        return result
                    } catch {
                        try db.query("ROLLBACK TO SAVEPOINT intake")
                        try db.query("RELEASE SAVEPOINT intake")
                        changes.rolledBack(to: topics, rows: db.changedRows - rows)
                        throw error
                    }
                }.mapError { $0 as? StoreError ?? .server(location: path, message: "\($0)") }
            }
        }
    }

    /// Inside the caller's transaction, the contact already checked.
    static func receive(_ db: PostgresSession, _ changes: PostgresChangeRecorder, _ inbound: InboundContact, at now: Date) throws -> IntakeResult {
        let address = inbound.from.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = inbound.text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        let at = min(inbound.arrivedAt ?? now, now)
        if let known = try knownIntake(db, channel: inbound.channel, externalId: inbound.externalId, email: inbound.email) {
            return known
        }
        // An e-mail answering a message we know continues that contact (reopened if it ended).
        if inbound.channel == .email, let headers = inbound.email, let threaded = try threadedContact(db, headers) {
            let wasEnded = try existingContact(db, id: threaded).state == .ended
            let message = try say(db, changes, contactId: threaded, text: text ?? headers.subject ?? "(no text)", at: at,
                                  externalId: inbound.externalId, email: headers)
            return IntakeResult(contactId: threaded, messageId: message.id, created: true, reopened: wasEnded)
        }
        let contact = try enqueue(db, changes, channel: inbound.channel, from: address, name: inbound.name, text: text,
                                  priority: inbound.priority ?? .normal, at: at, externalId: inbound.externalId,
                                  group: inbound.group, email: inbound.email)
        let messageId = try db.query("SELECT id FROM messages WHERE contact_id = $1 ORDER BY id LIMIT 1", [contact.id])
            .rows.first?.get("id", as: Int64.self)
        return IntakeResult(contactId: contact.id!, messageId: messageId, created: true)
    }

    /// Inside the caller's transaction, the message already checked.
    static func receive(_ db: PostgresSession, _ changes: PostgresChangeRecorder, _ inbound: InboundMessage, at now: Date) throws -> IntakeResult {
        let at = min(inbound.at ?? now, now)
        if let known = try knownIntake(db, channel: nil, externalId: inbound.externalId, email: inbound.email) {
            return known
        }
        let wasEnded = try existingContact(db, id: inbound.contactId).state == .ended
        let message = try say(db, changes, contactId: inbound.contactId, text: inbound.text, at: at,
                              externalId: inbound.externalId, email: inbound.email)
        return IntakeResult(contactId: inbound.contactId, messageId: message.id, created: true, reopened: wasEnded)
    }

    public func acknowledgeDelivery(messageId: Int64, _ outcome: DeliveryOutcome, at now: Date) throws {
        try write { db, changes in
            guard let row = try db.query("SELECT contact_id, direction FROM messages WHERE id = $1", [messageId]).rows.first else {
                throw StoreError.invalidField(field: "message_id", problem: "there is no message \(messageId)")
            }
            guard try row.value("direction", as: MessageDirection.self) == .outbound else {
                throw StoreError.invalidField(field: "message_id", problem: "message \(messageId) is the customer's, not an agent's reply")
            }
            let (state, reason): (MessageDelivery, String?) = switch outcome {
            case .delivered: (.delivered, nil)
            case .failed(let reason): (.failed, DeliveryOutcome.storedReason(reason, or: "no reason given"))
            }
            try db.query("UPDATE messages SET delivery = $1, delivery_reason = $2, delivery_at = $3 WHERE id = $4",
                         [state.rawValue, reason, now, messageId])
            // The agent's transcript shows the mark.
            changes.record(.contact(try row.get("contact_id", as: Int64.self)))
        }
    }

    /// A failed reply goes out again as it was: pending, and a new `reply` event with the same message id.
    public func resend(messageId: Int64, by agent: String, at now: Date) throws {
        try write(for: agent) { db, changes in
            let message = try db.query("SELECT * FROM messages WHERE id = $1", [messageId]).rows.first.map(ChatMessage.init(row:))
            guard let message, message.direction == .outbound else {
                throw StoreError.refused("message \(messageId) is not an agent's reply")
            }
            guard message.delivery == .failed else {
                throw StoreError.refused("message \(messageId) has not failed; only a failed reply is sent again")
            }
            try db.query("UPDATE messages SET delivery = 'pending', delivery_reason = NULL, delivery_at = NULL WHERE id = $1", [messageId])
            var payload = try Self.contactPayload(db, kind: .replied, contactId: message.contactId, agent: agent, detail: nil)
            payload["message_id"] = messageId
            payload["text"] = message.text
            payload["resend"] = true
            try Self.appendOutbound(db, kind: .reply, contactId: message.contactId, at: now, payload: payload)
            changes.record(.contact(message.contactId))
        }
    }

    /// What an earlier request with this external id (or e-mail Message-ID) made, if any.
    static func knownIntake(_ db: PostgresSession, channel: Channel?, externalId: String?, email: EmailHeaders?) throws -> IntakeResult? {
        if let externalId {
            if let channel, let contactId = try db.query("SELECT id FROM contacts WHERE channel = $1 AND external_id = $2",
                                                         [channel.rawValue, externalId]).rows.first?.get("id", as: Int64.self) {
                let messageId = try db.query("SELECT id FROM messages WHERE contact_id = $1 ORDER BY id LIMIT 1", [contactId])
                    .rows.first?.get("id", as: Int64.self)
                return IntakeResult(contactId: contactId, messageId: messageId, created: false)
            }
            if let row = try db.query("SELECT id, contact_id FROM messages WHERE external_id = $1", [externalId]).rows.first {
                return IntakeResult(contactId: try row.get("contact_id"), messageId: try row.get("id", as: Int64.self), created: false)
            }
        }
        // A mail server retrying a delivery sends the same Message-ID again.
        if let messageId = email?.messageId.map(EmailThreading.normalised), !messageId.isEmpty,
           let row = try db.query("SELECT id, contact_id FROM messages WHERE email_message_id = $1", [messageId]).rows.first {
            return IntakeResult(contactId: try row.get("contact_id"), messageId: try row.get("id", as: Int64.self), created: false)
        }
        return nil
    }

    /// The e-mail contact the headers answer, nearest reference first.
    static func threadedContact(_ db: PostgresSession, _ headers: EmailHeaders) throws -> Int64? {
        for id in EmailThreading.candidates(inReplyTo: headers.inReplyTo, references: headers.references) {
            if let contactId = try db.query("""
                SELECT m.contact_id FROM messages m JOIN contacts c ON c.id = m.contact_id
                WHERE m.email_message_id = $1 AND c.channel = 'email' ORDER BY m.id LIMIT 1
                """, [id]).rows.first?.get("contact_id", as: Int64.self) {
                return contactId
            }
        }
        return nil
    }

    /// A connector's ids and headers on a message just inserted (by `enqueue` or `say`, before
    /// their event, so the outbox's event carries them).
    static func storeConnectorFields(_ db: PostgresSession, messageId: Int64, externalId: String?, email: EmailHeaders?) throws {
        guard externalId != nil || email != nil else { return }
        let references = try email?.references.map { list -> String in
            String(decoding: try JSONEncoder().encode(list.map(EmailThreading.normalised)), as: UTF8.self)
        }
        try db.query("""
            UPDATE messages SET external_id = $1, email_message_id = $2, email_in_reply_to = $3, email_references = $4, email_subject = $5
            WHERE id = $6
            """, [externalId, email?.messageId.map(EmailThreading.normalised), email?.inReplyTo.map(EmailThreading.normalised),
                  references, email?.subject, messageId])
    }

    /// A connector's contact fields on a contact just inserted by `enqueue`, before its event.
    static func storeConnectorFields(_ db: PostgresSession, _ contact: inout Contact, externalId: String?, group: String?, at: Date) throws {
        if let externalId {
            try db.query("UPDATE contacts SET external_id = $1 WHERE id = $2", [externalId, contact.id])
        }
        if let group {
            try checkGroupHasMembers(db, group)
            try db.query("UPDATE contacts SET sent_to_group = $1, sent_to_group_at = $2 WHERE id = $3", [group, at, contact.id])
            (contact.sentToGroup, contact.sentToGroupAt) = (group, at)
        }
    }
}
