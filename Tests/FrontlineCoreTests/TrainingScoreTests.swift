import Foundation
import XCTest
@testable import FrontlineCore

/// The score against a shift counted by hand (the counts are in the comments).
final class TrainingScoreTests: XCTestCase {
    let end = testEpoch.addingTimeInterval(3600)

    func testTheScoreMatchesTheHandCount() {
        let score = TrainingScore(record: TrainingRecord(visitors: fixture(), end: end))
        // Calls: A in time (60 s), B late (200 s), C hung up; D (100 s) and E (400 s) still waiting when the
        // trainee quit count as unanswered, D too though its target had not run out yet.
        XCTAssertEqual(score.calls, 5)
        XCTAssertEqual(score.callsInTime, 1)
        XCTAssertEqual(score.abandonedCalls, 3)
        XCTAssertEqual(score.pickupMedian, 130)
        XCTAssertEqual(score.pickupP95, 200)
        // Chat replies: X 100 s and 400 s, Z 50 s, Y unanswered for 400 s; V unanswered for only 20 s and Z's
        // last "thanks" (wrapped up) are not missed.
        XCTAssertEqual(score.chatReplies, 4)
        XCTAssertEqual(score.chatRepliesInTime, 2)
        XCTAssertEqual(score.replyMedian, 100)
        XCTAssertEqual(score.replyP95, 400)
        XCTAssertEqual(score.forbidden.map(\.sentence), ["我不知道。", "但是我可以查。"])
        XCTAssertEqual(score.forbidden.map(\.words), ["我不知道", "但是"])
        XCTAssertEqual(score.forbidden.map(\.contactId), [6, 6])
        // Conversations X, Z and the email W: all greet, X and W say goodbye, only W uses all five words.
        XCTAssertEqual(score.conversations, 3)
        XCTAssertEqual(score.greeted, 3)
        XCTAssertEqual(score.farewelled, 2)
        XCTAssertEqual(score.allFivePoliteWords, 1)
        XCTAssertEqual(score.politeWords, ["hello": 3, "please": 3, "thanks": 3, "sorry": 2, "goodbye": 2])
        // X and B expected a complaint, only X got one; Z's lacks the confirmed paraphrase and the reply time.
        XCTAssertEqual(score.complaintsExpected, 2)
        XCTAssertEqual(score.complaintsExpectedFiled, 1)
        XCTAssertEqual(score.complaintsFiled, 2)
        XCTAssertEqual(score.complaintsComplete, 1)
        XCTAssertEqual(score.incompleteComplaints, [.init(complaintId: 2, missing: ["paraphrase confirmed", "promised reply time"])])
        XCTAssertEqual(score.contacts, 10)
        XCTAssertEqual(score.callsInTimeShare, 0.2)
        XCTAssertEqual(score.chatRepliesInTimeShare, 0.5)
    }

    func testAnEmptyShiftScoresNothingRatherThanZero() {
        let score = TrainingScore(record: TrainingRecord(visitors: [], end: end))
        XCTAssertNil(score.callsInTimeShare)
        XCTAssertNil(score.chatRepliesInTimeShare)
        XCTAssertNil(score.pickupMedian)
        XCTAssertEqual(score.conversations, 0)
    }

    func testThePoliteWordsAreFoundInEachLanguage() {
        XCTAssertEqual(PoliteWord.found(in: "Hi, please hold. Thanks! Sorry. Bye", language: .en), Set(PoliteWord.allCases))
        XCTAssertEqual(PoliteWord.found(in: "This is his shipping list", language: .en), [], "hi inside words is not hello")
        XCTAssertEqual(PoliteWord.found(in: "您好，請稍等，謝謝！對不起。再見", language: .zhHant), Set(PoliteWord.allCases))
        XCTAssertEqual(PoliteWord.found(in: "안녕하세요. 잠시만 기다려 주세요. 감사합니다. 죄송합니다. 안녕히 계세요.", language: .ko),
                       Set(PoliteWord.allCases))
    }

    private func fixture() -> [RecordedVisitor] {
        func at(_ seconds: Double) -> Date { testEpoch.addingTimeInterval(seconds) }
        func call(_ id: Int64, queued: Date, taken: Date? = nil, state: ContactState, expects: Bool = false) -> RecordedVisitor {
            RecordedVisitor(persona: expects ? .angry : .polite, expectsComplaint: expects,
                            contact: Contact(id: id, channel: .phone, state: state, customerId: id, address: "+1", queuedAt: queued, takenAt: taken),
                            customerName: "caller", language: .en)
        }
        func written(_ id: Int64, _ channel: Channel, state: ContactState, language: Language, expects: Bool = false,
                     _ messages: [(MessageDirection, Double, String)], complaints: [Complaint] = []) -> RecordedVisitor {
            RecordedVisitor(persona: expects ? .angry : .polite, expectsComplaint: expects,
                            contact: Contact(id: id, channel: channel, state: state, customerId: id, address: "a@example.com",
                                             queuedAt: at(messages[0].1 < 0 ? 3600 + messages[0].1 : messages[0].1)),
                            customerName: "writer", language: language,
                            messages: messages.map { ChatMessage(contactId: id, direction: $0.0, text: $0.2,
                                                                 at: at($0.1 < 0 ? 3600 + $0.1 : $0.1)) },
                            complaints: complaints)
        }
        let complete = Complaint(id: 1, customerId: 6, contactId: 6, category: .delivery, severity: .major, account: "快递没到",
                                 wants: "退款", promisedReplyAt: at(7200), state: .received, agent: "mina", receivedAt: at(700),
                                 channel: .chat, paraphrase: "快递延误一周", paraphraseConfirmed: true)
        let incomplete = Complaint(id: 2, customerId: 8, contactId: 8, category: .other, severity: .minor, account: "late",
                                   wants: "refund", promisedReplyAt: nil, state: .received, agent: "mina", receivedAt: at(90), channel: .chat)
        return [
            call(1, queued: at(0), taken: at(60), state: .ended),
            call(2, queued: at(0), taken: at(200), state: .ended, expects: true),
            call(3, queued: at(0), state: .abandoned),
            call(4, queued: at(3500), state: .waiting),
            call(5, queued: at(3200), state: .waiting),
            written(6, .chat, state: .active, language: .zhHans, expects: true, [
                (.inbound, 0, "在吗"), (.inbound, 30, "快递到哪了"), (.outbound, 100, "您好！请问有什么可以帮您？"),
                (.inbound, 200, "。。"), (.outbound, 600, "我不知道。但是我可以查。谢谢，再见"),
            ], complaints: [complete]),
            written(7, .chat, state: .active, language: .en, [(.inbound, -400, "Hello?")]),
            written(10, .chat, state: .waiting, language: .en, [(.inbound, -20, "Anyone there?")]),
            written(8, .chat, state: .ended, language: .en, [
                (.inbound, 0, "Where is it?"), (.outbound, 50, "Hello, sorry for the wait, please check your email. Thank you!"),
                (.inbound, 80, "thanks"),
            ], complaints: [incomplete]),
            written(9, .email, state: .active, language: .ko, [
                (.inbound, 0, "영수증 주세요"), (.outbound, 5000, "안녕하세요 고객님. 확인해 주시겠습니까? 감사합니다. 죄송합니다. 안녕히 계세요."),
            ]),
        ]
    }
}
