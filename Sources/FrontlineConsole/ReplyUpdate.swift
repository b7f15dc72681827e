import Foundation
import FrontlineCore
import FrontlineScreen

// The reply line, the promised reply time, and the phrases that go into replies.

/// The active contact if this agent can write to it.
func writableContact(_ state: AppState) -> Contact? {
    guard let entry = state.queue.activeEntry, entry.contact.channel.isWritten, entry.contact.agent == state.agent.name else {
        return nil
    }
    return entry.contact
}

func startReply(_ state: inout AppState) -> [Effect] {
    state.mode = .replying
    return []
}

func handleReplyKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    if let picker = state.replyPicker, handlePickerKey(&state, picker, key) { return [] }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .send?:
        return sendReply(&state)
    case .saveAsPhrase?:
        return saveReplyAsPhrase(&state)
    case .stopReplying?:
        state.mode = .normal
        return []
    default:
        _ = state.reply.field.handle(key)
        return []
    }
}

/// Keys the `/` picker takes while it is open: ↑/↓ choose, Enter inserts, Esc closes it.
func handlePickerKey(_ state: inout AppState, _ picker: ReplyPicker, _ key: KeyPress) -> Bool {
    let candidates = picker.candidates(in: state.phrasebook, language: state.phraseLanguage)
    switch key {
    case .down, .ctrl("n"):
        state.reply.pickerSelection = min(state.reply.pickerSelection + 1, max(0, candidates.count - 1))
    case .up, .ctrl("p"):
        state.reply.pickerSelection = max(0, state.reply.pickerSelection - 1)
    case .enter, .tab:
        guard candidates.indices.contains(state.reply.pickerSelection) else { return false }
        insertPhrase(&state, candidates[state.reply.pickerSelection], replaceFrom: picker.slashIndex)
        state.reply.pickerSelection = 0
    case .escape:
        state.reply.pickerDismissedAt = picker.slashIndex
    default:
        // Typing goes on narrowing the query; the best match is selected again.
        state.reply.pickerSelection = 0
        return false
    }
    return true
}

func sendReply(_ state: inout AppState) -> [Effect] {
    // The send key's rule (KeyRules.send) has checked the contact, the text and its placeholders.
    guard let contact = writableContact(state), let id = contact.id else { return [] }
    let text = state.reply.field.text.trimmingCharacters(in: .whitespaces)
    // Checked in every language: an agent may answer a Korean customer in English, and no rule fires outside its script.
    var hits: [WordingHit] = []
    for language in Language.allCases {
        for hit in state.wording.check(state.reply.field.text, language: language)
        where !hits.contains(where: { $0.range == hit.range && $0.rule.id == hit.rule.id }) {
            hits.append(hit)
        }
    }
    guard hits.isEmpty else {
        state.reply.wordingHits = hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        state.mode = .wordingWarning
        return []
    }
    return [.reply(contactId: id, text: text)]
}

func handlePaste(_ state: inout AppState, _ text: String) -> [Effect] {
    switch state.mode {
    case .replying:
        state.reply.field.insert(text)
    case .promising, .bookingFollowUp, .writingHandover, .fillingPhrase, .writingNote, .handingOver, .editingCustomer:
        state.mode.typedField?.insert(text)
    case .wrappingUp:
        handleWrapUpPaste(&state, text)
    case .filteringPhrases:
        state.phrases.filter.insert(text)
        state.phrases.selection = 0
    case .editingComplaint where state.complaintForm.draft.focusedField.isText:
        state.complaintForm.editor.insert(text)
        return storeComplaintEditor(&state)
    default:
        break
    }
    return []
}

// MARK: - Promised reply

func handlePromiseKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .promising(let field) = state.mode else { return [] }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .cancelPromise?:
        state.mode = .normal
        return []
    case .confirmPromise?:
        guard let id = state.queue.activeContactId else {
            state.mode = .normal
            return []
        }
        let text = field.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return [.promise(contactId: id, due: nil)] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.policy.calendar.timeZone
        guard let due = PromisedTime.parse(text, now: state.now, calendar: calendar) else {
            state.message = .error(state.text.notATime(text))
            return []
        }
        // The store's own rule, said here in the agent's words before anything is sent.
        switch state.policy.promiseProblem(due: due, at: state.now) {
        case .passed?:
            state.message = .error(state.text.promisePassed)
            return []
        case .beyondLimit(let latest)?:
            state.message = .error(state.text.promiseTooLate(ClockFormat.dayAndTime.string(from: latest),
                                                              limit: DurationFormat.minutes(Int(state.policy.promiseLimit))))
            return []
        case nil:
            return [.promise(contactId: id, due: due)]
        }
    default:
        _ = state.mode.typedField?.handle(key)
        return []
    }
}

// MARK: - Phrases

func handleFilterKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    switch KeyBindings.action(for: key, in: state.mode) {
    case .insertPhrase?:
        insertSelectedPhrase(&state)
    case .nextPhrase?:
        movePhraseSelection(&state, by: 1)
    case .previousPhrase?:
        movePhraseSelection(&state, by: -1)
    case .switchPhraseLanguage?:
        let all = Language.allCases
        state.phrases.languageChoice = all[((all.firstIndex(of: state.phraseLanguage) ?? 0) + 1) % all.count]
    case .clearFilter?:
        state.phrases.reset()
        state.mode = .normal
    default:
        if state.phrases.filter.handle(key) { state.phrases.selection = 0 }
    }
    return []
}

func movePhraseSelection(_ state: inout AppState, by step: Int) {
    let count = state.visiblePhrases.count
    guard count > 0 else { return }
    state.phrases.selection = min(max(state.phrases.selection + step, 0), count - 1)
}

/// The phrase selected in the phrases pane goes in (see `insertPhrase`).
func insertSelectedPhrase(_ state: inout AppState) {
    let phrases = state.visiblePhrases
    guard phrases.indices.contains(state.phrases.selection) else {
        state.message = .error(state.text.noPhraseForFilter)
        return
    }
    let phrase = phrases[state.phrases.selection]
    state.phrases.filter.clear()
    state.phrases.selection = 0
    state.focus = .queue
    insertPhrase(&state, phrase, replaceFrom: nil)
    state.phrases.languageChoice = nil
}

/// Fills a phrase for this customer. Values nothing on screen knows are asked for first. With a
/// chat or email in hand it goes into the reply line; on a call it is shown as the line to say.
func insertPhrase(_ state: inout AppState, _ phrase: Phrase, replaceFrom: Int?) {
    let template = phrase.text(in: state.phraseLanguage)
    let rendered = PhraseTemplate.render(template, values: state.placeholderValues)
    var asks: [String] = []
    for key in rendered.unresolved where !asks.contains(key) { asks.append(key) }
    guard asks.isEmpty else {
        state.mode = .fillingPhrase(PhraseFill(template: template, asks: asks, replaceFrom: replaceFrom), answer: TextField())
        return
    }
    place(&state, rendered.text, replaceFrom: replaceFrom)
}

func place(_ state: inout AppState, _ text: String, replaceFrom: Int?) {
    guard writableContact(state) != nil else {
        state.mode = .normal
        state.message = .info(state.text.sayAloud(text))
        return
    }
    if let start = replaceFrom {
        state.reply.field.replaceBeforeCursor(from: start, with: text)
    } else {
        if !state.reply.field.isEmpty, state.reply.field.text.last != " " { state.reply.field.insert(" ") }
        state.reply.field.insert(text)
    }
    state.mode = .replying
}

func handleFillKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .fillingPhrase(var fill, let field) = state.mode, let asked = fill.current else {
        state.mode = writableContact(state) == nil ? .normal : .replying
        return []
    }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .confirmFill?:
        let answer = field.text.trimmingCharacters(in: .whitespaces)
        guard !answer.isEmpty else { return [] }
        fill.answers[asked] = answer
        if fill.current == nil {
            place(&state, fill.rendered(values: state.placeholderValues), replaceFrom: fill.replaceFrom)
        } else {
            // The next question starts with an empty answer.
            state.mode = .fillingPhrase(fill, answer: TextField())
        }
    case .cancelFill?:
        state.mode = writableContact(state) == nil ? .normal : .replying
    default:
        _ = state.mode.typedField?.handle(key)
    }
    return []
}

/// Ctrl-S in the reply line: the reply, with this customer's and agent's names turned back into
/// placeholders, becomes one of the agent's phrases in the customer's language. Its title is its
/// start without the names, so no customer's name is kept in the phrasebook's list.
func saveReplyAsPhrase(_ state: inout AppState) -> [Effect] {
    var text = state.reply.field.text.trimmingCharacters(in: .whitespaces)
    if let name = state.placeholderValues["customer.name"] { text = text.replacingOccurrences(of: name, with: "{{customer.name}}") }
    text = text.replacingOccurrences(of: state.agent.displayName, with: "{{agent.name}}")
    let taken = Set(state.phrasebook.phrases.map(\.code))
    let code = (1...).lazy.map { "my-\($0)" }.first { !taken.contains($0) }!
    return [.savePhrase(code: code, title: phraseTitle(text), text: text, language: state.phraseLanguage)]
}

/// A saved reply's title: its first words with every placeholder left out, at most 24 characters.
func phraseTitle(_ text: String) -> String {
    var characters = Array(text)
    for placeholder in PhraseTemplate.render(text, values: [:]).unresolvedPlaceholders.reversed() {
        characters.removeSubrange(placeholder.range)
    }
    // What stood beside a name closes up: "Thanks {{customer.name}}, ..." is titled "Thanks, ...".
    var words = String(characters).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for mark in [",", ".", "!", "?", "，", "。", "！", "？"] { words = words.replacingOccurrences(of: " " + mark, with: mark) }
    words = words.trimmingCharacters(in: CharacterSet(charactersIn: ",.，、。 "))
    return words.count > 24 ? String(words.prefix(23)) + "…" : words
}
