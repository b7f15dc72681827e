import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineStoreAPI

// Losing the database and getting it back: the banner, the reply and draft kept in memory and on
// disk, the draft saved and the banner cleared once the database answers again, with no key press.

func handleOutageMessage(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case let .databaseUnreachable(failed, outcomeUnknown, transaction):
        databaseLost(&state, failed: failed, outcomeUnknown: outcomeUnknown, transaction: transaction)
        return []
    case .databaseBack:
        return databaseBack(&state)
    case .replyOutcome(let outcome):
        settleReply(&state, outcome)
        return []
    case .unsentLoaded(let work):
        return restoreUnsent(&state, work)
    default:
        return []
    }
}

private func databaseLost(_ state: inout AppState, failed: Effect, outcomeUnknown: Bool, transaction: Int64?) {
    var outage = state.outage ?? DatabaseOutage(since: state.now)
    switch failed {
    case let .reply(_, text):
        // The reply stays in the reply line, to be sent again once the database is back.
        outage.reply = outcomeUnknown ? .mayHaveBeenSent : .notSent
        outage.replyToAsk = outcomeUnknown ? transaction.map { DatabaseOutage.UnansweredReply(transaction: $0, text: text) } : nil
        if state.mode == .wordingWarning { state.mode = .replying }
        state.message = .error(outcomeUnknown ? state.text.say(.replyOutcomeUnknown) : state.text.say(.replyNotSentUnreachable))
    case .saveDraft:
        outage.draftUnsaved = true
    case .recordWordingOverride:
        // Follows a reply sent anyway: the reply's own message says what matters.
        break
    case let effect where effect.onlyReads:
        // Nothing was asked to change: the banner says enough, and everything is read again when it is back.
        break
    default:
        state.message = .error(state.text.say(outcomeUnknown ? .problemOutcomeUnknown : .problemUnreachable))
    }
    state.outage = outage
}

private func databaseBack(_ state: inout AppState) -> [Effect] {
    guard let outage = state.outage else { return [] }
    state.outage = nil
    var effects: [Effect] = []
    if outage.draftUnsaved { effects.append(.saveDraft(state.complaintForm.draft)) }
    // After the draft's save: if that fails, the outage starts again and the file is written again.
    effects.append(.forgetUnsent)
    let said: ConsoleMessage
    switch outage.reply {
    case .notSent where !state.reply.field.text.isEmpty: said = .databaseBackReplyNotSent
    case .mayHaveBeenSent where !state.reply.field.text.isEmpty:
        if let asked = outage.replyToAsk, asked.text == state.reply.field.text {
            // The database can say whether it went out: asked now; until it answers, check the conversation.
            state.replyAsked = asked
            effects.append(.askReplyOutcome(transaction: asked.transaction))
        }
        said = .databaseBackReplyUnknown
    default: said = outage.draftUnsaved ? .databaseBackDraftSaved : .databaseBack
    }
    state.message = .info(state.text.say(said))
    // Whatever other consoles did meanwhile is read again, as at log-in.
    return effects + refresh(&state, after: [.everything])
}

/// The database's answer about a reply whose commit went unanswered. Kept: it went out, and the
/// reply line (still holding just that text) is emptied; not kept: it is to be sent again.
private func settleReply(_ state: inout AppState, _ outcome: CommitOutcome) {
    guard let asked = state.replyAsked else { return }
    state.replyAsked = nil
    switch outcome {
    case .kept:
        if state.reply.field.text == asked.text { state.reply.field = TextField("") }
        state.message = .info(state.text.say(.databaseBackReplyWasSent))
    case .notKept:
        state.message = .info(state.text.say(.databaseBackReplyNotSent))
    case .unknown:
        break
    }
}

/// Work an earlier console kept on disk and never saved: the reply goes back into an empty reply
/// line, the draft into the form and the database.
private func restoreUnsent(_ state: inout AppState, _ work: UnsentWork?) -> [Effect] {
    guard let work, work.agent == state.agent.name else { return [] }
    if state.reply.field.text.isEmpty, !work.reply.isEmpty { state.reply.field = TextField(work.reply) }
    var effects: [Effect] = []
    if let draft = work.draft {
        state.complaintForm.draft = draft
        state.complaintForm.editFocusedField()
        effects.append(.saveDraft(draft))
    }
    return effects + [.forgetUnsent]
}

/// While the database cannot be reached: the draft's saves wait for it (each would fail anyway),
/// and what the agent has typed is written to disk whenever it changed; after a tick, a look for
/// the database once a second.
func holdWhileUnreachable(_ state: inout AppState, _ effects: [Effect]) -> [Effect] {
    guard var outage = state.outage else { return effects }
    var held: [Effect] = []
    for effect in effects {
        if case .saveDraft = effect { outage.draftUnsaved = true } else { held.append(effect) }
    }
    let work = UnsentWork(agent: state.agent.name, reply: state.reply.field.text,
                          replyContactId: state.reply.field.text.isEmpty ? nil : state.queue.activeContactId,
                          draft: state.complaintForm.draft)
    if outage.kept != work {
        outage.kept = work
        held.append(.keepUnsent(work))
    }
    if outage != state.outage { state.outage = outage }
    return held
}

/// A tick during an outage: a look for the database when its time has come.
func lookForDatabase(_ state: inout AppState) -> [Effect] {
    guard var outage = state.outage, state.now >= outage.nextLook else { return [] }
    outage.nextLook = state.now.addingTimeInterval(DatabaseOutage.lookInterval)
    state.outage = outage
    return [.lookForDatabase]
}

extension Effect {
    /// Work that only reads: failing, it leaves nothing half done and nothing to tell the agent.
    var onlyReads: Bool {
        switch self {
        case .reloadQueue, .followQueue, .followQueueRows, .readHeldQueue, .loadServiceLevels, .loadDetail, .loadDraft,
             .loadComplaints, .loadComplaint, .findFollowUp, .loadAgentStatus, .loadOpenItems, .findTransferTarget,
             .lookForDatabase, .loadUnsent, .askReplyOutcome:
            true
        default:
            false
        }
    }
}
