import XCTest
@testable import FrontlineCore

final class WordingGuardTests: XCTestCase {
    let languages: [Language] = [.zhHans, .zhHant, .ko, .en]

    /// Every shipped phrase, filled as the console would fill it, plus the hand-written polite corpus.
    private func politeSentences(_ language: Language) -> [String] {
        let values = PhrasePlaceholder(customerName: "王小明", agentName: "Mina", orderNumber: "SO-1001",
                                       promisedTime: "15:00", visitDate: "11/20").values(in: language)
        let shipped = Phrasebook.shipped.phrases.map { PhraseTemplate.render($0.text(in: language), values: values).text }
        return shipped + (WordingCorpus.polite[language] ?? [])
    }

    func testTheCorporaAreBigEnough() {
        for language in languages {
            XCTAssertGreaterThanOrEqual(WordingCorpus.polite[language]?.count ?? 0, 25, language.rawValue)
            XCTAssertGreaterThanOrEqual(WordingCorpus.forbidden[language]?.count ?? 0, 10, language.rawValue)
        }
    }

    func testNoFalseAlarmOnPoliteText() {
        for language in languages {
            for sentence in politeSentences(language) {
                let hits = WordingGuard.check(sentence, language: language)
                XCTAssertEqual(hits.map(\.words), [], "\(language.rawValue): \(sentence)")
            }
        }
    }

    func testEveryForbiddenSentenceIsCaughtByItsRule() {
        for language in languages {
            for (rule, sentence) in WordingCorpus.forbidden[language] ?? [] {
                let hits = WordingGuard.check(sentence, language: language)
                XCTAssertEqual(hits.map(\.rule.id), [rule], "\(language.rawValue): \(sentence)")
            }
        }
    }

    func testHitRangesCoverTheWordsAsTyped() {
        let text = "好的，我  不 知道。"
        let hits = WordingGuard.check(text, language: .zhHans)
        XCTAssertEqual(hits.count, 1)
        XCTAssertEqual(hits.first?.range, 3..<10)
        XCTAssertEqual(String(Array(text)[hits[0].range]), "我  不 知道")
        XCTAssertEqual(hits.first?.suggestion, "reply-by")

        let korean = "👍🏽 잘 모르 겠어요"
        let koHit = try? XCTUnwrap(WordingGuard.check(korean, language: .ko).first)
        XCTAssertEqual(koHit.map { String(Array(korean)[$0.range]) }, "모르 겠어요", "a run-on wording marks its whole word")
    }

    func testOpenersOnlyAtTheStartOfASentence() {
        XCTAssertEqual(WordingGuard.check("But we can check.", language: .en).map(\.rule.id), ["en-but-opener"])
        XCTAssertEqual(WordingGuard.check("Sure, but we can check.", language: .en), [])
        XCTAssertEqual(WordingGuard.check("Sure!\n  but we can check.", language: .en).map(\.rule.id), ["en-but-opener"])
        XCTAssertEqual(WordingGuard.check("好的，但是需要您确认。", language: .zhHans), [])
        XCTAssertEqual(WordingGuard.check("好的？但是需要您确认。", language: .zhHans).map(\.range), [3..<5])
    }

    func testTheLanguagePicksTheRules() {
        XCTAssertEqual(WordingGuard.check("I don't know", language: .ko), [], "an English rule does not judge a Korean reply")
        XCTAssertEqual(WordingGuard.check("不歸我管", language: .zhHans).map(\.rule.id), ["zh-not-mine"],
                       "Traditional characters in a Simplified reply are caught too")
    }

    func testSeveralHitsInTextOrderAndOverlapsOnce() {
        let hits = WordingGuard.check("但是我不能够，我不知道。", language: .zhHans)
        XCTAssertEqual(hits.map(\.words), ["但是", "我不能够", "我不知道"])
        XCTAssertEqual(hits.map(\.range), [0..<2, 2..<6, 7..<11])
    }

    func testSuggestionsAreShippedPhrases() {
        for rule in WordingGuard.shipped.rules {
            XCTAssertNotNil(Phrasebook.shipped.phrase(code: rule.suggestion), rule.id)
        }
        let languagesCovered = Set(WordingGuard.shipped.rules.flatMap(\.languages))
        XCTAssertEqual(languagesCovered, Set(languages))
    }

    func testACustomListIsUsed() {
        let guardian = WordingGuard(rules: [WordingRule(id: "no-whatever", languages: [.en], words: ["whatever"],
                                                        suggestion: "understood", note: "Sounds dismissive.")])
        XCTAssertEqual(guardian.check("Whatever!", language: .en).map(\.range), [0..<8])
        XCTAssertEqual(guardian.check("I don't know", language: .en), [])
    }
}
