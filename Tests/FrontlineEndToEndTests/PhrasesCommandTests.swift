import Foundation
import FrontlineCore
import FrontlineScreen
import XCTest

/// `frontline phrases list/import/export` as an agent uses them, with their own config and data folders.
final class PhrasesCommandTests: EndToEndCase {
    override class var initArguments: [String]? { nil }
    override class var needsTmux: Bool { false }

    private var environment: [String: String] {
        ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path, "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
    }
    private var personalPath: String { folder.appendingPathComponent("config/frontline/phrases.toml").path }
    private var teamPath: String { folder.appendingPathComponent("data/frontline/team-phrases.toml").path }

    private func phrases(_ arguments: String...) throws -> ProcessResult {
        try ProcessResult.frontline(["phrases"] + arguments, environment: environment)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testListAlignsWideTextAndFiltersByLanguageAndCategory() throws {
        let wide = try write("[[phrase]]\ncode = \"再见-2\"\ncategory = \"farewell\"\ntitle = \"慢走\"\nzh-Hant = \"請慢走。\"\n", "wide.toml")
        XCTAssertEqual(try phrases("import", wide).status, 0)
        let result = try phrases("list", "--lang", "zh-TW", "--category", "farewell")
        XCTAssertEqual(result.status, 0, result.stderr)
        let farewells = Phrasebook.shipped.phrases.filter { $0.category == .farewell }.map { $0.text(in: .zhHant) } + ["請慢走。"]
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 1 + farewells.count, result.stdout)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.contains(" farewell ") && $0.contains(" zh-Hant ") }, result.stdout)
        // The text column starts at the same terminal column on every line, wide title or not.
        let columns = zip(lines, ["text"] + farewells).map { line, text in
            line.range(of: text).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
        }
        XCTAssertEqual(Set(columns).count, 1, result.stdout)
        XCTAssertNotNil(columns[0])

        let all = try phrases("list")
        XCTAssertEqual(all.stdout.split(separator: "\n").count, 1 + Phrasebook.shipped.phrases.count * 4 + 1, "every variant")
    }

    func testABadLanguageOrCategoryIsAUsageError() throws {
        XCTAssertEqual(try phrases("list", "--lang", "fr").status, 64)
        let category = try phrases("list", "--category", "jokes")
        XCTAssertEqual(category.status, 64)
        XCTAssertTrue(category.stderr.contains("greeting"), category.stderr)
        XCTAssertEqual(try phrases("import", folder.appendingPathComponent("missing.toml").path).status, 64)
        XCTAssertEqual(try phrases("list", "--team", folder.appendingPathComponent("missing.toml").path).status, 64)
    }

    func testExportRoundTripsThroughImport() throws {
        let exported = try phrases("export", "--lang", "ko")
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.hasPrefix("# A Frontline phrasebook"), exported.stdout)
        XCTAssertFalse(exported.stdout.contains("en = "), "only Korean texts")
        let file = try write(exported.stdout, "mine.toml")

        let imported = try phrases("import", file)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("imported \(Phrasebook.shipped.phrases.count) phrases"), imported.stdout)
        // Personal phrases replace the shipped ones whole: an English customer gets the only text left, the Korean one.
        let english = try phrases("list", "--lang", "en", "--category", "greeting")
        XCTAssertTrue(english.stdout.contains(" ko ") && !english.stdout.contains(" en "), english.stdout)
    }

    func testABadImportListsEveryMistakeAndChangesNothing() throws {
        let good = try write("[[phrase]]\ncode = \"parcel\"\ncategory = \"deferred-answer\"\ntitle = \"Parcel\"\nen = \"It arrives {{promised_time|tomorrow}}.\"\n", "good.toml")
        XCTAssertEqual(try phrases("import", good).status, 0)
        let before = try String(contentsOfFile: personalPath, encoding: .utf8)

        let bad = try write("""
            [[phrase]]
            code = "parcel"
            category = "deferred-answer"
            title = "Parcel, changed"
            en = "Changed."

            [[phrase]]
            code = "parcel"
            category = "jokes"
            title = "Oops"
            en = "Hello {{customer.name"
            """, "bad.toml")
        let result = try phrases("import", bad)
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("has 3 mistakes"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(bad):8: duplicate code \"parcel\"; line 2 has it already"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(bad):9: unknown category \"jokes\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(bad):11: en: \"{{\" without a closing \"}}\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing was imported"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: personalPath, encoding: .utf8), before, "the personal file is untouched")
    }

    func testPersonalWinsOverTeamWhichWinsOverShipped() throws {
        _ = try write("""
            [[phrase]]
            code = "hello"
            category = "greeting"
            title = "Team hello"
            en = "Team hello"

            [[phrase]]
            code = "bye"
            category = "farewell"
            title = "Team bye"
            en = "Team bye"
            """, "data/frontline/team-phrases.toml")
        let mine = try write("[[phrase]]\ncode = \"bye\"\ncategory = \"farewell\"\ntitle = \"My bye\"\nen = \"My bye\"\n", "mine.toml")
        XCTAssertEqual(try phrases("import", mine).status, 0)
        let listed = try phrases("list", "--lang", "en").stdout
        XCTAssertTrue(listed.contains("Team hello") && listed.contains("My bye") && !listed.contains("Team bye"), listed)

        let exported = try phrases("export").stdout
        XCTAssertTrue(exported.contains("en = \"Team hello\"") && exported.contains("en = \"My bye\""), exported)

        try "[[phrase]]\ncode = 1\n".write(toFile: teamPath, atomically: true, encoding: .utf8)
        let broken = try phrases("list")
        XCTAssertEqual(broken.status, 65)
        XCTAssertTrue(broken.stderr.contains("\(teamPath):2: code must be"), broken.stderr)
    }
}

/// `frontline wording check/export`: the guard the console runs before sending, from the command line.
final class WordingCommandTests: EndToEndCase {
    override class var initArguments: [String]? { nil }
    override class var needsTmux: Bool { false }

    private func wording(_ arguments: String...) throws -> ProcessResult {
        try ProcessResult.frontline(["wording"] + arguments, environment: ["XDG_DATA_HOME": folder.path])
    }

    func testCheckNamesEachHitAndItsSuggestion() throws {
        let hit = try wording("check", "--lang", "ko", "잘 모르 겠어요. 아니, 그건 제 담당이 아니에요.")
        XCTAssertEqual(hit.status, 65)
        XCTAssertTrue(hit.stderr.contains("2-8 \"모르 겠어요\" ko-dont-know"), hit.stderr)
        XCTAssertTrue(hit.stderr.contains("ko-no-opener") && hit.stderr.contains("/transfer"), hit.stderr)
        let clean = try wording("check", "--lang", "ko", "아니요, 괜찮습니다. 감사합니다.")
        XCTAssertEqual(clean.status, 0, clean.stderr)
    }

    func testATeamFileChangesTheRulesAndABrokenOneIsRefused() throws {
        let team = folder.appendingPathComponent("frontline/wording.toml")
        try FileManager.default.createDirectory(at: team.deletingLastPathComponent(), withIntermediateDirectories: true)
        let exported = try wording("export", "--lang", "en")
        XCTAssertEqual(exported.status, 0)
        try exported.stdout.replacingOccurrences(of: "\"dunno\"", with: "\"no clue\"").write(to: team, atomically: true, encoding: .utf8)
        XCTAssertEqual(try wording("check", "--lang", "en", "No clue, sorry.").status, 65)
        XCTAssertEqual(try wording("check", "--lang", "en", "Dunno.").status, 0)

        try "[[rule]]\nid = 3\n".write(to: team, atomically: true, encoding: .utf8)
        let broken = try wording("check", "--lang", "en", "Hello")
        XCTAssertEqual(broken.status, 65)
        XCTAssertTrue(broken.stderr.contains("\(team.path):2: id must be text in quotes"), broken.stderr)
    }
}
