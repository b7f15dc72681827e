import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// Keeping the customer file up from the console: `u` types a field's new value, Core's rule
/// checks it before anything is written, the reason comes in the agent's language; the pane shows
/// the new values and the file's history in three languages.
final class CustomerEditConsoleTests: XCTestCase {
    private let now = Fixtures.start

    private func stateWithFile(_ language: ConsoleLanguage = .en, history: [CustomerHistoryEntry] = []) -> AppState {
        var state = Fixtures.state(width: 120, height: 40)
        state.text = language.text
        let call = Fixtures.contact(7, .phone, state: .active, queuedSecondsAgo: 60, agent: "mina")
        var file = Fixtures.file(70, "王小明", .zhHans)
        file.customer.formOfAddress = "王先生"
        file.customer.memberCard = "VIP-7"
        file.customer.type = .potential
        file.customer.doNotDisturb = [QuietHours(start: 21 * 60, end: 9 * 60)]
        file.history = history
        file.agentNames = ["mina": "Mina", "lead": "Lead"]
        state.send(.queueLoaded([Fixtures.row(call, "王小明", .zhHans)]), .taken(call))
        state.send(.detailLoaded(contactId: 7, file: file, transcript: []))
        return state
    }

    private func paneText(_ state: AppState) -> [String] {
        var buffer = ScreenBuffer(width: 70, height: 30)
        CustomerPane.render(state.customer, contact: state.queue.activeEntry?.contact, now: state.now, focused: false, text: state.text,
                            into: &buffer, rect: Rect(x: 0, y: 0, width: 70, height: 30))
        return buffer.lines().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
    }

    func testUEditsAFieldAndEnterSavesItThroughTheStore() {
        var state = stateWithFile()
        state.send(.key(.char("u")))
        guard case .editingCustomer(let edit) = state.mode else { return XCTFail("u opens the file's fields: \(state.mode)") }
        XCTAssertEqual(edit.field, .name)
        XCTAssertEqual(edit.value.text, "王小明", "the field starts as its current value")
        state.send(.key(.tab), .key(.tab))
        guard case .editingCustomer(let phones) = state.mode else { return XCTFail() }
        XCTAssertEqual(phones.field, .phones)
        state.send(.key(.end))
        let effects = state.type(", +86 131 0000 0002") + state.send(.key(.enter))
        XCTAssertEqual(effects, [.editCustomer(customerId: 70, edits: [.set(.phones, "+86 130 0000 0001, +86 131 0000 0002")])])
        XCTAssertEqual(state.mode, .normal)
        state.send(.customerEdited(customerId: 70, [CustomerChange(field: .phones, before: "a", after: "b")]))
        XCTAssertEqual(state.message?.text, "Customer file saved: Phones")
    }

    func testABadValueIsRefusedInTheAgentsLanguageAndNothingIsWritten() {
        for (language, expected) in [(ConsoleLanguage.en, "Do not disturb not saved: HH:MM-HH:MM"),
                                     (.zhHans, "免打扰时段未保存：24 小时制"), (.ko, "방해 금지 시간 저장 안 됨: 24시간제")] {
            var state = stateWithFile(language)
            state.send(.key(.char("u")))
            for _ in 0..<9 { state.send(.key(.tab)) }
            guard case .editingCustomer(let edit) = state.mode else { return XCTFail() }
            XCTAssertEqual(edit.field, .doNotDisturb)
            XCTAssertEqual(edit.value.text, "21:00-09:00")
            state.send(.key(.ctrl("u")))
            let effects = state.type("after ten") + state.send(.key(.enter))
            XCTAssertEqual(effects, [], "nothing is written")
            XCTAssertEqual(state.message?.kind, .error)
            XCTAssertTrue(state.message?.text.hasPrefix(expected) ?? false, "\(language): \(state.message?.text ?? "-")")
            if case .editingCustomer = state.mode {} else { XCTFail("the agent stays in the field to correct it") }
            state.send(.key(.escape))
            XCTAssertEqual(state.mode, .normal)
        }
    }

    func testAnUnchangedValueWritesNothingAndWithoutAFileTheKeySaysWhyNot() {
        var state = stateWithFile()
        state.send(.key(.char("u")))
        XCTAssertEqual(state.send(.key(.enter)), [])
        XCTAssertEqual(state.message?.text, "Name: nothing changed")
        var empty = Fixtures.state()
        empty.send(.key(.char("u")))
        XCTAssertEqual(empty.mode, .normal)
        XCTAssertEqual(empty.message?.text, "No customer file on screen: select a contact first")
        XCTAssertEqual(KeyRules.editCustomer(empty), EnglishText().noCustomerFileToEdit)
        empty.text = KoreanText()
        XCTAssertEqual(KeyRules.editCustomer(empty), "화면에 고객 정보 파일이 없습니다. 먼저 상담을 선택하세요")
    }

    func testThePaneShowsTheKeptUpValuesAndTheHistoryInThreeLanguages() {
        let history = [
            CustomerHistoryEntry(customerId: 70, field: .doNotDisturb, before: "", after: "21:00-09:00", agent: "mina", actor: "lead",
                                 at: now.addingTimeInterval(-60)),
            CustomerHistoryEntry(customerId: 70, field: .type, before: "existing", after: "potential", agent: "mina",
                                 at: now.addingTimeInterval(-120)),
            CustomerHistoryEntry(customerId: 70, field: .merged, before: "71", after: "70", agent: "mina", at: now.addingTimeInterval(-180)),
        ]
        let expected: [ConsoleLanguage: [String]] = [
            .en: ["王小明 (王先生)  中文  ★ member VIP-7", "potential customer", "☾ Do not disturb: 21:00-09:00", "── File history",
                  "Mina (by Lead)", "Do not disturb: – → 21:00-09:00", "Customer type: existing customer → potential customer",
                  "file customer 71 merged into customer 70"],
            .zhHans: ["潜在客户", "☾ 免打扰时段: 21:00-09:00", "── 档案变更记录", "免打扰时段: – → 21:00-09:00", "客户类型: 现有客户 → 潜在客户"],
            .ko: ["잠재 고객", "☾ 방해 금지 시간: 21:00-09:00", "── 파일 변경 이력", "방해 금지 시간: – → 21:00-09:00", "고객 유형: 기존 고객 → 잠재 고객"],
        ]
        for language in ConsoleLanguage.allCases {
            let lines = paneText(stateWithFile(language, history: history))
            let text = lines.joined(separator: "\n")
            for wanted in expected[language] ?? [] {
                XCTAssertTrue(lines.contains { $0.hasPrefix(wanted) || $0.contains(wanted) }, "\(language) lacks \(wanted):\n\(text)")
            }
        }
    }
}
