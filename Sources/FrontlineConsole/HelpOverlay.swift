import FrontlineScreen

/// The `?` overlay: every key of every mode, generated from the binding table.
enum HelpOverlay {
    static func render(scroll: Int, text: any ConsoleText, into buffer: inout ScreenBuffer, screen: Rect) {
        let width = boxWidth(screen.width)
        let lines = self.lines(boxWidth: width, text: text)
        let height = min(screen.height - 2, lines.count + 2)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: text.helpTitle, role: .borderFocused, titleRole: .titleFocused)
        let inner = box.inset(by: 1)
        let first = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            line.draw(into: &buffer, x: inner.x + 1, y: inner.y + row, width: inner.width - 2)
        }
    }

    /// How far the help can scroll on a screen of this size.
    static func maxScroll(width: Int, height: Int, text: any ConsoleText) -> Int {
        max(0, lines(boxWidth: boxWidth(width), text: text).count - (height - 4))
    }

    private static func boxWidth(_ screenWidth: Int) -> Int { min(screenWidth - 4, 96) }

    /// Every binding with its help text wrapped to the box, under a heading per mode.
    private static func lines(boxWidth: Int, text: any ConsoleText) -> [StyledLine] {
        let keyWidth = 16
        let helpWidth = boxWidth - 4 - keyWidth
        var lines: [StyledLine] = []
        for mode in KeyBindings.sections {
            if !lines.isEmpty { lines.append(StyledLine("")) }
            lines.append(StyledLine(text.sectionTitle(mode), .header))
            for binding in KeyBindings.table(for: mode) {
                for (index, part) in TextWrap.lines(text.help(binding.action), width: helpWidth).enumerated() {
                    let key = index == 0 ? binding.keyLabel : ""
                    lines.append(StyledLine([(DisplayWidth.pad(key, to: keyWidth), .keyHint), (part, .overlay)]))
                }
            }
        }
        return lines
    }
}
