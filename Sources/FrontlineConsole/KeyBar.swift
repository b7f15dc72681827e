import FrontlineScreen

/// The bottom line: the keys that work right now, from the binding table.
enum KeyBar {
    static func render(_ mode: InputMode, text: any ConsoleText, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .statusBar)
        var x = rect.x + 1
        for binding in KeyBindings.table(for: mode) where binding.inBar {
            let short = text.short(binding.action)
            let keyWidth = DisplayWidth.of(binding.keyLabel), textWidth = DisplayWidth.of(short)
            guard x + keyWidth + 1 + textWidth <= rect.maxX else { break }
            x += buffer.write(binding.keyLabel, x: x, y: rect.y, role: .keyHint)
            x += buffer.write(" " + short + "  ", x: x, y: rect.y, maxWidth: rect.maxX - x, role: .statusBar)
        }
    }
}
