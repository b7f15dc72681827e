import FrontlineScreen

/// One heading of the `?` overlay and its keys, as the binding tables give them.
struct HelpSection {
    var title: String
    var rows: [(key: String, help: String)]
}

/// The `?` overlay of the console and of the wallboard: every key of every mode, generated
/// from the binding tables, scrolling on small screens.
enum HelpOverlay {
    static func render(title: String, sections: [HelpSection], scroll: Int, into buffer: inout ScreenBuffer, screen: Rect) {
        let width = boxWidth(screen.width)
        let lines = self.lines(boxWidth: width, sections: sections)
        let height = min(screen.height - 2, lines.count + 2)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: title, role: .borderFocused, titleRole: .titleFocused)
        let inner = box.inset(by: 1)
        let first = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            line.draw(into: &buffer, x: inner.x + 1, y: inner.y + row, width: inner.width - 2)
        }
    }

    /// How far the help can scroll on a screen of this size.
    static func maxScroll(sections: [HelpSection], width: Int, height: Int) -> Int {
        max(0, lines(boxWidth: boxWidth(width), sections: sections).count - (height - 4))
    }

    private static func boxWidth(_ screenWidth: Int) -> Int { min(screenWidth - 4, 96) }

    /// Every key with its help text wrapped to the box, under a heading per section.
    private static func lines(boxWidth: Int, sections: [HelpSection]) -> [StyledLine] {
        let keyWidth = 16
        let helpWidth = boxWidth - 4 - keyWidth
        var lines: [StyledLine] = []
        for section in sections {
            if !lines.isEmpty { lines.append(StyledLine("")) }
            lines.append(StyledLine(section.title, .header))
            for row in section.rows {
                for (index, part) in TextWrap.lines(row.help, width: helpWidth).enumerated() {
                    lines.append(StyledLine([(DisplayWidth.pad(index == 0 ? row.key : "", to: keyWidth), .keyHint), (part, .overlay)]))
                }
            }
        }
        return lines
    }
}

extension KeyBindings {
    /// The console's keys for the `?` overlay, in the agent's language.
    static func helpSections(_ text: any ConsoleText) -> [HelpSection] {
        sections.map { mode in
            HelpSection(title: text.sectionTitle(mode), rows: table(for: mode).map { ($0.keyLabel, text.help($0.action)) })
        }
    }
}
