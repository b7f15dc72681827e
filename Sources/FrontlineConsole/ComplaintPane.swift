import FrontlineCore
import FrontlineScreen

/// The complaint form: category, severity, the customer's account, what they want, promised reply time.
enum ComplaintPane {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        let editing = state.mode == .editingComplaint
        let draft = state.complaintForm.draft
        var title = state.text.paneTitle(.complaint)
        if let customerId = draft.customerId {
            let name = state.customer.file?.customer.id == customerId ? state.customer.file!.customer.name : state.text.customerNumber(customerId)
            title += " · " + name
        }
        let inner = drawPaneFrame(&buffer, rect, title: title, focused: state.focus == .complaint)
        let labelWidth = 10
        let fieldWidth = inner.width - labelWidth
        for (row, field) in ComplaintField.allCases.enumerated() where row < inner.height {
            let y = inner.y + row
            let current = editing && field == draft.focusedField
            buffer.write(DisplayWidth.pad(state.text.complaintField(field), to: labelWidth), x: inner.x, y: y,
                         role: current ? .titleFocused : .muted)
            let x = inner.x + labelWidth
            switch field {
            case .category:
                let text = draft.category.map { "‹ \(state.text.complaintCategory($0)) ›" } ?? "‹ \(state.text.chooseCategory) ›"
                buffer.write(text, x: x, y: y, maxWidth: fieldWidth, role: draft.category == nil ? .placeholder : .normal)
            case .severity:
                buffer.write("‹ \(state.text.severity(draft.severity)) ›", x: x, y: y, maxWidth: fieldWidth,
                             role: draft.severity == .major ? .slaWarning : .normal)
            case .account, .wants, .promisedReply:
                if current {
                    let slice = state.complaintForm.editor.visibleSlice(width: fieldWidth)
                    buffer.fill(Rect(x: x, y: y, width: fieldWidth, height: 1), role: .input)
                    buffer.write(slice.text, x: x, y: y, maxWidth: fieldWidth, role: .input)
                    buffer.cursor = (x: x + slice.cursorColumn, y: y)
                } else {
                    let value = draft.text(of: field)
                    let hint = field == .promisedReply ? state.text.promisedTimeHint : ""
                    buffer.write(value.isEmpty ? hint : value, x: x, y: y, maxWidth: fieldWidth,
                                 role: value.isEmpty ? .placeholder : .normal)
                }
            }
        }
        let hintRow = ComplaintField.allCases.count + 1
        if hintRow < inner.height {
            let missing = draft.missingFields.map(state.text.complaintField)
            let hint = missing.isEmpty ? state.text.readyToSubmit : state.text.stillNeeded(missing)
            buffer.write(hint, x: inner.x, y: inner.y + hintRow, maxWidth: inner.width, role: missing.isEmpty ? .notice : .muted)
        }
    }
}
