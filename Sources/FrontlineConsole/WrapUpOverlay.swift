import FrontlineCore
import FrontlineScreen

/// The wrap-up box over the panes: the numbered codes (those the finder matches), the outcome and
/// the summary, with the part that has the keys drawn focused. Messages go to the reply line below.
enum WrapUpOverlay {
    static func render(_ form: WrapUpForm, policy: WrapUpPolicy, shown: [WrapUpCode], text: any ConsoleText,
                       into buffer: inout ScreenBuffer, body: Rect) {
        // codes label, finder, gap, outcome, (a follow-up's answer,) summary, two borders
        let fixedRows = form.asksAnswer ? 8 : 7
        let width = min(body.width - 2, 76)
        let height = min(body.height, fixedRows + max(shown.count, 1))
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: text.wrapUpTitle(form.contactId), role: .borderFocused, titleRole: .titleFocused)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        var y = inner.y
        buffer.write(text.wrapUpCodesLabel(required: policy.codesRequired), x: inner.x, y: y, maxWidth: inner.width,
                     role: form.part == .codes ? .titleFocused : .muted)
        y += 1
        let finderRow = y
        y += 1
        // As many codes as fit, scrolled so the highlighted one shows.
        let room = max(1, inner.maxY - y - (form.asksAnswer ? 4 : 3))
        let first = max(0, min(form.highlight - room + 1, shown.count - room))
        if shown.isEmpty {
            buffer.write(text.wrapUpNoMatch(form.find.text, count: policy.codes.count), x: inner.x, y: y, maxWidth: inner.width, role: .muted)
        }
        for (row, code) in shown.dropFirst(first).prefix(room).enumerated() {
            let number = (policy.codes.firstIndex(of: code) ?? 0) + 1
            let picked = form.entry.codes.contains(code.id)
            let mark = picked ? "[x] " : "[ ] "
            StyledLine([(DisplayWidth.pad(String(number), to: 3), .keyHint), (mark, picked ? .notice : .overlay),
                        (text.wrapUpCodeName(code), picked ? .notice : .overlay)])
                .draw(into: &buffer, x: inner.x, y: y + row, width: inner.width)
            if form.part == .codes && first + row == form.highlight {
                buffer.setRole(.selection, in: Rect(x: box.x + 1, y: y + row, width: box.width - 2, height: 1))
            }
        }
        let summaryRow = inner.maxY - 1, answerRow = inner.maxY - 2, outcomeRow = inner.maxY - (form.asksAnswer ? 3 : 2)
        let outcome = " " + text.wrapUpOutcomeLabel + " ‹ " + text.wrapUpOutcome(form.entry.outcome) + " ›"
        buffer.write(outcome, x: inner.x - 1, y: outcomeRow, maxWidth: inner.width + 1, role: form.part == .outcome ? .selection : .overlay)
        if form.asksAnswer {
            let answer = " " + text.wrapUpAnswerLabel + " ‹ " + text.followUpAnswer(form.answer) + " ›"
            buffer.write(answer, x: inner.x - 1, y: answerRow, maxWidth: inner.width + 1,
                         role: form.part == .answer ? .selection : (form.answer == nil ? .notice : .overlay))
        }
        // The part with the keys is drawn last, so the cursor is in it.
        let finder = Rect(x: inner.x - 1, y: finderRow, width: inner.width + 1, height: 1)
        let summary = Rect(x: inner.x - 1, y: summaryRow, width: inner.width + 1, height: 1)
        if form.part == .summary {
            plainField(" \(text.wrapUpFind) › ", form.find, into: &buffer, rect: finder)
            ReplyLine.renderField(" \(text.wrapUpSummaryLabel) › ", form.summary, into: &buffer, rect: summary)
        } else {
            plainField(" \(text.wrapUpSummaryLabel) › ", form.summary, into: &buffer, rect: summary)
            ReplyLine.renderField(" \(text.wrapUpFind) › ", form.find, into: &buffer, rect: finder)
            if form.part == .outcome || form.part == .answer { buffer.cursor = nil }
        }
    }

    /// A field without the keys: its label and text, no cursor.
    private static func plainField(_ label: String, _ field: TextField, into buffer: inout ScreenBuffer, rect: Rect) {
        let labelWidth = buffer.write(DisplayWidth.truncate(label, to: rect.width / 2), x: rect.x, y: rect.y, role: .muted)
        buffer.write(field.visibleSlice(width: rect.width - labelWidth - 1).text, x: rect.x + labelWidth, y: rect.y,
                     maxWidth: rect.width - labelWidth - 1, role: .overlay)
    }
}
