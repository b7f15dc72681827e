import Foundation
import FrontlineCore

/// Why a key of the console cannot act now: the rules the key table hangs on its bindings. Each
/// returns the reason in the agent's language, or nil when the key may act. The key bar and the
/// key handler both read them through the binding, so what the bar offers is what a key does.
enum KeyRules {
    // MARK: Normal mode

    /// Enter: what it opens depends on the pane in focus.
    @Sendable static func takeOrOpen(_ state: AppState) -> String? {
        switch state.focus {
        case .queue:
            guard let entry = state.queue.selectedEntry, let id = entry.contact.id else { return state.text.noContactSelected }
            if entry.contact.state == .waiting, let audience = state.policy.audience(of: entry.contact),
               !audience.admits(state.agent, at: state.now) {
                return state.text.waitsFor(id, audience)
            }
            if entry.contact.state == .waiting, state.policy.audience(of: entry.contact) == nil,
               let hold = state.policy.ownerHold(on: entry.contact, assignedAgent: entry.assignedAgent),
               hold.keeps(from: state.agent.name, at: state.now) {
                return state.text.keptForOwner(id, hold.keeper, until: hold.until)
            }
            if entry.contact.state == .waiting || entry.contact.agent == state.agent.name { return nil }
            return state.text.heldBy(id, entry.contact.agent)
        case .phrases: return state.visiblePhrases.isEmpty ? state.text.noPhraseForFilter : nil
        case .customer: return editCustomer(state)
        case .complaint: return nil
        }
    }

    @Sendable static func reply(_ state: AppState) -> String? {
        writableContact(state) == nil ? state.text.nothingToReply : nil
    }

    /// A reply of this agent's on screen that a connector said failed.
    @Sendable static func resendFailed(_ state: AppState) -> String? {
        state.lastFailedReply == nil ? state.text.noFailedReply : nil
    }

    @Sendable static func wrapUp(_ state: AppState) -> String? {
        state.queue.activeContactId == nil ? state.text.nothingToWrapUp : nil
    }

    /// Resuming always works; pausing needs a running timer the policy lets pause (as the store checks).
    @Sendable static func pauseOrResume(_ state: AppState) -> String? {
        guard let contact = state.queue.activeEntry?.contact, contact.id != nil else { return state.text.noActiveContact }
        if contact.pausedSince != nil { return nil }
        guard let timer = state.policy.runningTimer(for: contact) else { return state.text.noTimerToPause }
        return timer.rule.pausable ? nil : state.text.timerNotPausable(contact.channel)
    }

    @Sendable static func bookFollowUp(_ state: AppState) -> String? {
        state.queue.activeContactId == nil ? state.text.nothingToBookOn : nil
    }

    @Sendable static func confirmBooking(_ state: AppState) -> String? {
        guard state.queue.activeContactId != nil else { return state.text.nothingToBookOn }
        guard case .bookingFollowUp(let field) = state.mode else { return nil }
        return field.text.trimmingCharacters(in: .whitespaces).isEmpty ? state.text.typeFirst(state.text.bookingLabel) : nil
    }

    @Sendable static func promise(_ state: AppState) -> String? {
        state.queue.activeContactId == nil ? state.text.nothingToPromise : nil
    }

    /// `i` writes on the contact whose customer file is on screen, held or only selected.
    @Sendable static func addNote(_ state: AppState) -> String? {
        state.customer.contactId == nil ? state.text.noContactForNote : nil
    }

    /// `t` and `E` pass on the contact in hand.
    @Sendable static func handOver(_ state: AppState) -> String? {
        state.queue.activeContactId == nil ? state.text.nothingToTransfer : nil
    }

    /// Enter in a transfer or escalation prompt needs something typed.
    @Sendable static func confirmHandOver(_ state: AppState) -> String? {
        guard case .handingOver(_, _, let field) = state.mode else { return nil }
        return field.text.trimmingCharacters(in: .whitespaces).isEmpty ? state.text.emptyHandOver : nil
    }

    // MARK: Wrap-up box

    /// Enter picks the code typed, so it may always act then; otherwise it wraps up only what the
    /// Core rule accepts, and says what is missing.
    @Sendable static func confirmWrapUp(_ state: AppState) -> String? {
        guard case .wrappingUp(let form) = state.mode else { return nil }
        if form.part == .codes && !form.find.isEmpty {
            return wrapUpMatches(state, form).isEmpty ? state.text.wrapUpNoMatch(form.find.text, count: state.policy.wrapUp.codes.count) : nil
        }
        if case .failure(let problem) = state.policy.wrapUp.check(form.entryToSend) { return state.text.wrapUpProblem(problem) }
        if form.asksAnswer && form.answer == nil { return state.text.wrapUpNeedsAnswer }
        return nil
    }

    /// Space types a space in the summary; in the codes it needs a code to pick.
    @Sendable static func toggleWrapUpChoice(_ state: AppState) -> String? {
        guard case .wrappingUp(let form) = state.mode, form.part == .codes else { return nil }
        let shown = wrapUpMatches(state, form)
        return shown.isEmpty ? state.text.wrapUpNoMatch(form.find.text, count: state.policy.wrapUp.codes.count) : nil
    }

    /// The codes the typed text finds, in the console's language.
    static func wrapUpMatches(_ state: AppState, _ form: WrapUpForm) -> [WrapUpCode] {
        state.policy.wrapUp.matching(form.find.text) { state.text.wrapUpCodeName($0) }
    }

    // MARK: The customer file

    /// `u` (and Enter on the customer pane) edits the file on screen; a merged file is read-only.
    @Sendable static func editCustomer(_ state: AppState) -> String? {
        guard let customer = state.customer.file?.customer, customer.id != nil else { return state.text.noCustomerFileToEdit }
        return customer.mergedInto.map { state.text.customerWasMerged($0) }
    }

    /// Enter in the customer file's field: the file must still be the one on screen.
    @Sendable static func saveCustomerField(_ state: AppState) -> String? {
        guard case .editingCustomer(let edit) = state.mode else { return nil }
        return state.customer.file?.customer.id == edit.customerId ? nil : state.text.noCustomerFileToEdit
    }

    @Sendable static func endWrapUp(_ state: AppState) -> String? {
        state.agent.presence(at: state.now) == .wrapUp ? nil : state.text.notInWrapUp
    }

    @Sendable static func answerOffer(_ state: AppState) -> String? {
        state.shift.ringing(at: state.now) == nil ? state.text.nothingRinging : nil
    }

    // MARK: Typing

    /// Sending needs a contact to write to, some text, and every placeholder filled.
    @Sendable static func send(_ state: AppState) -> String? {
        guard writableContact(state) != nil else { return state.text.noLongerYours }
        if state.reply.field.text.trimmingCharacters(in: .whitespaces).isEmpty { return state.text.emptyReply }
        // While the `/` picker is open, Enter inserts its phrase: no placeholder is checked yet.
        if state.replyPicker == nil, let first = PhraseTemplate.render(state.reply.field.text, values: [:]).unresolved.first {
            return state.text.fillIn(first)
        }
        return nil
    }

    @Sendable static func saveAsPhrase(_ state: AppState) -> String? {
        state.reply.field.text.trimmingCharacters(in: .whitespaces).isEmpty ? state.text.emptyReply : nil
    }

    @Sendable static func sendAnyway(_ state: AppState) -> String? {
        writableContact(state) == nil ? state.text.noLongerYours : nil
    }

    @Sendable static func confirmPromise(_ state: AppState) -> String? {
        state.queue.activeContactId == nil ? state.text.nothingToPromise : nil
    }

    /// A phrase's value: something must be typed before the phrase can go in.
    @Sendable static func confirmFill(_ state: AppState) -> String? {
        guard case .fillingPhrase(let fill, let answer) = state.mode, let asked = fill.current else { return nil }
        return answer.text.trimmingCharacters(in: .whitespaces).isEmpty ? state.text.typeFirst(state.text.fillLabel(asked)) : nil
    }

    @Sendable static func insertPhrase(_ state: AppState) -> String? {
        state.visiblePhrases.indices.contains(state.phrases.selection) ? nil : state.text.noPhraseForFilter
    }

    // MARK: Complaints

    @Sendable static func openComplaint(_ state: AppState) -> String? {
        state.complaints.list.indices.contains(state.complaints.selection) ? nil : state.text.noComplaintToOpen
    }

    /// A step of the complaint loop on the open complaint: Core's lifecycle decides whether it may
    /// be taken now; this says why not in the agent's words. `step` is the step the key starts
    /// (with stand-in text for the steps that ask for some), nil when what it needs is missing:
    /// then `missing` says what (a solution to offer, one on offer).
    static func complaintStep(_ state: AppState, missing: String? = nil, _ step: (ComplaintDetail) -> ComplaintStep?) -> String? {
        guard let detail = state.complaints.open else { return state.text.complaintLoading }
        let complaint = detail.complaint, id = complaint.id ?? 0
        if complaint.state.isClosed { return state.text.complaintClosed(id) }
        guard let step = step(detail) else { return missing }
        let current = ComplaintCase(complaint: complaint, solutions: detail.solutions, followUps: detail.followUps)
        let required = state.policy.followUps.complaintFollowUps
        guard case .failure = current.applying(step, by: state.agent.name, role: state.actingRole, requiredFollowUps: required,
                                               at: state.now) else { return nil }
        switch step {
        case .archive where complaint.state == .followedUp && current.followUpsOwed(required: required) > 0:
            return state.text.moreFollowUpsNeeded(id, done: current.followUps.count, required: required)
        case .approve where state.actingRole != .supervisor:
            return state.text.onlySupervisorApproves
        case .implement where complaint.severity == .major && current.acceptedSolution != nil && complaint.state != .approved:
            return state.text.majorNeedsApproval(id)
        case .followUp where complaint.state != .implemented && complaint.state != .followedUp:
            return state.text.followUpNotResolved(id, complaint.state, current.nextStep)
        default:
            return state.text.complaintNotYet(id, complaint.state, current.nextStep)
        }
    }

    /// Enter in a complaint step's prompt: the steps that record what was typed need something typed.
    @Sendable static func confirmPrompt(_ state: AppState) -> String? {
        guard case .complaintPrompt(let purpose, let field) = state.mode else { return nil }
        switch purpose {
        case .rejectionExplanation, .department, .solution, .paraphrase:
            return field.text.trimmingCharacters(in: .whitespaces).isEmpty ? state.text.typeFirst(state.text.promptLabel(purpose)) : nil
        case .followUpNote, .cause, .compensation, .aboutAgent:
            return nil
        }
    }
}
