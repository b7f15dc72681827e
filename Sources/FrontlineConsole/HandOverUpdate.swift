import Foundation
import FrontlineCore
import FrontlineScreen

// Transfer and escalation: typed on the reply line, for the contact that was in hand when the
// key was pressed. A transfer asks whom to, then the note the receiver sees first; an escalation
// asks why it needs a supervisor.

/// `t` and `u`: pass on the contact in hand.
func startHandOver(_ state: inout AppState, escalating: Bool) {
    guard let contactId = state.queue.activeContactId else {
        state.message = .error(state.text.nothingToTransfer)
        return
    }
    state.mode = .handingOver(escalating ? .escalationNote : .transferTarget, contactId: contactId, field: TextField())
}

func handleHandOverKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .handingOver(let step, let contactId, let field) = state.mode else { return [] }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .cancelHandOver?:
        state.mode = .normal
        return []
    case .confirmHandOver?:
        let typed = field.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let why = KeyRules.confirmHandOver(state) {
            state.message = .error(why)
            return []
        }
        switch step {
        case .transferTarget:
            // Looked up before the note is asked for, so a mistyped name is corrected where it was typed.
            return [.findTransferTarget(contactId: contactId, name: typed)]
        case .transferNote(let target):
            return [.transfer(contactId: contactId, to: target, note: typed)]
        case .escalationNote:
            return [.escalate(contactId: contactId, note: typed)]
        case .handoffDepartment:
            guard state.policy.departments.contains(typed) else {
                state.message = .error(state.text.noSuchDepartment(typed, state.policy.departments))
                return []
            }
            state.mode = .handingOver(.handoffQuestion(department: typed), contactId: contactId, field: TextField())
            return []
        case .handoffQuestion(let department):
            return [.handOff(contactId: contactId, department: department, question: typed)]
        }
    default:
        _ = state.mode.typedField?.handle(key)
        return []
    }
}

/// The receiver typed exists: ask for the note, unless the agent has moved on meanwhile.
func transferTargetFound(_ state: inout AppState, contactId: Int64, _ target: TransferTarget?) {
    guard case .handingOver(.transferTarget, contactId, _) = state.mode else { return }
    guard let target else {
        state.message = .error(state.text.noSuchTarget(state.mode.typedField?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""))
        return
    }
    state.message = nil
    state.mode = .handingOver(.transferNote(to: target), contactId: contactId, field: TextField())
}

/// The contact is no longer in this agent's hands: say where it went.
func handedOver(_ state: inout AppState, _ contact: Contact) -> [Effect] {
    state.mode = .normal
    let id = contact.id ?? 0
    if state.queue.activeContactId == id {
        state.queue.activeContactId = state.myActiveContacts.first { $0.id != id }?.id
        state.reply.field.clear()
    }
    if contact.escalatedAt != nil {
        state.message = .info(state.text.escalatedToSupervisors(id))
    } else if let group = contact.sentToGroup {
        state.message = .info(state.text.sentToGroup(id, group))
    } else {
        state.message = .info(state.text.transferredTo(id, contact.agent ?? ""))
    }
    return [.reloadQueue]
}
