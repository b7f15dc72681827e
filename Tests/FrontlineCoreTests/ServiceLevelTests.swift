import Foundation
import XCTest
@testable import FrontlineCore

final class ServiceLevelTests: XCTestCase {
    func testNothingToDivideGivesNil() {
        let empty = ServiceLevel(channel: .phone, target: 180, outcomes: [])
        XCTAssertNil(empty.sl)
        XCTAssertNil(empty.sl2)
        XCTAssertNil(empty.averageWait)
        let onlyAbandons = ServiceLevel(channel: .phone, target: 180, outcomes: [.abandoned(wait: 60)])
        XCTAssertNil(onlyAbandons.sl, "nothing answered")
        XCTAssertEqual(onlyAbandons.sl2, 1.0 / 1.0)
    }

    func testTheTargetItselfIsInTimeAsAsteriskCountsAndTheShortAbandonThresholdItselfCounts() {
        let level = ServiceLevel(channel: .phone, target: 180, outcomes: [
            .answered(wait: 180), .answered(wait: 180.1), .abandoned(wait: 4.99), .abandoned(wait: 5), .abandoned(wait: 180),
            .abandoned(wait: 181),
        ])
        XCTAssertEqual(level.answeredWithinTarget, 1, "a wait of exactly the target is in time; a tenth more is not")
        XCTAssertEqual(level.shortAbandons, 1)
        XCTAssertEqual(level.abandoned, 3)
        XCTAssertEqual(level.abandonedWithinTarget, 2)
        XCTAssertEqual(level.sl, 1.0 / 2.0)
        XCTAssertEqual(level.sl2, 3.0 / 5.0)
        XCTAssertEqual(level.averageWait, (180 + 180.1) / 2)
    }

    func testWithoutTheShortAbandonRuleSL2IsAsterisksServicelevelPerf2() {
        // Asterisk: ServicelevelPerf2 = (completed in SL + abandoned in SL) / (completed + abandoned).
        let outcomes: [ServiceLevel.Outcome] = [.answered(wait: 20), .answered(wait: 200), .abandoned(wait: 2), .abandoned(wait: 300)]
        let asterisk = ServiceLevel(channel: .phone, target: 180, outcomes: outcomes, shortAbandonThreshold: 0)
        XCTAssertEqual(asterisk.shortAbandons, 0)
        XCTAssertEqual(asterisk.sl2, (1.0 + 1.0) / 4.0)
        let frontline = ServiceLevel(channel: .phone, target: 180, outcomes: outcomes)
        XCTAssertEqual(frontline.sl2, 1.0 / 3.0, "by default the 2 s hang-up is a wrong number, left out")
    }

    func testTheFiguresDoNotDependOnTheOrderOfTheContacts() {
        // (0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3) in floating point.
        let waits: [TimeInterval] = [0.3, 0.1, 0.2]
        let orders = [waits, [0.1, 0.2, 0.3], [0.2, 0.3, 0.1]]
        let levels = orders.map { ServiceLevel(channel: .chat, target: 300, outcomes: $0.map { .answered(wait: $0) }) }
        XCTAssertEqual(levels[0], levels[1])
        XCTAssertEqual(levels[1], levels[2])
    }

    func testOutcomeUsesPickupForCallsAndTheFirstReplyForWrittenChannels() {
        let queued = testEpoch
        var call = Contact(channel: .phone, customerId: 1, address: "x", queuedAt: queued)
        XCTAssertNil(ServiceLevel.outcome(of: call), "still waiting")
        call.takenAt = queued.addingTimeInterval(40)
        XCTAssertEqual(ServiceLevel.outcome(of: call), .answered(wait: 40))
        var chat = Contact(channel: .chat, state: .active, customerId: 1, address: "x", queuedAt: queued,
                           takenAt: queued.addingTimeInterval(10))
        XCTAssertNil(ServiceLevel.outcome(of: chat), "taking a chat answers nothing")
        chat.firstReplyAt = queued.addingTimeInterval(70)
        XCTAssertEqual(ServiceLevel.outcome(of: chat), .answered(wait: 70))
        let hungUp = Contact(channel: .callback, state: .abandoned, customerId: 1, address: "x", queuedAt: queued,
                             endedAt: queued.addingTimeInterval(12))
        XCTAssertEqual(ServiceLevel.outcome(of: hungUp), .abandoned(wait: 12))
    }

    func testTargetsComeFromThePolicy() {
        var policy = SLAPolicy.standard
        for (kind, target) in [(TimerKind.pickup, 1.0), (.chatReply, 2), (.emailResponse, 3), (.callback, 4)] {
            policy.rules[kind]?.target = target
        }
        XCTAssertEqual(Channel.allCases.map { ServiceLevel.target(for: $0, policy: policy) }, [1, 2, 3, 4])
    }

    func testAnEmailWaitCountsOnlyWorkingTime() {
        // Friday 17:00 to Monday 10:00 in Shanghai is 2 working hours: one on Friday, one on Monday.
        let policy = SLAPolicy(calendar: .standard(in: TimeZone(identifier: "Asia/Shanghai")!))
        let friday = utcDate(2026, 11, 27, 9, 0), monday = utcDate(2026, 11, 30, 2, 0)
        let mail = Contact(channel: .email, state: .active, customerId: 1, address: "x", queuedAt: friday, firstReplyAt: monday)
        XCTAssertEqual(ServiceLevel.outcome(of: mail, policy: policy), .answered(wait: 2 * 3600))
        XCTAssertEqual(ServiceLevel.countedWait(.phone, from: friday, to: monday, policy: policy), monday.timeIntervalSince(friday),
                       "calls are on the wall clock")
    }

    func testTodayIsTheLocalCalendarDayEvenAcrossADaylightSavingChange() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        // 2026-11-22 01:30 in Shanghai is 2026-11-21 17:30 UTC.
        let day = ServiceLevel.today(containing: utcDate(2026, 11, 21, 17, 30), calendar: calendar)
        XCTAssertEqual(day.start, utcDate(2026, 11, 21, 16, 0))
        XCTAssertEqual(day.end, utcDate(2026, 11, 22, 16, 0))

        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        // 2026-03-29 is 23 hours long in Berlin (clocks go from 02:00 to 03:00).
        let short = ServiceLevel.today(containing: utcDate(2026, 3, 29, 12, 0), calendar: calendar)
        XCTAssertEqual(short.start, utcDate(2026, 3, 28, 23, 0))
        XCTAssertEqual(short.end.timeIntervalSince(short.start), 23 * 3600)
    }
}
