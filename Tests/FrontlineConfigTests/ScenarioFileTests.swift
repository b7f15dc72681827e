import FrontlineCore
import XCTest
@testable import FrontlineConfig

final class ScenarioFileTests: XCTestCase {
    func testEveryShippedScenarioReads() throws {
        XCTAssertEqual(ScenarioFile.shipped().map(\.name), ["quiet-morning", "angry-customer", "rush-hour", "major-complaint"])
        let rush = try XCTUnwrap(ScenarioFile.find("rush-hour"))
        XCTAssertEqual(rush.rate, 2)
        XCTAssertEqual(rush.length, 600)
        XCTAssertEqual(rush.personas[.hangUp], 2)
        let major = try XCTUnwrap(ScenarioFile.find("major-complaint"))
        XCTAssertEqual(major.arrivals.map(\.persona), [.angry, .angry])
        XCTAssertEqual(major.arrivals[1].good, ["refund", "back", "return"])
        XCTAssertEqual(major.arrivals[0].patience, 300)
    }

    func testAFileReadsEveryKey() throws {
        let scenario = try ScenarioFile.parse("""
            title = "Test"
            length = "2m"
            rate = 0

            [[arrival]]
            at = "5s"
            channel = "chat"
            persona = "confused"
            language = "ko"
            lines = ["반품은요?", "배송비는요?"]
            good = ["버튼"]
            complaint = true
            """, name: "test.toml", defaultName: "test").get()
        XCTAssertEqual(scenario.name, "test")
        XCTAssertEqual(scenario.arrivals, [ScriptedArrival(at: 5, channel: .chat, persona: .confused, language: .ko,
                                                           lines: ["반품은요?", "배송비는요?"], good: ["버튼"], complaint: true)])
    }

    func testEveryMistakeIsReportedWithItsLine() {
        let text = """
            title = "Broken"
            rate = -1
            speed = 3

            [personas]
            polite = 1
            grumpy = 2

            [[arrival]]
            channel = "fax"

            [[arrival]]
            at = "1m"
            channel = "email"
            persona = "persistent"
            """
        guard case .failure(let mistakes) = ScenarioFile.parse(text, name: "broken.toml", defaultName: "broken") else {
            return XCTFail("a broken file was read")
        }
        XCTAssertEqual(mistakes.errors.map(\.line), [2, 3, 7, 9, 10, 14])
        XCTAssertTrue(mistakes.description.contains("broken.toml:7: unknown persona \"grumpy\""), mistakes.description)
        XCTAssertTrue(mistakes.description.contains("broken.toml:9: this arrival has no at"), mistakes.description)
        XCTAssertTrue(mistakes.description.contains("broken.toml:14: a persistent customer comes by chat"), mistakes.description)
    }
}
