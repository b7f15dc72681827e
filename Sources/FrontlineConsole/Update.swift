import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The console's only state transition: applies one message and says what work to do next.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    let effects = holdWhileUnreachable(&state, apply(&state, msg))
    // Ticks work out to the second only the countdowns on screen (and the crossings of the rest):
    // after any message (a key that moved the selection, a resize) those now on screen are.
    let shown = QueuePane.shownRows(state.queue, width: state.width, height: state.height)
    let crossed = advanceTimers(&state.queue, to: state.now, shown: shown)
    guard !crossed.isEmpty else { return effects }
    let due = state.queue.breachBatch.add(crossed, at: state.now)
    return due.isEmpty ? effects : effects + [.recordBreaches(contactIds: due)]
}

private func apply(_ state: inout AppState, _ msg: Msg) -> [Effect] {
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
        if let held = state.queue.heldReadDue, now >= held {
            state.queue.heldReadDue = nil
            return reevaluateTimers(&state) + [.readHeldQueue] + lookForDatabase(&state)
        }
        return reevaluateTimers(&state) + lookForDatabase(&state)
    case .storeChanged(let topics):
        return refresh(&state, after: topics)
    case .opened, .loggedIn, .loginFailed, .stopRequested:
        return handleLifecycleMessage(&state, msg)
    case .queueLoaded(let rows):
        let crossed = state.queue.replaceAllRows(rows, policy: state.policy, at: state.now)
        noticeAssignments(&state)
        return reevaluateTimers(&state, crossedInRead: crossed) + followDetail(&state)
    case .queueRowsLoaded(let contactIds, let rows):
        let crossed = state.queue.replaceRows(of: contactIds, with: rows, policy: state.policy, at: state.now)
        noticeAssignments(&state)
        return reevaluateTimers(&state, crossedInRead: crossed) + followDetail(&state)
    case .queueReadHeld(let until):
        state.queue.heldReadDue = min(state.queue.heldReadDue ?? until, until)
        return []
    case .serviceLevelsLoaded(let levels):
        state.queue.serviceLevels = levels
        return []
    case .detailLoaded(let contactId, let file, let transcript):
        guard contactId == state.queue.detailTarget else { return [] }
        if contactId != state.customer.contactId { state.customer.scroll = 0 }
        state.customer.contactId = contactId
        state.customer.file = file
        let failedBefore = Set(state.customer.transcript.filter { $0.delivery == .failed }.compactMap(\.id))
        state.customer.transcript = transcript
        // A reply of the agent's that newly failed: said once on the status line, with the connector's reason.
        if let failed = state.lastFailedReply, let id = failed.id, !failedBefore.contains(id) {
            state.message = .error(state.text.replyFailed(at: ClockFormat.timeOfDay.string(from: failed.at),
                                                          reason: SafeText.visible(failed.deliveryReason ?? "")))
        }
        return []
    case .draftLoaded(let draft):
        if let draft {
            state.complaintForm.draft = draft
            state.complaintForm.editFocusedField()
        }
        return []
    case .taken(let contact):
        guard let contact, let id = contact.id else {
            state.message = .info(state.text.queueEmpty)
            return []
        }
        state.queue.activeContactId = id
        state.queue.selectedContactId = id
        state.focus = .queue
        state.shift.heldContactIds?.insert(id)
        state.message = .info(state.text.took(contact.channel, id))
        return [.reloadQueue, .loadDetail(contactId: id)] + (contact.channel == .callback ? [.findFollowUp(contactId: id)] : [])
    case .replied(let message):
        state.reply.field.clear()
        state.reply.wordingHits = []
        state.reply.pickerDismissedAt = nil
        state.mode = .normal
        state.message = .info(state.text.sent)
        return [.reloadQueue, .loadDetail(contactId: message.contactId)]
    case .wrappedUp(let contact, let entry):
        state.queue.activeContactId = state.myActiveContacts.first { $0.id != contact.id }?.id
        state.reply.field.clear()
        if case .wrappingUp = state.mode { state.mode = .normal }
        let codes = entry.map { state.text.wrapUpCodeNames($0.codes, policy: state.policy.wrapUp) } ?? ""
        state.message = .info(codes.isEmpty ? state.text.wrappedUp(contact.id ?? 0) : state.text.wrappedUp(contact.id ?? 0, codes: codes))
        return [.reloadQueue]
    case .timerChanged(let contact):
        state.message = .info(contact.pausedSince == nil ? state.text.timerRunning : state.text.timerPaused(contact.pauseReason ?? ""))
        return [.reloadQueue]
    case .transferTargetFound(let contactId, let target):
        transferTargetFound(&state, contactId: contactId, target)
        return []
    case .handedOver(let contact):
        return handedOver(&state, contact)
    case .askedDepartment(let handoff):
        state.mode = .normal
        state.message = .info(state.text.askedDepartment(handoff.department, handoff.id, ClockFormat.timeOfDay.string(from: handoff.due)))
        return []
    case .customerEdited(_, let changes):
        state.message = .info(state.text.customerSaved(changes.map { state.text.customerFieldLabel($0.field) }))
        return []
    case .replyResent:
        state.message = .info(state.text.replyResent)
        return []
    case .noteAdded(let note):
        state.mode = .normal
        state.message = .info(state.text.noteAdded(note.contactId))
        return []
    case .promised(let callback):
        state.mode = .normal
        state.message = .info(state.text.promised(ClockFormat.dayAndTime.string(from: callback.queuedAt)))
        return [.reloadQueue]
    case .followUpBooked(let callback):
        state.mode = .normal
        state.message = .info(state.text.followUpBooked(ClockFormat.dayAndTime.string(from: callback.queuedAt)))
        return [.reloadQueue]
    case .phraseSaved(let phrase):
        state.phrasebook = state.phrasebook.merging(Phrasebook(phrases: [phrase]))
        state.message = .info(state.text.phraseSaved(phrase.code))
        return []
    case .complaintFiled(let complaint):
        state.complaintForm = ComplaintFormState(agent: state.agent.name)
        state.mode = .normal
        state.message = .info(state.text.complaintFiled(complaint.id ?? 0))
        return state.queue.detailTarget.map { [.loadDetail(contactId: $0)] } ?? []
    case .failed(let text):
        state.message = .error(text)
        return []
    case .complaintsLoaded, .complaintLoaded, .complaintStepped, .followUpFound:
        return handleComplaintMessage(&state, msg)
    case .agentStatusLoaded, .stateChanged, .openItemsLoaded, .offerAccepted, .loggedOut:
        return handleShiftMessage(&state, msg)
    case .databaseUnreachable, .databaseBack, .replyOutcome, .unsentLoaded:
        return handleOutageMessage(&state, msg)
    }
}

// MARK: - Timers and selection

/// Recomputes every timer at `state.now`, keeps the selection sensible, and asks
/// the store to record breaches this console has not yet reported, a batch at a time.
/// `crossedInRead`: rows just read and merged in already breached (`QueueState.replaceRows`).
func reevaluateTimers(_ state: inout AppState, crossedInRead: [Int64] = []) -> [Effect] {
    let now = state.now
    var crossed = crossedInRead
    // A tick's crossings wait for their batch; those a full evaluation or a read finds (at start,
    // the whole queue's misses) are written at once, with any still waiting.
    var writeNow = !crossedInRead.isEmpty
    if let timeline = state.queue.timeline, timeline.orderHolds(at: now, entryCount: state.queue.entries.count) {
        crossed += advanceTimers(&state.queue, to: now, shown: 0..<0)   // `update` does those on screen
    } else {
        let found = evaluateQueue(&state.queue, policy: state.policy, at: now)
        crossed += found
        writeNow = writeNow || !found.isEmpty
    }
    // Work on a contact this agent holds (after a restart too), never on one that is gone or passed on.
    let mine = state.myActiveContacts
    if state.queue.activeContactId.map({ active in !mine.contains { $0.id == active } }) ?? true {
        state.queue.activeContactId = mine.first?.id
    }
    if state.queue.index(of: state.queue.selectedContactId) == nil {
        state.queue.selectedContactId = state.queue.activeContactId ?? state.queue.entries.first?.contact.id
    }
    var due = state.queue.breachBatch.add(crossed, at: now)
    if writeNow { due += state.queue.breachBatch.takeAll() }
    return due.isEmpty ? [] : [.recordBreaches(contactIds: due)]
}

/// Keeps the customer file on the contact it should show: clears it when there is none,
/// loads it when that contact changed (or always, when `force`).
func followDetail(_ state: inout AppState, force: Bool = false) -> [Effect] {
    guard let target = state.queue.detailTarget else {
        state.customer.file = nil
        state.customer.transcript = []
        state.customer.contactId = nil
        return []
    }
    return force || target != state.customer.contactId ? [.loadDetail(contactId: target)] : []
}

// MARK: - Keys

func handleKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    // On a screen too small to draw the panes, only quitting makes sense.
    if ConsoleLayout(width: state.width, height: state.height) == nil {
        switch state.mode {
        case .confirmingQuit, .writingHandover: break
        default: return KeyBindings.action(for: key, in: .normal) == .quit ? handleNormalKey(&state, key) : []
        }
    }
    switch state.mode {
    case .help, .confirmingQuit, .confirmingAway: break
    default: state.message = nil
    }
    if let action = ringingCallAction(state, key) { return handleShiftAction(&state, action) }
    // A key that cannot act now says why, from the same rule the key bar hides it by.
    if let reason = KeyBindings.refusal(for: key, in: state) {
        state.message = .error(reason)
        return []
    }
    switch state.mode {
    case .normal: return handleNormalKey(&state, key)
    case .replying: return handleReplyKey(&state, key)
    case .wordingWarning:
        switch KeyBindings.action(for: key, in: state.mode) {
        case .editReply?:
            state.mode = .replying
        case .sendAnyway?:
            guard let id = state.queue.activeContactId else { return [] }
            let words = state.reply.wordingHits.map(\.words)
            state.reply.wordingHits = []
            return [.reply(contactId: id, text: state.reply.field.text.trimmingCharacters(in: .whitespaces)),
                    .recordWordingOverride(contactId: id, words: words)]
        default:
            break
        }
        return []
    case .filteringPhrases: return handleFilterKey(&state, key)
    case .promising: return handlePromiseKey(&state, key)
    case .bookingFollowUp: return handleBookingKey(&state, key)
    case .wrappingUp: return handleWrapUpKey(&state, key)
    case .writingNote: return handleNoteKey(&state, key)
    case .handingOver: return handleHandOverKey(&state, key)
    case .editingCustomer: return handleCustomerEditKey(&state, key)
    case .fillingPhrase: return handleFillKey(&state, key)
    case .complaintList: return handleComplaintListKey(&state, key)
    case .complaintDetail: return handleComplaintDetailKey(&state, key)
    case .complaintPrompt: return handleComplaintPromptKey(&state, key)
    case .followUpScript: return handleFollowUpKey(&state, key)
    case .editingComplaint: return handleComplaintKey(&state, key)
    case .confirmingQuit:
        switch KeyBindings.action(for: key, in: state.mode) {
        case .confirmQuit?:
            return beginLogOut(&state)
        case .keepWorking?:
            state.mode = .normal
            state.message = nil
        default: break
        }
        return []
    case .readingHandover, .pickingState, .writingHandover, .confirmingAway:
        return handleShiftModeKey(&state, key)
    case .help(let scroll):
        switch KeyBindings.action(for: key, in: state.mode) {
        case .scrollHelpDown?:
            let most = HelpOverlay.maxScroll(sections: KeyBindings.helpSections(state.text), width: state.width, height: state.height)
            state.mode = .help(scroll: min(scroll + 1, most))
        case .scrollHelpUp?: state.mode = .help(scroll: max(0, scroll - 1))
        case .closeHelp?: state.mode = .normal
        default: break
        }
        return []
    }
}

func handleNormalKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
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
        guard let id = state.queue.activeContactId else { return [] }
        // A follow-up call's wrap-up asks what came of it.
        let isFollowUp = state.queue.activeEntry?.contact.purpose?.isFollowUp == true
        var form = WrapUpForm(contactId: id, asksAnswer: isFollowUp)
        form.answer = state.answerGivenDuringCall
        state.mode = .wrappingUp(form)
    case .resendFailed:
        guard let id = state.lastFailedReply?.id else { return [] }
        return [.resend(messageId: id)]
    case .pauseOrResume:
        guard let contact = state.queue.activeEntry?.contact, let id = contact.id else { return [] }
        return [contact.pausedSince == nil ? .pause(contactId: id) : .resume(contactId: id)]
    case .promise:
        state.mode = .promising(TextField())
    case .bookFollowUp:
        state.mode = .bookingFollowUp(TextField())
    case .addNote:
        startNote(&state)
    case .transfer:
        startHandOver(&state, escalating: false)
    case .escalate:
        startHandOver(&state, escalating: true)
    case .handOff:
        if let contactId = state.queue.activeContactId {
            state.mode = .handingOver(.handoffDepartment, contactId: contactId, field: TextField())
        } else {
            state.message = .error(state.text.nothingToTransfer)
        }
    case .editCustomer:
        startCustomerEdit(&state)
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
        state.mode = .help(scroll: 0)
    case .quit:
        return askToLeave(&state)
    case .pickState, .endWrapUp, .acceptOffer, .declineOffer:
        return handleShiftAction(&state, action)
    default:
        break
    }
    return []
}

/// Enter in normal mode: what it means depends on the pane in focus.
func activateFocused(_ state: inout AppState) -> [Effect] {
    switch state.focus {
    case .queue:
        guard let entry = state.queue.selectedEntry, let id = entry.contact.id else { return [] }
        if entry.contact.state == .waiting { return [.take(contactId: id)] }
        guard entry.contact.agent == state.agent.name else { return [] }
        state.queue.activeContactId = id
        state.message = .info(state.text.workingOn(id))
        return followDetail(&state)
    case .phrases:
        insertSelectedPhrase(&state)
        return []
    case .complaint:
        openComplaintForm(&state)
        return []
    case .customer:
        startCustomerEdit(&state)
        return []
    }
}

func move(_ state: inout AppState, by step: Int) -> [Effect] {
    switch state.focus {
    case .queue:
        let ids = state.queue.entries.compactMap(\.contact.id)
        guard !ids.isEmpty else { return [] }
        let current = state.queue.selectedContactId.flatMap { ids.firstIndex(of: $0) } ?? 0
        state.queue.selectedContactId = ids[min(max(current + step, 0), ids.count - 1)]
        return followDetail(&state)
    case .customer:
        state.customer.scroll = max(0, state.customer.scroll + step)
    case .phrases:
        movePhraseSelection(&state, by: step)
    case .complaint:
        openComplaintForm(&state)
        moveComplaintField(&state, by: step)
        return [.saveDraft(state.complaintForm.draft)]
    }
    return []
}
