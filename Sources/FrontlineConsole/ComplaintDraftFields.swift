import FrontlineCore

extension ComplaintField {
    /// Fields typed as text; the others are chosen from a list.
    var isText: Bool { self == .account || self == .paraphrase || self == .wants || self == .promisedReply }
}

extension ComplaintDraft {
    func text(of field: ComplaintField) -> String {
        switch field {
        case .account: account
        case .paraphrase: paraphrase
        case .wants: wants
        case .promisedReply: promisedReply
        case .category, .severity: ""
        }
    }

    mutating func setText(_ text: String, of field: ComplaintField) {
        switch field {
        case .account: account = text
        case .paraphrase: paraphrase = text
        case .wants: wants = text
        case .promisedReply: promisedReply = text
        case .category, .severity: break
        }
    }
}
