/// What came of a follow-up call, recorded when the agent wraps it up: the script's three answers
/// (만족 / 보통 / 불만족), or that the customer could not be reached.
public enum FollowUpAnswer: String, Codable, CaseIterable, Sendable {
    case satisfied
    case neutral
    case dissatisfied
    case unreachable

    /// The next answer in the wrap-up box's cycle; after the last, none.
    public var next: FollowUpAnswer? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// The complaint follow-up it records, when the customer was reached.
    public var satisfaction: ComplaintFollowUp.Satisfaction? {
        switch self {
        case .satisfied: .satisfied
        case .neutral: .neutral
        case .dissatisfied: .dissatisfied
        case .unreachable: nil
        }
    }
}
