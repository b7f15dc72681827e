import FrontlineCore

/// Every entry a console language must have: the named messages and one label per value of each
/// labelled type. Lets a test walk all of them.
public enum ConsoleKey: Hashable, Sendable, CaseIterable {
    case message(ConsoleMessage)
    case short(Action)
    case help(Action)
    case pane(Pane)
    case channel(Channel)
    case channelName(Channel)
    case phraseCategory(PhraseCategory)
    case complaintField(ComplaintField)
    case complaintCategory(ComplaintCategory)
    case severity(ComplaintSeverity)
    case complaintState(ComplaintState)
    case detailLabel(ComplaintDetailLabel)
    case solutionStatus(ComplaintSolution.Status)
    case satisfaction(ComplaintFollowUp.Satisfaction)
    case presence(AgentPresence)
    case awayReason(AwayReason)
    case openItemKind(OpenItem.Kind)
    case contactState(ContactState)
    case inquiryCategory(InquiryCategory)

    public static var allCases: [ConsoleKey] {
        ConsoleMessage.allCases.map(ConsoleKey.message)
            + Action.allCases.map(ConsoleKey.short) + Action.allCases.map(ConsoleKey.help)
            + Pane.allCases.map(ConsoleKey.pane)
            + Channel.allCases.map(ConsoleKey.channel) + Channel.allCases.map(ConsoleKey.channelName)
            + PhraseCategory.allCases.map(ConsoleKey.phraseCategory)
            + ComplaintField.allCases.map(ConsoleKey.complaintField)
            + ComplaintCategory.allCases.map(ConsoleKey.complaintCategory)
            + ComplaintSeverity.allCases.map(ConsoleKey.severity)
            + ComplaintState.allCases.map(ConsoleKey.complaintState)
            + ComplaintDetailLabel.allCases.map(ConsoleKey.detailLabel)
            + ComplaintSolution.Status.allCases.map(ConsoleKey.solutionStatus)
            + ComplaintFollowUp.Satisfaction.allCases.map(ConsoleKey.satisfaction)
            + AgentPresence.allCases.map(ConsoleKey.presence)
            + AwayReason.allCases.map(ConsoleKey.awayReason)
            + OpenItem.Kind.allCases.map(ConsoleKey.openItemKind)
            + ContactState.allCases.map(ConsoleKey.contactState)
            + InquiryCategory.allCases.map(ConsoleKey.inquiryCategory)
    }
}
