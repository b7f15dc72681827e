import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The console's loop: turns terminal events, the clock and other processes'
/// writes into messages, runs `update`, performs its effects, and redraws.
/// It blocks on input between events and never spins.
public final class ConsoleRunner {
    /// How often another process's commit is looked for (a cheap `PRAGMA data_version`).
    static let storePollInterval: TimeInterval = 0.25

    private let terminal: Terminal
    private let database: any ConsoleStore
    private let clock: Clock
    public private(set) var state: AppState
    /// Moves on every commit, ours included.
    private var changeToken: Int?
    /// Moves only on other processes' commits.
    private var foreignToken: Int?
    /// Something this console or a companion wrote changes what is shown, since the store was last looked at.
    private var ownWriteShown = false
    private let companions: [ConsoleCompanion]
    /// Set by every message; the frame is drawn only when something may have changed.
    private var needsRedraw = true
    /// The earliest time a companion asked to run again.
    private var companionDue: Date?

    /// Set from a signal handler (SIGTERM, SIGHUP) to leave the loop cleanly.
    nonisolated(unsafe) public static var stopRequested: Int32 = 0

    public init(terminal: Terminal, database: any ConsoleStore, clock: Clock, agentName: String,
                policy: SLAPolicy = .standard, rules: AgentStateRules = .standard, phrasebook: Phrasebook = .shipped,
                wording: WordingGuard = .shipped, text: any ConsoleText = EnglishText(), companions: [ConsoleCompanion] = []) throws {
        self.terminal = terminal
        self.companions = companions
        self.database = database
        self.clock = clock
        _ = try database.ensureAgent(name: agentName, at: clock.now)
        // Opening the console logs in and starts the shift; the last shift's handover is shown until dismissed.
        // The shift names this process, so if it is killed without logging out, routing logs the agent out.
        let handover = try database.latestHandover()
        let agent = try database.logIn(agentName, console: .current(), rules: rules, policy: policy, at: clock.now)
        let size = terminal.size
        state = AppState(agent: agent, policy: policy, phrasebook: phrasebook, text: text, width: size.width, height: size.height, now: clock.now)
        state.wording = wording
        state.isTraining = (try? database.isTrainingDatabase()) ?? false
        state.shift.rules = rules
        if let handover {
            state.shift.handover = handover
            state.mode = .readingHandover
        }
    }

    public func run() {
        runCompanions()
        changeToken = try? database.changeToken()
        foreignToken = try? database.foreignChangeToken()
        dispatch(.draftLoaded(try? database.complaintDraft(agent: state.agent.name)))
        dispatch(.tick(clock.now))
        dispatch(.storeChanged)
        terminal.present(ConsoleView.render(state))
        while !state.isQuitting && Self.stopRequested == 0 {
            if let event = terminal.nextEvent(timeout: secondsUntilNextWake()) {
                followClock()
                dispatch(message(for: event))
            }
            followClock()
            runCompanions()
            followStore()
            // Most wakes only look at the store and find nothing new: then there is nothing to draw.
            if needsRedraw {
                terminal.present(ConsoleView.render(state))
                needsRedraw = false
            }
        }
        // Ended by a signal (SIGTERM, SIGHUP): log out without a note; open items are still listed.
        if !state.shift.loggedOut {
            _ = try? database.changeState(of: state.agent.name, .logOut, rules: state.shift.rules, policy: state.policy, at: clock.now)
        }
    }

    /// Runs one message and every effect it leads to, in order.
    public func dispatch(_ msg: Msg) {
        needsRedraw = true
        var pending = [msg]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in update(&state, next) {
                pending += perform(effect)
            }
        }
    }

    private func message(for event: TerminalEvent) -> Msg {
        switch event {
        case .key(let key): .key(key)
        case .paste(let text): .paste(text)
        case .resize(let width, let height): .resize(width: width, height: height)
        }
    }

    /// Sends a tick when the displayed second (or minute, with no countdown on screen) has changed.
    private func followClock() {
        let now = clock.now
        let unit: TimeInterval = state.hasVisibleTimer ? 1 : 60
        if (now.timeIntervalSince1970 / unit).rounded(.down) != (state.now.timeIntervalSince1970 / unit).rounded(.down) {
            dispatch(.tick(now))
        }
    }

    /// Companions run on every pass of the loop: they are cheap when nothing is due.
    private func runCompanions() {
        guard !companions.isEmpty else { return }
        let now = clock.now
        let before = try? database.changeToken()
        companionDue = companions.compactMap { $0.step(at: now) }.min()
        // A companion's commit (an offer, a simulated customer) goes through our own writer.
        if (try? database.changeToken()) != before { ownWriteShown = true }
    }

    private func followStore() {
        guard let token = try? database.changeToken(), token != changeToken else { return }
        changeToken = token
        let foreign = try? database.foreignChangeToken()
        let reload = foreign == nil || foreign != foreignToken || ownWriteShown
        foreignToken = foreign
        ownWriteShown = false
        // Our own commit that changes nothing shown (a breach written down, a draft saved) needs no
        // reload: with a thousand timers crossing their deadlines, that was most of the idle work.
        if reload { dispatch(.storeChanged) }
    }

    /// Wake for the next second boundary while a countdown is visible, else only to look at the store.
    /// Clock seconds become real ones at the clock's rate (a training clock runs faster).
    private func secondsUntilNextWake() -> Double {
        let now = clock.now.timeIntervalSince1970
        let unit: TimeInterval = state.hasVisibleTimer ? 1 : 60
        let toBoundary = (now / unit).rounded(.down) * unit + unit - now
        let toCompanion = companionDue.map { $0.timeIntervalSince1970 - now } ?? .infinity
        return min(Self.storePollInterval, max(0.01, min(toBoundary, toCompanion) / clock.rate))
    }

    // MARK: Effects

    private func perform(_ effect: Effect) -> [Msg] {
        if effect.changesWhatIsShown { ownWriteShown = true }
        let agent = state.agent.name
        do {
            switch effect {
            case .reloadQueue:
                // Judge the fresh rows at the time they were read, not at the last tick, which is up
                // to a second old (a minute with no countdown on screen): a call queued since then
                // showed 3:01 left until the next tick. The tick comes after the rows: before them,
                // it would judge a just-taken contact against rows where it is not yet ours.
                let rows = try database.queue(agent: agent)
                return [.queueLoaded(rows), .tick(clock.now)]
            case .loadServiceLevels:
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = state.policy.calendar.timeZone
                let today = ServiceLevel.today(containing: clock.now, calendar: calendar)
                return [.serviceLevelsLoaded(try database.serviceLevels(policy: state.policy, from: today.start, to: today.end))]
            case .loadDetail(let contactId):
                guard let contact = try database.contact(id: contactId) else {
                    return [.detailLoaded(contactId: contactId, file: nil, transcript: [])]
                }
                let file = try database.customerFile(customerId: contact.customerId, limit: 5)
                let transcript = contact.channel.isWritten ? try database.transcript(contactId: contactId, limit: 200) : []
                return [.detailLoaded(contactId: contactId, file: file, transcript: transcript)]
            case .takeNext:
                return [.taken(try database.takeNext(agent: agent, policy: state.policy, at: clock.now))]
            case .take(let contactId):
                guard let contact = try database.take(contactId: contactId, agent: agent, policy: state.policy, at: clock.now) else {
                    return [.failed(state.text.takenByAnother(contactId)), .storeChanged]
                }
                return [.taken(contact)]
            case .reply(let contactId, let text):
                return [.replied(try database.reply(contactId: contactId, agent: agent, text: text, policy: state.policy, at: clock.now))]
            case .savePhrase(let code, let title, let text, let language):
                return [.phraseSaved(try PersonalPhrasebook().add(code: code, title: title, category: .personal, text: text, language: language))]
            case .recordWordingOverride(let contactId, let words):
                try database.recordWordingOverride(contactId: contactId, agent: agent, words: words, at: clock.now)
                return []
            case .wrapUp(let contactId):
                return [.wrappedUp(try database.wrapUp(contactId: contactId, agent: agent, rules: state.shift.rules, at: clock.now))]
            case .pause(let contactId):
                return [.timerChanged(try database.pause(contactId: contactId, agent: agent, reason: "waiting for the customer",
                                                         policy: state.policy, at: clock.now))]
            case .resume(let contactId):
                return [.timerChanged(try database.resume(contactId: contactId, agent: agent, policy: state.policy, at: clock.now))]
            case .promise(let contactId, let due):
                return [.promised(try database.promise(contactId: contactId, agent: agent, due: due, policy: state.policy, at: clock.now))]
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
                return [.complaintStepped(try database.apply(step, to: id, by: agent, role: state.agent.role, policy: state.policy,
                                                            at: clock.now))]
            case .findFollowUp(let contactId):
                return try database.complaintForFollowUp(contactId: contactId).map { [.followUpFound($0)] } ?? []
            case .quit:
                return []
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
                try database.changeState(of: agent, .logOut, handoverNote: note, rules: state.shift.rules, policy: state.policy, at: clock.now)
                return [.loggedOut]
            }
        } catch {
            return [.failed(String(describing: error))]
        }
    }
}
