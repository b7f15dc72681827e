/// Where a customer stands with the business (the manuals' 现有 / 新 / 潜在客户): an existing
/// customer has bought, a new one is buying for the first time, a potential one has not yet.
public enum CustomerType: String, CaseIterable, Codable, Sendable {
    case existing, new, potential
}
