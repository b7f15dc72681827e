import Foundation
import FrontlineCore
import FrontlineScreen

// The complaint form: every change saved at once, submitted when complete.

func openComplaintForm(_ state: inout AppState) {
    state.focus = .complaint
    state.mode = .editingComplaint
    if state.complaintForm.draft.customerId == nil, let file = state.customer.file {
        state.complaintForm.draft.customerId = file.customer.id
        state.complaintForm.draft.contactId = state.customer.contactId
    }
    state.complaintForm.editFocusedField()
}

func handleComplaintKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    let field = state.complaintForm.draft.focusedField
    switch KeyBindings.action(for: key, in: state.mode) {
    case .nextField?:
        moveComplaintField(&state, by: 1)
        return [.saveDraft(state.complaintForm.draft)]
    case .previousField?:
        moveComplaintField(&state, by: -1)
        return [.saveDraft(state.complaintForm.draft)]
    case .submitComplaint?:
        return submitComplaint(&state)
    case .leaveForm?:
        state.mode = .normal
        return [.saveDraft(state.complaintForm.draft)]
    case .changeChoice? where !field.isText:
        let forward = key != .left
        if field == .category {
            state.complaintForm.draft.category = cycle(state.complaintForm.draft.category, in: ComplaintCategory.allCases, forward: forward)
        } else {
            state.complaintForm.draft.severity = cycle(state.complaintForm.draft.severity, in: ComplaintSeverity.allCases, forward: forward) ?? .minor
        }
        return [.saveDraft(state.complaintForm.draft)]
    default:
        break
    }
    if key == .enter {
        if field == ComplaintField.allCases.last { return submitComplaint(&state) }
        moveComplaintField(&state, by: 1)
        return [.saveDraft(state.complaintForm.draft)]
    }
    if field == .category, case .char(let c) = key, let digit = c.wholeNumberValue,
       ComplaintCategory.allCases.indices.contains(digit - 1) {
        state.complaintForm.draft.category = ComplaintCategory.allCases[digit - 1]
        return [.saveDraft(state.complaintForm.draft)]
    }
    guard field.isText, state.complaintForm.editor.handle(key) else { return [] }
    return storeComplaintEditor(&state)
}

/// Copies the editor's text into the draft and saves it at once: a closed terminal loses nothing.
func storeComplaintEditor(_ state: inout AppState) -> [Effect] {
    state.complaintForm.draft.setText(state.complaintForm.editor.text, of: state.complaintForm.draft.focusedField)
    return [.saveDraft(state.complaintForm.draft)]
}

func moveComplaintField(_ state: inout AppState, by step: Int) {
    let fields = ComplaintField.allCases
    let index = fields.firstIndex(of: state.complaintForm.draft.focusedField) ?? 0
    state.complaintForm.draft.focusedField = fields[(index + step + fields.count) % fields.count]
    state.complaintForm.editFocusedField()
}

func submitComplaint(_ state: inout AppState) -> [Effect] {
    switch state.complaintForm.draft.complaint(receivedAt: state.now) {
    case .success(var complaint):
        // The channel it came in on, from the contact it was filed on.
        complaint.channel = state.queue.entries.first { $0.contact.id == complaint.contactId }?.contact.channel
        return [.fileComplaint(complaint)]
    case .failure(let error):
        state.message = .error(state.text.draftProblem(error))
        // The cursor goes to the field to put right.
        let field: ComplaintField? = switch error {
        case .missing(let field): field
        case .badPromisedTime: .promisedReply
        case .noCustomer: nil
        }
        if let field {
            state.complaintForm.draft.focusedField = field
            state.complaintForm.editFocusedField()
        }
        return []
    }
}

func cycle<T: Equatable>(_ value: T?, in all: [T], forward: Bool) -> T? {
    guard let value, let index = all.firstIndex(of: value) else { return forward ? all.first : all.last }
    return all[(index + (forward ? 1 : all.count - 1)) % all.count]
}
