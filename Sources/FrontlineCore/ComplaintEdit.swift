import Foundation

/// A change to one field of a complaint that is still open. Moves no state.
public enum ComplaintEdit: Equatable, Sendable {
    case channel(Channel?)
    case category(ComplaintCategory)
    case severity(ComplaintSeverity)
    case account(String)
    /// The agent's paraphrase, and whether the customer confirmed it.
    case paraphrase(String, confirmed: Bool)
    case cause(String?)
    case wants(String)
    case promisedReplyAt(Date?)
    case compensation(String?)
    /// The agent whose service the complaint is about; nil when it is not about service.
    case aboutAgent(String?)

    func apply(to complaint: inout Complaint) {
        switch self {
        case .channel(let value): complaint.channel = value
        case .category(let value): complaint.category = value
        case .severity(let value): complaint.severity = value
        case .account(let value): complaint.account = value
        case .paraphrase(let text, let confirmed):
            complaint.paraphrase = text
            complaint.paraphraseConfirmed = confirmed
        case .cause(let value): complaint.cause = value
        case .wants(let value): complaint.wants = value
        case .promisedReplyAt(let value): complaint.promisedReplyAt = value
        case .compensation(let value): complaint.compensation = value
        case .aboutAgent(let value): complaint.aboutAgent = value
        }
    }
}
