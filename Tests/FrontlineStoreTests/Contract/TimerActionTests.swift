import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Pausing, resuming and promising reply times, on a real database file.
final class TimerActionTests: StoreContractCase {
    /// Around the clock, so these tests do not depend on the day of the week they start on.
    private var allHours: SLAPolicy {
        var calendar = WorkingCalendar(timeZone: TimeZone(identifier: "UTC")!, hours: [:])
        for day in Weekday.allCases { calendar.hours[day] = [ClockRange(start: 0, end: 24 * 60)] }
        return SLAPolicy(calendar: calendar)
    }

    /// The first midnight (UTC) after the email was taken: the short calendars below open then.
    private var nextUTCMidnight: Date {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return utc.date(byAdding: .day, value: 1, to: utc.startOfDay(for: at(60)))!
    }

    private func heldEmail(_ database: any FrontlineStores) throws -> Contact {
        let mail = try database.enqueue(channel: .email, from: "li@example.com", name: "李静", text: "发票在哪里？", at: t0)
        return try XCTUnwrap(database.take(contactId: mail.id!, agent: "mina", policy: allHours, at: at(60)))
    }

    func testAPauseStopsTheEmailTimerAndAResumeAddsTheTimeItStood() throws {
        let database = try makeStore()
        let mail = try heldEmail(database)
        let paused = try database.pause(contactId: mail.id!, agent: "mina", reason: "waiting for the customer", policy: allHours, at: at(3600))
        XCTAssertEqual(allHours.status(of: paused, at: at(3 * 3600))?.secondsLeft, 3 * 3600, "3 h left, however long it stands")
        XCTAssertEqual(allHours.status(of: paused, at: at(3 * 3600))?.isPaused, true)
        let resumed = try database.resume(contactId: mail.id!, agent: "mina", policy: allHours, at: at(5 * 3600))
        XCTAssertEqual(resumed.pausedSeconds, 4 * 3600)
        XCTAssertEqual(allHours.runningTimer(for: try XCTUnwrap(database.contact(id: mail.id!)))?.deadline, at(8 * 3600))
        XCTAssertEqual(try database.events(contactId: mail.id!).map(\.kind), [.queued, .taken, .paused, .resumed])
        XCTAssertEqual(try database.events(contactId: mail.id!)[2].detail, "waiting for the customer")
    }

    func testAPhoneTimerMayNotPauseAndTheMessageSaysWhere() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 1111", name: nil, text: nil, at: t0)
        _ = try database.take(contactId: call.id!, agent: "mina", policy: allHours, at: at(10))
        assertThrows(.refused("contact \(call.id!) has no running timer to pause")) {
            try database.pause(contactId: call.id!, agent: "mina", reason: "x", policy: allHours, at: at(20))
        }
        var strict = allHours
        strict.rules[.emailResponse]?.pausable = false
        let mail = try heldEmail(database)
        XCTAssertThrowsError(try database.pause(contactId: mail.id!, agent: "mina", reason: "x", policy: strict, at: at(120))) { error in
            XCTAssertTrue("\(error)".contains("may not be paused"), "\(error)")
        }
    }

    func testOnlyTheAgentHoldingAContactPausesIt() throws {
        let database = try makeStore()
        let mail = try heldEmail(database)
        assertThrows(.notYours(contactId: mail.id!, holder: "mina")) {
            try database.pause(contactId: mail.id!, agent: "jun", reason: "x", policy: allHours, at: at(120))
        }
    }

    func testAReplyEndsThePauseWithTheTimer() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "+82 10-0000-2222", name: "김민준", text: "안녕하세요", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "mina", policy: allHours, at: at(5))
        var policy = allHours
        policy.rules[.chatReply]?.pausable = true
        _ = try database.pause(contactId: chat.id!, agent: "mina", reason: "checking the warehouse", policy: policy, at: at(30))
        _ = try database.reply(contactId: chat.id!, agent: "mina", text: "확인했습니다", policy: policy, at: at(400))
        let after = try XCTUnwrap(database.contact(id: chat.id!))
        XCTAssertNil(after.pausedSince)
        XCTAssertEqual(after.pausedSeconds, 0, "the next reply timer starts fresh")
        XCTAssertTrue(try database.breaches(contactId: chat.id!).isEmpty, "paused at 30 s, the 300 s target was never reached")
    }

    func testAPromiseSchedulesACallBackThatComesDueAtThePromisedTime() throws {
        let database = try makeStore()
        let mail = try heldEmail(database)
        let callback = try database.promise(contactId: mail.id!, agent: "mina", due: at(2 * 3600), policy: allHours, at: at(600))
        XCTAssertEqual(callback.channel, .callback)
        XCTAssertEqual(callback.customerId, mail.customerId)
        XCTAssertEqual(callback.queuedAt, at(2 * 3600))
        XCTAssertFalse(callback.isDue(at: at(3600)))
        XCTAssertTrue(callback.isDue(at: at(2 * 3600)))
        XCTAssertNil(try database.takeNext(agent: "jun", policy: allHours, at: at(3600)), "not due yet: nothing to take")
        XCTAssertNil(try database.takeNext(agent: "jun", policy: allHours, at: at(2 * 3600 + 1)), "due, but kept for mina who promised it")
        XCTAssertEqual(try database.takeNext(agent: "jun", policy: allHours, at: at(2 * 3600) + allHours.ownerWait)?.id, callback.id)
        XCTAssertEqual(try database.events(contactId: mail.id!).last?.kind, .promised)
    }

    func testAPromiseDefaultsToHalfAWorkingDayAndMayNotReachPastOne() throws {
        let database = try makeStore()
        let mail = try heldEmail(database)
        var eightHours = allHours
        for day in Weekday.allCases { eightHours.calendar.hours[day] = [ClockRange(start: 0, end: 8 * 60)] }
        let start = nextUTCMidnight
        let callback = try database.promise(contactId: mail.id!, agent: "mina", due: nil, policy: eightHours, at: start)
        XCTAssertEqual(callback.queuedAt, start.addingTimeInterval(4 * 3600))
        XCTAssertThrowsError(try database.promise(contactId: mail.id!, agent: "mina", due: start.addingTimeInterval(8 * 3600 + 60),
                                                  policy: eightHours, at: start)) {
            XCTAssertTrue("\($0)".contains("at most one working day (8h 00m of working time)"), "\($0)")
        }
    }

    func testAShorterWorkingDayPromisesHalfOfItAndRefusesBeyondIt() throws {
        let database = try makeStore()
        let mail = try heldEmail(database)
        var shortDays = allHours
        for day in Weekday.allCases { shortDays.calendar.hours[day] = [ClockRange(start: 0, end: 7 * 60 + 30)] }
        let start = nextUTCMidnight
        let callback = try database.promise(contactId: mail.id!, agent: "mina", due: nil, policy: shortDays, at: start)
        XCTAssertEqual(callback.queuedAt, start.addingTimeInterval(3 * 3600 + 45 * 60), "half of a 7.5-hour day")
        XCTAssertThrowsError(try database.promise(contactId: mail.id!, agent: "mina", due: start.addingTimeInterval(7 * 3600 + 31 * 60),
                                                  policy: shortDays, at: start)) {
            XCTAssertTrue("\($0)".contains("7h 30m"), "\($0)")
        }
    }
}
