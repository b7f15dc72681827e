import FrontlineCore
import FrontlineScreen

// Internal notes: typed on the reply line, kept on the contact that was on screen, signed by
// the agent. The customer never sees them, so they stop no timer.

/// `i`: a note on the contact whose file is on screen, held or only selected.
func startNote(_ state: inout AppState) {
    guard let contactId = state.customer.contactId else {
        state.message = .error(state.text.noContactForNote)
        return
    }
    state.mode = .writingNote(contactId: contactId, note: TextField())
}

func handleNoteKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .writingNote(let contactId, let field) = state.mode else { return [] }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .cancelNote?:
        state.mode = .normal
        return []
    case .saveNote?:
        // The same rule as `frontline note`: something besides spaces.
        guard ValueRules.textProblem(field.text, what: "the note") == nil else {
            state.message = .error(state.text.emptyNote)
            return []
        }
        return [.addNote(contactId: contactId, text: field.text.trimmingCharacters(in: .whitespacesAndNewlines))]
    default:
        _ = state.mode.typedField?.handle(key)
        return []
    }
}
