import FrontlineCore

/// One language's words for the console: every message, label and key description by its key.
/// The per-language files (`EnglishText.swift`, …) each hold one translation; `ConsoleText` reads them.
public struct ConsoleTranslation: Sendable {
    public let language: Language
    public let messages: [ConsoleMessage: String]
    /// The few words under each key in the key bar.
    public let shortLabels: [Action: String]
    /// A key's line in the help overlay and the README.
    public let helpLines: [Action: String]
    public let panes: [Pane: String]
    /// A channel in the queue's narrow column.
    public let channels: [Channel: String]
    /// A channel named in a sentence.
    public let channelNames: [Channel: String]
    public let phraseCategories: [PhraseCategory: String]
    public let complaintFields: [ComplaintField: String]
    public let complaintCategories: [ComplaintCategory: String]
    public let severities: [ComplaintSeverity: String]
    public let complaintStates: [ComplaintState: String]
    public let detailLabels: [ComplaintDetailLabel: String]
    public let solutionStatuses: [ComplaintSolution.Status: String]
    public let satisfactions: [ComplaintFollowUp.Satisfaction: String]
    public let presences: [AgentPresence: String]
    public let awayReasons: [AwayReason: String]
    public let openItemKinds: [OpenItem.Kind: String]
    public let contactStates: [ContactState: String]
    /// The shipped wrap-up codes (a team's own codes bring their names in the policy file).
    public let inquiryCategories: [InquiryCategory: String]
    /// A number of contacts, as the language counts them (English: "1 contact", "2 contacts").
    public let contacts: @Sendable (Int) -> String

    /// The text under `key`, or nil if this language lacks it (a test keeps every language complete).
    public subscript(key: ConsoleKey) -> String? {
        switch key {
        case .message(let message): messages[message]
        case .short(let action): shortLabels[action]
        case .help(let action): helpLines[action]
        case .pane(let pane): panes[pane]
        case .channel(let channel): channels[channel]
        case .channelName(let channel): channelNames[channel]
        case .phraseCategory(let category): phraseCategories[category]
        case .complaintField(let field): complaintFields[field]
        case .complaintCategory(let category): complaintCategories[category]
        case .severity(let severity): severities[severity]
        case .complaintState(let state): complaintStates[state]
        case .detailLabel(let label): detailLabels[label]
        case .solutionStatus(let status): solutionStatuses[status]
        case .satisfaction(let satisfaction): satisfactions[satisfaction]
        case .presence(let presence): presences[presence]
        case .awayReason(let reason): awayReasons[reason]
        case .openItemKind(let kind): openItemKinds[kind]
        case .contactState(let state): contactStates[state]
        case .inquiryCategory(let category): inquiryCategories[category]
        }
    }

    /// The text under `key`; English if this language lacks it, so a gap shows words, not nothing.
    func text(_ key: ConsoleKey) -> String {
        self[key] ?? ConsoleTranslation.english[key] ?? ""
    }
}
