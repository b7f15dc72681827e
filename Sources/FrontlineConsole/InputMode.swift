/// What keys mean right now. Text-entry modes take letters as text.
public enum InputMode: Equatable, Sendable {
    /// Keys are commands.
    case normal
    /// Typing a reply to the active chat.
    case replying
    /// Typing a filter for the phrases pane.
    case filteringPhrases
    /// Typing the time a reply is promised by.
    case promising
    /// Filling in the complaint form.
    case editingComplaint
    /// Asking whether to quit while contacts are still held.
    case confirmingQuit
    /// The key help overlay.
    case help
}
