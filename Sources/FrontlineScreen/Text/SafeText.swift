/// Customer-typed text is never sent raw to the terminal: an ESC in a chat
/// message could clear the agent's screen or retitle the window, and a bidi
/// override could make "refund 10" read as something else. Such characters
/// become visible stand-ins; everything else (中文, 한국어, emoji) is untouched.
public enum SafeText {
    ///
    /// Emoji sequences are shown as their parts, so that a grapheme is as wide on every
    /// terminal (tmux, xterm, kitty...) as the sum of `wcwidth` over what is drawn, which is
    /// what the screen buffer reserves: a zero-width joiner is dropped
    /// (👨‍👩‍👧 is drawn 👨👩👧, six columns, where terminals disagree between 2 and 6), as
    /// are variation selector 16 (❤️ is drawn ❤, one column) and skin-tone modifiers (👍🏽
    /// is drawn 👍), and a regional indicator becomes its letter (🇯🇵 is drawn JP).
    public static func visible(_ text: String) -> String {
        // Most text is clean; avoid rebuilding it.
        guard text.unicodeScalars.contains(where: { needsEscaping($0) || isReshaped($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        let scalars = Array(text.unicodeScalars)
        for scalar in scalars {
            defer { previousWasCR = scalar.value == 0x0D }
            let v = scalar.value
            if isReshaped(scalar) {
                switch v {
                case 0x200D:
                    continue   // tmux joins whatever follows a joiner into the cell before it
                case 0x1F1E6...0x1F1FF:
                    out.append(Unicode.Scalar(UInt8(0x41 + v - 0x1F1E6)))
                default:
                    continue   // VS16, skin-tone modifiers
                }
                continue
            }
            switch v {
            case 0x09:
                out.append(" ")
            case 0x0A:
                if !previousWasCR { out.append(contentsOf: "⏎".unicodeScalars) }   // CR LF is one line break
            case 0x0D:
                out.append(contentsOf: "⏎".unicodeScalars)
            case 0x00...0x1F:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))                       // ESC → ^[, NUL → ^@
            case 0x7F:
                out.append(contentsOf: "^?".unicodeScalars)
            default:
                if needsEscaping(scalar) {
                    out.append(contentsOf: codePoint(v).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// Text for a command's plain output: the same rules as `visible`, except that the
    /// program's own line breaks (LF, and CR LF as CSV writes them) stay line breaks.
    /// Fields from outside go through `visible` first, so a break in a customer's name
    /// has already become ⏎ by the time the whole text reaches here.
    public static func output(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        // By scalars: "\r\n" is one Character, so splitting a String on "\n" would miss it.
        let scalars = Array(text.unicodeScalars)
        var out = "", line = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let crlf = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if scalar == "\n" || crlf {
                out += visible(String(line)) + (crlf ? "\r\n" : "\n")
                line = String.UnicodeScalarView()
                index += crlf ? 2 : 1
            } else {
                line.append(scalar)
                index += 1
            }
        }
        return out + visible(String(line))
    }

    /// JSON text with DEL, C1 controls and bidi controls written as `\u` escapes. JSON
    /// encoders escape C0 controls inside strings already (the line breaks left are the
    /// layout's own) but pass these through raw; they can only stand inside strings, so
    /// the document stays valid and decodes to the same values.
    public static func json(_ json: String) -> String {
        func escaped(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x7F && needsEscaping(scalar) }
        guard json.unicodeScalars.contains(where: escaped) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if escaped(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for the scalars `visible` reshapes so that emoji are as wide everywhere: the
    /// zero-width joiner, variation selector 16, skin-tone modifiers, regional indicators.
    public static func isReshaped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x200D || v == 0xFE0F || (0x1F3FB...0x1F3FF).contains(v) || (0x1F1E6...0x1F1FF).contains(v)
    }

    /// True for controls and for bidi overrides and isolates.
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    private static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
