import FrontlineCore
import FrontlineScreen

// Keeping the customer file up from the console: `u` (or Enter on the customer pane) types a new
// value for one field of the file on screen; Tab moves between fields, Enter saves, Esc leaves.
// The value goes through the same Core rules as `frontline customers edit`.

/// `u`: the file on screen, starting at its name.
func startCustomerEdit(_ state: inout AppState) {
    guard let customer = state.customer.file?.customer, customer.id != nil else {
        state.message = .error(state.text.noCustomerFileToEdit)
        return
    }
    state.mode = .editingCustomer(.editing(.name, of: customer))
}

func handleCustomerEditKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .editingCustomer(let edit) = state.mode else { return [] }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .cancelCustomerEdit?:
        state.mode = .normal
        return []
    case .nextCustomerField?, .previousCustomerField?:
        guard let customer = state.customer.file?.customer else { return [] }
        let fields = CustomerField.editable
        let step = KeyBindings.action(for: key, in: state.mode) == .nextCustomerField ? 1 : fields.count - 1
        let next = fields[((fields.firstIndex(of: edit.field) ?? 0) + step) % fields.count]
        state.mode = .editingCustomer(.editing(next, of: customer))
        state.message = nil
        return []
    case .saveCustomerField?:
        return saveCustomerField(&state, edit)
    default:
        state.message = nil
        _ = state.mode.typedField?.handle(key)
        return []
    }
}

/// Enter: the value checked by Core's rule for its field; refused, the agent stays in the field
/// with the reason in their language; unchanged, nothing is written.
private func saveCustomerField(_ state: inout AppState, _ edit: CustomerFieldEdit) -> [Effect] {
    guard let customer = state.customer.file?.customer, customer.id == edit.customerId else {
        state.mode = .normal
        state.message = .error(state.text.noCustomerFileToEdit)
        return []
    }
    let edits = [CustomerEdit.set(edit.field, edit.value.text)]
    do {
        let changes = try customer.applying(edits).changes
        state.mode = .normal
        guard !changes.isEmpty else {
            state.message = .info(state.text.customerUnchanged(state.text.customerFieldLabel(edit.field)))
            return []
        }
        return [.editCustomer(customerId: edit.customerId, edits: edits)]
    } catch {
        state.message = .error(state.text.customerValueRefused(error.field))
        return []
    }
}
