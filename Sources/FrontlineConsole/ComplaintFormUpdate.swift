import Foundation
import FrontlineCore
import FrontlineScreen

// The complaint form: every change saved at once, submitted when complete.

func openComplaintForm(_ state: inout AppState) {
    state.focus = .complaint
    state.mode = .editingComplaint
    if state.complaint.customerId == nil, let file = state.customerFile {
        state.complaint.customerId = file.customer.id
        state.complaint.contactId = state.detailContactId
    }
    state.complaintEditor = TextField(state.complaint.text(of: state.complaint.focusedField))
}

func handleComplaintKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    let field = state.complaint.focusedField
    switch KeyBindings.action(for: key, in: .editingComplaint) {
    case .nextField?:
        moveComplaintField(&state, by: 1)
        return [.saveDraft(state.complaint)]
    case .previousField?:
        moveComplaintField(&state, by: -1)
        return [.saveDraft(state.complaint)]
    case .submitComplaint?:
        return submitComplaint(&state)
    case .leaveForm?:
        state.mode = .normal
        return [.saveDraft(state.complaint)]
    case .changeChoice? where !field.isText:
        let forward = key != .left
        if field == .category {
            state.complaint.category = cycle(state.complaint.category, in: ComplaintCategory.allCases, forward: forward)
        } else {
            state.complaint.severity = cycle(state.complaint.severity, in: ComplaintSeverity.allCases, forward: forward) ?? .minor
        }
        return [.saveDraft(state.complaint)]
    default:
        break
    }
    if key == .enter {
        if field == ComplaintField.allCases.last { return submitComplaint(&state) }
        moveComplaintField(&state, by: 1)
        return [.saveDraft(state.complaint)]
    }
    if field == .category, case .char(let c) = key, let digit = c.wholeNumberValue,
       ComplaintCategory.allCases.indices.contains(digit - 1) {
        state.complaint.category = ComplaintCategory.allCases[digit - 1]
        return [.saveDraft(state.complaint)]
    }
    guard field.isText, state.complaintEditor.handle(key) else { return [] }
    return storeComplaintEditor(&state)
}

/// Copies the editor's text into the draft and saves it at once: a closed terminal loses nothing.
func storeComplaintEditor(_ state: inout AppState) -> [Effect] {
    state.complaint.setText(state.complaintEditor.text, of: state.complaint.focusedField)
    return [.saveDraft(state.complaint)]
}

func moveComplaintField(_ state: inout AppState, by step: Int) {
    let fields = ComplaintField.allCases
    let index = fields.firstIndex(of: state.complaint.focusedField) ?? 0
    state.complaint.focusedField = fields[(index + step + fields.count) % fields.count]
    state.complaintEditor = TextField(state.complaint.text(of: state.complaint.focusedField))
}

func submitComplaint(_ state: inout AppState) -> [Effect] {
    switch state.complaint.complaint(receivedAt: state.now) {
    case .success(var complaint):
        // The channel it came in on, from the contact it was filed on.
        complaint.channel = state.entries.first { $0.contact.id == complaint.contactId }?.contact.channel
        return [.fileComplaint(complaint)]
    case .failure(let error):
        state.message = .error(state.text.draftProblem(error))
        if case .missing(let field) = error {
            state.complaint.focusedField = field
            state.complaintEditor = TextField(state.complaint.text(of: field))
        }
        return []
    }
}

func cycle<T: Equatable>(_ value: T?, in all: [T], forward: Bool) -> T? {
    guard let value, let index = all.firstIndex(of: value) else { return forward ? all.first : all.last }
    return all[(index + (forward ? 1 : all.count - 1)) % all.count]
}
