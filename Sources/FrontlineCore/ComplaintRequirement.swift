/// What the manuals ask to be on record when a complaint is taken. This is the one definition
/// of a complete complaint: the complaint form says "Ready to submit." (and submits) only when
/// nothing here is missing, and the trainee score counts a filed complaint complete by the same
/// list, so the two can never disagree again.
public enum ComplaintRequirement: String, CaseIterable, Codable, Sendable {
    case category
    /// The customer's account, in their own words.
    case account
    /// The agent's paraphrase of the account, confirmed with the customer.
    case paraphrase = "paraphrase confirmed"
    /// What the customer wants done.
    case wants
    /// When the customer was promised a reply.
    case promisedReply = "promised reply time"
    /// How the complaint reached us: the channel of the contact it was filed on.
    case channel

    /// The complaint form's field that records it; the channel comes from the contact instead.
    public var field: ComplaintField? {
        switch self {
        case .category: .category
        case .account: .account
        case .paraphrase: .paraphrase
        case .wants: .wants
        case .promisedReply: .promisedReply
        case .channel: nil
        }
    }

    /// The requirements not met, in the form's order.
    static func missing(hasCategory: Bool, account: String, paraphrase: String?, paraphraseConfirmed: Bool, wants: String,
                        hasPromisedReply: Bool, hasChannel: Bool) -> [ComplaintRequirement] {
        func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        var missing: [ComplaintRequirement] = []
        if !hasCategory { missing.append(.category) }
        if blank(account) { missing.append(.account) }
        if blank(paraphrase) || !paraphraseConfirmed { missing.append(.paraphrase) }
        if blank(wants) { missing.append(.wants) }
        if !hasPromisedReply { missing.append(.promisedReply) }
        if !hasChannel { missing.append(.channel) }
        return missing
    }
}

extension Complaint {
    /// What this complaint still lacks to be complete (see `ComplaintRequirement`).
    public var missingRequirements: [ComplaintRequirement] {
        ComplaintRequirement.missing(hasCategory: true, account: account, paraphrase: paraphrase,
                                     paraphraseConfirmed: paraphraseConfirmed, wants: wants,
                                     hasPromisedReply: promisedReplyAt != nil, hasChannel: channel != nil)
    }
}
