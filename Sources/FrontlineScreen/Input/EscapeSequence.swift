/// Escape sequences the curses keypad may not know (the terminfo entry and the
/// terminal disagree, common under tmux and screen). `body` is what follows
/// ESC, e.g. "[A", "OH", "[3~".
public enum EscapeSequence {
    /// Bracketed paste: the terminal wraps pasted text in these.
    public static let pasteStart = "[200~"
    public static let pasteEnd = "\u{1b}[201~"
    public static let enableBracketedPaste = "\u{1b}[?2004h"
    public static let disableBracketedPaste = "\u{1b}[?2004l"

    public static func key(for body: String) -> KeyPress? {
        table[body]
    }

    /// True once `body` (starting with "[" or "O") is a complete sequence:
    /// SS3 takes one character, CSI ends with a byte in 0x40...0x7E.
    public static func isComplete(_ body: String) -> Bool {
        let scalars = Array(body.unicodeScalars)
        guard let first = scalars.first, scalars.count >= 2 else { return false }
        if first == "O" { return true }
        guard first == "[" else { return true }
        return (0x40...0x7E).contains(scalars.last!.value)
    }

    private static let table: [String: KeyPress] = [
        "[A": .up, "[B": .down, "[C": .right, "[D": .left,
        "OA": .up, "OB": .down, "OC": .right, "OD": .left,
        "[H": .home, "OH": .home, "[1~": .home, "[7~": .home,
        "[F": .end, "OF": .end, "[4~": .end, "[8~": .end,
        "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown,
        "[Z": .backTab, "OM": .enter,
        "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
        "[11~": .function(1), "[12~": .function(2), "[13~": .function(3), "[14~": .function(4),
        "[15~": .function(5), "[17~": .function(6), "[18~": .function(7), "[19~": .function(8),
        "[20~": .function(9), "[21~": .function(10), "[23~": .function(11), "[24~": .function(12),
    ]
}
