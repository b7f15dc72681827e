import Foundation

/// One customer file (客户档案 / 고객 정보 파일).
public struct Customer: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var name: String
    public var phones: [String]
    public var email: String?
    public var language: Language
    public var isMember: Bool
    /// What the customer told us that the next agent should remember.
    public var notes: String
    public var createdAt: Date

    public init(id: Int64? = nil, name: String, phones: [String] = [], email: String? = nil,
                language: Language = .en, isMember: Bool = false, notes: String = "", createdAt: Date) {
        self.id = id
        self.name = name
        self.phones = phones
        self.email = email
        self.language = language
        self.isMember = isMember
        self.notes = notes
        self.createdAt = createdAt
    }
}
