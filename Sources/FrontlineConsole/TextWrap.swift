import FrontlineScreen

/// Breaks text into lines of at most `width` display columns: at the last space where
/// there is one (English, Korean), else between any two characters (Chinese).
/// Closing punctuation (。，、」…) never starts a line: the character before it moves down too.
enum TextWrap {
    /// Marks that close or end something, which CJK typesetting keeps off the start of a line.
    static let closing: Set<Character> = ["。", "，", "、", "．", "！", "？", "：", "；", "）", "」", "』", "】", "〉", "》", "…",
                                          ".", ",", "!", "?", ":", ";", ")", "]", "}"]

    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line: [Character] = []
            var lineWidth = 0
            for character in paragraph {
                let w = DisplayWidth.of(character)
                if lineWidth + w > width {
                    if character == " " {
                        // The space that overflows is the break itself.
                        lines.append(String(line))
                        line = []
                        lineWidth = 0
                        continue
                    }
                    if let space = line.lastIndex(of: " "), space > 0 {
                        lines.append(String(line[..<space]))
                        line = Array(line[(space + 1)...])
                    } else if closing.contains(character), line.count > 1 {
                        // No line starts with closing punctuation: the character before goes down with it.
                        let carried = line.removeLast()
                        lines.append(String(line))
                        line = [carried]
                    } else {
                        lines.append(String(line))
                        line = []
                    }
                    lineWidth = line.reduce(0) { $0 + DisplayWidth.of($1) }
                }
                line.append(character)
                lineWidth += w
            }
            lines.append(String(line))
        }
        return lines
    }
}
