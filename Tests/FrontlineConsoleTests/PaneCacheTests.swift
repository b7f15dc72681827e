import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// A frame drawn with the pane cache (as the program draws it) must be the frame drawn afresh,
/// whatever happened in between: ticks, keys in every mode, files loaded, a resize, a new language.
final class PaneCacheTests: XCTestCase {
    private func busyState() -> AppState {
        var state = Fixtures.state(width: 120, height: 40)
        var rows: [QueueRow] = []
        for id in Int64(1)...40 {
            let channel: Channel = [.phone, .chat, .email, .callback][Int(id) % 4]
            rows.append(Fixtures.row(Fixtures.contact(id, channel, queuedSecondsAgo: TimeInterval(id * 17)),
                                     ["陈晓华", "김민준", "Alexandra Montgomery-Smith", "Bo"][Int(id) % 4],
                                     [.zhHans, .ko, .en, .en][Int(id) % 4]))
        }
        rows.append(Fixtures.row(Fixtures.contact(41, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina"), "王小明", .zhHans))
        state.send(.queueLoaded(rows))
        return state
    }

    /// Every message is followed by a frame with the cache and one without; they must match.
    /// Returns how many frames found the slices unchanged since the frame before (the cache's case).
    @discardableResult
    private func assertSameFrames(_ messages: [Msg], from start: AppState, file: StaticString = #filePath, line: UInt = #line) -> Int {
        var state = start
        let cache = PaneCache()
        _ = ConsoleView.render(state, cache: cache)
        var reused = 0
        for (step, message) in messages.enumerated() {
            let versionBefore = state.contentVersion
            // A loaded file for whichever contact the console now wants, as the store would answer.
            for effect in update(&state, message) {
                if case .loadDetail(let id) = effect {
                    let transcript = [ChatMessage(contactId: id, direction: .inbound, text: "hello \(id) 你好", at: Fixtures.start)]
                    _ = update(&state, .detailLoaded(contactId: id, file: Fixtures.file(id * 10, "客户\(id)", id % 2 == 0 ? .zhHans : .ko),
                                                     transcript: transcript))
                }
                answerAsTheStoreWould(effect, &state)
            }
            let cached = ConsoleView.render(state, cache: cache)
            XCTAssertEqual(cached, ConsoleView.render(state), "step \(step): \(message)", file: file, line: line)
            XCTAssertEqual(cached.lines(), ConsoleView.render(state).lines(), "step \(step)", file: file, line: line)
            if state.contentVersion == versionBefore { reused += 1 }
        }
        XCTAssertGreaterThan(reused, 0, file: file, line: line)
        return reused
    }

    /// A transfer, an escalation, a hand-off or a customer edit answered as the store answers it,
    /// followed by the queue reload the change feed brings: the contact passed on carries its note.
    private func answerAsTheStoreWould(_ effect: Effect, _ state: inout AppState) {
        var passedOn: Contact?
        switch effect {
        case let .findTransferTarget(contactId, name):
            _ = update(&state, .transferTargetFound(contactId: contactId, name.count % 2 == 0 ? .group(name) : .agent(name)))
        case let .transfer(contactId, to, note):
            guard var contact = state.queue.entries.first(where: { $0.contact.id == contactId })?.contact else { return }
            (contact.handoverNote, contact.handoverFrom) = (note, state.agent.name)
            switch to {
            case .group(let group):
                (contact.state, contact.agent, contact.sentToGroup, contact.sentToGroupAt) = (.waiting, nil, group, state.now)
            case .agent(let colleague):
                contact.agent = colleague
            }
            passedOn = contact
        case let .escalate(contactId, note):
            guard var contact = state.queue.entries.first(where: { $0.contact.id == contactId })?.contact else { return }
            (contact.state, contact.agent, contact.escalatedAt, contact.escalationNote) = (.waiting, nil, state.now, note)
            (contact.handoverNote, contact.handoverFrom) = (note, state.agent.name)
            passedOn = contact
        case let .handOff(contactId, department, question):
            _ = update(&state, .askedDepartment(Handoff(id: 5, contactId: contactId, customerName: "王小明", department: department, question: question,
                                                        agent: state.agent.name, askedAt: state.now, due: state.now.addingTimeInterval(3600))))
        case let .editCustomer(customerId, edits):
            _ = update(&state, .customerEdited(customerId: customerId, edits.map { _ in CustomerChange(field: .name, before: "", after: "x") }))
        default:
            return
        }
        guard let passedOn else { return }
        _ = update(&state, .handedOver(passedOn))
        let rows = state.queue.entries.map { entry in
            QueueRow(contact: entry.contact.id == passedOn.id ? passedOn : entry.contact, customerName: entry.customerName,
                     customerLanguage: entry.customerLanguage)
        }
        _ = update(&state, .queueLoaded(rows))
    }

    func testTicksReuseThePanesAndDrawTheSameScreen() {
        let start = busyState()
        let ticks = (1...300).map { Msg.tick(Fixtures.start.addingTimeInterval(TimeInterval($0))) }
        XCTAssertEqual(assertSameFrames(ticks, from: start), ticks.count, "a tick changes none of the cached panes' inputs")
    }

    /// The header is drawn again only when what it shows moves: the clock's minute, the counts, and
    /// the state badge, which counts minutes from when the state began (not from :00) or seconds.
    func testTheHeaderKeepsUpWithItsBadgeInEveryStateThroughTheCache() {
        let ticks = (1...150).map { Msg.tick(Fixtures.start.addingTimeInterval(TimeInterval($0))) }
        for (presence, reason) in [(AgentPresence.available, nil), (.away, AwayReason.lunch), (.wrapUp, nil), (.offline, nil)] {
            var state = busyState()
            state.agent.presence = presence
            state.agent.awayReason = reason
            state.agent.stateSince = Fixtures.start.addingTimeInterval(-37)
            state.agent.wrapUpUntil = presence == .wrapUp ? Fixtures.start.addingTimeInterval(90) : nil
            assertSameFrames(ticks, from: state)
        }
    }

    func testAScriptedWalkThroughEveryPaneDrawsTheSameScreen() {
        var messages: [Msg] = [.key(.char("j")), .key(.char("j")), .key(.enter), .key(.tab), .key(.down), .key(.down),
                               .key(.tab), .key(.char("/"))]
        messages += "thank".map { Msg.key(.char($0)) }
        messages += [.key(.backspace), .key(.escape), .key(.tab), .key(.char("c")), .key(.tab)]
        messages += "晚了三天".map { Msg.key(.char($0)) }
        messages += [.key(.escape), .key(.backTab), .key(.char("r"))]
        messages += "hi /gr".map { Msg.key(.char($0)) }
        messages += [.key(.down), .key(.escape), .key(.escape), .key(.char("?")), .key(.pageDown), .key(.escape),
                     .resize(width: 100, height: 30), .tick(Fixtures.start.addingTimeInterval(1)),
                     .resize(width: 120, height: 40), .failed("the file is busy"), .tick(Fixtures.start.addingTimeInterval(2))]
        assertSameFrames(messages, from: busyState())
    }

    func testRandomKeysAndTicksDrawTheSameScreen() {
        var rng = SplitMix64(seed: 0x9A_2026)
        let keys: [KeyPress] = [.char("j"), .char("k"), .tab, .backTab, .enter, .escape, .char("/"), .char("a"), .char("é"),
                                .char("中"), .backspace, .up, .down, .left, .right, .pageUp, .pageDown, .char("c"), .char("r"),
                                .char("?"), .char("l"), .char(" "), .home, .end, .char("i"), .char("b"), .char("w"), .char("s"),
                                .char("v"), .char("p"), .char("t"), .char("E"), .char("h"), .char("u"), .char("m")]
        var messages: [Msg] = []
        var second = 0.0
        for _ in 0..<600 {
            if Int.random(in: 0..<4, using: &rng) == 0 {
                second += 1
                messages.append(.tick(Fixtures.start.addingTimeInterval(second)))
            } else {
                messages.append(.key(keys.randomElement(using: &rng)!))
            }
        }
        assertSameFrames(messages, from: busyState())
    }

    /// The customer file reads the clock: a call-back still to come moves to the past contacts
    /// when its time comes, with no change to any slice.
    func testACallBackComingDueRedrawsTheCustomerFile() throws {
        var state = busyState()
        var file = Fixtures.file(30, "陈晓华", .zhHans)
        let due = Fixtures.start.addingTimeInterval(3)
        file.scheduledCallbacks = [Contact(id: 90, channel: .callback, state: .waiting, customerId: 30, address: "+86 130 0000 0001", queuedAt: due)]
        file.notes = [Note(id: 1, contactId: 3, agent: "mina", text: "仓库说周五发货", at: Fixtures.start)]
        state.send(.detailLoaded(contactId: try XCTUnwrap(state.queue.detailTarget), file: file, transcript: []))
        XCTAssertEqual(state.customer.file, file)
        let ticks = (1...6).map { Msg.tick(Fixtures.start.addingTimeInterval(TimeInterval($0))) }
        assertSameFrames(ticks, from: state)
        let section = state.text.scheduledCallbacks
        let screen = { (now: Date) in
            var at = state
            at.send(.tick(now))
            return ConsoleView.render(at).lines().joined(separator: "\n")
        }
        XCTAssertTrue(screen(Fixtures.start).contains(section))
        XCTAssertFalse(screen(due).contains(section), "the call-back leaves the section of those to come")
    }

    /// The key bar reads the queue: moving onto a contact another agent holds takes Enter out of
    /// it, with no change to any slice; writing a note changes the bar and the reply line.
    func testTheKeyBarFollowsTheSelectionAndTheNoteMode() {
        var state = busyState()
        state.send(.queueLoaded(state.queue.entries.map { QueueRow(contact: $0.contact, customerName: $0.customerName, customerLanguage: $0.customerLanguage) }
                                + [Fixtures.row(Fixtures.contact(42, .chat, state: .active, queuedSecondsAgo: 30, agent: "lin"), "林娜", .zhHans)]))
        let moves = Array(repeating: Msg.key(.char("j")), count: 45) + [.key(.enter), .key(.char("i"))] + "周五".map { Msg.key(.char($0)) }
            + [.key(.escape)] + Array(repeating: Msg.key(.char("k")), count: 45)
        assertSameFrames(moves, from: state)
    }

    /// A transfer to this agent arrives as a queue reload only: the note it carries must show in the
    /// cached customer file at once, and an escalation's note likewise.
    func testANotePassedOnWithTheContactRedrawsTheCustomerFile() throws {
        let start = busyState()
        let id = try XCTUnwrap(start.queue.detailTarget)
        let rows = { (note: String?, escalated: Bool) in
            start.queue.entries.map { entry -> QueueRow in
                var contact = entry.contact
                if contact.id == id {
                    (contact.handoverNote, contact.handoverFrom) = (note, note.map { _ in "lin" })
                    contact.escalatedAt = escalated ? Fixtures.start : nil
                }
                return QueueRow(contact: contact, customerName: entry.customerName, customerLanguage: entry.customerLanguage)
            }
        }
        var state = start
        state.send(.detailLoaded(contactId: id, file: Fixtures.file(id * 10, "客户", .ko), transcript: []))
        assertSameFrames([.tick(Fixtures.start.addingTimeInterval(1)), .queueLoaded(rows("退款已批准", false)),
                          .tick(Fixtures.start.addingTimeInterval(2)), .queueLoaded(rows("over my limit", true)),
                          .queueLoaded(rows(nil, false)), .tick(Fixtures.start.addingTimeInterval(3))], from: state)
        let cache = PaneCache()
        _ = ConsoleView.render(state, cache: cache)
        state.send(.queueLoaded(rows("退款已批准", false)))
        XCTAssertTrue(ConsoleView.render(state, cache: cache).lines().joined().contains("退款已批准"))
    }

    func testAnotherLanguageRedrawsTheCachedPanes() {
        var state = busyState()
        let cache = PaneCache()
        _ = ConsoleView.render(state, cache: cache)
        state.text = ChineseText()
        let english = ConsoleView.render(busyState())
        XCTAssertEqual(ConsoleView.render(state, cache: cache), ConsoleView.render(state))
        XCTAssertNotEqual(ConsoleView.render(state, cache: cache).lines().last, english.lines().last, "the key bar is in Chinese now")
    }
}
