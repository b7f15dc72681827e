/// Where a contact is in its life: waiting in the queue, held by an agent, or over.
public enum ContactState: String, Codable, CaseIterable, Sendable {
    case waiting
    case active
    case ended
    case abandoned

    public var isOpen: Bool { self == .waiting || self == .active }
}
