import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The bodies of the intake routes, read with the same rules as `frontline enqueue` and `say`
/// (`ValueRules`), so that the API refuses what the commands refuse.
enum InboundBodies {
    static let nameLimit = 200
    static let textLimit = 20_000

    static func contact(_ object: [String: Any], now: Date) throws -> InboundContact {
        var fields = FieldReader(object)
        let externalId = fields.string("external_id", maxLength: 200)
        let channel: Channel? = fields.choice("channel", required: true)
        let from = fields.string("from", required: true, maxLength: 320)
        let name = fields.string("name", maxLength: nameLimit)
        let text = fields.string("text", maxLength: textLimit)
        let priority: Priority? = fields.choice("priority")
        let group = fields.string("group", maxLength: 64)
        let arrivedAt = fields.date("arrived_at")
        let email = emailHeaders(&fields)
        if let externalId, externalId.trimmingCharacters(in: .whitespaces).isEmpty { fields.fail("external_id", "is empty; leave it out or give the connector's own id") }
        if let channel, let from {
            if let problem = ValueRules.addressProblem(from, channel: channel) { fields.fail("from", problem) }
        }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { fields.fail("name", "is empty; leave it out or give the customer's name") }
        if let channel, text != nil, !channel.isWritten {
            fields.fail("text", "a \(channel.rawValue) contact carries no text; leave it out or use channel chat or email")
        }
        if let text, let problem = ValueRules.textProblem(text, what: "text") { fields.fail("text", problem) }
        if let group, !ContactAudience.isGroupName(group) {
            fields.fail("group", "is not a group name; use lower-case letters, digits and -, e.g. complaints")
        }
        if let arrivedAt, let problem = ValueRules.arrivalProblem(arrivedAt, now: now) { fields.fail("arrived_at", problem) }
        if let channel, email != nil, channel != .email { fields.fail("email", "only an email contact has e-mail headers") }
        try fields.finish()
        let contact = InboundContact(externalId: externalId, channel: channel!, from: from!, name: name, text: text,
                                     priority: priority, group: group, arrivedAt: arrivedAt, email: email)
        // The rules `frontline ingest` applies too, so both refuse the same things.
        if let refusal = contact.problem(at: now) { throw StoreProblems.problem(for: refusal) }
        return contact
    }

    static func message(_ object: [String: Any], contactId: Int64, now: Date) throws -> InboundMessage {
        var fields = FieldReader(object)
        let externalId = fields.string("external_id", maxLength: 200)
        let text = fields.string("text", required: true, maxLength: textLimit)
        let at = fields.date("at")
        let email = emailHeaders(&fields)
        if let externalId, externalId.trimmingCharacters(in: .whitespaces).isEmpty { fields.fail("external_id", "is empty; leave it out or give the connector's own id") }
        if let text, let problem = ValueRules.textProblem(text, what: "text") { fields.fail("text", problem) }
        if let at, let problem = ValueRules.arrivalProblem(at, now: now) { fields.fail("at", problem.replacingOccurrences(of: "arrival", with: "message")) }
        try fields.finish()
        let message = InboundMessage(externalId: externalId, contactId: contactId, text: text!, at: at, email: email)
        if let refusal = message.problem(at: now) { throw StoreProblems.problem(for: refusal) }
        return message
    }

    private static func emailHeaders(_ fields: inout FieldReader) -> EmailHeaders? {
        guard var email = fields.object("email") else { return nil }
        let headers = EmailHeaders(messageId: email.string("message_id", maxLength: 998), inReplyTo: email.string("in_reply_to", maxLength: 998),
                                   references: email.strings("references"), subject: email.string("subject", maxLength: 998))
        fields.merge(email)
        return headers
    }

    static func delivery(_ object: [String: Any]) throws -> DeliveryOutcome {
        var fields = FieldReader(object)
        let status: DeliveryStatus? = fields.choice("status", required: true)
        let reason = fields.string("reason", maxLength: 1000)
        if status == .failed {
            if reason.map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? true {
                fields.fail("reason", "is required when the status is 'failed'; say why it could not be delivered")
            }
        } else if status == .delivered, reason != nil {
            fields.fail("reason", "only a failed delivery has a reason")
        }
        try fields.finish()
        return status == .delivered ? .delivered : .failed(reason: reason ?? "")
    }

    enum DeliveryStatus: String, CaseIterable { case delivered, failed }

    static func abandon(_ object: [String: Any], now: Date) throws -> Date {
        var fields = FieldReader(object)
        let at = fields.date("at")
        if let at, let problem = ValueRules.arrivalProblem(at, now: now) { fields.fail("at", problem.replacingOccurrences(of: "arrival", with: "hang-up")) }
        try fields.finish()
        return at ?? now
    }
}
