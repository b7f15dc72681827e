/// How many terminal columns text takes. Customer names are often Chinese or
/// Korean (2 columns each); counting `String.count` would break every border.
///
/// One rule everywhere: text is measured as it is drawn, after `SafeText.visible`
/// (controls shown inert, emoji sequences shown as their parts), and a grapheme is as
/// wide as the sum of `wcwidth` over its scalars. Terminals, tmux and a checker that
/// sums Python's `wcwidth` per code point then all agree on where a border stands.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Most of a frame is printable ASCII: one column per byte, with no grapheme breaking.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return DrawnText.of(text).width
    }

    /// The sum of `width(of:)` over the grapheme's scalars: 2 for East Asian Wide and
    /// Fullwidth and emoji presentation, 0 for marks, format characters, controls and
    /// conjoining vowels and finals, else 1. Measures a grapheme as drawn (after
    /// `SafeText.visible`), where no joiner, VS16 or skin-tone modifier is left.
    public static func of(_ character: Character) -> Int {
        // Fast paths for what most of a frame is made of (every cell is measured on every frame):
        // ASCII, and the box-drawing lines of the pane frames, one column each.
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        if let first = scalars.first, (0x2500...0x257F).contains(first.value), scalars.count == 1 { return 1 }
        var width = 0
        for scalar in scalars { width += DisplayWidth.width(of: scalar) }
        return width
    }

    /// Width of a single scalar, as a terminal following wcwidth would draw it.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }       // fast path for ASCII
        if v < 0xA0 { return 0 }                        // DEL and C1 controls
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Truncates to at most `width` columns, ending with `ellipsis` when cut.
    /// Never splits a grapheme, so a wide character is either whole or gone.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let text = SafeText.visible(text)
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        let mark = ellipsisWidth <= width ? ellipsis : ""
        let budget = width - (mark.isEmpty ? 0 : ellipsisWidth)
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        return result + mark
    }

    /// Truncates, then pads with spaces on the right to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// Truncates, then pads with spaces on the left to exactly `width` columns (numbers, times).
    public static func padLeft(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return String(repeating: " ", count: max(0, width - of(cut))) + cut
    }

    /// Truncates, then centres in exactly `width` columns.
    public static func center(_ text: String, in width: Int) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - of(cut))
        return String(repeating: " ", count: gap / 2) + cut + String(repeating: " ", count: gap - gap / 2)
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x00AD { return false }                          // soft hyphen: wcwidth says 1
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) {
            return true                                          // Hangul medial vowels / finals join the syllable
        }
        if v == 0x200B || v == 0x302E || v == 0x302F { return true }   // Hangul tone marks: wcwidth 0
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        if v < wideRanges[0].lowerBound { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// East Asian Width W and F (Unicode 16: the trigrams and digrams became wide), sorted, compacted by block.
    /// Emoji in the symbol planes are covered by `isEmojiPresentation` instead.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2630...0x2637, 0x2648...0x2653, 0x267F...0x267F, 0x268A...0x268F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFF,   // CJK radicals, ideographic description
        0x3000...0x303E,   // CJK symbols and punctuation: 、。「」 and the ideographic space
        0x3041...0x3096, 0x3099...0x30FF,   // Hiragana, Katakana
        0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3, 0x31EF...0x321E, 0x3220...0x3247,
        0x3250...0x4DBF,   // enclosed CJK, CJK extension A
        0x4E00...0xA48C,   // CJK unified ideographs, Yi syllables
        0xA490...0xA4C6, 0xA960...0xA97C,
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B,
        0xFF01...0xFF60,   // fullwidth forms
        0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
        0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132,
        0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,   // CJK extensions B and beyond
    ]
}
