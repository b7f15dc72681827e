import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

extension ConsoleProgram {
    /// Does one piece of work `update` asked for against the store, and reports what came of it.
    public func perform(_ effect: Effect) -> [Msg] {
        let agent = state.agent.name
        do {
            switch effect {
            case .reloadQueue:
                return try readQueue(.whole)
            case .followQueue, .followQueueRows:
                let wanted: QueueReadPacing.Held = if case .followQueueRows(let ids) = effect { .rows(Set(ids)) } else { .whole }
                switch queueReads.ask(wanted, at: clock.now) {
                case .read(let read): return try readQueue(read)
                case .wait(let until): return [.queueReadHeld(until: until)]
                }
            case .readHeldQueue:
                return try queueReads.takeHeld(at: clock.now).map(readQueue) ?? []
            case .loadServiceLevels:
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = state.policy.calendar.timeZone
                let today = ServiceLevel.today(containing: clock.now, calendar: calendar)
                return [.serviceLevelsLoaded(try database.serviceLevels(policy: state.policy, from: today.start, to: today.end))]
            case .loadDetail(let contactId):
                let now = clock.now, latest = try database.latestChange()
                if let kept = details.entry(for: contactId, latestChange: latest, at: now) {
                    return [.detailLoaded(contactId: contactId, file: kept.file, transcript: kept.transcript)]
                }
                guard let contact = try database.contact(id: contactId) else {
                    return [.detailLoaded(contactId: contactId, file: nil, transcript: [])]
                }
                let file = try database.customerFile(customerId: contact.customerId, limit: 5, at: now)
                let transcript = contact.channel.isWritten ? try database.transcript(contactId: contactId, limit: 200) : []
                // Kept as of the feed's number read before: a commit in between makes the entry stale, never wrong.
                details.keep(.init(file: file, transcript: transcript, change: latest, until: file?.scheduledCallbacks.map(\.queuedAt).min()),
                             for: contactId)
                return [.detailLoaded(contactId: contactId, file: file, transcript: transcript)]
            case .takeNext:
                return [.taken(try database.takeNext(agent: agent, policy: state.policy, at: clock.now))]
            case .take(let contactId):
                do {
                    guard let contact = try database.take(contactId: contactId, agent: agent, policy: state.policy, at: clock.now) else {
                        return [.failed(state.text.takenByAnother(contactId)), .storeChanged([.queue])]
                    }
                    return [.taken(contact)]
                } catch StoreError.keptForOwner(let contactId, let owner, let until) {
                    // Kept for its owner since the queue was read: said in the agent's words.
                    return [.failed(state.text.keptForOwner(contactId, owner, until: until))]
                } catch StoreError.sentElsewhere(let contactId, let audience) {
                    return [.failed(state.text.waitsFor(contactId, audience))]
                }
            case .reply(let contactId, let text):
                return [.replied(try database.reply(contactId: contactId, agent: agent, text: text, policy: state.policy, at: clock.now))]
            case .savePhrase(let code, let title, let text, let language):
                return [.phraseSaved(try PersonalPhrasebook().add(code: code, title: title, category: .personal, text: text, language: language))]
            case .recordWordingOverride(let contactId, let words):
                try database.recordWordingOverride(contactId: contactId, agent: agent, words: words, at: clock.now)
                return []
            case .wrapUp(let contactId, let entry, let answer):
                // With the policy: a follow-up call's answer is kept, and a member's service queues its follow-up.
                let ended = try database.wrapUp(contactId: contactId, agent: agent, rules: state.shift.rules, entry: entry,
                                                answer: answer, policy: state.policy, at: clock.now)
                return [.wrappedUp(ended, entry)]
            case .pause(let contactId):
                return [.timerChanged(try database.pause(contactId: contactId, agent: agent, reason: "waiting for the customer",
                                                         policy: state.policy, at: clock.now))]
            case .resume(let contactId):
                return [.timerChanged(try database.resume(contactId: contactId, agent: agent, policy: state.policy, at: clock.now))]
            case .promise(let contactId, let due):
                return [.promised(try database.promise(contactId: contactId, agent: agent, due: due, policy: state.policy, at: clock.now))]
            case .bookFollowUp(let contactId, let due, let note):
                return [.followUpBooked(try database.bookFollowUp(contactId: contactId, agent: agent, due: due, note: note,
                                                                  policy: state.policy, at: clock.now))]
            case .resend(let messageId):
                try database.resend(messageId: messageId, by: agent, at: clock.now)
                return [.replyResent(messageId: messageId)]
            case .addNote(let contactId, let text):
                return [.noteAdded(try database.addNote(contactId: contactId, agent: agent, text: text, at: clock.now))]
            case .findTransferTarget(let contactId, let name):
                return [.transferTargetFound(contactId: contactId, try database.transferTarget(named: name))]
            case .transfer(let contactId, let target, let note):
                return [.handedOver(try database.transfer(contactId: contactId, by: agent, to: target, note: note,
                                                          policy: state.policy, at: clock.now))]
            case .handOff(let contactId, let department, let question):
                return [.askedDepartment(try database.handOff(contactId: contactId, agent: agent, department: department, question: question,
                                                              policy: state.policy, at: clock.now))]
            case .escalate(let contactId, let note):
                return [.handedOver(try database.escalate(contactId: contactId, by: agent, note: note, policy: state.policy, at: clock.now))]
            case .editCustomer(let customerId, let edits):
                return [.customerEdited(customerId: customerId,
                                        try database.editCustomer(customerId, edits: edits, agent: agent, at: clock.now))]
            case .saveDraft(let draft):
                try database.saveComplaintDraft(draft)
                return []
            case .fileComplaint(let complaint):
                return [.complaintFiled(try database.fileComplaint(complaint))]
            case .recordBreaches(let contactIds):
                try database.recordBreaches(contactIds: contactIds, policy: state.policy, at: clock.now)
                return []
            case .loadComplaints:
                return [.complaintsLoaded(try database.complaints(state: nil, owner: nil, policy: state.policy))]
            case .loadComplaint(let id):
                guard let complaint = try database.complaint(id: id) else { return [.failed("complaint \(id) does not exist")] }
                let customer = try database.customer(id: complaint.customerId)
                return [.complaintLoaded(ComplaintDetail(
                    complaint: complaint, customerName: customer?.name ?? "", customerLanguage: customer?.language ?? .en,
                    solutions: try database.solutions(complaintId: id), followUps: try database.followUps(complaintId: id),
                    history: try database.complaintHistory(id: id)))]
            case .applyComplaintStep(let id, let step):
                return [.complaintStepped(try database.apply(step, to: id, by: agent, role: state.actingRole, policy: state.policy,
                                                            at: clock.now))]
            case .findFollowUp(let contactId):
                return try database.complaintForFollowUp(contactId: contactId).map { [.followUpFound($0)] } ?? []
            case .quit:
                return []
            case .logIn:
                // The shift names this process, so if it is killed without logging out, routing logs the agent out.
                // The last shift's handover is read before this one starts, to be shown until dismissed.
                do {
                    // Trainee mode lets any name practise; elsewhere only an agent on the roster logs in.
                    if state.isTraining { _ = try database.ensureAgent(name: agent, at: clock.now) }
                    let handover = try database.latestHandover()
                    let me = try database.logIn(agent, console: .current(), rules: state.shift.rules, policy: state.policy, at: clock.now)
                    return [.loggedIn(me, handover: handover)]
                } catch {
                    return [.loginFailed(String(describing: error))]
                }
            case .loadDraft:
                return [.draftLoaded(try database.complaintDraft(agent: agent))]
            case .loadAgentStatus:
                guard let me = try database.agent(named: agent) else { return [] }
                return [.agentStatusLoaded(me, try database.openOffer(agent: agent))]
            case .changeState(let change):
                return [.stateChanged(try database.changeState(of: agent, change, rules: state.shift.rules, policy: state.policy, at: clock.now))]
            case .acceptOffer(let contactId):
                return [.offerAccepted(try database.acceptOffer(contactId: contactId, agent: agent, policy: state.policy, at: clock.now))]
            case .declineOffer(let contactId):
                try database.declineOffer(contactId: contactId, agent: agent, at: clock.now)
                return []
            case .loadOpenItems:
                return [.openItemsLoaded(try database.openItems(agent: agent, policy: state.policy))]
            case .logOut(let note):
                // Only this console's shift: one opened since took it over, and must stay logged in.
                try database.logOut(agent, console: .current(), handoverNote: note, rules: state.shift.rules, policy: state.policy, at: clock.now)
                return [.loggedOut]
            case .lookForDatabase:
                // Any answer, even a refusal, means the server is there again.
                do { _ = try database.agent(named: agent) } catch let error as StoreError where !error.isLostConnection {}
                return [.databaseBack]
            case .askReplyOutcome(let transaction):
                return [.replyOutcome(try database.outcome(ofTransaction: transaction))]
            case .keepUnsent, .forgetUnsent, .loadUnsent:
                return performUnsent(effect)
            }
        } catch StoreError.unreachable {
            return [.databaseUnreachable(failed: effect, outcomeUnknown: false)]
        } catch StoreError.outcomeUnknown(_, let transaction) {
            return [.databaseUnreachable(failed: effect, outcomeUnknown: true, transaction: transaction)]
        } catch {
            return [.failed(state.text.problem(error))]
        }
    }

    /// The unsent-work file (none for a console opened without one: tests, benchmarks). Its
    /// failure is said as such: what it would have kept is still in the console.
    private func performUnsent(_ effect: Effect) -> [Msg] {
        guard let unsentFile else { return [] }
        do {
            switch effect {
            case .keepUnsent(let work): try unsentFile.keep(work)
            case .forgetUnsent: try unsentFile.forget()
            case .loadUnsent: return [.unsentLoaded(try unsentFile.load())]
            default: break
            }
            return []
        } catch {
            return [.failed(state.text.say(.unsentNotKept, ["reason": SafeText.visible("\(error)")]))]
        }
    }

    /// Judge the fresh rows at the time they were read, not at the last tick, which is up to a
    /// second old (a minute with no countdown on screen): a call queued since then showed 3:01
    /// left until the next tick. The tick comes after the rows: before them, it would judge a
    /// just-taken contact against rows where it is not yet ours.
    private func readQueue(_ read: QueueReadPacing.Held) throws -> [Msg] {
        switch read {
        case .whole:
            return [.queueLoaded(try database.queue(agent: state.agent.name)), .tick(clock.now)]
        case .rows(let ids):
            let contactIds = ids.sorted()
            return [.queueRowsLoaded(contactIds: contactIds, try database.queueRows(agent: state.agent.name, contactIds: contactIds)),
                    .tick(clock.now)]
        }
    }
}
