/// What a terminal reports: a key, a bracketed paste, or a new size.
public enum TerminalEvent: Equatable, Sendable {
    case key(KeyPress)
    /// Pasted text arrives whole so it is inserted, not interpreted as commands.
    case paste(String)
    case resize(width: Int, height: Int)
}
