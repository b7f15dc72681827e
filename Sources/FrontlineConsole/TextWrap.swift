import FrontlineScreen

/// Breaks text into lines of at most `width` display columns: at the last space where
/// there is one (English, Korean), else between any two characters (Chinese).
enum TextWrap {
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
