import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStore

/// The console's only state transition: applies one message and says what work to do next.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .key(let key):
        return handleKey(&state, key)
    case .paste(let text):
        return handlePaste(&state, text)
    case .resize(let width, let height):
        state.width = width
        state.height = height
        return []
    case .tick(let now):
        state.now = now
        return reevaluateTimers(&state)
    case .storeChanged:
        let complaints: [Effect] = state.mode.isComplaintView
            ? [.loadComplaints] + (state.openComplaint?.complaint.id.map { [.loadComplaint(id: $0)] } ?? []) : []
        return [.reloadQueue, .loadServiceLevels] + followDetail(&state, force: true) + complaints
    case .queueLoaded(let rows):
        state.rows = rows
        return reevaluateTimers(&state) + followDetail(&state)
    case .serviceLevelsLoaded(let levels):
        state.serviceLevels = levels
        return []
    case .detailLoaded(let contactId, let file, let transcript):
        guard contactId == state.detailTarget else { return [] }
        if contactId != state.detailContactId { state.customerScroll = 0 }
        state.detailContactId = contactId
        state.customerFile = file
        state.transcript = transcript
        return []
    case .draftLoaded(let draft):
        if let draft {
            state.complaint = draft
            state.complaintEditor = TextField(draft.text(of: draft.focusedField))
        }
        return []
    case .taken(let contact):
        guard let contact, let id = contact.id else {
            state.message = .info(state.text.queueEmpty)
            return []
        }
        state.activeContactId = id
        state.selectedContactId = id
        state.focus = .queue
        state.message = .info(state.text.took(contact.channel, id))
        return [.reloadQueue, .loadDetail(contactId: id)] + (contact.channel == .callback ? [.findFollowUp(contactId: id)] : [])
    case .replied(let message):
        state.reply.clear()
        state.wordingHits = []
        state.pickerDismissedAt = nil
        state.mode = .normal
        state.message = .info(state.text.sent)
        return [.reloadQueue, .loadDetail(contactId: message.contactId)]
    case .wrappedUp(let contact):
        state.activeContactId = state.myActiveContacts.first { $0.id != contact.id }?.id
        state.reply.clear()
        state.message = .info(state.text.wrappedUp(contact.id ?? 0))
        return [.reloadQueue]
    case .timerChanged(let contact):
        state.message = .info(contact.pausedSince == nil ? state.text.timerRunning : state.text.timerPaused(contact.pauseReason ?? ""))
        return [.reloadQueue]
    case .promised(let callback):
        state.mode = .normal
        state.promiseField.clear()
        state.message = .info(state.text.promised(ClockFormat.dayAndTime.string(from: callback.queuedAt)))
        return [.reloadQueue]
    case .phraseSaved(let phrase):
        state.phrasebook = state.phrasebook.merging(Phrasebook(phrases: [phrase]))
        state.message = .info(state.text.phraseSaved(phrase.code))
        return []
    case .complaintFiled(let complaint):
        state.complaint = ComplaintDraft(agent: state.agent.name)
        state.complaintEditor = TextField()
        state.mode = .normal
        state.message = .info(state.text.complaintFiled(complaint.id ?? 0))
        return state.detailTarget.map { [.loadDetail(contactId: $0)] } ?? []
    case .failed(let text):
        state.message = .error(text)
        return []
    case .complaintsLoaded, .complaintLoaded, .complaintStepped, .followUpFound:
        return handleComplaintMessage(&state, msg)
    }
}

// MARK: - Timers and selection

/// Recomputes every timer at `state.now`, keeps the selection sensible, and asks
/// the store to record breaches this console has not yet reported.
private func reevaluateTimers(_ state: inout AppState) -> [Effect] {
    let policy = state.policy, now = state.now
    state.entries = state.rows
        .filter { $0.contact.isDue(at: now) }
        .map { QueueEntry(contact: $0.contact, customerName: $0.customerName, customerLanguage: $0.customerLanguage,
                          status: policy.status(of: $0.contact, at: now)) }
        .sorted(by: QueueEntry.byUrgency)
    let ids = Set(state.entries.compactMap(\.contact.id))
    // Work on a contact this agent holds (after a restart too), never on one that is gone or passed on.
    if state.activeContactId.map({ active in !state.myActiveContacts.contains { $0.id == active } }) ?? true {
        state.activeContactId = state.myActiveContacts.first?.id
    }
    if state.selectedContactId.map({ !ids.contains($0) }) ?? true {
        state.selectedContactId = state.activeContactId ?? state.entries.first?.contact.id
    }
    var newBreach = false
    for entry in state.entries where entry.status?.state == .breached {
        guard let timer = policy.runningTimer(for: entry.contact) else { continue }
        let key = "\(entry.contact.id ?? 0)/\(timer.kind.rawValue)/\(timer.startedAt.timeIntervalSince1970)"
        if state.breachesSeen.insert(key).inserted { newBreach = true }
    }
    return newBreach ? [.recordBreaches] : []
}

/// Keeps the customer file on the contact it should show: clears it when there is none,
/// loads it when that contact changed (or always, when `force`).
private func followDetail(_ state: inout AppState, force: Bool = false) -> [Effect] {
    guard let target = state.detailTarget else {
        state.customerFile = nil
        state.transcript = []
        state.detailContactId = nil
        return []
    }
    return force || target != state.detailContactId ? [.loadDetail(contactId: target)] : []
}

// MARK: - Keys

private func handleKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    // On a screen too small to draw the panes, only quitting makes sense.
    if ConsoleLayout(width: state.width, height: state.height) == nil, state.mode != .confirmingQuit {
        return KeyBindings.action(for: key, in: .normal) == .quit ? handleNormalKey(&state, key) : []
    }
    if state.mode != .help, state.mode != .confirmingQuit { state.message = nil }
    switch state.mode {
    case .normal: return handleNormalKey(&state, key)
    case .replying: return handleReplyKey(&state, key)
    case .wordingWarning:
        switch KeyBindings.action(for: key, in: .wordingWarning) {
        case .editReply?:
            state.mode = .replying
        case .sendAnyway?:
            guard let id = state.activeContactId else { return [] }
            let words = state.wordingHits.map(\.words)
            state.wordingHits = []
            return [.reply(contactId: id, text: state.reply.text.trimmingCharacters(in: .whitespaces)),
                    .recordWordingOverride(contactId: id, words: words)]
        default:
            break
        }
        return []
    case .filteringPhrases: return handleFilterKey(&state, key)
    case .promising: return handlePromiseKey(&state, key)
    case .fillingPhrase: return handleFillKey(&state, key)
    case .complaintList: return handleComplaintListKey(&state, key)
    case .complaintDetail: return handleComplaintDetailKey(&state, key)
    case .complaintPrompt: return handleComplaintPromptKey(&state, key)
    case .followUpScript: return handleFollowUpKey(&state, key)
    case .editingComplaint: return handleComplaintKey(&state, key)
    case .confirmingQuit:
        switch KeyBindings.action(for: key, in: .confirmingQuit) {
        case .confirmQuit?:
            state.isQuitting = true
            return [.quit]
        case .keepWorking?:
            state.mode = .normal
            state.message = nil
        default: break
        }
        return []
    case .help:
        switch KeyBindings.action(for: key, in: .help) {
        case .scrollHelpDown?: state.helpScroll = min(state.helpScroll + 1, HelpOverlay.maxScroll(width: state.width, height: state.height, text: state.text))
        case .scrollHelpUp?: state.helpScroll = max(0, state.helpScroll - 1)
        case .closeHelp?: state.mode = .normal
        default: break
        }
        return []
    }
}

private func handleNormalKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard let action = KeyBindings.action(for: key, in: .normal) else { return [] }
    switch action {
    case .takeNext:
        return [.takeNext]
    case .takeOrOpen:
        return activateFocused(&state)
    case .reply:
        return startReply(&state)
    case .filterPhrases:
        state.focus = .phrases
        state.mode = .filteringPhrases
        return []
    case .complaint:
        openComplaintForm(&state)
        return []
    case .wrapUp:
        guard let id = state.activeContactId else {
            state.message = .error(state.text.nothingToWrapUp)
            return []
        }
        return [.wrapUp(contactId: id)]
    case .pauseOrResume:
        guard let contact = state.activeEntry?.contact, let id = contact.id else {
            state.message = .error(state.text.noActiveContact)
            return []
        }
        return [contact.pausedSince == nil ? .pause(contactId: id) : .resume(contactId: id)]
    case .promise:
        guard state.activeContactId != nil else {
            state.message = .error(state.text.nothingToPromise)
            return []
        }
        state.mode = .promising
        state.promiseField.clear()
    case .openComplaints:
        state.mode = .complaintList
        return [.loadComplaints]
    case .nextPane:
        state.focus = state.focus.next
    case .previousPane:
        state.focus = state.focus.previous
    case .moveDown:
        return move(&state, by: 1)
    case .moveUp:
        return move(&state, by: -1)
    case .help:
        state.mode = .help
        state.helpScroll = 0
    case .quit:
        let held = state.myActiveContacts.count
        if held > 0 {
            state.mode = .confirmingQuit
            state.message = .error(state.text.quitWhileHolding(held))
        } else {
            state.isQuitting = true
            return [.quit]
        }
    default:
        break
    }
    return []
}

/// Enter in normal mode: what it means depends on the pane in focus.
private func activateFocused(_ state: inout AppState) -> [Effect] {
    switch state.focus {
    case .queue:
        guard let entry = state.selectedEntry, let id = entry.contact.id else { return [] }
        if entry.contact.state == .waiting { return [.take(contactId: id)] }
        if entry.contact.agent == state.agent.name {
            state.activeContactId = id
            state.message = .info(state.text.workingOn(id))
            return followDetail(&state)
        }
        state.message = .error(state.text.heldBy(id, entry.contact.agent))
        return []
    case .phrases:
        insertSelectedPhrase(&state)
        return []
    case .complaint:
        openComplaintForm(&state)
        return []
    case .customer:
        return []
    }
}

private func move(_ state: inout AppState, by step: Int) -> [Effect] {
    switch state.focus {
    case .queue:
        let ids = state.entries.compactMap(\.contact.id)
        guard !ids.isEmpty else { return [] }
        let current = state.selectedContactId.flatMap { ids.firstIndex(of: $0) } ?? 0
        state.selectedContactId = ids[min(max(current + step, 0), ids.count - 1)]
        return followDetail(&state)
    case .customer:
        state.customerScroll = max(0, state.customerScroll + step)
    case .phrases:
        movePhraseSelection(&state, by: step)
    case .complaint:
        openComplaintForm(&state)
        moveComplaintField(&state, by: step)
        return [.saveDraft(state.complaint)]
    }
    return []
}

// MARK: - Reply line

/// The active contact if this agent can write to it.
private func writableContact(_ state: AppState) -> Contact? {
    guard let entry = state.activeEntry, entry.contact.channel.isWritten, entry.contact.agent == state.agent.name else {
        return nil
    }
    return entry.contact
}

private func startReply(_ state: inout AppState) -> [Effect] {
    guard writableContact(state) != nil else {
        state.message = .error(state.text.nothingToReply)
        return []
    }
    state.mode = .replying
    return []
}

private func handleReplyKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    if let picker = state.replyPicker, handlePickerKey(&state, picker, key) { return [] }
    switch KeyBindings.action(for: key, in: .replying) {
    case .send?:
        return sendReply(&state)
    case .saveAsPhrase?:
        return saveReplyAsPhrase(&state)
    case .stopReplying?:
        state.mode = .normal
        return []
    default:
        _ = state.reply.handle(key)
        return []
    }
}

/// Keys the `/` picker takes while it is open: ↑/↓ choose, Enter inserts, Esc closes it.
private func handlePickerKey(_ state: inout AppState, _ picker: ReplyPicker, _ key: KeyPress) -> Bool {
    let candidates = picker.candidates(in: state.phrasebook, language: state.phraseLanguage)
    switch key {
    case .down, .ctrl("n"):
        state.pickerSelection = min(state.pickerSelection + 1, max(0, candidates.count - 1))
    case .up, .ctrl("p"):
        state.pickerSelection = max(0, state.pickerSelection - 1)
    case .enter, .tab:
        guard candidates.indices.contains(state.pickerSelection) else { return false }
        insertPhrase(&state, candidates[state.pickerSelection], replaceFrom: picker.slashIndex)
        state.pickerSelection = 0
    case .escape:
        state.pickerDismissedAt = picker.slashIndex
    default:
        // Typing goes on narrowing the query; the best match is selected again.
        state.pickerSelection = 0
        return false
    }
    return true
}

private func sendReply(_ state: inout AppState) -> [Effect] {
    guard let contact = writableContact(state), let id = contact.id else {
        state.message = .error(state.text.noLongerYours)
        state.mode = .normal
        return []
    }
    let text = state.reply.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else {
        state.message = .error(state.text.emptyReply)
        return []
    }
    let unresolved = PhraseTemplate.render(text, values: [:]).unresolved
    if let first = unresolved.first {
        state.message = .error(state.text.fillIn(first))
        return []
    }
    // Checked in every language: an agent may answer a Korean customer in English, and no rule fires outside its script.
    var hits: [WordingHit] = []
    for language in Language.allCases {
        for hit in state.wording.check(state.reply.text, language: language)
        where !hits.contains(where: { $0.range == hit.range && $0.rule.id == hit.rule.id }) {
            hits.append(hit)
        }
    }
    guard hits.isEmpty else {
        state.wordingHits = hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        state.mode = .wordingWarning
        return []
    }
    return [.reply(contactId: id, text: text)]
}

private func handlePaste(_ state: inout AppState, _ text: String) -> [Effect] {
    switch state.mode {
    case .replying:
        state.reply.insert(text)
    case .promising:
        state.promiseField.insert(text)
    case .fillingPhrase:
        state.fillField.insert(text)
    case .filteringPhrases:
        state.phraseFilter.insert(text)
        state.phraseSelection = 0
    case .editingComplaint where state.complaint.focusedField.isText:
        state.complaintEditor.insert(text)
        return storeComplaintEditor(&state)
    default:
        break
    }
    return []
}

// MARK: - Promised reply

private func handlePromiseKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    switch KeyBindings.action(for: key, in: .promising) {
    case .cancelPromise?:
        state.mode = .normal
        state.promiseField.clear()
        return []
    case .confirmPromise?:
        guard let id = state.activeContactId else {
            state.mode = .normal
            return []
        }
        let text = state.promiseField.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return [.promise(contactId: id, due: nil)] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.policy.calendar.timeZone
        guard let due = PromisedTime.parse(text, now: state.now, calendar: calendar) else {
            state.message = .error(state.text.notATime(text))
            return []
        }
        return [.promise(contactId: id, due: due)]
    default:
        _ = state.promiseField.handle(key)
        return []
    }
}

// MARK: - Phrases

private func handleFilterKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    switch KeyBindings.action(for: key, in: .filteringPhrases) {
    case .insertPhrase?:
        insertSelectedPhrase(&state)
    case .nextPhrase?:
        movePhraseSelection(&state, by: 1)
    case .previousPhrase?:
        movePhraseSelection(&state, by: -1)
    case .switchPhraseLanguage?:
        let all = Language.allCases
        state.phraseLanguageChoice = all[((all.firstIndex(of: state.phraseLanguage) ?? 0) + 1) % all.count]
    case .clearFilter?:
        state.phraseFilter.clear()
        state.phraseSelection = 0
        state.phraseLanguageChoice = nil
        state.mode = .normal
    default:
        if state.phraseFilter.handle(key) { state.phraseSelection = 0 }
    }
    return []
}

private func movePhraseSelection(_ state: inout AppState, by step: Int) {
    let count = state.visiblePhrases.count
    guard count > 0 else { return }
    state.phraseSelection = min(max(state.phraseSelection + step, 0), count - 1)
}

/// The phrase selected in the phrases pane goes in (see `insertPhrase`).
private func insertSelectedPhrase(_ state: inout AppState) {
    let phrases = state.visiblePhrases
    guard phrases.indices.contains(state.phraseSelection) else {
        state.message = .error(state.text.noPhraseForFilter)
        return
    }
    let phrase = phrases[state.phraseSelection]
    state.phraseFilter.clear()
    state.phraseSelection = 0
    state.focus = .queue
    insertPhrase(&state, phrase, replaceFrom: nil)
    state.phraseLanguageChoice = nil
}

/// Fills a phrase for this customer. Values nothing on screen knows are asked for first. With a
/// chat or email in hand it goes into the reply line; on a call it is shown as the line to say.
func insertPhrase(_ state: inout AppState, _ phrase: Phrase, replaceFrom: Int?) {
    let template = phrase.text(in: state.phraseLanguage)
    let rendered = PhraseTemplate.render(template, values: state.placeholderValues)
    var asks: [String] = []
    for key in rendered.unresolved where !asks.contains(key) { asks.append(key) }
    guard asks.isEmpty else {
        state.phraseFill = PhraseFill(template: template, asks: asks, replaceFrom: replaceFrom)
        state.fillField.clear()
        state.mode = .fillingPhrase
        return
    }
    place(&state, rendered.text, replaceFrom: replaceFrom)
}

private func place(_ state: inout AppState, _ text: String, replaceFrom: Int?) {
    guard writableContact(state) != nil else {
        state.mode = .normal
        state.message = .info(state.text.sayAloud(text))
        return
    }
    if let start = replaceFrom {
        state.reply.replaceBeforeCursor(from: start, with: text)
    } else {
        if !state.reply.isEmpty, state.reply.text.last != " " { state.reply.insert(" ") }
        state.reply.insert(text)
    }
    state.mode = .replying
}

private func handleFillKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard var fill = state.phraseFill, let asked = fill.current else {
        state.mode = writableContact(state) == nil ? .normal : .replying
        return []
    }
    switch KeyBindings.action(for: key, in: .fillingPhrase) {
    case .confirmFill?:
        let answer = state.fillField.text.trimmingCharacters(in: .whitespaces)
        guard !answer.isEmpty else { return [] }
        fill.answers[asked] = answer
        state.fillField.clear()
        if fill.current == nil {
            state.phraseFill = nil
            place(&state, fill.rendered(values: state.placeholderValues), replaceFrom: fill.replaceFrom)
        } else {
            state.phraseFill = fill
        }
    case .cancelFill?:
        state.phraseFill = nil
        state.mode = writableContact(state) == nil ? .normal : .replying
    default:
        _ = state.fillField.handle(key)
    }
    return []
}

/// Ctrl-S in the reply line: the reply, with this customer's and agent's names turned back into
/// placeholders, becomes one of the agent's phrases in the customer's language.
private func saveReplyAsPhrase(_ state: inout AppState) -> [Effect] {
    var text = state.reply.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else {
        state.message = .error(state.text.emptyReply)
        return []
    }
    if let name = state.placeholderValues["customer.name"] { text = text.replacingOccurrences(of: name, with: "{{customer.name}}") }
    text = text.replacingOccurrences(of: state.agent.displayName, with: "{{agent.name}}")
    let taken = Set(state.phrasebook.phrases.map(\.code))
    let code = (1...).lazy.map { "my-\($0)" }.first { !taken.contains($0) }!
    let title = String(state.reply.text.prefix(24))
    return [.savePhrase(code: code, title: title, text: text, language: state.phraseLanguage)]
}

// MARK: - Complaint form

private func openComplaintForm(_ state: inout AppState) {
    state.focus = .complaint
    state.mode = .editingComplaint
    if state.complaint.customerId == nil, let file = state.customerFile {
        state.complaint.customerId = file.customer.id
        state.complaint.contactId = state.detailContactId
    }
    state.complaintEditor = TextField(state.complaint.text(of: state.complaint.focusedField))
}

private func handleComplaintKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
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
private func storeComplaintEditor(_ state: inout AppState) -> [Effect] {
    state.complaint.setText(state.complaintEditor.text, of: state.complaint.focusedField)
    return [.saveDraft(state.complaint)]
}

private func moveComplaintField(_ state: inout AppState, by step: Int) {
    let fields = ComplaintField.allCases
    let index = fields.firstIndex(of: state.complaint.focusedField) ?? 0
    state.complaint.focusedField = fields[(index + step + fields.count) % fields.count]
    state.complaintEditor = TextField(state.complaint.text(of: state.complaint.focusedField))
}

private func submitComplaint(_ state: inout AppState) -> [Effect] {
    switch state.complaint.complaint(receivedAt: state.now) {
    case .success(let complaint):
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

private func cycle<T: Equatable>(_ value: T?, in all: [T], forward: Bool) -> T? {
    guard let value, let index = all.firstIndex(of: value) else { return forward ? all.first : all.last }
    return all[(index + (forward ? 1 : all.count - 1)) % all.count]
}
