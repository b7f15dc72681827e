/// What keys mean right now. Text-entry modes take letters as text.
public enum InputMode: Equatable, Sendable {
    /// Keys are commands.
    case normal
    /// Typing a reply to the active chat.
    case replying
    /// Typing a filter for the phrases pane.
    case filteringPhrases
    /// The wording guard flagged the reply: edit it or send it anyway.
    case wordingWarning
    /// Answering what a phrase being inserted needs (`{{?label}}`, `{{promised_time}}`).
    case fillingPhrase
    /// Typing the time a reply is promised by.
    case promising
    /// Filling in the complaint form.
    case editingComplaint
    /// The list of this agent's open complaints.
    case complaintList
    /// One complaint, with its next steps on keys.
    case complaintDetail
    /// Typing a line the next complaint step needs (an explanation, a department, a solution, a note).
    case complaintPrompt
    /// Walking through the follow-up call.
    case followUpScript
    /// Asking whether to quit while contacts are still held.
    case confirmingQuit
    /// The key help overlay.
    case help
    /// The last shift's handover note, shown at login until dismissed.
    case readingHandover
    /// Choosing available, an away reason, or logging out.
    case pickingState
    /// Writing the handover note before logging out.
    case writingHandover
}

extension InputMode {
    /// Modes drawn as the complaints view instead of the four panes.
    var isComplaintView: Bool { [.complaintList, .complaintDetail, .complaintPrompt, .followUpScript].contains(self) }
}
