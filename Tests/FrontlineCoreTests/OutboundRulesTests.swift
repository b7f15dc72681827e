import FrontlineCore
import XCTest

final class OutboundRulesTests: XCTestCase {
    func testBackoffDoublesFromOneSecondToTenMinutesThenGivesUp() {
        let retry = WebhookRetry.standard
        XCTAssertEqual(retry.afterFailure(attempts: 1, jitter: 1), .retry(after: 1))
        XCTAssertEqual(retry.afterFailure(attempts: 2, jitter: 1), .retry(after: 2))
        XCTAssertEqual(retry.afterFailure(attempts: 4, jitter: 0), .retry(after: 4), "jitter 0: half the delay")
        XCTAssertEqual(retry.afterFailure(attempts: 7, jitter: 1), .retry(after: 64))
        XCTAssertEqual(retry.afterFailure(attempts: 8, jitter: 1), .dead)
        XCTAssertEqual(WebhookRetry(maxAttempts: 20).afterFailure(attempts: 15, jitter: 1), .retry(after: 600), "capped")
    }

    func testEmailThreadingLooksAtInReplyToThenReferencesNewestFirst() {
        XCTAssertEqual(EmailThreading.candidates(inReplyTo: "<c@x>", references: ["<a@x>", "<b@x>", "<c@x>"]), ["c@x", "b@x", "a@x"])
        XCTAssertEqual(EmailThreading.candidates(inReplyTo: nil, references: nil), [])
        XCTAssertEqual(EmailThreading.normalised("  <id@host> "), "id@host")
    }

    func testEveryContactEventKindIsMappedOrDeliberatelyNot() {
        XCTAssertEqual(OutboundEventKind.outbound(for: .replied), .reply)
        XCTAssertEqual(OutboundEventKind.outbound(for: .breached), .breach)
        XCTAssertNil(OutboundEventKind.outbound(for: .noted), "internal notes never leave")
        XCTAssertEqual(try OutboundEventKind.parseList("all"), nil)
        XCTAssertEqual(try OutboundEventKind.parseList("reply, take"), [.reply, .take])
        XCTAssertThrowsError(try OutboundEventKind.parseList("reply,nope"))
        XCTAssertThrowsError(try OutboundEventKind.parseList(" , "))
    }
}
