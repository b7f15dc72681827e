import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// Working a follow-up call: the customer pane shows the follow-up script in the customer's
/// language, and `w` asks what came of it before the call may end, in the agent's language.
final class FollowUpCallConsoleTests: XCTestCase {
    private let now = Fixtures.start
    private func at(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(seconds) }

    /// A member's follow-up call (contact 31) in hand, for a customer who speaks `customerLanguage`.
    private func holdingAFollowUp(_ text: any ConsoleText, customerLanguage: Language, purpose: ContactPurpose = .memberFollowUp) -> AppState {
        var state = Fixtures.state(width: 120, height: 40)
        state.text = text
        let callback = Contact(id: 31, channel: .callback, state: .active, customerId: 80, address: "+86 130 0000 0001",
                               queuedAt: at(-60), takenAt: at(-30), agent: "mina", purpose: purpose)
        var file = Fixtures.file(80, "王小明", customerLanguage)
        file.recentContacts = [callback]
        file.callbackReasons = [31: .memberFollowUp(contactId: 5)]
        state.send(.queueLoaded([Fixtures.row(callback, "王小明", customerLanguage)]), .taken(callback))
        state.send(.detailLoaded(contactId: 31, file: file, transcript: []))
        state.message = nil
        return state
    }

    private func screen(_ state: AppState) -> String {
        ConsoleView.render(state).lines().joined(separator: "\n")
    }

    func testThePaneShowsTheScriptInTheCustomersLanguageUnderWhyTheCallExists() {
        let cases: [(any ConsoleText, Language, String, String)] = [
            (EnglishText(), .zhHans, "Follow-up script", "请问您对这次服务满意吗"),
            (ChineseText(), .ko, "回访话术", "만족하셨습니까"),
            (KoreanText(), .en, "재방문 응대 멘트", "Were you satisfied with it?"),
        ]
        for (text, customerLanguage, title, question) in cases {
            let state = holdingAFollowUp(text, customerLanguage: customerLanguage)
            let shown = screen(state)
            XCTAssertTrue(shown.contains(title), "\(text.language): \(shown)")
            let unwrapped = { (text: String) in text.filter { !" \n│".contains($0) } }
            XCTAssertTrue(unwrapped(shown).contains(unwrapped(question)), "\(text.language) → \(customerLanguage): \(shown)")
            XCTAssertTrue(unwrapped(shown).contains(unwrapped(text.callbackReason(.memberFollowUp(contactId: 5), name: { $0 }))), shown)
        }
    }

    func testAnyOtherContactShowsNoScript() {
        var state = Fixtures.state(width: 120, height: 40)
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "Grace", .en)]), .taken(chat))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(1, "Grace", .en), transcript: []))
        XCTAssertEqual(state.followUpScript, [])
        XCTAssertFalse(screen(state).contains("Follow-up script"))
    }

    func testWrapUpAsksForTheAnswerAndSendsIt() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = holdingAFollowUp(text, customerLanguage: .zhHans)
            state.send(.key(.char("w")))
            XCTAssertTrue(screen(state).contains(text.wrapUpAnswerLabel + " ‹ " + text.followUpAnswer(nil) + " ›"), screen(state))
            state.type("6")   // after-sales
            XCTAssertEqual(state.send(.key(.enter)), [], "no answer yet: nothing ends")
            XCTAssertEqual(state.message?.text, text.wrapUpNeedsAnswer, "\(text.language)")
            XCTAssertLessThanOrEqual(DisplayWidth.of(text.wrapUpNeedsAnswer), 78, "read whole on an 80-column screen")
            state.send(.key(.tab), .key(.tab))   // codes → outcome → answer
            state.send(.key(.char(" ")), .key(.char(" ")))   // satisfied → neutral
            XCTAssertTrue(screen(state).contains(text.followUpAnswer(.neutral)), screen(state))
            state.send(.key(.tab))
            state.type("ok now")
            XCTAssertEqual(state.send(.key(.enter)), [.wrapUp(contactId: 31, entry: WrapUpEntry(codes: ["after-sales"], summary: "ok now"),
                                                              answer: .neutral)], "\(text.language)")
        }
    }

    func testAnOrdinaryContactsBoxHasNoAnswerAndTabSkipsIt() {
        var state = Fixtures.state(width: 120, height: 40)
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "Grace", .en)]), .taken(chat))
        state.send(.key(.char("w")))
        XCTAssertFalse(screen(state).contains(state.text.wrapUpAnswerLabel + " ‹"))
        XCTAssertTrue(screen(state).contains(state.text.wrapUpOutcomeLabel + " ‹"), "the box is open")
        state.send(.key(.tab), .key(.tab))
        guard case .wrappingUp(let form) = state.mode else { return XCTFail("box closed") }
        XCTAssertEqual(form.part, .summary)
    }

    func testTheFileShowsWhatCameOfAPastFollowUpInTheAgentsLanguage() {
        for (text, word) in [(EnglishText(), "dissatisfied"), (ChineseText(), "不满意"), (KoreanText(), "불만족")] as [(any ConsoleText, String)] {
            let wrapUp = ContactWrapUp(contactId: 30, agent: "mina", entry: WrapUpEntry(codes: ["after-sales"], summary: "late again"),
                                       at: at(-3600), followUpAnswer: .dissatisfied)
            let line = CustomerFileLines.wrapUpLine(wrapUp, text: text)
            let shown = line.segments.map(\.text).joined()
            XCTAssertTrue(shown.contains(word) && shown.contains(text.wrapUpAnswerLabel) && shown.contains("late again"), shown)
            XCTAssertTrue(shown.hasPrefix("  ↳ " + text.wrapUpAnswerLabel), "the answer comes first: \(shown)")
        }
    }

    func testArchivingBeforeThePolicysSecondFollowUpSaysHowManyAreMissing() {
        let expected: [(any ConsoleText, String)] = [
            (EnglishText(), "Complaint #5: 1 of 2 follow-ups made; call again (u) before archiving."),
            (ChineseText(), "投诉 #5 已回访 1/2 次：归档前请再回访一次（u）。"),
            (KoreanText(), "불만 #5: 재방문 2회 중 1회 완료, 보관 전에 다시 전화하세요(u)."),
        ]
        for (text, message) in expected {
            var state = Fixtures.state(width: 200, height: 40)
            state.text = text
            state.policy.followUps.complaintFollowUps = 2
            state.mode = .complaintDetail
            let complaint = Complaint(id: 5, customerId: 70, contactId: 7, category: .delivery, severity: .minor, account: "lost",
                                      wants: "resend", promisedReplyAt: nil, state: .followedUp, agent: "mina", receivedAt: now)
            let once = ComplaintFollowUp(id: 1, complaintId: 5, satisfaction: .neutral, at: now, agent: "mina")
            state.send(.complaintLoaded(ComplaintDetail(complaint: complaint, customerName: "Grace", customerLanguage: .en,
                                                        solutions: [], followUps: [once], history: [])))
            XCTAssertEqual(state.send(.key(.char("z"))), [])
            XCTAssertEqual(state.message?.text, message)
            XCTAssertLessThanOrEqual(DisplayWidth.of(message), 78, "read whole on an 80-column screen")
            state.policy.followUps.complaintFollowUps = 1
            XCTAssertNotEqual(state.send(.key(.char("z"))), [], "one is enough under the default policy")
        }
    }

    func testTheAnswerAlreadyRecordedWithTheComplaintsScriptIsWhereTheBoxStarts() {
        var state = holdingAFollowUp(EnglishText(), customerLanguage: .en, purpose: .followUp)
        var file = state.customer.file!
        file.callbackReasons = [31: .followUp(complaintId: 5)]
        state.send(.detailLoaded(contactId: 31, file: file, transcript: []))
        let complaint = Complaint(id: 5, customerId: 80, contactId: 7, category: .delivery, severity: .minor, account: "lost",
                                  wants: "resend", promisedReplyAt: nil, state: .followedUp, agent: "mina", receivedAt: at(-86400))
        let before = ComplaintFollowUp(id: 1, complaintId: 5, satisfaction: .satisfied, at: at(-3600), agent: "mina")
        state.send(.complaintLoaded(ComplaintDetail(complaint: complaint, customerName: "王小明", customerLanguage: .en,
                                                    solutions: [], followUps: [before], history: [])))
        state.mode = .normal
        state.send(.key(.char("w")))
        guard case .wrappingUp(let earlier) = state.mode else { return XCTFail("no box") }
        XCTAssertNil(earlier.answer, "a follow-up from before this call is not this call's answer")
        state.send(.key(.escape))
        let during = ComplaintFollowUp(id: 2, complaintId: 5, satisfaction: .dissatisfied, at: at(-10), agent: "mina")
        state.send(.complaintLoaded(ComplaintDetail(complaint: complaint, customerName: "王小明", customerLanguage: .en,
                                                    solutions: [], followUps: [before, during], history: [])))
        state.mode = .normal
        state.send(.key(.char("w")))
        guard case .wrappingUp(let form) = state.mode else { return XCTFail("no box") }
        XCTAssertEqual(form.answer, .dissatisfied, "said during this call with u: not asked twice")
    }
}
