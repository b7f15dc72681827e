import FrontlineScreen

/// The `?` overlay: every key of every mode, generated from the binding table.
enum HelpOverlay {
    static func render(into buffer: inout ScreenBuffer, screen: Rect) {
        var lines: [StyledLine] = []
        for section in KeyBindings.sections {
            if !lines.isEmpty { lines.append(StyledLine("")) }
            lines.append(StyledLine(section.title, .header))
            for binding in section.bindings {
                lines.append(StyledLine([(DisplayWidth.pad(binding.keyLabel, to: 16), .keyHint), (binding.help, .overlay)]))
            }
        }
        let width = min(screen.width - 4, 96)
        let height = min(screen.height - 2, lines.count + 2)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: " Keys · Esc to close ", role: .borderFocused, titleRole: .titleFocused)
        let inner = box.inset(by: 1)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            line.draw(into: &buffer, x: inner.x + 1, y: inner.y + row, width: inner.width - 2)
        }
    }
}
