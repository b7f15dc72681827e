import FrontlineCore
import FrontlineScreen

// The wrap-up box: `w` opens it on the contact in hand; codes are found by number or by any part
// of their name, picked with Space (a whole number picks at once), the outcome cycled, a summary
// typed; Enter checks the Core rule and ends the contact with them.

func handleWrapUpKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .wrappingUp(var form) = state.mode else { return [] }
    defer { if case .wrappingUp = state.mode { state.mode = .wrappingUp(form) } }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .cancelWrapUp?:
        state.mode = .normal
    case .nextWrapUpField?:
        form.movePart(by: 1)
    case .previousWrapUpField?:
        form.movePart(by: -1)
    case .nextWrapUpCode?:
        form.part = .codes
        form.highlight = min(form.highlight + 1, max(0, KeyRules.wrapUpMatches(state, form).count - 1))
    case .previousWrapUpCode?:
        form.part = .codes
        form.highlight = max(0, form.highlight - 1)
    case .toggleWrapUpChoice?:
        switch form.part {
        case .codes: pickHighlighted(&form, state)
        case .outcome: form.cycleOutcome()
        case .answer: form.cycleAnswer()
        case .summary: form.summary.insert(" ")
        }
    case .confirmWrapUp?:
        if form.part == .codes && !form.find.isEmpty {
            pickHighlighted(&form, state)
            return []
        }
        // The key rule has already refused an entry the Core rule would.
        guard case .success(let entry) = state.policy.wrapUp.check(form.entryToSend), form.answer != nil || !form.asksAnswer else { return [] }
        return [.wrapUp(contactId: form.contactId, entry: entry, answer: form.answer)]
    default:
        typeIntoWrapUp(&form, key: key, state: state)
    }
    return []
}

/// Text typed or pasted goes to the part that has the keys: the finder (codes and outcome) or the summary.
func typeIntoWrapUp(_ form: inout WrapUpForm, key: KeyPress? = nil, paste: String? = nil, state: AppState) {
    if form.part == .summary {
        if let key { _ = form.summary.handle(key) }
        if let paste { form.summary.insert(paste.replacingOccurrences(of: "\n", with: " ")) }
        return
    }
    form.part = .codes
    if let key { _ = form.find.handle(key) }
    if let paste { form.find.insert(paste) }
    form.highlight = 0
    // A number no longer one could start with picks its code at once: 3 of 9 codes, 12 of 15.
    let typed = form.find.text.trimmingCharacters(in: .whitespaces)
    if let number = Int(typed), number * 10 > state.policy.wrapUp.codes.count, state.policy.wrapUp.code(numbered: number) != nil {
        pickHighlighted(&form, state)
    }
}

func handleWrapUpPaste(_ state: inout AppState, _ text: String) {
    guard case .wrappingUp(var form) = state.mode else { return }
    typeIntoWrapUp(&form, paste: text, state: state)
    state.mode = .wrappingUp(form)
}

/// Picks (or drops) the highlighted code among those the finder shows, and clears the finder.
private func pickHighlighted(_ form: inout WrapUpForm, _ state: AppState) {
    let shown = KeyRules.wrapUpMatches(state, form)
    guard !shown.isEmpty else {
        // Said in the status line, as the rule for Space says it.
        return
    }
    form.entry.toggle(shown[min(form.highlight, shown.count - 1)].id)
    form.find.clear()
    form.highlight = 0
}
