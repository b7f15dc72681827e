import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// What the store refuses reaches the agent in the console's language, never as the store's English.
final class StoreProblemTextTests: XCTestCase {
    /// The refusals only the store can know, as a console meets them.
    private let problems: [StoreError] = [
        .noSuchContact(41), .noSuchComplaint(42), .contactEnded(43), .notActive(44), .notYours(contactId: 45, holder: "林娜"),
        .emptyText, .alreadyHeld(contactId: 46, agent: "林娜"), .agentState(.notSupervisor(actor: "박지은", role: .agent, target: "林娜")),
        .agentState(.offline("林娜")), .agentState(.notInWrapUp("林娜")), .agentState(.removed("林娜")),
        .busy(path: "/x.db"), .readOnly(path: "/x.db"), .corrupt(path: "/x.db"), .badCustomerValue(CustomerValueProblem(field: .email, "bad")),
        .keptForOwner(contactId: 47, owner: "林娜", until: Date(timeIntervalSince1970: 1_790_000_000)),
        .sentElsewhere(contactId: 48, audience: .group("complaints", openToAllAt: Date(timeIntervalSince1970: 1_790_000_000))),
        .sentElsewhere(contactId: 49, audience: .supervisors), .noSuchGroup("林娜", known: ["orders"]),
    ]

    func testEveryRefusalIsSaidInChineseAndKorean() {
        let scripts: [(ConsoleLanguage, ClosedRange<UInt32>)] = [(.zhHans, 0x4E00...0x9FFF), (.ko, 0xAC00...0xD7A3)]
        for (language, script) in scripts {
            for problem in problems {
                // The names in the refusals are Chinese: the words around them must be in the language's own script.
                let said = language.text.problem(problem).replacingOccurrences(of: "林娜", with: "")
                XCTAssertNotEqual(said, problem.description, "\(language) \(problem)")
                XCTAssertTrue(said.unicodeScalars.contains { script.contains($0.value) },
                              "\(language) says \(problem) in its own script: \(said)")
                XCTAssertFalse(said.contains("/x.db"), "no file path reaches an agent: \(said)")
            }
        }
    }

    func testTheContactAndAgentTheRefusalIsAboutAreNamed() {
        XCTAssertEqual(ChineseText().problem(StoreError.contactEnded(43)), "接待 43 已经结束。")
        XCTAssertEqual(KoreanText().problem(StoreError.alreadyHeld(contactId: 46, agent: "林娜")), "상담 46은(는) 이미 林娜이(가) 맡고 있습니다.")
        XCTAssertEqual(EnglishText().problem(StoreError.agentState(.offline("park"))), "park is offline: they must open the console first.")
        XCTAssertTrue(KoreanText().problem(StoreError.refused("a rule")).hasSuffix("a rule"), "a worded refusal keeps its reason")
        // Ownership's refusals name whom the contact waits for, not a database problem.
        let until = Date(timeIntervalSince1970: 1_790_000_000)
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            XCTAssertEqual(text.problem(StoreError.keptForOwner(contactId: 47, owner: "lin", until: until)), text.keptForOwner(47, "lin", until: until))
            XCTAssertEqual(text.problem(StoreError.sentElsewhere(contactId: 49, audience: .supervisors)), text.waitsFor(49, .supervisors))
            XCTAssertEqual(text.problem(StoreError.noSuchGroup("billing", known: ["orders"])), text.noSuchTarget("billing"))
        }
    }

    /// Another console ended the contact in between: the reply fails, and a Korean console says so in Korean.
    func testARaceLostToAnotherConsoleIsSaidInTheConsolesLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-problem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let database = try AppDatabase.open(path: folder.appendingPathComponent("p.db").path)
        try database.addAgent(Agent(name: "mina", createdAt: now))
        let program = ConsoleProgram(database: database, clock: TestClock(now), agentName: "mina", text: KoreanText(), width: 100, height: 30)
        let messages = program.perform(.reply(contactId: 999, text: "안녕하세요"))
        guard case .failed(let said)? = messages.first else { return XCTFail("\(messages)") }
        XCTAssertEqual(said, "상담 999이(가) 더 이상 없습니다.")
    }
}
