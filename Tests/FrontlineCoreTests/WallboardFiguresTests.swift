import Foundation
import XCTest
@testable import FrontlineCore

/// The wallboard's figures against a morning counted by hand. Times are seconds from `now`.
final class WallboardFiguresTests: XCTestCase {
    private let now = testEpoch
    private var today: (start: Date, end: Date) { (at(-5000), at(81400)) }
    private func at(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(seconds) }

    private func call(_ id: Int64, _ channel: Channel, _ state: ContactState, customer: Int64 = 0, queued: TimeInterval,
                      taken: TimeInterval? = nil, replied: TimeInterval? = nil, ended: TimeInterval? = nil, agent: String? = nil,
                      awaiting: TimeInterval? = nil) -> Contact {
        Contact(id: id, channel: channel, state: state, customerId: customer == 0 ? id * 10 : customer, address: "+86 130 0000 00\(id)",
                queuedAt: at(queued), takenAt: taken.map(at), firstReplyAt: replied.map(at), endedAt: ended.map(at), agent: agent,
                awaitingReplySince: awaiting.map(at))
    }

    private func agent(_ name: String, _ presence: AgentPresence, since: TimeInterval?, reason: AwayReason? = nil,
                       wrapUpUntil: TimeInterval? = nil) -> Agent {
        var agent = Agent(name: name, createdAt: at(-90000))
        agent.presence = presence
        agent.stateSince = since.map(at)
        agent.awayReason = reason
        agent.wrapUpUntil = wrapUpUntil.map(at)
        return agent
    }

    private var input: WallboardInput {
        let contacts = [
            call(1, .phone, .waiting, queued: -200),                                          // 200 s of 180: breached
            call(2, .phone, .waiting, queued: -150),                                          // 150 of 180 = 83 %: warning
            call(3, .chat, .waiting, queued: -60, awaiting: -60),                             // ok
            call(4, .chat, .active, queued: -1000, taken: -990, replied: -980, agent: "mina", awaiting: -100),
            call(5, .phone, .ended, queued: -3000, taken: -2900, ended: -2600, agent: "mina"),  // wait 100, handle 300
            call(6, .phone, .ended, queued: -2000, taken: -1700, ended: -1600, agent: "mina"),  // wait 300 (late), handle 100
            call(7, .phone, .abandoned, customer: 70, queued: -1500, ended: -1400),           // hung up after 100 s
            call(8, .phone, .abandoned, queued: -1200, ended: -1198),                         // 2 s: a wrong number
            call(9, .phone, .ended, customer: 70, queued: -900, taken: -890, ended: -800, agent: "jun"),  // 70 again: called back
            call(11, .callback, .waiting, queued: 3600),                                      // not due yet
            call(12, .chat, .ended, queued: -5100, taken: -5050, replied: -5040, ended: -4900, agent: "park"),  // queued yesterday
        ]
        let complaints = [
            Complaint(id: 1, customerId: 10, contactId: 1, category: .delivery, severity: .major, account: "", wants: "",
                      promisedReplyAt: nil, agent: "mina", receivedAt: at(-1000)),
            Complaint(id: 2, customerId: 20, contactId: nil, category: .price, severity: .minor, account: "", wants: "",
                      promisedReplyAt: nil, state: .implemented, agent: "mina", receivedAt: at(-10 * 86400), resolvedAt: at(-9 * 86400)),
            Complaint(id: 3, customerId: 30, contactId: nil, category: .price, severity: .minor, account: "", wants: "",
                      promisedReplyAt: nil, state: .implemented, agent: "mina", receivedAt: at(-2 * 86400), resolvedAt: at(-86400)),
            Complaint(id: 4, customerId: 40, contactId: nil, category: .price, severity: .major, account: "", wants: "",
                      promisedReplyAt: nil, state: .archived, agent: "mina", receivedAt: at(-9 * 86400)),
        ]
        return WallboardInput(
            contacts: contacts, customerNames: [10: "王小明", 20: "김민준", 70: "陈晓华"], events: [],
            agents: [agent("jun", .away, since: -300, reason: .private), agent("mina", .available, since: -600),
                     agent("park", .wrapUp, since: -20, wrapUpUntil: 10), agent("sun", .offline, since: nil)],
            breachAgents: ["mina", nil, "jun", "mina"], complaints: complaints)
    }

    private var figures: WallboardFigures { WallboardFigures(input, policy: .standard, rules: .standard, today: today, now: now) }

    func testEachChannelCountsWaitingLongestAnsweredAbandonedAndAverages() throws {
        let phone = try XCTUnwrap(figures.channels.first { $0.channel == .phone })
        XCTAssertEqual(phone.waiting, 2)
        XCTAssertEqual(phone.longestWait, 200)
        XCTAssertEqual(phone.longestWaitState, .breached)
        XCTAssertEqual(phone.answered, 3, "5, 6 and 9")
        XCTAssertEqual(phone.abandoned, 1, "7; 8 hung up within 5 s")
        XCTAssertEqual(try XCTUnwrap(phone.serviceLevel), 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(phone.averageWait), 410.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(phone.averageHandle), 490.0 / 3.0, accuracy: 1e-9)

        let chat = try XCTUnwrap(figures.channels.first { $0.channel == .chat })
        XCTAssertEqual(chat.waiting, 1)
        XCTAssertEqual(chat.longestWait, 60)
        XCTAssertEqual(chat.longestWaitState, .ok)
        XCTAssertEqual(chat.answered, 1, "12 entered the queue yesterday")
        XCTAssertEqual(chat.serviceLevel, 1)
        XCTAssertEqual(chat.averageWait, 20)
        XCTAssertEqual(chat.averageHandle, 150, "12 ended today, so its handling counts today")

        let email = try XCTUnwrap(figures.channels.first { $0.channel == .email })
        XCTAssertEqual([email.waiting, email.answered, email.abandoned], [0, 0, 0])
        XCTAssertNil(email.longestWait)
        XCTAssertNil(email.serviceLevel)
        XCTAssertEqual(figures.channels.first { $0.channel == .callback }?.waiting, 0, "a call-back due later is not waiting yet")
        XCTAssertEqual(try XCTUnwrap(figures.serviceLevelToday), 0.75, accuracy: 1e-9, "3 of 4 answered in time")
    }

    func testTheAlertStripNamesContactsAboutToBreachBreachedAndAgentsAwayTooLong() {
        XCTAssertEqual(figures.queue.map(\.contact.id), [1, 2, 4, 3], "by deadline: -20 s, +30 s, +200 s, +240 s")
        XCTAssertEqual(figures.aboutToBreach.map(\.contact.id), [2])
        XCTAssertEqual(figures.breached.map(\.contact.id), [1])
        XCTAssertEqual(figures.breached.first?.customerName, "王小明")
        XCTAssertEqual(figures.agentsOverAwayLimit.map(\.agent.name), ["jun"], "private for 5 min of 3")
    }

    func testTheAgentGridShowsStateTimeInStateHeldHandledAndBreaches() {
        let grid = Dictionary(uniqueKeysWithValues: figures.agents.map { ($0.agent.name, $0) })
        XCTAssertEqual(grid["mina"]?.state, .busy(held: 1, capacity: 3))
        XCTAssertEqual(grid["mina"]?.held.map(\.contact.id), [4])
        XCTAssertEqual(grid["mina"]?.timeInState, 600)
        XCTAssertEqual(grid["mina"]?.handledToday, 2)
        XCTAssertEqual(grid["mina"]?.breachesToday, 2)
        XCTAssertEqual(grid["jun"]?.state, .away(.private))
        XCTAssertEqual(grid["jun"]?.handledToday, 1)
        XCTAssertEqual(grid["jun"]?.breachesToday, 1)
        XCTAssertEqual(grid["park"]?.state, .wrapUp(until: at(10)))
        XCTAssertEqual(grid["park"]?.handledToday, 1)
        XCTAssertEqual(grid["sun"]?.state, .offline)
        XCTAssertNil(grid["sun"]?.timeInState)
    }

    func testLoggedInAgentsComeBeforeLoggedOutOnesInRosterOrder() {
        var input = WallboardInput()
        input.agents = ["ann", "bo", "cy", "di"].map { name in
            var agent = Agent(name: name, createdAt: at(-9000))
            if name == "bo" || name == "di" { (agent.presence, agent.stateSince) = (.available, at(-60)) }
            return agent
        }
        let figures = WallboardFigures(input, policy: .standard, rules: .standard, today: (at(-3600), at(3600)), now: now)
        XCTAssertEqual(figures.agents.map(\.agent.name), ["bo", "di", "ann", "cy"])
    }

    func testAWrapUpPastItsEndCountsAsAvailableSinceItEnded() {
        let later = WallboardFigures(input, policy: .standard, rules: .standard, today: today, now: at(70))
        let park = later.agents.first { $0.agent.name == "park" }
        XCTAssertEqual(park?.state, .available)
        XCTAssertEqual(park?.timeInState, 60)
    }

    func testAbandonedCallsListTheCallerAndWhetherTheyWereCalledBack() {
        XCTAssertEqual(figures.abandonedCalls.map(\.contact.id), [7], "the 2-second call is a wrong number")
        XCTAssertEqual(figures.abandonedCalls.first?.customerName, "陈晓华")
        XCTAssertEqual(figures.abandonedCalls.first?.contact.address, "+86 130 0000 007")
        XCTAssertEqual(figures.abandonedCalls.first?.waited, 100)
        XCTAssertEqual(figures.abandonedCalls.first?.calledBack, true)
    }

    func testComplaintsListedAreOpenAndMajorOrOverdue() {
        XCTAssertEqual(figures.complaints.map(\.complaint.id), [2, 1], "2's follow-up was due days ago (3 working days); 1 is major; 3 is on time; 4 is archived")
        XCTAssertEqual(figures.complaints.map(\.isOverdue), [true, false])
        XCTAssertEqual(figures.complaints.last?.customerName, "王小明")
    }

    /// Four 100-second buckets, replayed event by event (see the comments for the counts).
    func testTheChartReplaysTheQueueLengthAndTheRunningServiceLevel() {
        let events = [
            QueueEvent(contactId: 1, kind: .queued, channel: .phone, at: at(-50)),   // waiting before the chart starts
            QueueEvent(contactId: 2, kind: .queued, channel: .chat, at: at(10)),     // 2
            QueueEvent(contactId: 3, kind: .queued, channel: .phone, at: at(20)),    // 3 (the peak of bucket 0)
            QueueEvent(contactId: 1, kind: .taken, at: at(30)),                       // 2; 80 s: in time
            QueueEvent(contactId: 2, kind: .taken, at: at(150)),                      // 1
            QueueEvent(contactId: 2, kind: .replied, at: at(160)),                    // the chat answered after 150 s: in time
            QueueEvent(contactId: 3, kind: .taken, at: at(210)),                      // 0; 190 s: late
            QueueEvent(contactId: 4, kind: .queued, channel: .phone, at: at(220)),   // 1
            QueueEvent(contactId: 4, kind: .abandoned, at: at(230)),                  // 0
            QueueEvent(contactId: 5, kind: .queued, channel: .phone, at: at(390)),   // 1
        ]
        let chart = ShiftChart(events: events, policy: .standard, from: at(0), to: at(400), buckets: 4)
        XCTAssertEqual(chart.bucketSeconds, 100)
        XCTAssertEqual(chart.queueLength, [3, 2, 1, 1])
        XCTAssertEqual(chart.serviceLevel.map { $0.map { ($0 * 1000).rounded() / 1000 } }, [1, 1, 0.667, 0.667])
    }

    func testAnEmptyDayChartsNothing() {
        let chart = ShiftChart(events: [], policy: .standard, from: at(0), to: at(400), buckets: 8)
        XCTAssertEqual(chart.queueLength, Array(repeating: 0, count: 8))
        XCTAssertEqual(chart.serviceLevel, Array(repeating: nil, count: 8))
    }
}
