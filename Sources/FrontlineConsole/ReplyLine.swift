import FrontlineCore
import FrontlineScreen

/// The line above the key bar: the reply being typed, or the last message to the agent.
enum ReplyLine {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        if state.mode == .promising {
            renderPromise(state, into: &buffer, rect: rect)
            return
        }
        if state.mode == .fillingPhrase, let asked = state.phraseFill?.current {
            renderField(" \(state.text.fillLabel(asked)) › ", state.fillField, into: &buffer, rect: rect)
            return
        }
        let editing = state.mode == .replying || state.mode == .wordingWarning
        if !editing, let message = state.message {
            buffer.write(" " + message.text, x: rect.x, y: rect.y, maxWidth: rect.width,
                         role: message.kind == .error ? .error : .notice)
            return
        }
        let target = state.activeEntry.map { "\($0.customerName) ›" } ?? "\(state.text.replyLabel) ›"
        let label = " " + DisplayWidth.truncate(target, to: 20) + " "
        let labelWidth = buffer.write(label, x: rect.x, y: rect.y, role: editing ? .titleFocused : .muted)
        let width = rect.width - labelWidth - 1
        let x = rect.x + labelWidth
        if editing {
            buffer.fill(Rect(x: x, y: rect.y, width: width, height: 1), role: .input)
        }
        guard !state.reply.isEmpty || editing else {
            buffer.write(state.text.replyPlaceholder, x: x, y: rect.y, maxWidth: width, role: .placeholder)
            return
        }
        // Flagged wording and unfilled placeholders stand out where they are.
        let marked = state.wordingHits.map(\.range)
            + PhraseTemplate.render(state.reply.text, values: [:]).unresolvedPlaceholders.map(\.range)
        let window = state.reply.visibleWindow(width: width)
        var column = x
        for index in window.range {
            let role: ThemeRole = !editing ? .muted : marked.contains { $0.contains(index) } ? .error : .input
            column += buffer.write(String(state.reply.characters[index]), x: column, y: rect.y, maxWidth: x + width - column, role: role)
        }
        if editing { buffer.cursor = (x: x + window.cursorColumn, y: rect.y) }
    }

    /// `b`: the time the customer will hear back, typed where the reply goes.
    private static func renderPromise(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        renderField(" \(state.text.promiseLabel) › ", state.promiseField, into: &buffer, rect: rect)
    }

    /// A label and a one-line field with its cursor, where the reply goes.
    static func renderField(_ label: String, _ field: TextField, into buffer: inout ScreenBuffer, rect: Rect) {
        let labelWidth = buffer.write(label, x: rect.x, y: rect.y, maxWidth: rect.width / 2, role: .titleFocused)
        let x = rect.x + labelWidth, width = rect.width - labelWidth - 1
        buffer.fill(Rect(x: x, y: rect.y, width: width, height: 1), role: .input)
        let slice = field.visibleSlice(width: width)
        buffer.write(slice.text, x: x, y: rect.y, maxWidth: width, role: .input)
        buffer.cursor = (x: x + slice.cursorColumn, y: rect.y)
    }
}
