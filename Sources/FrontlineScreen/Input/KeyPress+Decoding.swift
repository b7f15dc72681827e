extension KeyPress {
    /// The key for one character code as a terminal in raw mode sends it:
    /// 9 Tab, 10/13 Enter, 27 Esc, 8/127 Backspace, 1...26 Ctrl-letters,
    /// printable scalars as themselves. Lives here, not in the curses
    /// backend, so it is tested without a terminal.
    public init(characterCode code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 1...26: self = .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))   // 1 → "a"
        case 0...31, 0x80...0x9F: self = .unknown
        default:
            guard let scalar = Unicode.Scalar(code) else { self = .unknown; return }
            self = .char(Character(scalar))
        }
    }
}
