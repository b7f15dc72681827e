/// How a contact reached us. All channels share one live queue.
public enum Channel: String, Codable, CaseIterable, Sendable {
    case phone
    case chat
    case email
    /// A promised call-back or follow-up that is due.
    case callback

    /// A short label for narrow columns.
    public var label: String {
        switch self {
        case .phone: "call"
        case .chat: "chat"
        case .email: "mail"
        case .callback: "back"
        }
    }

    /// Channels whose contacts carry a written transcript.
    public var isWritten: Bool { self == .chat || self == .email }
}
