import FrontlineCore
import XCTest
@testable import FrontlineConfig

final class PhrasebookFileTests: XCTestCase {
    private func mistakes(_ text: String) -> [String] {
        switch PhrasebookFile.parse(text, name: "team.toml") {
        case .success: return []
        case .failure(let errors): return errors.errors.map(\.description)
        }
    }

    func testExportOfTheShippedBookReadsBackExactly() throws {
        let text = PhrasebookFile.render(.shipped)
        XCTAssertEqual(try PhrasebookFile.parse(text, name: "shipped").get(), .shipped)
    }

    func testTrickyTextRoundTrips() throws {
        let book = Phrasebook(phrases: [Phrase(code: "quote_1", category: .explanation, title: "A \"quoted\" \\ title",
                                               variants: [.en: "Line one\nline two\ttab \u{7} bell", .ko: "👍🏽 {{?사유}} 「好」"])])
        XCTAssertEqual(try PhrasebookFile.parse(PhrasebookFile.render(book), name: "x").get(), book)
    }

    func testExportOfOneLanguageLeavesOutPhrasesWithoutIt() throws {
        let book = Phrasebook(phrases: [
            Phrase(code: "a", category: .thanks, title: "A", variants: [.en: "Thanks", .ko: "감사합니다"]),
            Phrase(code: "b", category: .thanks, title: "B", variants: [.en: "Thank you"]),
        ])
        let text = PhrasebookFile.render(book, languages: [.ko])
        XCTAssertFalse(text.contains("Thanks") || text.contains("\"b\""), text)
        XCTAssertEqual(try PhrasebookFile.parse(text, name: "x").get().phrases,
                       [Phrase(code: "a", category: .thanks, title: "A", variants: [.ko: "감사합니다"])])
    }

    func testAHandWrittenFileKeepsItsOrder() throws {
        let text = """
            # Our team's phrases
            [[phrase]]
            code = "zz-last-alphabetically"
            category = "thanks"
            title = "Thanks, team style"
            en = "Thanks a lot, {{customer.title|}}!"

            [[phrase]]
            code = "aa-refund"
            category = "deferred-answer"
            title = "Refund amount"
            zh-Hans = "您的退款{{?金额}}元会在{{promised_time|三个工作日内}}到账。"
            """
        let book = try PhrasebookFile.parse(text, name: "team.toml").get()
        XCTAssertEqual(book.phrases.map(\.code), ["zz-last-alphabetically", "aa-refund"])
        XCTAssertEqual(book.phrases[1].variants, [.zhHans: "您的退款{{?金额}}元会在{{promised_time|三个工作日内}}到账。"])
    }

    func testEveryMistakeIsReportedWithItsLine() {
        let text = """
            [[phrase]]
            code = "hello"
            category = "greeting"
            title = "Hello"
            en = "Hello {{customer.name"

            [[phrase]]
            code = "hello"
            category = "greetings"
            title = "Hello again"
            ja = "こんにちは"
            ko = "안녕하세요 {{customer.nmae}}님"

            [[phrase]]
            code = "no text"
            category = "thanks"
            titel = "Thanks"
            en = ""
            """
        XCTAssertEqual(mistakes(text), [
            "team.toml:5: en: \"{{\" without a closing \"}}\"; write a placeholder as {{key}} or {{key|default}}",
            "team.toml:8: duplicate code \"hello\"; line 2 has it already",
            "team.toml:9: unknown category \"greetings\"; use one of greeting, angry-opening, request, acknowledgement, apology, explanation, deferred-answer, thanks, hold, closing, follow-up, farewell, personal",
            "team.toml:11: unknown language \"ja\"; the languages are zh-Hans, zh-Hant, ko, en",
            "team.toml:12: ko: unknown placeholder {{customer.nmae}}; use customer.name, customer.title, agent.name, order.number, promised_time, visit.date, or {{?label}} to ask the agent",
            "team.toml:14: this phrase has no title; add title = \"...\"",
            "team.toml:15: code must be one word of letters, digits, \"-\" and \"_\", such as \"sorry-wait\"",
            "team.toml:17: unknown key \"titel\"; a phrase has code, category, title and its text in zh-Hans, zh-Hant, ko, en",
            "team.toml:18: en is missing its text; write it in quotes",
        ])
    }

    func testAPhraseWithoutCodeOrTextAndOtherShapes() {
        XCTAssertEqual(mistakes("[[phrase]]\ncategory = \"thanks\"\ntitle = \"T\"\nzh = \"谢谢\"\n"), [
            "team.toml:1: this phrase has no code; add code = \"...\"",
            "team.toml:1: this phrase has no text; add at least one of zh-Hans, zh-Hant, ko, en",
            "team.toml:4: unknown language \"zh\"; write it \"zh-Hans\"",
        ])
        XCTAssertEqual(mistakes("[phrase]\ncode = \"x\"\n"),
                       ["team.toml:1: unknown setting \"phrase\"; a phrasebook is a list of [[phrase]] tables"])
        XCTAssertEqual(mistakes("[[phrase]]\ncode = \"x\"\ncode = \"y\"\n").count, 1, "TOML itself refuses a key twice")
        XCTAssertTrue(mistakes("[[phrase]]\ncode = \"x\"\ncode = \"y\"\n")[0].hasPrefix("team.toml:3: not valid TOML"))
        XCTAssertEqual(try PhrasebookFile.parse("# nothing yet\n", name: "x").get(), Phrasebook(phrases: []))
    }

    func testLineIndexNumbersTheEntriesOfAnArrayOfTables() {
        let lines = TOMLLineIndex("[[phrase]]\ncode = \"a\"\n\n[[phrase]]\n\ncode = \"b\"\n[other]\nkey = 1\n")
        XCTAssertEqual(lines.line(section: "phrase[0]", key: "code"), 2)
        XCTAssertEqual(lines.line(section: "phrase[1]", key: "code"), 6)
        XCTAssertEqual(lines.line(section: "phrase[1]", key: nil), 4)
        XCTAssertEqual(lines.line(section: "other", key: "key"), 8)
    }
}

final class PersonalPhrasebookTests: XCTestCase {
    private var folder: URL!
    private var personal: PersonalPhrasebook!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("phrasebook-\(UUID().uuidString)")
        personal = PersonalPhrasebook(path: folder.appendingPathComponent("frontline/phrases.toml").path)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testAReplyBecomesAPhraseAndMoreLanguagesJoinIt() throws {
        XCTAssertEqual(try personal.load(), Phrasebook(phrases: []), "no file yet: no phrases")
        try personal.add(code: "parcel", title: "Parcel is on its way", category: .deferredAnswer,
                         text: "택배는 내일 도착할 예정입니다.", language: .ko)
        try personal.add(code: "parcel", title: "Parcel on its way", category: .deferredAnswer,
                         text: "Your parcel arrives tomorrow.", language: .en)
        try personal.add(code: "thanks-2", title: "Thanks", category: .thanks, text: "谢谢！", language: .zhHans)
        XCTAssertEqual(try personal.load().phrases, [
            Phrase(code: "parcel", category: .deferredAnswer, title: "Parcel on its way",
                   variants: [.ko: "택배는 내일 도착할 예정입니다.", .en: "Your parcel arrives tomorrow."]),
            Phrase(code: "thanks-2", category: .thanks, title: "Thanks", variants: [.zhHans: "谢谢！"]),
        ])
    }

    func testABadPhraseWritesNothing() throws {
        try personal.add(code: "ok", title: "Fine", category: .thanks, text: "Thanks!", language: .en)
        let before = try String(contentsOfFile: personal.path, encoding: .utf8)
        XCTAssertThrowsError(try personal.add(code: "two words", title: "T", category: .thanks, text: "x", language: .en))
        XCTAssertThrowsError(try personal.add(code: "x", title: "T", category: .thanks, text: "Hi {{customer", language: .en)) { error in
            XCTAssertTrue("\(error)".contains("without a closing"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: personal.path, encoding: .utf8), before)
    }

    func testABrokenPersonalFileIsNeverOverwritten() throws {
        try FileManager.default.createDirectory(atPath: (personal.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "[[phrase]]\ncode = \"a\"\n".write(toFile: personal.path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try personal.merge(Phrasebook(phrases: [Phrase(code: "b", category: .thanks, title: "B", variants: [.en: "B"])])))
        XCTAssertEqual(try String(contentsOfFile: personal.path, encoding: .utf8), "[[phrase]]\ncode = \"a\"\n")
    }

    func testMergeCountsNewAndReplaced() throws {
        try personal.add(code: "a", title: "A", category: .thanks, text: "old", language: .en)
        let imported = Phrasebook(phrases: [Phrase(code: "a", category: .thanks, title: "A", variants: [.en: "new"]),
                                            Phrase(code: "b", category: .thanks, title: "B", variants: [.en: "b"])])
        let counts = try personal.merge(imported)
        XCTAssertEqual(counts.added, 1)
        XCTAssertEqual(counts.replaced, 1)
        XCTAssertEqual(try personal.load(), imported)
    }

    func testSourcesMergeShippedTeamPersonal() throws {
        let team = folder.appendingPathComponent("team.toml").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try PhrasebookFile.render(Phrasebook(phrases: [
            Phrase(code: "hello", category: .greeting, title: "Team hello", variants: [.en: "Team hello"]),
            Phrase(code: "team-only", category: .thanks, title: "T", variants: [.en: "Team thanks"]),
        ])).write(toFile: team, atomically: true, encoding: .utf8)
        try personal.add(code: "team-only", title: "Mine", category: .thanks, text: "My thanks", language: .en)
        let book = try PhrasebookSources(team: team, personal: personal).load()
        XCTAssertEqual(book.phrases.count, Phrasebook.shipped.phrases.count + 1)
        XCTAssertEqual(book.phrases.first?.text(in: .en), "Team hello", "the team's hello replaces the shipped one in place")
        XCTAssertEqual(book.phrase(code: "team-only")?.text(in: .en), "My thanks", "personal wins")
        XCTAssertEqual(try PhrasebookSources(team: team + ".missing", personal: PersonalPhrasebook(path: team + ".none")).load(), .shipped)
    }

    func testDefaultPathsFollowXDG() {
        XCTAssertEqual(StandardPaths.configFile("phrases.toml", environment: ["XDG_CONFIG_HOME": "/x/cfg"], home: "/home/a"),
                       "/x/cfg/frontline/phrases.toml")
        XCTAssertEqual(StandardPaths.configFile("phrases.toml", environment: ["XDG_CONFIG_HOME": ""], home: "/home/a"),
                       "/home/a/.config/frontline/phrases.toml")
        XCTAssertEqual(StandardPaths.dataFile("team-phrases.toml", environment: [:], home: "/home/a"),
                       "/home/a/.local/share/frontline/team-phrases.toml")
        XCTAssertEqual(StandardPaths.home(environment: ["HOME": "/tmp/elsewhere"]), "/tmp/elsewhere", "$HOME first, as every tool takes it")
        XCTAssertEqual(StandardPaths.home(environment: ["HOME": ""]), NSHomeDirectory())
    }
}
