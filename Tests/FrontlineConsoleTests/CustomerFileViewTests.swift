import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// What is stored is shown: the notes, why a call-back exists, the call-backs still to come;
/// and `i` writes a note from the console.
final class CustomerFileViewTests: XCTestCase {
    private let now = Fixtures.start
    private func at(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(seconds) }

    /// A promised call-back (contact 9) being worked, a follow-up to come, an earlier call, and two notes.
    private func stateWithCallBack(_ language: ConsoleLanguage = .en) -> AppState {
        var state = Fixtures.state(width: 120, height: 40)
        state.text = language.text
        let callback = Contact(id: 9, channel: .callback, state: .active, customerId: 70, address: "+86 130 0000 0001",
                               queuedAt: at(-60), takenAt: at(-30), agent: "mina", purpose: .promisedReply)
        let followUp = Contact(id: 12, channel: .callback, customerId: 70, address: "+86 130 0000 0001",
                               queuedAt: at(3 * 86400), purpose: .followUp)
        let earlier = Contact(id: 4, channel: .phone, state: .ended, customerId: 70, address: "+86 130 0000 0001",
                              queuedAt: at(-7200), takenAt: at(-7190), endedAt: at(-7000), agent: "lin")
        var file = Fixtures.file(70, "王小明", .zhHans)
        file.recentContacts = [callback, earlier]
        file.scheduledCallbacks = [followUp]
        file.notes = [Note(id: 2, contactId: 4, agent: "lin", text: "仓库说周五发货\u{1B}[31m", at: at(-7100)),
                      Note(id: 1, contactId: 4, agent: "gone", text: "first call", at: at(-7150))]
        file.callbackReasons = [9: .promisedReply(agent: "lin", contactId: 4, at: at(-7050)), 12: .followUp(complaintId: 3)]
        file.agentNames = ["lin": "林娜", "mina": "Mina"]
        state.send(.queueLoaded([Fixtures.row(callback, "王小明", .zhHans)]), .taken(callback))
        state.send(.detailLoaded(contactId: 9, file: file, transcript: []))
        return state
    }

    private func paneText(_ state: AppState) -> [String] {
        var buffer = ScreenBuffer(width: 70, height: 30)
        CustomerPane.render(state.customer, contact: state.queue.activeEntry?.contact, now: state.now, focused: false, text: state.text,
                            into: &buffer, rect: Rect(x: 0, y: 0, width: 70, height: 30))
        return buffer.lines().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
    }

    func testAPastContactSaysWhatItWasAboutInTheAgentsLanguage() {
        let expected: [(ConsoleLanguage, String)] = [
            (.en, "↳ Receiving goods, Complaint filed · needs follow-up · “lost”"),
            (.zhHans, "↳ 收货、已登记投诉 · 需要跟进 · “lost”"),
            (.ko, "↳ 상품 수령, 불만 접수 · 후속 조치 필요 · “lost”"),
        ]
        for (language, line) in expected {
            var state = stateWithCallBack(language)
            var file = try! XCTUnwrap(state.customer.file)
            file.wrapUps = [4: ContactWrapUp(contactId: 4, agent: "lin", entry: WrapUpEntry(codes: ["receiving-goods", "complaint-filed"],
                                                                                            outcome: .needsFollowUp, summary: "lost"),
                                             at: at(-7000))]
            state.send(.detailLoaded(contactId: 9, file: file, transcript: []))
            let lines = paneText(state)
            let earlier = try? XCTUnwrap(lines.firstIndex { $0.hasPrefix(ClockFormat.day.string(from: at(-7200)) + " ") && $0.hasSuffix("林娜") })
            XCTAssertEqual(lines[(earlier ?? 0) + 1], line, "\(language): \(lines.joined(separator: "\n"))")
        }
    }

    func testTheFileShowsWhyTheCallBackExistsTheNotesAndWhatIsToComeApartFromThePast() {
        let lines = paneText(stateWithCallBack())
        let time = { (seconds: TimeInterval) in ClockFormat.dayAndTime.string(from: self.at(seconds)) }
        XCTAssertTrue(lines.contains("↻ Why: the reply 林娜 promised on \(time(-7050)) (contact 4)"), lines.joined(separator: "\n"))
        let coming = try? XCTUnwrap(lines.firstIndex { $0.hasPrefix("── Call-backs to come") })
        XCTAssertEqual(lines[(coming ?? 0) + 1], "\(time(3 * 86400)) call-back · follow-up of complaint #3")
        let notes = try? XCTUnwrap(lines.firstIndex { $0.hasPrefix("── Internal notes") })
        XCTAssertEqual(Array(lines[(notes ?? 0) + 1...(notes ?? 0) + 4]),
                       ["\(time(-7100)) 林娜 · #4", "仓库说周五发货^[[31m", "\(time(-7150)) gone · #4", "first call"])
        let recent = try? XCTUnwrap(lines.firstIndex { $0.hasPrefix("── Recent contacts") })
        XCTAssertEqual(lines[(recent ?? 0) + 1], "\(ClockFormat.day.string(from: at(-7200))) call ended · 林娜")
        XCTAssertFalse(lines.dropFirst((recent ?? 0) + 1).contains { $0.contains("call-back") },
                       "the call-back to come is not a past contact; the one on screen is not listed either")
    }

    func testACallBackToComeJoinsThePastOnceItIsDueWithoutAReload() {
        var state = stateWithCallBack()
        state.send(.tick(at(3 * 86400 + 1)))
        let lines = paneText(state)
        XCTAssertFalse(lines.contains { $0.hasPrefix("── Call-backs to come") })
        let recent = lines.firstIndex { $0.hasPrefix("── Recent contacts") } ?? 0
        XCTAssertEqual(lines[recent + 1], "\(ClockFormat.day.string(from: at(3 * 86400))) call-back waiting · follow-up of complaint #3")
    }

    func testTheReasonsAndNotesAreSaidInChineseAndKorean() {
        let chinese = paneText(stateWithCallBack(.zhHans)).joined(separator: "\n")
        XCTAssertTrue(chinese.contains("原因：林娜 于"), chinese)
        XCTAssertTrue(chinese.contains("── 内部备注"), chinese)
        XCTAssertTrue(chinese.contains("投诉 #3 回访"), chinese)
        let korean = paneText(stateWithCallBack(.ko)).joined(separator: "\n")
        XCTAssertTrue(korean.contains("사유: 林娜님이"), korean)
        XCTAssertTrue(korean.contains("── 내부 메모"), korean)
    }

    func testIWritesANoteOnTheContactOnScreenSignedByTheAgent() {
        var state = stateWithCallBack()
        XCTAssertEqual(state.send(.key(.char("i"))), [])
        XCTAssertEqual(state.mode, .writingNote(contactId: 9, note: TextField()))
        let screen = ConsoleView.render(state).lines()
        XCTAssertTrue(screen[38].hasPrefix(" Internal note (the customer never sees it) › "), screen[38])
        XCTAssertTrue(screen[39].hasPrefix(" Enter save note  Esc cancel"), screen[39])
        state.send(.key(.enter))
        XCTAssertEqual(state.message, .error("The note is empty: write something, or Esc to cancel."))
        state.type("客户要发票 ")
        state.send(.paste("抬头：上海"))
        // The file moving on to another contact does not move the note.
        state.send(.detailLoaded(contactId: 9, file: nil, transcript: []))
        XCTAssertEqual(state.send(.key(.enter)), [.addNote(contactId: 9, text: "客户要发票 抬头：上海")])
        state.send(.noteAdded(Note(id: 5, contactId: 9, agent: "mina", text: "客户要发票 抬头：上海", at: now)))
        XCTAssertEqual(state.mode, .normal)
        XCTAssertEqual(state.message, .info("Note added to contact 9."))
        state.send(.key(.char("i")), .key(.escape))
        XCTAssertEqual(state.mode, .normal, "Esc writes no note")
    }

    func testINeedsAContactOnScreen() {
        var state = Fixtures.state()
        XCTAssertEqual(state.send(.key(.char("i"))), [])
        XCTAssertEqual(state.mode, .normal)
        XCTAssertEqual(state.message, .error("No contact on screen to note: select or take one first."))
    }

    func testTheComplaintViewShowsThePromisedReplyTimeAndTheChannel() {
        let complaint = Complaint(id: 3, customerId: 70, contactId: 9, category: .delivery, severity: .minor, account: "晚了",
                                  wants: "退款", promisedReplyAt: at(7200), agent: "mina", receivedAt: at(-60), channel: .chat,
                                  paraphrase: "晚到三天", paraphraseConfirmed: false)
        let detail = ComplaintDetail(complaint: complaint, customerName: "王小明", customerLanguage: .zhHans, solutions: [],
                                     followUps: [], history: [])
        let state = Fixtures.state()
        let lines = ComplaintsScreen.detailLines(detail, policy: .standard, state.paneContext, width: 60)
            .map { $0.segments.map(\.text).joined() }
        XCTAssertTrue(lines.contains { $0.hasPrefix("Reply by") && $0.hasSuffix(ClockFormat.dayAndTime.string(from: at(7200))) },
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("Channel") && $0.hasSuffix("chat") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("Paraphrase") && $0.hasSuffix("晚到三天 (not confirmed with the customer)") },
                      lines.joined(separator: "\n"))
    }
}
