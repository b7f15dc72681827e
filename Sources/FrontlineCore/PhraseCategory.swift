/// What a canned phrase is for, in the order the phrases pane lists them.
public enum PhraseCategory: String, Codable, CaseIterable, Sendable {
    case greeting
    case angryOpening = "angry-opening"
    case request
    case acknowledgement
    case apology
    case explanation
    case deferredAnswer = "deferred-answer"
    case thanks
    case hold
    case closing
    case followUp = "follow-up"
    case farewell
    /// An agent's own saved replies.
    case personal

    public var title: String {
        switch self {
        case .greeting: "Greeting"
        case .angryOpening: "Angry caller"
        case .request: "Please / negotiate"
        case .acknowledgement: "Acknowledgement"
        case .apology: "Apology"
        case .explanation: "Explanation"
        case .deferredAnswer: "Deferred answer"
        case .thanks: "Thanks"
        case .hold: "Hold / transfer"
        case .closing: "Closing"
        case .followUp: "Follow-up call"
        case .farewell: "Farewell"
        case .personal: "My phrases"
        }
    }
}
