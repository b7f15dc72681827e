import Foundation
import XCTest
@testable import FrontlineCore

final class PhonePickupTimerTests: XCTestCase {
    let policy = SLAPolicy.standard

    private func status(_ call: Contact, _ clock: ManualClock) -> SLAStatus {
        guard let status = policy.status(of: call, at: clock.now) else {
            XCTFail("a waiting phone call must have a running pickup timer")
            return SLAStatus(state: .ok, deadline: .distantPast, secondsLeft: .min)
        }
        return status
    }

    func testPickupDeadlineIsThreeMinutesAfterQueueEntry() {
        let clock = ManualClock(testEpoch)
        let call = contact(.phone, queuedAt: clock.now)
        let timer = policy.runningTimer(for: call)
        XCTAssertEqual(timer?.kind, .pickup)
        XCTAssertEqual(timer?.startedAt, call.queuedAt)
        XCTAssertEqual(status(call, clock).deadline, call.queuedAt.addingTimeInterval(180))
    }

    func testPickupCountsDownOkThenWarningThenBreached() {
        let clock = ManualClock(testEpoch)
        let call = contact(.phone, queuedAt: clock.now)

        var now = status(call, clock)
        XCTAssertEqual(now.state, .ok)
        XCTAssertEqual(now.secondsLeft, 180)
        XCTAssertEqual(now.countdown, "3:00")

        clock.advance(by: 143)
        now = status(call, clock)
        XCTAssertEqual(now.state, .ok, "143 s is still under 80% of 180 s")
        XCTAssertEqual(now.countdown, "0:37")

        clock.advance(by: 1)   // 144 s = 80%
        now = status(call, clock)
        XCTAssertEqual(now.state, .warning)
        XCTAssertEqual(now.countdown, "0:36")

        clock.set(call.queuedAt.addingTimeInterval(179.5))
        now = status(call, clock)
        XCTAssertEqual(now.state, .warning)
        XCTAssertEqual(now.secondsLeft, 1)
        XCTAssertEqual(now.countdown, "0:01", "never shows zero before the deadline")

        clock.set(call.queuedAt.addingTimeInterval(180))
        now = status(call, clock)
        XCTAssertEqual(now.state, .breached)
        XCTAssertEqual(now.secondsLeft, 0)
        XCTAssertEqual(now.countdown, "-0:00", "a breach shows as an overrun even in its first second")

        clock.set(call.queuedAt.addingTimeInterval(222))
        now = status(call, clock)
        XCTAssertEqual(now.state, .breached)
        XCTAssertEqual(now.secondsLeft, -42)
        XCTAssertEqual(now.countdown, "-0:42")
    }

    func testBreachIsComputedFromStoredTimestampsNotFromTicks() {
        // Nobody looked at the call for an hour: the breach is still there.
        let clock = ManualClock(testEpoch)
        let call = contact(.phone, queuedAt: clock.now)
        clock.advance(by: 3600)
        XCTAssertEqual(status(call, clock).state, .breached)
        XCTAssertEqual(status(call, clock).countdown, "-57:00")
    }

    func testActiveEndedAndAbandonedCallsHaveNoTimer() {
        let clock = ManualClock(testEpoch)
        for state in [ContactState.active, .ended, .abandoned] {
            let call = contact(.phone, state: state, queuedAt: clock.now.addingTimeInterval(-500))
            XCTAssertNil(policy.runningTimer(for: call), "\(state) phone call")
            XCTAssertNil(policy.status(of: call, at: clock.now), "\(state) phone call")
        }
    }
}

final class WrittenChannelTimerTests: XCTestCase {

    func testChatTimerStartsAtTheUnansweredMessageNotAtQueueEntry() throws {
        let clock = ManualClock(testEpoch)
        let message = clock.now.addingTimeInterval(40)
        let chat = contact(.chat, queuedAt: clock.now, awaitingReplySince: message)
        let timer = try XCTUnwrap(policy.runningTimer(for: chat))
        XCTAssertEqual(timer.kind, .chatReply)
        XCTAssertEqual(timer.startedAt, message)
        XCTAssertEqual(timer.deadline, message.addingTimeInterval(300))

        clock.set(message.addingTimeInterval(299))
        XCTAssertEqual(policy.status(of: chat, at: clock.now)?.state, .warning)
        XCTAssertEqual(policy.status(of: chat, at: clock.now)?.countdown, "0:01")
        clock.set(message.addingTimeInterval(300))
        XCTAssertEqual(policy.status(of: chat, at: clock.now)?.state, .breached)
    }

    func testNoChatTimerRunsAfterTheAgentReplied() {
        let clock = ManualClock(testEpoch)
        var chat = contact(.chat, state: .active, queuedAt: clock.now, awaitingReplySince: clock.now)
        clock.advance(by: 60)
        chat.firstReplyAt = clock.now
        chat.awaitingReplySince = nil
        clock.advance(by: 3600)
        XCTAssertNil(policy.runningTimer(for: chat))
        XCTAssertNil(policy.status(of: chat, at: clock.now))
    }

    func testANewCustomerMessageRestartsTheTimerFromThatMessage() throws {
        let clock = ManualClock(testEpoch)
        var chat = contact(.chat, state: .active, queuedAt: clock.now, awaitingReplySince: clock.now)
        clock.advance(by: 250)                      // agent answers just in time (warning, not breached)
        XCTAssertEqual(policy.status(of: chat, at: clock.now)?.state, .warning)
        chat.firstReplyAt = clock.now
        chat.awaitingReplySince = nil

        clock.advance(by: 400)                      // the customer writes again
        let second = clock.now
        chat.awaitingReplySince = second
        clock.advance(by: 100)
        let status = try XCTUnwrap(policy.status(of: chat, at: clock.now))
        XCTAssertEqual(status.deadline, second.addingTimeInterval(300), "next-reply timer counts from the new message")
        XCTAssertEqual(status.state, .ok, "750 s since the first message, but only 100 s since the unanswered one")
        XCTAssertEqual(status.secondsLeft, 200)
    }

    /// These email tests use a wall-clock rule; working-time email timers are in WorkingTimeTimerTests.
    private var policy: SLAPolicy {
        var policy = SLAPolicy.standard
        policy.rules[.emailResponse] = TimerRule(target: 4 * 3600)
        return policy
    }

    func testEmailHasAFourHourFirstResponseTimerThatStopsOnFirstReply() throws {
        let clock = ManualClock(testEpoch)
        var mail = contact(.email, queuedAt: clock.now)
        let timer = try XCTUnwrap(policy.runningTimer(for: mail))
        XCTAssertEqual(timer.kind, .emailResponse)
        XCTAssertEqual(timer.deadline, mail.queuedAt.addingTimeInterval(4 * 3600))
        XCTAssertEqual(policy.status(of: mail, at: clock.now)?.countdown, "4:00:00")

        clock.advance(by: 3 * 3600)
        XCTAssertEqual(policy.status(of: mail, at: clock.now)?.state, .ok)
        clock.advance(by: 12 * 60)                  // 3 h 12 m = 80 %
        XCTAssertEqual(policy.status(of: mail, at: clock.now)?.state, .warning)

        mail.state = .active
        mail.firstReplyAt = clock.now
        clock.advance(by: 3600)
        XCTAssertNil(policy.status(of: mail, at: clock.now), "answered email: the timer stopped, no breach later")
    }

    func testEmailBreachesAfterFourHoursWithoutReply() {
        let clock = ManualClock(testEpoch)
        let mail = contact(.email, queuedAt: clock.now)
        clock.advance(by: 4 * 3600 + 5)
        XCTAssertEqual(policy.status(of: mail, at: clock.now)?.state, .breached)
        XCTAssertEqual(policy.status(of: mail, at: clock.now)?.countdown, "-0:05")
    }

    func testDueCallbackHasItsOwnTimerUntilTaken() {
        let clock = ManualClock(testEpoch)
        var callback = contact(.callback, queuedAt: clock.now)
        XCTAssertEqual(policy.runningTimer(for: callback)?.kind, .callback)
        XCTAssertEqual(policy.runningTimer(for: callback)?.deadline, clock.now.addingTimeInterval(300))
        callback.state = .active
        XCTAssertNil(policy.runningTimer(for: callback))
    }

    func testClosedContactsHaveNoTimerOnAnyChannel() {
        let clock = ManualClock(testEpoch)
        let since = clock.now.addingTimeInterval(-10_000)
        for channel in Channel.allCases {
            for state in [ContactState.ended, .abandoned] {
                let closed = contact(channel, state: state, queuedAt: since, awaitingReplySince: since)
                XCTAssertNil(policy.runningTimer(for: closed), "\(state) \(channel)")
                XCTAssertNil(policy.status(of: closed, at: clock.now), "\(state) \(channel)")
            }
        }
    }

    func testPolicyTargetsAreConfigurable() {
        var strict = SLAPolicy.standard
        strict.rules[.chatReply] = TimerRule(target: 20)
        let clock = ManualClock(testEpoch)
        let chat = contact(.chat, queuedAt: clock.now, awaitingReplySince: clock.now)
        clock.advance(by: 20)
        XCTAssertEqual(strict.status(of: chat, at: clock.now)?.state, .breached)
        XCTAssertEqual(SLAPolicy.standard.status(of: chat, at: clock.now)?.state, .ok)
    }
}
