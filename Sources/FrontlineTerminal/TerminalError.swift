/// Why the curses terminal could not start; the message is shown to the agent as is.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case initializationFailed(term: String)
    case noCursorAddressing(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal (not a pipe or file)"
        case .initializationFailed(let term):
            return "cannot start the terminal screen (TERM=\(term.isEmpty ? "unset" : term)); try TERM=xterm-256color"
        case .noCursorAddressing(let term):
            return "this terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the console; use one like xterm-256color, or 'frontline queue'"
        }
    }
}
