import Foundation

/// The fields of the complaint form, in Tab order.
public enum ComplaintField: String, Codable, CaseIterable, Sendable {
    case category
    case severity
    case account
    case wants
    case promisedReply

    public var label: String {
        switch self {
        case .category: "Category"
        case .severity: "Severity"
        case .account: "Account"
        case .wants: "Wants"
        case .promisedReply: "Reply by"
        }
    }
}

/// A complaint form being filled in. Saved as it changes, so quitting loses nothing.
public struct ComplaintDraft: Equatable, Codable, Sendable {
    public var agent: String
    public var customerId: Int64?
    public var contactId: Int64?
    public var category: ComplaintCategory?
    public var severity: ComplaintSeverity
    public var account: String
    public var wants: String
    /// As the agent typed it: `HH:MM` today, `YYYY-MM-DD HH:MM`, or `+2h` / `+30m`.
    public var promisedReply: String
    public var focusedField: ComplaintField

    public init(agent: String, customerId: Int64? = nil, contactId: Int64? = nil, category: ComplaintCategory? = nil,
                severity: ComplaintSeverity = .minor, account: String = "", wants: String = "",
                promisedReply: String = "", focusedField: ComplaintField = .category) {
        self.agent = agent
        self.customerId = customerId
        self.contactId = contactId
        self.category = category
        self.severity = severity
        self.account = account
        self.wants = wants
        self.promisedReply = promisedReply
        self.focusedField = focusedField
    }

    /// What must still be filled in before the complaint can be saved.
    public var missingFields: [ComplaintField] {
        var missing: [ComplaintField] = []
        if category == nil { missing.append(.category) }
        if account.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { missing.append(.account) }
        if wants.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { missing.append(.wants) }
        return missing
    }

    /// Turns the form into a complaint, or says which field is wrong.
    public func complaint(receivedAt now: Date, calendar: Calendar = .current) -> Result<Complaint, ComplaintDraftError> {
        guard let customerId else { return .failure(.noCustomer) }
        if let field = missingFields.first { return .failure(.missing(field)) }
        var promised: Date?
        let text = promisedReply.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
            guard let date = PromisedTime.parse(text, now: now, calendar: calendar) else {
                return .failure(.badPromisedTime(text))
            }
            promised = date
        }
        return .success(Complaint(customerId: customerId, contactId: contactId, category: category ?? .other,
                                  severity: severity, account: account, wants: wants,
                                  promisedReplyAt: promised, agent: agent, receivedAt: now))
    }
}

public enum ComplaintDraftError: Error, Equatable, CustomStringConvertible {
    case noCustomer
    case missing(ComplaintField)
    case badPromisedTime(String)

    public var description: String {
        switch self {
        case .noCustomer: "Take or select a contact first: a complaint belongs to a customer."
        case .missing(let field): "\(field.label) is required."
        case .badPromisedTime(let text): "Reply by \"\(text)\" is not a time: use HH:MM, YYYY-MM-DD HH:MM, +2h or +30m."
        }
    }
}
