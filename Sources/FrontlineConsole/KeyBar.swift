import FrontlineScreen

/// The bottom line: the keys that work right now, from the binding table. A key whose rule says
/// it cannot act now is left out; pressed anyway, it says why (the same rule).
enum KeyBar {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        render(KeyBindings.barBindings(state), text: state.text, into: &buffer, rect: rect)
    }

    /// `bindings` are the bar's bindings for the state (`KeyBindings.barBindings`).
    static func render(_ bindings: [Binding], text: any ConsoleText, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .statusBar)
        var x = rect.x + 1
        for binding in bindings {
            let short = text.short(binding.action)
            let keyWidth = DisplayWidth.of(binding.keyLabel), textWidth = DisplayWidth.of(short)
            guard x + keyWidth + 1 + textWidth <= rect.maxX else { break }
            x += buffer.write(binding.keyLabel, x: x, y: rect.y, role: .keyHint)
            x += buffer.write(" " + short + "  ", x: x, y: rect.y, maxWidth: rect.maxX - x, role: .statusBar)
        }
    }
}
