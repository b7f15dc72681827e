import FrontlineCore
import FrontlineScreen

/// The line above the key bar: the reply being typed, or the last message to the agent.
enum ReplyLine {
    /// `mode` says what the line is for (a reply, a promised time, a phrase's answer); `customerName`
    /// is who the reply goes to; `message` shows while nothing is being typed.
    static func render(_ reply: ReplyLineState, mode: InputMode, customerName: String?, message: StatusMessage?,
                       text: any ConsoleText, into buffer: inout ScreenBuffer, rect: Rect) {
        if case .promising(let field) = mode {
            renderField(" \(text.promiseLabel) › ", field, message: message, into: &buffer, rect: rect)
            return
        }
        if case .writingNote(_, let field) = mode {
            renderField(" \(text.noteLabel) › ", field, message: message, into: &buffer, rect: rect)
            return
        }
        if case .fillingPhrase(let fill, let answer) = mode, let asked = fill.current {
            renderField(" \(text.fillLabel(asked)) › ", answer, message: message, into: &buffer, rect: rect)
            return
        }
        let editing = mode == .replying || mode == .wordingWarning
        if !editing, let message {
            buffer.write(" " + message.text, x: rect.x, y: rect.y, maxWidth: rect.width,
                         role: message.kind == .error ? .error : .notice)
            return
        }
        let target = customerName.map { "\($0) ›" } ?? "\(text.replyLabel) ›"
        let label = " " + DisplayWidth.truncate(target, to: 20) + " "
        let labelWidth = buffer.write(label, x: rect.x, y: rect.y, role: editing ? .titleFocused : .muted)
        let width = rect.width - labelWidth - 1
        let x = rect.x + labelWidth
        if editing {
            buffer.fill(Rect(x: x, y: rect.y, width: width, height: 1), role: .input)
        }
        guard !reply.field.isEmpty || editing else {
            buffer.write(text.replyPlaceholder, x: x, y: rect.y, maxWidth: width, role: .placeholder)
            return
        }
        // Flagged wording and unfilled placeholders stand out where they are.
        let marked = reply.wordingHits.map(\.range)
            + PhraseTemplate.render(reply.field.text, values: [:]).unresolvedPlaceholders.map(\.range)
        let window = reply.field.visibleWindow(width: width)
        var column = x
        for index in window.range {
            let role: ThemeRole = !editing ? .muted : marked.contains { $0.contains(index) } ? .error : .input
            column += buffer.write(String(reply.field.characters[index]), x: column, y: rect.y, maxWidth: x + width - column, role: role)
        }
        if editing { buffer.cursor = (x: x + window.cursorColumn, y: rect.y) }
    }

    /// A label and a one-line field with its cursor, where the reply goes. The field takes the line
    /// the status message would: a `message` (what was wrong with the last Enter, cleared by the
    /// next key) shows at the end of the line, after what was typed.
    static func renderField(_ label: String, _ field: TextField, message: StatusMessage? = nil,
                            into buffer: inout ScreenBuffer, rect: Rect) {
        let labelWidth = buffer.write(label, x: rect.x, y: rect.y, maxWidth: rect.width / 2, role: .titleFocused)
        let x = rect.x + labelWidth
        var width = rect.width - labelWidth - 1
        if let message {
            let room = width - DisplayWidth.of(field.text) - 2
            let shown = min(DisplayWidth.of(message.text), room)
            if shown > 0 {
                let messageX = rect.x + rect.width - shown
                buffer.write(DisplayWidth.truncate(message.text, to: shown), x: messageX, y: rect.y, maxWidth: shown,
                             role: message.kind == .error ? .error : .notice)
                width = messageX - x - 1
            }
        }
        buffer.fill(Rect(x: x, y: rect.y, width: width, height: 1), role: .input)
        let slice = field.visibleSlice(width: width)
        buffer.write(slice.text, x: x, y: rect.y, maxWidth: width, role: .input)
        buffer.cursor = (x: x + slice.cursorColumn, y: rect.y)
    }
}
