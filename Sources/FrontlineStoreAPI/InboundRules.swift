import Foundation
import FrontlineCore

// The same value rules `frontline enqueue` and `say` apply, for whatever a connector sends, so the
// HTTP API and `frontline ingest` refuse the same things with the same words. Each names the JSON
// key at fault (snake_case, as the caller wrote it).

extension InboundContact {
    /// The first value its rule refuses, or nil.
    public func problem(at now: Date) -> StoreError? {
        if let externalId, let problem = Self.externalIdProblem(externalId) { return .invalidField(field: "external_id", problem: problem) }
        if channel == .callback { return .invalidField(field: "channel", problem: "call-backs are made by Frontline; use phone, chat or email") }
        if let problem = ValueRules.addressProblem(from, channel: channel) { return .invalidField(field: "from", problem: problem) }
        if let text {
            if !channel.isWritten { return .invalidField(field: "text", problem: "a \(channel.rawValue) contact carries no text; leave it out or use chat or email") }
            if let problem = ValueRules.textProblem(text) { return .invalidField(field: "text", problem: problem) }
        }
        if let arrivedAt, let problem = ValueRules.arrivalProblem(arrivedAt, now: now) { return .invalidField(field: "arrived_at", problem: problem) }
        if email != nil, channel != .email { return .invalidField(field: "email", problem: "e-mail headers belong to an email contact only") }
        if let group, !ContactAudience.isGroupName(group) { return .invalidField(field: "group", problem: "'\(group)' is not a group name") }
        return nil
    }

    /// An id a connector chose: 1 to 200 characters, no control characters.
    static func externalIdProblem(_ id: String) -> String? {
        if id.isEmpty || id.count > 200 { return "an external id has 1 to 200 characters" }
        if id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "an external id has no control characters" }
        return nil
    }
}

extension InboundMessage {
    public func problem(at now: Date) -> StoreError? {
        if let externalId, let problem = InboundContact.externalIdProblem(externalId) { return .invalidField(field: "external_id", problem: problem) }
        if let problem = ValueRules.textProblem(text) { return .invalidField(field: "text", problem: problem) }
        if let at, let problem = ValueRules.arrivalProblem(at, now: now) { return .invalidField(field: "at", problem: problem) }
        return nil
    }
}
