/// The events connectors see (docs/connectors.md). The raw value is the `kind` stored in
/// `outbound_events` and sent in `X-Frontline-Event`, so these names are frozen like migrations.
public enum OutboundEventKind: String, Codable, CaseIterable, Sendable {
    case contactCreated = "contact-created"
    case message
    case reply
    case take
    case transfer
    case escalate
    case handOff = "hand-off"
    case wrapUp = "wrap-up"
    case end
    case reopen
    case abandon
    case breach
    case agentState = "agent-state"
    case complaintStep = "complaint-step"
    /// Reserved for the `qa` branch's `satisfactionRequested` contact event (mapped when it lands).
    case satisfactionRequest = "satisfaction-request"

    /// Which contact-history events are exported, and as what: nil when a connector has no use for
    /// it (offers ringing, pauses, internal notes, the wording guard: the desk's own business).
    public static func outbound(for kind: ContactEventKind) -> OutboundEventKind? {
        switch kind {
        case .queued: return .contactCreated
        case .message: return .message
        case .replied: return .reply
        case .taken, .accepted, .assigned: return .take
        case .transferred, .reassigned: return .transfer
        case .escalated: return .escalate
        case .handedOff: return .handOff
        case .wrapUpCoded: return .wrapUp
        case .completed: return .end
        case .reopened: return .reopen
        case .abandoned: return .abandon
        case .breached: return .breach
        case .noted, .complaintFiled, .promised, .offered, .declined, .missed, .paused, .resumed, .forbiddenWordingSent,
             .handoffAnswered, .followUpBooked, .memberFollowUpQueued, .followUpAnswered, .complaintFollowUpQueued:
            return nil
        }
    }

    /// Parses a `--events` / `--kinds` list: `all`, or kinds separated by commas. Returns nil for all,
    /// or throws naming the first unknown kind.
    public static func parseList(_ text: String) throws -> [OutboundEventKind]? {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.isEmpty { throw OutboundKindListProblem(name: text, known: allCases.map(\.rawValue)) }
        if names == ["all"] { return nil }
        return try names.map { name in
            guard let kind = OutboundEventKind(rawValue: name) else { throw OutboundKindListProblem(name: name, known: allCases.map(\.rawValue)) }
            return kind
        }
    }
}

/// A name in an event-kind list that is no kind.
public struct OutboundKindListProblem: Error, Equatable, CustomStringConvertible {
    public var name: String
    public var known: [String]
    public var description: String { "unknown event kind '\(name)'; use all, or some of: " + known.joined(separator: ", ") }
}
