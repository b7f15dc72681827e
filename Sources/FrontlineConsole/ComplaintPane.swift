import FrontlineCore
import FrontlineScreen

/// The complaint form: category, severity, the customer's account, what they want, promised reply time.
enum ComplaintPane {
    /// `customer` is the one on screen: the form names its customer by it when they are the same.
    static func render(_ form: ComplaintFormState, customer: Customer?, editing: Bool, focused: Bool, text: any ConsoleText,
                       into buffer: inout ScreenBuffer, rect: Rect) {
        let draft = form.draft
        var title = text.paneTitle(.complaint)
        if let customerId = draft.customerId {
            let name = customer.flatMap { $0.id == customerId ? $0.name : nil } ?? text.customerNumber(customerId)
            title += " · " + name
        }
        let inner = drawPaneFrame(&buffer, rect, title: title, focused: focused)
        // The widest label in this language and a space, so no label runs into its value.
        let labelWidth = (ComplaintField.allCases.map { DisplayWidth.of(text.complaintField($0)) }.max() ?? 9) + 1
        let fieldWidth = inner.width - labelWidth
        for (row, field) in ComplaintField.allCases.enumerated() where row < inner.height {
            let y = inner.y + row
            let current = editing && field == draft.focusedField
            buffer.write(DisplayWidth.pad(text.complaintField(field), to: labelWidth), x: inner.x, y: y,
                         role: current ? .titleFocused : .muted)
            let x = inner.x + labelWidth
            switch field {
            case .category:
                let choice = draft.category.map { "‹ \(text.complaintCategory($0)) ›" } ?? "‹ \(text.chooseCategory) ›"
                buffer.write(choice, x: x, y: y, maxWidth: fieldWidth, role: draft.category == nil ? .placeholder : .normal)
            case .severity:
                buffer.write("‹ \(text.severity(draft.severity)) ›", x: x, y: y, maxWidth: fieldWidth,
                             role: draft.severity == .major ? .slaWarning : .normal)
            case .account, .paraphrase, .wants, .promisedReply:
                if current {
                    let slice = form.editor.visibleSlice(width: fieldWidth)
                    buffer.fill(Rect(x: x, y: y, width: fieldWidth, height: 1), role: .input)
                    buffer.write(slice.text, x: x, y: y, maxWidth: fieldWidth, role: .input)
                    buffer.cursor = (x: x + slice.cursorColumn, y: y)
                } else {
                    let value = draft.text(of: field)
                    let hint = field == .promisedReply ? text.promisedTimeHint : field == .paraphrase ? text.paraphraseHint : ""
                    buffer.write(value.isEmpty ? hint : value, x: x, y: y, maxWidth: fieldWidth,
                                 role: value.isEmpty ? .placeholder : .normal)
                }
            }
        }
        // Right under the fields: the pane has one row to spare below six fields.
        let hintRow = ComplaintField.allCases.count
        if hintRow < inner.height {
            let missing = draft.missingFields.map(text.complaintField)
            let hint = missing.isEmpty ? text.readyToSubmit : text.stillNeeded(missing)
            buffer.write(hint, x: inner.x, y: inner.y + hintRow, maxWidth: inner.width, role: missing.isEmpty ? .notice : .muted)
        }
    }
}
