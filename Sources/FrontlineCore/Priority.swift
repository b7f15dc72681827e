/// How urgent a contact is; a policy may give each priority its own targets.
public enum Priority: String, Codable, CaseIterable, Sendable {
    case low
    case normal
    case high
    case urgent
}
