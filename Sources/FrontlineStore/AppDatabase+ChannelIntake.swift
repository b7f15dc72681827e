import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

/// Contacts and messages from connectors, through the same code as `frontline enqueue` and `say`.
/// A known external id (or e-mail Message-ID) finds what it made the first time and writes nothing.
extension AppDatabase: ChannelIntake {
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
                    var result: IntakeResult?
                    let (topics, rows) = (changes.topics, db.totalChangesCount)
                    do {
                        try db.inSavepoint {
                            result = switch request {
                            case .contact(let inbound, let now): try Self.receive(db, changes, inbound, at: now)
                            case .message(let inbound, let now): try Self.receive(db, changes, inbound, at: now)
                            }
                            return .commit
                        }
                    } catch {
                        changes.rolledBack(to: topics, rows: db.totalChangesCount - rows)
                        throw error
                    }
                    return result!
                }.mapError { StoreError($0, path: path) }
            }
        }
    }

    /// Inside the caller's transaction, the contact already checked.
    static func receive(_ db: Database, _ changes: ChangeRecorder, _ inbound: InboundContact, at now: Date) throws -> IntakeResult {
        let address = inbound.from.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = inbound.text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        let at = min(inbound.arrivedAt ?? now, now)
        if let known = try knownIntake(db, channel: inbound.channel, externalId: inbound.externalId, email: inbound.email) {
            return known
        }
        // An e-mail answering a message we know continues that contact (reopened if it ended).
        if inbound.channel == .email, let headers = inbound.email,
           let threaded = try threadedContact(db, headers) {
            let wasEnded = try fetchContact(db, id: threaded).state == .ended
            let message = try say(db, changes, contactId: threaded, text: text ?? headers.subject ?? "(no text)", at: at,
                                  externalId: inbound.externalId, email: headers)
            return IntakeResult(contactId: threaded, messageId: message.id, created: true, reopened: wasEnded)
        }
        let contact = try enqueue(db, changes, channel: inbound.channel, from: address, name: inbound.name, text: text,
                                  priority: inbound.priority ?? .normal, at: at, externalId: inbound.externalId,
                                  group: inbound.group, email: inbound.email)
        let messageId = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM messages WHERE contact_id = ? ORDER BY id LIMIT 1"),
                                           arguments: [contact.id])
        return IntakeResult(contactId: contact.id!, messageId: messageId, created: true)
    }

    /// Inside the caller's transaction, the message already checked.
    static func receive(_ db: Database, _ changes: ChangeRecorder, _ inbound: InboundMessage, at now: Date) throws -> IntakeResult {
        let at = min(inbound.at ?? now, now)
        if let known = try knownIntake(db, channel: nil, externalId: inbound.externalId, email: inbound.email) {
            return known
        }
        let wasEnded = try fetchContact(db, id: inbound.contactId).state == .ended
        let message = try say(db, changes, contactId: inbound.contactId, text: inbound.text, at: at,
                              externalId: inbound.externalId, email: inbound.email)
        return IntakeResult(contactId: inbound.contactId, messageId: message.id, created: true, reopened: wasEnded)
    }

    public func acknowledgeDelivery(messageId: Int64, _ outcome: DeliveryOutcome, at now: Date) throws {
        try write { db, changes in
            guard let message = try ChatMessage.fetchOne(db, key: messageId) else {
                throw StoreError.invalidField(field: "message_id", problem: "there is no message \(messageId)")
            }
            guard message.direction == .outbound else {
                throw StoreError.invalidField(field: "message_id", problem: "message \(messageId) is the customer's, not an agent's reply")
            }
            let (state, reason): (MessageDelivery, String?) = switch outcome {
            case .delivered: (.delivered, nil)
            case .failed(let reason): (.failed, DeliveryOutcome.storedReason(reason, or: "no reason given"))
            }
            try db.execute(sql: "UPDATE messages SET delivery = ?, delivery_reason = ?, delivery_at = ? WHERE id = ?",
                           arguments: [state.rawValue, reason, now.timeIntervalSince1970, messageId])
            // The agent's transcript shows the mark.
            changes.record(.contact(message.contactId))
        }
    }

    /// What an earlier request with this external id (or e-mail Message-ID) made, if any.
    static func knownIntake(_ db: Database, channel: Channel?, externalId: String?, email: EmailHeaders?) throws -> IntakeResult? {
        if let externalId {
            if let channel, let contactId = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM contacts WHERE channel = ? AND external_id = ?"),
                                                               arguments: [channel.rawValue, externalId]) {
                let messageId = try Int64.fetchOne(db, sql: "SELECT id FROM messages WHERE contact_id = ? ORDER BY id LIMIT 1", arguments: [contactId])
                return IntakeResult(contactId: contactId, messageId: messageId, created: false)
            }
            if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, contact_id FROM messages WHERE external_id = ?"), arguments: [externalId]) {
                return IntakeResult(contactId: row["contact_id"], messageId: row["id"], created: false)
            }
        }
        // A mail server retrying a delivery sends the same Message-ID again.
        if let messageId = email?.messageId.map(EmailThreading.normalised), !messageId.isEmpty,
           let row = try Row.fetchOne(db, sql: "SELECT id, contact_id FROM messages WHERE email_message_id = ?", arguments: [messageId]) {
            return IntakeResult(contactId: row["contact_id"], messageId: row["id"], created: false)
        }
        return nil
    }

    /// The e-mail contact the headers answer, nearest reference first.
    static func threadedContact(_ db: Database, _ headers: EmailHeaders) throws -> Int64? {
        for id in EmailThreading.candidates(inReplyTo: headers.inReplyTo, references: headers.references) {
            if let contactId = try Int64.fetchOne(db, sql: """
                SELECT m.contact_id FROM messages m JOIN contacts c ON c.id = m.contact_id
                WHERE m.email_message_id = ? AND c.channel = 'email' ORDER BY m.id LIMIT 1
                """, arguments: [id]) {
                return contactId
            }
        }
        return nil
    }

    /// A connector's ids and headers on a message just inserted.
    static func storeConnectorFields(_ db: Database, messageId: Int64, externalId: String?, email: EmailHeaders?) throws {
        guard externalId != nil || email != nil else { return }
        let references = try email?.references.map { list -> String in
            String(decoding: try JSONEncoder().encode(list.map(EmailThreading.normalised)), as: UTF8.self)
        }
        try db.cachedStatement(sql: """
            UPDATE messages SET external_id = ?, email_message_id = ?, email_in_reply_to = ?, email_references = ?, email_subject = ?
            WHERE id = ?
            """).execute(arguments: [externalId, email?.messageId.map(EmailThreading.normalised), email?.inReplyTo.map(EmailThreading.normalised),
                             references, email?.subject, messageId])
    }
}

extension AppDatabase: ReplyDelivery {
    /// A failed reply goes out again as it was: pending, and a new `reply` event with the same message id.
    public func resend(messageId: Int64, by agent: String, at now: Date) throws {
        try write(for: agent) { db, changes in
            guard let message = try ChatMessage.fetchOne(db, key: messageId), message.direction == .outbound else {
                throw StoreError.refused("message \(messageId) is not an agent's reply")
            }
            guard message.delivery == .failed else {
                throw StoreError.refused("message \(messageId) has not failed; only a failed reply is sent again")
            }
            try db.execute(sql: "UPDATE messages SET delivery = 'pending', delivery_reason = NULL, delivery_at = NULL WHERE id = ?",
                           arguments: [messageId])
            var payload = try Self.contactPayload(db, kind: .replied, contactId: message.contactId, agent: agent, detail: nil)
            payload["message_id"] = messageId
            payload["text"] = message.text
            payload["resend"] = true
            try Self.appendOutbound(db, kind: .reply, contactId: message.contactId, at: now, payload: payload)
            changes.record(.contact(message.contactId))
        }
    }
}
