import FrontlineCore
import XCTest
@testable import FrontlineConfig

/// `[wrap_up_codes]`: a team's own list, its names, and whether a code is required.
final class WrapUpCodesPolicyTests: XCTestCase {
    func testATeamListsItsOwnCodesWithNamesAndMakesThemOptional() throws {
        let file = try PolicyFile.parse("""
            [wrap_up_codes.names.warranty]
            en = "Warranty"
            zh = "保修"
            ko = "보증"

            [wrap_up_codes]
            required = false
            codes = ["payment", "warranty"]
            """, name: "config.toml").get()
        let wrapUp = file.policy.wrapUp
        XCTAssertEqual(wrapUp.codes.map(\.id), ["payment", "warranty"])
        XCTAssertEqual(wrapUp.codes[1].names, [.en: "Warranty", .zhHans: "保修", .ko: "보증"], "names read whatever their place in the file")
        XCTAssertFalse(wrapUp.codesRequired)
        XCTAssertEqual(file.sources["wrap_up_codes.required"], "config.toml:7")
    }

    func testWithoutTheSectionTheShippedCodesAreRequired() throws {
        let file = try PolicyFile.parse("", name: "config.toml").get()
        XCTAssertEqual(file.policy.wrapUp, .standard)
    }

    func testMistakesSayWhatIsAllowed() {
        let bad = """
            [wrap_up_codes]
            required = "yes"
            codes = ["Payment", "payment"]
            colour = 3

            [wrap_up_codes.names.nothing]
            en = "Nothing"
            """
        guard case .failure(let mistakes) = PolicyFile.parse(bad, name: "config.toml") else { return XCTFail("accepted") }
        let text = mistakes.description
        XCTAssertTrue(text.contains("required must be true"), text)
        XCTAssertTrue(text.contains("codes must be a list of distinct codes"), text)
        XCTAssertTrue(text.contains("unknown wrap_up_codes setting \"colour\""), text)
        XCTAssertTrue(text.contains("\"nothing\" is not in wrap_up_codes.codes"), text)
    }
}
