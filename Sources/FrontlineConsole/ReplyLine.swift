import FrontlineCore
import FrontlineScreen

/// The line above the key bar: the reply being typed, or the last message to the agent.
enum ReplyLine {
    /// `mode` says what the line is for (a reply, a promised time, a phrase's answer); `customerName`
    /// is who the reply goes to; `message` shows while nothing is being typed; `policy` gives the promise's times.
    static func render(_ reply: ReplyLineState, mode: InputMode, customerName: String?, message: StatusMessage?, policy: SLAPolicy,
                       text: any ConsoleText, into buffer: inout ScreenBuffer, rect: Rect) {
        if case .promising(let field) = mode {
            renderField(" \(text.promiseLabel(for: policy)) › ", field, message: message, into: &buffer, rect: rect)
            return
        }
        if case .bookingFollowUp(let field) = mode {
            renderField(" \(text.bookingLabel) › ", field, message: message, into: &buffer, rect: rect)
            return
        }
        if case .writingNote(_, let field) = mode {
            renderField(" \(text.noteLabel) › ", field, message: message, into: &buffer, rect: rect)
            return
        }
        if case .handingOver(let step, _, let field) = mode {
            let label = switch step {
            case .transferTarget: text.transferToLabel
            case .transferNote(let target): text.transferNoteLabel(SafeText.visible(target.name))
            case .escalationNote: text.escalationNoteLabel
            case .handoffDepartment: text.handoffDepartmentLabel
            case .handoffQuestion(let department): text.handoffQuestionLabel(department)
            }
            renderField(" \(label) › ", field, message: message, into: &buffer, rect: rect)
            return
        }
        if case .editingCustomer(let edit) = mode {
            renderField(" \(text.customerFieldLabel(edit.field)) › ", edit.value, message: message, into: &buffer, rect: rect)
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
        var width = rect.width - labelWidth - 1
        let x = rect.x + labelWidth
        // While typing, what the last key did or why it could not (saved as a phrase, nothing to
        // send) stands at the end of the line; the reply scrolls in what is left.
        if editing, let message {
            width -= renderMessage(message, typed: reply.field.text, room: width, into: &buffer, rect: rect)
        }
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
        // A message outranks the label's format hint: the label gives up what the message needs
        // (keeping a few columns to say what is asked), so a refusal's advice is read whole.
        var labelRoom = rect.width / 2
        if let message {
            let wanted = rect.width - DisplayWidth.of(message.text) - DisplayWidth.of(field.text) - 3
            labelRoom = max(min(labelRoom, wanted), min(12, labelRoom))
        }
        let labelWidth = buffer.write(DisplayWidth.truncate(label, to: labelRoom), x: rect.x, y: rect.y, role: .titleFocused)
        let x = rect.x + labelWidth
        var width = rect.width - labelWidth - 1
        if let message { width -= renderMessage(message, typed: field.text, room: width, into: &buffer, rect: rect) }
        buffer.fill(Rect(x: x, y: rect.y, width: width, height: 1), role: .input)
        let slice = field.visibleSlice(width: width)
        buffer.write(slice.text, x: x, y: rect.y, maxWidth: width, role: .input)
        buffer.cursor = (x: x + slice.cursorColumn, y: rect.y)
    }

    /// A message at the right end of a typing line: as much of it as the typed text leaves room for,
    /// and never less than half the line, so a reason is not hidden by a long text (the text scrolls).
    /// Returns the columns it took from the field, its gap included.
    private static func renderMessage(_ message: StatusMessage, typed: String, room: Int, into buffer: inout ScreenBuffer,
                                      rect: Rect) -> Int {
        let shown = min(DisplayWidth.of(message.text), max(room - DisplayWidth.of(typed) - 2, room / 2))
        guard shown > 0 else { return 0 }
        let cut = DisplayWidth.truncate(message.text, to: shown)
        let width = DisplayWidth.of(cut)
        buffer.write(cut, x: rect.x + rect.width - width, y: rect.y, role: message.kind == .error ? .error : .notice)
        return width + 1
    }
}
