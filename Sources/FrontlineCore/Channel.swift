/// How a contact reached us. All channels share one live queue.
public enum Channel: String, Codable, CaseIterable, Sendable {
    case phone
    case chat
    case email
    /// A promised call-back or follow-up that is due.
    case callback

    /// Channels whose contacts carry a written transcript.
    public var isWritten: Bool { self == .chat || self == .email }
}
