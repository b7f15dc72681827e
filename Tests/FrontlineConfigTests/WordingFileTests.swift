import FrontlineCore
import XCTest
@testable import FrontlineConfig

final class WordingFileTests: XCTestCase {
    func testExportOfTheShippedRulesReadsBackExactly() throws {
        XCTAssertEqual(try WordingFile.parse(WordingFile.render(.shipped), name: "x").get(), .shipped)
    }

    func testATeamRuleReplacesTheShippedOneAndNewOnesAdd() throws {
        let text = """
            [[rule]]
            id = "en-but-opener"
            languages = ["en"]
            words = ["however"]
            opener = true
            suggestion = "rule"
            note = "Explain first."

            [[rule]]
            id = "en-whatever"
            languages = ["en"]
            words = ["whatever"]
            except = ["whatever you prefer"]
            suggestion = "understood"
            note = "Sounds dismissive."
            """
        let rules = WordingGuard.shipped.merging(try WordingFile.parse(text, name: "team").get())
        XCTAssertEqual(rules.rules.count, WordingGuard.shipped.rules.count + 1)
        XCTAssertEqual(rules.check("But no.", language: .en), [], "the team replaced the shipped but-opener rule")
        XCTAssertEqual(rules.check("However, no. Whatever.", language: .en).map(\.rule.id), ["en-but-opener", "en-whatever"])
        XCTAssertEqual(rules.check("Whatever you prefer!", language: .en), [])
    }

    func testEveryMistakeIsReportedWithItsLine() {
        let text = """
            [[rule]]
            id = "a"
            languages = ["en", "fr"]
            words = []
            opener = "yes"
            suggestion = "rule"
            note = "n"

            [[rule]]
            id = "a"
            languages = ["ko"]
            words = ["아니"]
            note = "n"
            colour = "red"
            """
        guard case .failure(let mistakes) = WordingFile.parse(text, name: "w.toml") else { return XCTFail("accepted") }
        XCTAssertEqual(mistakes.errors.map(\.description), [
            "w.toml:3: languages must be a list of zh-Hans, zh-Hant, ko, en, such as [\"zh-Hans\", \"zh-Hant\"]",
            "w.toml:4: words must be a list of wordings in quotes, such as [\"I don't know\", \"*모르겠*\"]",
            "w.toml:5: opener must be true or false",
            "w.toml:9: this rule has no suggestion",
            "w.toml:10: duplicate id \"a\"; line 2 has it already",
            "w.toml:14: unknown key \"colour\"; a rule has id, languages, words, opener, except, suggestion and note",
        ])
    }

    func testATeamFileThatDoesNotExistLeavesTheShippedRules() throws {
        XCTAssertEqual(try WordingFile.inEffect(team: "/nonexistent/wording.toml"), .shipped)
    }
}
