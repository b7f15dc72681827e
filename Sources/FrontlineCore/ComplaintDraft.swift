import Foundation

/// The fields of the complaint form, in Tab order.
public enum ComplaintField: String, Codable, CaseIterable, Sendable {
    case category
    case severity
    case account
    /// The agent's paraphrase of the account, as read back to the customer and confirmed.
    case paraphrase
    case wants
    case promisedReply

    public var label: String {
        switch self {
        case .category: "Category"
        case .severity: "Severity"
        case .account: "Account"
        case .paraphrase: "Paraphrase"
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
    /// Written after reading it back to the customer, so filed as confirmed.
    public var paraphrase: String
    public var wants: String
    /// As the agent typed it: `HH:MM` today, `YYYY-MM-DD HH:MM`, or `+2h` / `+30m`.
    public var promisedReply: String
    public var focusedField: ComplaintField

    public init(agent: String, customerId: Int64? = nil, contactId: Int64? = nil, category: ComplaintCategory? = nil,
                severity: ComplaintSeverity = .minor, account: String = "", paraphrase: String = "", wants: String = "",
                promisedReply: String = "", focusedField: ComplaintField = .category) {
        self.agent = agent
        self.customerId = customerId
        self.contactId = contactId
        self.category = category
        self.severity = severity
        self.account = account
        self.paraphrase = paraphrase
        self.wants = wants
        self.promisedReply = promisedReply
        self.focusedField = focusedField
    }

    /// What the complaint this form files would still lack (see `ComplaintRequirement`, the one
    /// definition of complete). A form filed on a contact has that contact's channel.
    public var missingRequirements: [ComplaintRequirement] {
        ComplaintRequirement.missing(hasCategory: category != nil, account: account, paraphrase: paraphrase, paraphraseConfirmed: true,
                                     wants: wants, hasPromisedReply: PromisedTime.isWellFormed(promisedReply),
                                     hasChannel: contactId != nil)
    }

    /// The form's fields still to fill in before it can be submitted. A reply time that is not a
    /// time (`soon`) is not filled in: the form said "Ready to submit." and then refused it.
    public var missingFields: [ComplaintField] { missingRequirements.compactMap(\.field) }

    /// Turns the form into a complaint, or says which field is wrong. Only a complete complaint
    /// is filed: the form and the trainee score count complete alike.
    public func complaint(receivedAt now: Date, calendar: Calendar = .current) -> Result<Complaint, ComplaintDraftError> {
        guard let customerId, contactId != nil else { return .failure(.noCustomer) }
        if let field = missingFields.first {
            let typed = promisedReply.trimmingCharacters(in: .whitespaces)
            return .failure(field == .promisedReply && !typed.isEmpty ? .badPromisedTime(typed) : .missing(field))
        }
        let text = promisedReply.trimmingCharacters(in: .whitespaces)
        guard let promised = PromisedTime.parse(text, now: now, calendar: calendar) else {
            return .failure(.badPromisedTime(text))
        }
        let paraphrase = paraphrase.trimmingCharacters(in: .whitespacesAndNewlines)
        return .success(Complaint(customerId: customerId, contactId: contactId, category: category ?? .other,
                                  severity: severity, account: account, wants: wants,
                                  promisedReplyAt: promised, agent: agent, receivedAt: now,
                                  paraphrase: paraphrase, paraphraseConfirmed: true))
    }
}

public enum ComplaintDraftError: Error, Equatable, CustomStringConvertible {
    case noCustomer
    case missing(ComplaintField)
    case badPromisedTime(String)

    public var description: String {
        switch self {
        case .noCustomer: "Take or select a contact first: a complaint belongs to a customer and comes in on a contact."
        case .missing(let field): "\(field.label) is required."
        case .badPromisedTime(let text): "Reply by \"\(text)\" is not a time: use HH:MM, YYYY-MM-DD HH:MM, +2h or +30m."
        }
    }
}
