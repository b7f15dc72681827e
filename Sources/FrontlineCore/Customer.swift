import Foundation

/// One customer file (客户档案 / 고객 정보 파일).
public struct Customer: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var name: String
    /// How the customer likes to be addressed (Mr Chen, 王女士, 김 고객님); empty: by name.
    public var formOfAddress: String
    public var phones: [String]
    public var email: String?
    public var postalAddress: String?
    public var language: Language
    public var isMember: Bool
    /// The member card's number, when the customer is a member and has one.
    public var memberCard: String?
    public var type: CustomerType
    /// When the customer must not be called (their rest time, by the wall clock); follow-ups and
    /// call-backs are due outside these hours. Empty: no such hours.
    public var doNotDisturb: [QuietHours]
    /// What the customer told us that the next agent should remember, one line per thing said.
    public var notes: String
    public var createdAt: Date
    /// Set when this file was merged into another: the file kept, which now holds everything.
    public var mergedInto: Int64?

    public init(id: Int64? = nil, name: String, formOfAddress: String = "", phones: [String] = [], email: String? = nil,
                postalAddress: String? = nil, language: Language = .en, isMember: Bool = false, memberCard: String? = nil,
                type: CustomerType = .existing, doNotDisturb: [QuietHours] = [], notes: String = "", createdAt: Date,
                mergedInto: Int64? = nil) {
        self.id = id
        self.name = name
        self.formOfAddress = formOfAddress
        self.phones = phones
        self.email = email
        self.postalAddress = postalAddress
        self.language = language
        self.isMember = isMember
        self.memberCard = memberCard
        self.type = type
        self.doNotDisturb = doNotDisturb
        self.notes = notes
        self.createdAt = createdAt
        self.mergedInto = mergedInto
    }

    /// True when `date` falls in the customer's do-not-disturb hours on the wall clock of `timeZone`.
    public func isResting(at date: Date, in timeZone: TimeZone) -> Bool {
        doNotDisturb.contains { $0.contains(date, in: timeZone) }
    }
}
