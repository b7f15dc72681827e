/// A first guess at a new customer's language from the script of their name.
/// An agent can correct it in the customer file.
public enum LanguageGuess {
    public static func language(ofName name: String) -> Language {
        let scalars = name.unicodeScalars
        if scalars.contains(where: isHangul) { return .ko }
        if scalars.contains(where: isHan) { return .zhHans }
        return .en
    }

    private static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
        default: false
        }
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }
}
