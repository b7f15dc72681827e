import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// `frontline report`'s figures from a hand-counted day, made through the store's real write
/// paths. Targets: phone 180 s, chat 300 s; short abandons under 5 s. t0 is 14:13:20 UTC.
final class ReportStoreTests: StoreContractCase {
    /// No wrap-up state, so the state log holds only what the test sets.
    var rules: AgentStateRules {
        var rules = AgentStateRules()
        rules.wrapUpSeconds = 0
        return rules
    }
    var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// The fixture day; returns the store.
    func fixtureDay() throws -> any FrontlineStores {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", displayName: "김민아", createdAt: t0, groups: ["orders"]))
        try database.addAgent(Agent(name: "jun", displayName: "王俊", createdAt: t0, groups: ["service"]))
        try database.changeState(of: "mina", .logIn, at: at(0))
        try database.changeState(of: "jun", .logIn, at: at(0))
        func end(_ id: Int64, _ agent: String, _ codes: [String]?, at time: TimeInterval) throws {
            _ = try database.wrapUp(contactId: id, agent: agent, rules: rules, entry: codes.map { WrapUpEntry(codes: $0) },
                                    codes: .standard, at: at(time))
        }
        // Phone A: 30 s wait (within), mina, handled 300 s.
        let a = try database.enqueue(channel: .phone, from: "+1 202-555-0101", name: nil, text: nil, at: at(100)).id!
        _ = try database.take(contactId: a, agent: "mina", policy: policy, at: at(130))
        try end(a, "mina", ["shipping-fees"], at: 430)
        // Phone B: 300 s wait (late), jun, handled 100 s.
        let b = try database.enqueue(channel: .phone, from: "+1 202-555-0102", name: nil, text: nil, at: at(200)).id!
        _ = try database.take(contactId: b, agent: "jun", policy: policy, at: at(500))
        try end(b, "jun", ["shipping-fees", "receiving-goods"], at: 600)
        // Phone C: gone in 2 s (short abandon); phone D: gone after 50 s (abandoned within target).
        let c = try database.enqueue(channel: .phone, from: "+1 202-555-0103", name: nil, text: nil, at: at(300)).id!
        _ = try database.abandon(contactId: c, policy: policy, at: at(302))
        let d = try database.enqueue(channel: .phone, from: "+1 202-555-0104", name: nil, text: nil, at: at(400)).id!
        _ = try database.abandon(contactId: d, policy: policy, at: at(450))
        // Chat E: first reply 60 s, then next replies of 90 s and 100 s (from the first of two messages).
        let e = try database.enqueue(channel: .chat, from: "kim@example.com", name: "金智", text: "hi", at: at(1000)).id!
        _ = try database.take(contactId: e, agent: "mina", policy: policy, at: at(1010))
        _ = try database.reply(contactId: e, agent: "mina", text: "hello", policy: policy, at: at(1060))
        _ = try database.say(contactId: e, text: "where is it?", at: at(1100))
        _ = try database.reply(contactId: e, agent: "mina", text: "on its way", policy: policy, at: at(1190))
        _ = try database.say(contactId: e, text: "when?", at: at(1200))
        _ = try database.say(contactId: e, text: "hello?", at: at(1210))
        try database.recordWordingOverride(contactId: e, agent: "mina", words: ["calm down"], at: at(1300))
        _ = try database.reply(contactId: e, agent: "mina", text: "tomorrow, calm down", policy: policy, at: at(1300))
        try end(e, "mina", ["receiving-goods"], at: 1400)
        let customer = try XCTUnwrap(database.contact(id: e)).customerId
        _ = try database.fileComplaint(Complaint(customerId: customer, contactId: e, category: .delivery, severity: .major,
                                                 account: "late", wants: "refund", promisedReplyAt: at(9000), agent: "mina",
                                                 receivedAt: at(1450)))
        // Chat F: the same customer again (a repeat within 7 days); its reply timer runs out (a
        // breach against jun), jun replies at 400 s and passes it to mina, who ends it.
        let f = try database.enqueue(channel: .chat, from: "kim@example.com", name: "金智", text: "again", at: at(2000)).id!
        _ = try database.take(contactId: f, agent: "jun", policy: policy, at: at(2005))
        _ = try database.recordBreaches(policy: policy, at: at(2350))
        _ = try database.reply(contactId: f, agent: "jun", text: "sorry", policy: policy, at: at(2400))
        _ = try database.transfer(contactId: f, by: "jun", to: .agent("mina"), note: "hers", policy: policy, at: at(2450))
        try end(f, "mina", nil, at: 2600)
        // mina at lunch for 30 minutes.
        try database.changeState(of: "mina", .goAway(.lunch), at: at(3000))
        try database.changeState(of: "mina", .becomeAvailable, at: at(4800))
        // Another day's contact is not counted.
        _ = try database.enqueue(channel: .phone, from: "+1 202-555-0199", name: nil, text: nil, at: at(86_400))
        return database
    }

    func testAHandCountedDay() throws {
        let database = try fixtureDay()
        let report = try database.report(.custom, from: t0, to: at(86_400), now: at(86_400), policy: policy, calendar: utc)

        let phone = report.channels[0]
        XCTAssertEqual(phone.channel, .phone)
        XCTAssertEqual([phone.offered, phone.answered, phone.abandoned, phone.shortAbandons], [4, 2, 1, 1])
        XCTAssertEqual(phone.sl, 1.0 / 2.0)               // 30 s of 30 s, 300 s
        XCTAssertEqual(phone.sl2, 2.0 / 3.0)              // + the 50 s abandon
        XCTAssertEqual(phone.averageSpeedOfAnswer, 165)   // (30 + 300) / 2
        XCTAssertEqual(phone.averageHandleSeconds, 200)   // (300 + 100) / 2
        XCTAssertEqual(phone.repeatContacts, 0)

        let chat = report.channels[1]
        XCTAssertEqual([chat.offered, chat.answered, chat.abandoned, chat.repeatContacts], [2, 2, 0, 1])
        XCTAssertEqual(chat.sl, 1.0 / 2.0)                // 60 s of 60 s, 400 s
        XCTAssertEqual(chat.averageSpeedOfAnswer, 230)
        XCTAssertEqual(chat.averageHandleSeconds, (390.0 + 595) / 2)  // E 1010→1400, F 2005→2600

        XCTAssertEqual([report.team.offered, report.team.answered, report.team.abandoned, report.team.shortAbandons], [6, 4, 1, 1])
        XCTAssertEqual(report.team.sl, 2.0 / 4.0)
        XCTAssertEqual(report.team.sl2, 3.0 / 5.0)

        // The same SL and SL2 as `frontline stats`: the same ServiceLevel, counted the same way.
        let levels = try database.serviceLevels(policy: policy, from: t0, to: at(86_400))
        for figures in report.channels { XCTAssertEqual(figures.serviceLevel, levels[figures.channel!]) }
        XCTAssertEqual(try database.serviceLevelsFromEventLog(policy: policy, from: t0, to: at(86_400)), levels)

        XCTAssertEqual(report.hours[14].offered, 6, "every contact came between 14:00 and 15:00 UTC")
        XCTAssertEqual(report.hours.map(\.offered).reduce(0, +), 6)
        XCTAssertEqual(report.wrapUpCodes, [CodeCount(code: "receiving-goods", count: 2), CodeCount(code: "shipping-fees", count: 2)])
        XCTAssertEqual(report.complaints, [ComplaintClassCount(category: .delivery, severity: .major, state: .received, count: 1)])

        XCTAssertEqual(report.agents.map(\.name), ["jun", "mina"])
        let jun = report.agents[0], mina = report.agents[1]
        XCTAssertEqual(mina.displayName, "김민아")
        XCTAssertEqual(mina.handled, [.phone: 1, .chat: 2, .email: 0, .callback: 0], "F counts for mina, who held it last")
        XCTAssertEqual(mina.handleTime.mean, (300.0 + 390 + 595) / 3)
        XCTAssertEqual(mina.handleTime.p90, 595)
        XCTAssertEqual(mina.firstReplyTime.median, 60)
        XCTAssertEqual(mina.firstReplyTime.p90, 400)
        XCTAssertEqual(mina.nextReplyTime.median, 90)
        XCTAssertEqual(mina.nextReplyTime.p90, 100)
        XCTAssertEqual(mina.wrapUpCodes, ["shipping-fees": 1, "receiving-goods": 1])
        XCTAssertEqual(mina.complaintsFiled, 1)
        XCTAssertEqual(mina.forbiddenWordingSent, 1)
        XCTAssertEqual(mina.transfers, 0)
        XCTAssertEqual(mina.time["away:lunch"], 1800)
        XCTAssertEqual(mina.time["available"], 86_400 - 1800)
        XCTAssertEqual(mina.time["busy"], 300 + 390 + 595)
        XCTAssertNil(mina.qaScore)
        XCTAssertNil(mina.satisfaction)

        XCTAssertEqual(jun.handled, [.phone: 1, .chat: 0, .email: 0, .callback: 0])
        XCTAssertEqual(jun.handleTime.mean, 100)
        XCTAssertEqual(jun.transfers, 1)
        XCTAssertEqual(jun.breaches, ["chat-reply": 1, "pickup": 1], "F's reply, and B picked up 120 s late")
        XCTAssertEqual(jun.wrapUpCodes, ["shipping-fees": 1, "receiving-goods": 1])
        XCTAssertEqual(jun.time["available"], 86_400)
        XCTAssertEqual(jun.forbiddenWordingSent, 0)
    }

    func testAnAgentOrAGroupNarrowsTheReport() throws {
        let database = try fixtureDay()
        let mina = try database.report(.custom, from: t0, to: at(86_400), now: at(86_400), policy: policy, calendar: utc,
                                       scope: .init(agent: "mina"))
        XCTAssertEqual(mina.agents.map(\.name), ["mina"])
        XCTAssertEqual(mina.team.offered, 3, "A, E and F")
        XCTAssertEqual(mina.wrapUpCodes.map(\.count).reduce(0, +), 2)
        let service = try database.report(.custom, from: t0, to: at(86_400), now: at(86_400), policy: policy, calendar: utc,
                                          scope: .init(group: "service"))
        XCTAssertEqual(service.agents.map(\.name), ["jun"])
        XCTAssertEqual(service.team.offered, 1, "B: F ended with mina, in orders")
    }

    func testAnEmptyPeriodHasEveryRowAndNothingToDivide() throws {
        let database = try makeStore()
        let report = try database.report(.daily, from: t0, to: at(86_400), now: at(86_400), policy: policy, calendar: utc)
        XCTAssertEqual(report.channels.map(\.channel), Channel.allCases)
        XCTAssertEqual(report.hours.count, 24)
        XCTAssertNil(report.team.sl)
        XCTAssertNil(report.team.averageHandleSeconds)
        XCTAssertEqual(report.followUpCoverage.map(\.kind), ["member", "complaint", "agreed"])
    }
}
