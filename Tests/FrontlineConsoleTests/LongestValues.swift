import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
@testable import FrontlineConsole

/// Every screen and overlay of the console and the wallboard, filled with the longest values the
/// rules allow: agent names at `ValueRules.agentNameLimit` (display names as long, in each script),
/// long customer names in each script, five-digit ids, timers from -99 h to +30 days, every state.
/// The layout property test draws each of them at every size and language.
enum LongestValues {
    static let now = Fixtures.start
    static func at(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(seconds) }
    static let hour: TimeInterval = 3600, day: TimeInterval = 86400

    // MARK: Names

    /// Login names at the limit.
    static let logins = ["agent.with.a.name.at.the.limit.x", "second.agent.with.a.long.name.yy", "third.agent.with.a.long.name.zzz",
                         "fourth.agent.with.long.name.wwww", "fifth.agent.with.a.long.name.vvv", "sixth.agent.with.a.long.name.uuu"]
    /// Display names as long as a login may be, in each script (CJK ones take two columns a character).
    static let displayNames = ["Maximilian Alexander Worthington", String(repeating: "欧阳", count: 16), String(repeating: "남궁", count: 16),
                               "Bartholomew Fitzgerald-Ashworths", String(repeating: "司马", count: 16), String(repeating: "선우", count: 16)]
    static let customerNames = ["Alexandra Montgomery-Smith de la Vega-Rodríguez", String(repeating: "诸葛", count: 20),
                                String(repeating: "황보", count: 20), String(repeating: "慕容", count: 20)]
    static let longText = "The parcel was promised for Monday and it still has not arrived; 包裹说好周一到，到现在还没到；택배가 아직도 안 왔어요. "
        + "Please check the order SO-99999 and call me back as soon as possible, thank you."

    static func agent(_ index: Int, role: AgentRole = .agent) -> Agent {
        Agent(name: logins[index], displayName: displayNames[index], role: role, createdAt: at(-40 * day))
    }

    static let me = agent(0)

    // MARK: Contacts

    /// The queue: ids 99901..., every channel and state, waits from seconds to 30 days, countdowns from -99 h to +7 days.
    static var queueRows: [QueueRow] {
        func contact(_ id: Int64, _ channel: Channel, _ state: ContactState = .waiting, queued: TimeInterval, agent: String? = nil,
                     purpose: ContactPurpose? = nil, priority: Priority = .normal, paused: Bool = false) -> Contact {
            Contact(id: id, channel: channel, state: state, customerId: id, address: "+86 130 0000 \(id % 10000)", queuedAt: at(queued),
                    takenAt: state == .active ? at(queued + 5) : nil, agent: agent,
                    awaitingReplySince: channel == .chat ? at(queued) : nil, priority: priority,
                    pausedSince: paused ? at(-60) : nil, pauseReason: paused ? "waiting for the customer" : nil, purpose: purpose)
        }
        let contacts = [
            contact(99901, .phone, queued: -99 * hour),
            contact(99902, .callback, queued: -30 * day, purpose: .promisedReply, priority: .urgent),
            contact(99903, .chat, queued: -10),
            contact(99904, .email, queued: -3 * hour),
            contact(99905, .callback, queued: -1, purpose: .firstContact),
            contact(99906, .chat, .active, queued: -200, agent: me.name),
            contact(99907, .email, .active, queued: -5 * hour, agent: me.name, paused: true),
            contact(99908, .phone, .active, queued: -9 * hour, agent: logins[1]),
            contact(99909, .phone, queued: -170),
        ]
        return contacts.enumerated().map { index, contact in
            QueueRow(contact: contact, customerName: customerNames[index % customerNames.count],
                     customerLanguage: [Language.en, .zhHans, .ko, .zhHant][index % 4])
        }
    }

    static var customerFile: CustomerFile {
        let customer = Customer(id: 99906, name: customerNames[1], phones: ["+86 130 0000 9906", "+82 10-0000-9906"],
                                email: "a.very.long.customer.address@an-example-company-domain.com", language: .zhHans,
                                isMember: true, notes: longText, createdAt: at(-400 * day))
        let orders = (0..<3).map { index in
            Order(id: Int64(index), customerId: 99906, number: "SO-9999\(index)", items: "保温杯 x1, 充电宝 x2, 텀블러 x3, Travel mug x4",
                  totalMinor: 99_999_99, currency: "CNY", paymentStatus: "refund-pending", shippingStatus: "returned-to-sender",
                  placedAt: at(-Double(index) * day))
        }
        let past = ContactState.allCases.enumerated().map { index, state in
            Contact(id: Int64(99800 + index), channel: Channel.allCases[index % 4], state: state, customerId: 99906, address: "x",
                    queuedAt: at(-Double(index + 1) * day), agent: logins[index % logins.count])
        }
        let later = Contact(id: 99899, channel: .callback, state: .waiting, customerId: 99906, address: "x", queuedAt: at(2 * day),
                            purpose: .promisedReply)
        let notes = logins.prefix(2).enumerated().map { index, login in
            Note(id: Int64(index), contactId: 99800, agent: login, text: longText, at: at(-Double(index) * hour))
        }
        return CustomerFile(customer: customer, orders: orders, recentContacts: past, openComplaints: [complaint(99990, .received)],
                            scheduledCallbacks: [later], notes: notes,
                            callbackReasons: [99899: .promisedReply(agent: logins[0], contactId: 99800, at: at(-day))],
                            agentNames: Dictionary(uniqueKeysWithValues: zip(logins, displayNames)))
    }

    static var transcript: [ChatMessage] {
        (0..<12).map { (index: Int) -> ChatMessage in
            let inbound = index % 2 == 0
            let when: Date = at(Double(index - 12) * 60)
            return ChatMessage(contactId: 99906, direction: inbound ? .inbound : .outbound, text: longText, at: when,
                               agent: inbound ? nil : me.name)
        }
    }

    // MARK: Complaints

    static func complaint(_ id: Int64, _ state: ComplaintState, severity: ComplaintSeverity = .major) -> Complaint {
        Complaint(id: id, customerId: 99906, contactId: 99906, category: .promiseNotKept, severity: severity, account: longText,
                  wants: longText, promisedReplyAt: at(day), state: state, agent: me.name, receivedAt: at(-99 * hour), channel: .callback,
                  paraphrase: longText, paraphraseConfirmed: true, cause: longText, explanation: longText,
                  department: "Logistics and Returns Department of the Northern Region", owner: me.name, compensation: longText,
                  aboutAgent: logins[1])
    }

    static var complaintSummaries: [ComplaintSummary] {
        ComplaintState.allCases.filter { !$0.isClosed }.enumerated().map { index, state in
            ComplaintSummary(complaint: complaint(Int64(99990 - index), state, severity: index % 2 == 0 ? .major : .minor),
                             customerName: customerNames[index % customerNames.count],
                             nextDeadline: at([-99 * hour, 30 * day, 90, -60][index % 4]))
        }
    }

    static var complaintDetail: ComplaintDetail {
        let solutions = ComplaintSolution.Status.allCases.enumerated().map { index, status in
            ComplaintSolution(id: Int64(99970 + index), complaintId: 99990, text: longText, status: status, at: at(-hour), agent: me.name)
        }
        let followUps = ComplaintFollowUp.Satisfaction.allCases.map {
            ComplaintFollowUp(complaintId: 99990, satisfaction: $0, note: longText, at: at(-hour), agent: me.name)
        }
        let before = complaint(99990, .received)
        var after = complaint(99990, .followedUp)
        after.owner = logins[1]
        var history = ComplaintChange.changes(from: ComplaintCase(complaint: before), to: ComplaintCase(complaint: after, solutions: solutions,
                                                                                                      followUps: followUps),
                                              by: me.name, at: at(-hour))
        history.insert(ComplaintChange.filed(before), at: 0)
        return ComplaintDetail(complaint: complaint(99990, .followedUp), customerName: customerNames[0], customerLanguage: .ko,
                               solutions: solutions, followUps: followUps, history: history)
    }

    static var openItems: [OpenItem] {
        [OpenItem(kind: .contact, id: 99906, customerName: customerNames[1], detail: "chat", due: at(-99 * hour)),
         OpenItem(kind: .callback, id: 99902, customerName: customerNames[0], detail: "callback", due: at(30 * day))]
            + ComplaintState.allCases.map { OpenItem(kind: .complaint, id: 99990, customerName: customerNames[2], detail: $0.rawValue, due: at(day)) }
    }

    // MARK: The console

    /// The agent holding a chat, an email and reading a long customer file, the form half filled.
    static func console(_ language: ConsoleLanguage, width: Int, height: Int) -> AppState {
        var state = AppState(agent: me, text: language.text, width: width, height: height, now: now)
        state.agent.presence = .available
        state.agent.stateSince = at(-30 * day)
        state.send(.queueLoaded(queueRows))
        state.send(.taken(queueRows[5].contact))
        state.send(.detailLoaded(contactId: 99906, file: customerFile, transcript: transcript))
        state.send(.draftLoaded(ComplaintDraft(agent: me.name, customerId: 99906, contactId: 99906, category: .serviceOrAgent, severity: .major,
                                               account: longText, wants: longText, promisedReply: "2030-12-31 23:59", focusedField: .wants)))
        state.send(.serviceLevelsLoaded(Dictionary(uniqueKeysWithValues: Channel.allCases.map {
            ($0, ServiceLevel(channel: $0, target: 180, outcomes: [.answered(wait: 10), .answered(wait: 999)]))
        })))
        state.mode = .normal
        state.message = nil
        return state
    }

    static func consoleScreens(_ language: ConsoleLanguage, width: Int, height: Int) -> [(String, AppState)] {
        let base = console(language, width: width, height: height)
        var screens: [(String, AppState)] = []
        func add(_ name: String, _ change: (inout AppState) -> Void) {
            var state = base
            change(&state)
            screens.append((name, state))
        }
        for pane in Pane.allCases { add("focus \(pane)") { $0.focus = pane } }
        add("a long status message") { $0.message = .error($0.text.awayWhileHolding(99)) }
        add("a long complaint state message") { $0.message = .info($0.text.complaintNowIn(99990, $0.text.complaintState(.solutionProposed))) }
        add("training") { $0.isTraining = true }
        add("away for a month") { $0.agent.presence = .away; $0.agent.awayReason = .technical }
        add("wrap-up") { $0.agent.presence = .wrapUp; $0.agent.wrapUpUntil = at(99) }
        add("replying") { $0.send(.key(.char("r"))); $0.reply.field.insert(longText) }
        add("replying with a refusal") { $0.send(.key(.char("r"))); $0.reply.field.insert(longText + " {{order}}"); $0.send(.key(.enter)) }
        add("picker") { $0.send(.key(.char("r"))); $0.type("/s") }
        add("picker without a match") { $0.send(.key(.char("r"))); $0.type("/qqqqqqq") }
        add("wording warning") { $0.send(.key(.char("r"))); $0.type("我不知道，不归我管，나도 몰라, I don't know, not my job"); $0.send(.key(.enter)) }
        add("filling a phrase") {
            $0.mode = .fillingPhrase(PhraseFill(template: "{{?the refund amount the customer was promised by the team}}",
                                                asks: ["?the refund amount the customer was promised by the team"]), answer: TextField(longText))
        }
        add("wrapping up, refused") { $0.send(.key(.char("w")), .key(.enter)) }
        add("wrapping up, two codes and a long summary") {
            $0.send(.key(.char("w")))
            $0.type("29")
            $0.send(.key(.tab), .key(.char(" ")), .key(.tab), .paste(longText))
        }
        add("wrapping up, a team's long code names") {
            $0.policy.wrapUp = WrapUpPolicy(codes: (1...20).map { WrapUpCode(id: "code-\($0)", names: [.en: longText, .zhHans: longText, .ko: longText]) })
            $0.send(.key(.char("w")))
            for _ in 0..<19 { $0.send(.key(.down)) }
        }
        add("wrapping up, nothing found") { $0.send(.key(.char("w"))); $0.type(longText) }
        add("promising, refused") { $0.send(.key(.char("b"))); $0.type("+30h"); $0.send(.key(.enter)) }
        add("filtering") { $0.send(.key(.char("/"))); $0.type("sorry") }
        add("filtering without a match") { $0.send(.key(.char("/"))); $0.type("qqqqqq") }
        add("complaint form") { $0.send(.key(.char("c"))) }
        add("complaint list") { $0.mode = .complaintList; $0.send(.complaintsLoaded(complaintSummaries)) }
        add("complaint list, empty") { $0.mode = .complaintList; $0.send(.complaintsLoaded([])) }
        add("complaint detail") { $0.mode = .complaintDetail; $0.send(.complaintLoaded(complaintDetail)) }
        add("complaint detail scrolled") { $0.mode = .complaintDetail; $0.send(.complaintLoaded(complaintDetail)); $0.complaints.scroll = 30 }
        for purpose in [ComplaintPromptPurpose.rejectionExplanation, .department, .solution, .followUpNote(.dissatisfied), .paraphrase,
                        .cause, .compensation, .aboutAgent] {
            add("prompt \(purpose)") {
                $0.send(.complaintLoaded(complaintDetail))
                $0.mode = .complaintPrompt(purpose, TextField(longText))
                $0.message = .error($0.text.typeFirst($0.text.promptLabel(purpose)))
            }
        }
        add("follow-up script") { $0.send(.complaintLoaded(complaintDetail)); $0.mode = .followUpScript(answer: .dissatisfied) }
        add("confirming quit") { $0.send(.key(.char("q"))) }
        add("confirming away") { $0.send(.key(.char("s")), .key(.char("b"))) }
        add("help") { $0.send(.key(.char("?"))) }
        add("help at its end") {
            $0.mode = .help(scroll: HelpOverlay.maxScroll(sections: KeyBindings.helpSections($0.text), width: width, height: height))
        }
        add("handover") {
            $0.shift.handover = Shift(agent: logins[1], startedAt: at(-9 * hour), endedAt: at(-hour), handoverNote: longText + longText,
                                      openItems: openItems)
            $0.mode = .readingHandover
        }
        add("state picker") { $0.send(.key(.char("s"))) }
        add("writing the handover") { $0.mode = .writingHandover(note: TextField(longText)); $0.send(.openItemsLoaded(openItems)) }
        add("a call ringing") {
            $0.shift.offer = OfferRow(contactId: 99901, channel: .callback, customerName: customerNames[1], address: "+86 130 0000 9901",
                                      offeredAt: now, expiresAt: at(15))
        }
        return screens
    }

    // MARK: The wallboard

    /// Six agents in every state (one away for 30 days past the limit), the queue above, abandoned calls, every complaint.
    static func wallboard(_ language: ConsoleLanguage, width: Int, height: Int) -> WallboardState {
        var agents = (0..<6).map { agent($0) }
        agents.append(agent(5, role: .supervisor))
        agents[6].name = "supervisor.with.a.long.login.nam"
        let presences: [(AgentPresence, AwayReason?)] = [(.available, nil), (.available, nil), (.wrapUp, nil), (.away, .technical),
                                                         (.away, .private), (.offline, nil), (.available, nil)]
        for index in agents.indices {
            (agents[index].presence, agents[index].awayReason, agents[index].stateSince) = (presences[index].0, presences[index].1, at(-30 * day))
            if presences[index].0 == .wrapUp { agents[index].wrapUpUntil = at(99) }
        }
        var contacts = queueRows.map(\.contact)
        contacts += (0..<4).map { index in
            Contact(id: Int64(99950 + index), channel: .phone, state: .abandoned, customerId: Int64(99950 + index),
                    address: "+82 10-0000-\(9950 + index)", queuedAt: at(-99 * hour), endedAt: at(-98 * hour))
        }
        contacts += [Contact(id: 99960, channel: .chat, state: .ended, customerId: 99960, address: "x", queuedAt: at(-8 * hour),
                             takenAt: at(-8 * hour + 30), endedAt: at(-7 * hour), agent: logins[1])]
        var names: [Int64: String] = [:]
        for (index, contact) in contacts.enumerated() { names[contact.customerId] = customerNames[index % customerNames.count] }
        var events: [QueueEvent] = []
        for contact in contacts {
            events.append(QueueEvent(contactId: contact.id!, kind: .queued, channel: contact.channel, at: max(contact.queuedAt, at(-8 * hour))))
            if contact.state == .abandoned { events.append(QueueEvent(contactId: contact.id!, kind: .abandoned, at: at(-7 * hour))) }
        }
        events.sort { $0.at < $1.at }
        let complaints = complaintSummaries.map(\.complaint) + [complaint(99900, .received, severity: .minor)]
        let input = WallboardInput(contacts: contacts, customerNames: names, events: events, agents: agents,
                                   breachAgents: Array(repeating: logins[1], count: 99_999), complaints: complaints,
                                   ringing: [99909: logins[2]],
                                   satisfactionToday: SatisfactionTally(answers: 99_999, satisfied: 88_888, scoreSum: 444_444))
        var state = WallboardState(supervisor: agents[6], text: language.wallboardText, width: width, height: height, now: now)
        _ = updateWallboard(&state, .loaded(input))
        return state
    }

    static func wallboardScreens(_ language: ConsoleLanguage, width: Int, height: Int) -> [(String, WallboardState)] {
        let base = wallboard(language, width: width, height: height)
        var screens: [(String, WallboardState)] = []
        func add(_ name: String, _ change: (inout WallboardState) -> Void) {
            var state = base
            change(&state)
            screens.append((name, state))
        }
        add("board") { _ in }
        for section in WallboardSection.allCases { add("focus \(section)") { $0.focus = section; $0.selection[section] = 2 } }
        add("large") { $0.isLarge = true; refreshFigures(&$0) }
        add("a long message") { $0.message = .error($0.text.selectContact + " " + $0.text.nobodyLoggedIn + " " + $0.text.selectAgent) }
        add("picking an agent") { _ = updateWallboard(&$0, .key(.char("r"))) }
        add("picking a reason") { $0.focus = .agents; _ = updateWallboard(&$0, .key(.char("a"))) }
        add("help") { _ = updateWallboard(&$0, .key(.char("?"))) }
        add("a contact opened") {
            _ = updateWallboard(&$0, .detailLoaded(.contact(queueRows[5].contact, file: customerFile, transcript: transcript)))
        }
        add("an agent opened") {
            let log = AgentPresence.allCases.map { AgentStateLogEntry(agent: logins[3], presence: $0, reason: $0 == .away ? .technical : nil,
                                                                        at: at(-hour), byAgent: logins[4]) }
            _ = updateWallboard(&$0, .detailLoaded(.agent(agent(3), log: log, held: openItems)))
        }
        return screens
    }
}
