import Foundation
import XCTest
@testable import FrontlineCore

final class ShippedPhrasebookTests: XCTestCase {
    let book = Phrasebook.shipped
    let languages: [Language] = [.zhHans, .zhHant, .ko, .en]

    /// Every placeholder the shipped phrases may use; a console must know how to fill each.
    static let knownKeys: Set<String> = ["customer.name", "agent.name", "order.number", "promised_time", "visit.date"]

    /// Service taboo wording (服务忌语), anywhere in a phrase.
    static let forbidden: [String] = [
        "我不知道", "不知道", "不归我管", "不歸我管", "这不是我的责任", "這不是我的責任",
        "我不能", "我不会", "我不會", "我不愿意", "我不願意",
        "나도 몰라", "모르겠", "기다릴 수 없어",
        "i don't know", "i do not know", "not my job", "not my responsibility", "not my business",
        "i can't", "i cannot", "i won't", "i will not",
    ]
    /// Negative openers: forbidden at the start of a phrase or of any sentence or clause in it.
    static let forbiddenOpeners: [String] = ["但是", "아니", "but"]

    private func placeholders(in text: String) -> [(key: String, hasDefault: Bool)] {
        var found: [(String, Bool)] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let body = rest[open.upperBound..<close.lowerBound]
            let key = body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)[0]
            found.append((key.trimmingCharacters(in: .whitespaces), body.contains("|")))
            rest = rest[close.upperBound...]
        }
        return found
    }

    private func clauses(of text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: "。！？，、；.!?,;…"))
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    func testEveryCategoryHasAtLeastTwoPhrases() {
        for category in PhraseCategory.allCases where category != .personal {
            let count = book.phrases.filter { $0.category == category }.count
            XCTAssertGreaterThanOrEqual(count, 2, "\(category) has \(count) phrases")
        }
    }

    func testCodesAreUniqueLowercaseAndTypeable() {
        let codes = book.phrases.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count, "duplicate codes: \(codes.filter { c in codes.filter { $0 == c }.count > 1 })")
        for code in codes {
            XCTAssertNotNil(code.range(of: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", options: .regularExpression), "code \(code)")
        }
        for phrase in book.phrases {
            XCTAssertFalse(phrase.title.trimmingCharacters(in: .whitespaces).isEmpty, "\(phrase.code) has no title")
        }
    }

    func testTheBasicFiveAndTheScriptAreThere() {
        let codes = Set(book.phrases.map(\.code))
        for code in ["hello", "how-about", "thanks", "sorry", "bye", "hello-sorry", "sorry-company", "rule",
                     "reply-by", "thanks-feedback", "anything-else", "any-time", "welcome-back",
                     "fu-intro", "fu-ask", "fu-satisfied", "fu-neutral", "fu-dissatisfied", "fu-close", "fu-close-improve"] {
            XCTAssertTrue(codes.contains(code), "missing \(code)")
        }
        XCTAssertTrue(book.phrases.filter { $0.category == .deferredAnswer }.allSatisfy { phrase in
            languages.allSatisfy { phrase.variants[$0]?.contains("{{promised_time}}") == true }
        }, "a deferred answer always names the specific time")
    }

    func testEveryPhraseHasAllFourLanguages() {
        for phrase in book.phrases {
            for language in languages {
                let text = phrase.variants[language]?.trimmingCharacters(in: .whitespaces) ?? ""
                XCTAssertFalse(text.isEmpty, "\(phrase.code) has no \(language.rawValue) text")
            }
            XCTAssertEqual(phrase.variants.count, languages.count, phrase.code)
        }
    }

    func testVariantsAreInTheirOwnScript() {
        func has(_ text: String, _ range: ClosedRange<UInt32>) -> Bool {
            text.unicodeScalars.contains { range.contains($0.value) }
        }
        let hangul: ClosedRange<UInt32> = 0xAC00...0xD7A3, han: ClosedRange<UInt32> = 0x4E00...0x9FFF
        for phrase in book.phrases {
            let ko = phrase.variants[.ko] ?? "", en = phrase.variants[.en] ?? ""
            XCTAssertTrue(has(ko, hangul), "\(phrase.code) ko")
            XCTAssertTrue(has(phrase.variants[.zhHans] ?? "", han), "\(phrase.code) zh-Hans")
            XCTAssertTrue(has(phrase.variants[.zhHant] ?? "", han), "\(phrase.code) zh-Hant")
            XCTAssertFalse(has(en, hangul) || has(en, han), "\(phrase.code) en")
            // Characters that exist in only one of the two scripts (none of them shared in our texts).
            let hans = "这们为务问么帮话谢请说让处门时见联应该单号确认对吗关来钟电满",
                hant = "這們為務問麼幫話謝請說讓處門時見聯應該單號確認對嗎關來鐘電滿"
            let simplified = phrase.variants[.zhHans] ?? "", traditional = phrase.variants[.zhHant] ?? ""
            XCTAssertFalse(traditional.contains { hans.contains($0) }, "\(phrase.code) zh-Hant has simplified characters: \(traditional)")
            XCTAssertFalse(simplified.contains { hant.contains($0) }, "\(phrase.code) zh-Hans has traditional characters: \(simplified)")
        }
    }

    func testPoliteRegister() {
        for phrase in book.phrases {
            for language in [Language.zhHans, .zhHant] {
                XCTAssertFalse(phrase.variants[language]?.contains("你") ?? false, "\(phrase.code) \(language.rawValue): use 您")
            }
            let ko = PhraseTemplate.render(phrase.variants[.ko] ?? "", values: ["agent.name": "이수진", "order.number": "SO-1001",
                                                                             "promised_time": "오후 3시", "visit.date": "11월 20일"]).text
            XCTAssertTrue(["니다", "세요", "까", "요"].contains { ko.contains($0) }, "\(phrase.code) ko is not polite: \(ko)")
            // Sentences end in the polite register.
            for sentence in ko.components(separatedBy: CharacterSet(charactersIn: ".?!")).map({ $0.trimmingCharacters(in: .whitespaces) })
            where !sentence.isEmpty && !sentence.hasSuffix("님") {
                XCTAssertTrue(["다", "요", "까", "세요"].contains { sentence.hasSuffix($0) }, "\(phrase.code) ko sentence: \(sentence)")
            }
        }
    }

    func testOnlyKnownPlaceholdersAndTheCustomerNameAlwaysHasADefault() {
        for phrase in book.phrases {
            for (language, text) in phrase.variants {
                XCTAssertEqual(text.components(separatedBy: "{{").count, text.components(separatedBy: "}}").count,
                               "\(phrase.code) \(language.rawValue): unbalanced braces")
                for placeholder in placeholders(in: text) {
                    XCTAssertTrue(Self.knownKeys.contains(placeholder.key),
                                  "\(phrase.code) \(language.rawValue) uses unknown {{\(placeholder.key)}}")
                    if placeholder.key == "customer.name" || placeholder.key == "visit.date" {
                        XCTAssertTrue(placeholder.hasDefault, "\(phrase.code) \(language.rawValue): {{\(placeholder.key)}} needs a default")
                    }
                }
            }
        }
    }

    func testLanguagesAgreeOnTheFactsTheyMention() {
        // If one language names the order or the promised time, every language does.
        for phrase in book.phrases {
            for key in ["order.number", "promised_time", "agent.name", "visit.date"] {
                let uses = languages.map { language in
                    placeholders(in: phrase.variants[language] ?? "").contains { $0.key == key }
                }
                XCTAssertTrue(uses.allSatisfy { $0 } || uses.allSatisfy { !$0 }, "\(phrase.code): \(key) in \(uses)")
            }
        }
    }

    func testEveryPhraseRendersCompletelyWithoutACustomerName() {
        let values = ["agent.name": "Li", "order.number": "SO-1001", "promised_time": "15:00", "visit.date": "11/20"]
        for phrase in book.phrases {
            for language in languages {
                let rendered = PhraseTemplate.render(phrase.text(in: language), values: values)
                XCTAssertEqual(rendered.unresolved, [], "\(phrase.code) \(language.rawValue)")
                XCTAssertFalse(rendered.text.contains("{{") || rendered.text.contains("}}"), "\(phrase.code) \(language.rawValue)")
                XCTAssertFalse(rendered.text.contains("，，") || rendered.text.contains(" ,") || rendered.text.contains("  "),
                               "\(phrase.code) \(language.rawValue) reads badly without a name: \(rendered.text)")
            }
        }
    }

    func testNoForbiddenWording() {
        for phrase in book.phrases {
            for (language, raw) in phrase.variants {
                let text = raw.replacingOccurrences(of: "’", with: "'").lowercased()
                for word in Self.forbidden {
                    XCTAssertFalse(text.contains(word), "\(phrase.code) \(language.rawValue) contains \"\(word)\": \(raw)")
                }
                for clause in clauses(of: text) {
                    for opener in Self.forbiddenOpeners {
                        let startsWith = opener == "but" ? clause.hasPrefix("but ") : clause.hasPrefix(opener)
                        XCTAssertFalse(startsWith, "\(phrase.code) \(language.rawValue) opens with \"\(opener)\": \(raw)")
                    }
                }
            }
        }
    }

    func testForbiddenWordingCheckWouldCatchABadPhrase() {
        // Guards the guard: the check above must be able to fail.
        let bad = ["我不知道，这不归我管。", "但是您得等。", "아니요, 모르겠습니다.", "Sorry, I don’t know. That's not my job."]
        for raw in bad {
            let text = raw.replacingOccurrences(of: "’", with: "'").lowercased()
            let hit = Self.forbidden.contains { text.contains($0) }
                || clauses(of: text).contains { clause in Self.forbiddenOpeners.contains { clause.hasPrefix($0 == "but" ? "but " : $0) } }
            XCTAssertTrue(hit, raw)
        }
    }

    func testFindingPhrasesInTheShippedBook() {
        XCTAssertEqual(book.matching("fu-", in: .en).map(\.category), Array(repeating: .followUp, count: 7))
        XCTAssertTrue(book.matching("您看这样可以吗", in: .zhHans).map(\.code).contains("how-about"))
        XCTAssertTrue(book.matching("도와드릴까요", in: .ko).contains { $0.code == "hello" })
    }
}
