import FrontlineCore
import XCTest
@testable import FrontlineConfig

/// `quality.toml`: the scorecard read with its mistakes by line; the shipped card round-trips.
final class ScorecardFileTests: XCTestCase {
    func testAGoodFileIsReadInOrder() throws {
        let card = try ScorecardFile.parse("""
            [[criterion]]
            id = "greeting"
            title = "Greeted by name"
            points = 15

            [[criterion]]
            id = "answered"
            title = "Answered the question"
            points = 85
            """, name: "quality.toml").get()
        XCTAssertEqual(card.criteria, [QualityCriterion(id: "greeting", title: "Greeted by name", points: 15),
                                       QualityCriterion(id: "answered", title: "Answered the question", points: 85)])
        XCTAssertEqual(card.maximum, 100)
    }

    func testTheShippedCardWrittenOutReadsBackTheSame() throws {
        XCTAssertEqual(try ScorecardFile.parse(ScorecardFile.render(.shipped), name: "quality.toml").get(), .shipped)
    }

    func testEveryMistakeIsReportedOnItsLine() {
        let text = """
            [[criterion]]
            id = "greeting"
            title = "Greeted"
            points = 0

            [[criterion]]
            id = "greeting"
            title = ""
            points = 10
            colour = "red"

            [[criterion]]
            id = "has space"
            points = "ten"
            """
        guard case .failure(let mistakes) = ScorecardFile.parse(text, name: "quality.toml") else { return XCTFail("accepted") }
        let lines = mistakes.errors.map(\.description)
        XCTAssertTrue(lines.contains("quality.toml:4: points must be a whole number from 1 to 100"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("quality.toml:7: duplicate id \"greeting\"; line 2 has it already") }, "\(lines)")
        XCTAssertTrue(lines.contains("quality.toml:8: title must be text in quotes"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("quality.toml:10: unknown key \"colour\"") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("quality.toml:13: id must be a short name") }, "\(lines)")
        XCTAssertTrue(lines.contains("quality.toml:14: points must be a whole number from 1 to 100"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("this criterion has no title") }, "\(lines)")
        XCTAssertEqual(mistakes.errors.map { $0.line ?? 0 }, mistakes.errors.map { $0.line ?? 0 }.sorted(), "in file order")
    }

    func testABrokenOrEmptyFileSaysSo() {
        guard case .failure(let syntax) = ScorecardFile.parse("[[criterion]\nid = 1", name: "q.toml") else { return XCTFail("accepted") }
        XCTAssertEqual(syntax.errors.first?.line, 1, syntax.description)
        guard case .failure(let empty) = ScorecardFile.parse("# nothing\n", name: "q.toml") else { return XCTFail("accepted") }
        XCTAssertTrue(empty.description.contains("no [[criterion]]"), empty.description)
        guard case .failure(let other) = ScorecardFile.parse("[criteria]\nx = 1\n", name: "q.toml") else { return XCTFail("accepted") }
        XCTAssertTrue(other.description.contains("q.toml:1: unknown setting \"criteria\""), other.description)
    }

    func testWithoutAFileTheShippedCardIsInEffect() throws {
        XCTAssertEqual(try ScorecardFile.inEffect(path: "/nonexistent/quality.toml"), .shipped)
    }
}

/// `[satisfaction]` in the policy file.
final class SatisfactionPolicyTests: XCTestCase {
    func testTheSettingsAreReadWithTheirLines() throws {
        let file = try PolicyFile.parse("""
            [satisfaction]
            enabled = true
            channels = ["phone", "chat"]
            delay = "2h"
            """, name: "config.toml").get()
        XCTAssertEqual(file.policy.satisfaction, SatisfactionRules(enabled: true, channels: [.phone, .chat], delay: 7200))
        XCTAssertEqual(file.sources["satisfaction.delay"], "config.toml:4")
        XCTAssertEqual(try PolicyFile.parse("", name: "c").get().policy.satisfaction, .standard)
    }

    func testMistakesSayWhereAndWhatIsAllowed() {
        guard case .failure(let mistakes) = PolicyFile.parse("""
            [satisfaction]
            enabled = "yes"
            channels = ["phone", "fax"]
            delay = "30d"
            when = 1
            """, name: "config.toml") else { return XCTFail("accepted") }
        let text = mistakes.description
        XCTAssertTrue(text.contains("config.toml:2: enabled must be true or false"), text)
        XCTAssertTrue(text.contains("config.toml:3: channels must be a list of phone, chat, email, callback"), text)
        XCTAssertTrue(text.contains("config.toml:4: delay must be a duration of at most 7d"), text)
        XCTAssertTrue(text.contains("config.toml:5: unknown satisfaction setting \"when\""), text)
    }
}
