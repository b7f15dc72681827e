import XCTest
@testable import FrontlineCore

final class DurationFormatTests: XCTestCase {
    func testClock() {
        XCTAssertEqual(DurationFormat.clock(0), "0:00")
        // Days long (a first-contact call-back a week out): a days form as narrow as 99:59:59.
        XCTAssertEqual(DurationFormat.clock(99 * 3600 + 3599), "99:59:59")
        XCTAssertEqual(DurationFormat.clock(100 * 3600), "4d 04h")
        XCTAssertEqual(DurationFormat.clock(7 * 86_400 - 34), "6d 23h")
        XCTAssertEqual(DurationFormat.clock(-30 * 86_400), "30d 00h")
        XCTAssertEqual(DurationFormat.clock(5_000 * 86_400), "999d+")
        XCTAssertEqual(DurationFormat.clock(7), "0:07")
        XCTAssertEqual(DurationFormat.clock(59), "0:59")
        XCTAssertEqual(DurationFormat.clock(60), "1:00")
        XCTAssertEqual(DurationFormat.clock(180), "3:00")
        XCTAssertEqual(DurationFormat.clock(3599), "59:59")
        XCTAssertEqual(DurationFormat.clock(3600), "1:00:00")
        XCTAssertEqual(DurationFormat.clock(14_399), "3:59:59")
        XCTAssertEqual(DurationFormat.clock(36_061), "10:01:01")
        XCTAssertEqual(DurationFormat.clock(-42), "0:42", "the sign is the caller's business")
    }

    func testShort() {
        XCTAssertEqual(DurationFormat.short(0), "0s")
        XCTAssertEqual(DurationFormat.short(45), "45s")
        XCTAssertEqual(DurationFormat.short(59), "59s")
        XCTAssertEqual(DurationFormat.short(60), "1m")
        XCTAssertEqual(DurationFormat.short(12 * 60 + 59), "12m")
        XCTAssertEqual(DurationFormat.short(3599), "59m")
        XCTAssertEqual(DurationFormat.short(3600), "1h")
        XCTAssertEqual(DurationFormat.short(86_399), "23h")
        XCTAssertEqual(DurationFormat.short(86_400), "1d")
        XCTAssertEqual(DurationFormat.short(5 * 86_400 + 3600), "5d")
        XCTAssertEqual(DurationFormat.short(-30), "0s")
    }

    func testCountdownSigns() {
        let deadline = testEpoch
        XCTAssertEqual(SLAStatus(state: .ok, deadline: deadline, secondsLeft: 179).countdown, "2:59")
        XCTAssertEqual(SLAStatus(state: .breached, deadline: deadline, secondsLeft: 0).countdown, "-0:00")
        XCTAssertEqual(SLAStatus(state: .breached, deadline: deadline, secondsLeft: -3661).countdown, "-1:01:01")
    }
}

final class PhraseTemplateTests: XCTestCase {
    func testValuePresent() {
        let rendered = PhraseTemplate.render("Hello {{customer.name|there}}, this is {{agent.name}}.",
                                             values: ["customer.name": "Ms Chen", "agent.name": "Li"])
        XCTAssertEqual(rendered.text, "Hello Ms Chen, this is Li.")
        XCTAssertEqual(rendered.unresolved, [])
    }

    func testDefaultUsedWhenValueMissingOrEmpty() {
        XCTAssertEqual(PhraseTemplate.render("Hello {{customer.name|there}}!", values: [:]).text, "Hello there!")
        XCTAssertEqual(PhraseTemplate.render("Hello {{customer.name|there}}!", values: ["customer.name": ""]).text, "Hello there!")
        XCTAssertEqual(PhraseTemplate.render("{{ customer.name | there }}", values: [:]).text, "there", "spaces around key and default")
        XCTAssertEqual(PhraseTemplate.render("{{ customer.name | there }}", values: ["customer.name": "Kim"]).text, "Kim")
    }

    func testEmptyDefault() {
        let rendered = PhraseTemplate.render("{{customer.name|}}您好！", values: [:])
        XCTAssertEqual(rendered.text, "您好！")
        XCTAssertEqual(rendered.unresolved, [])
    }

    func testUnresolvedIsKeptAsWrittenAndReported() {
        let rendered = PhraseTemplate.render("Order {{order.number}} for {{customer.name}}, reply by {{ promised_time }}.",
                                             values: ["customer.name": "Kim"])
        XCTAssertEqual(rendered.text, "Order {{order.number}} for Kim, reply by {{ promised_time }}.")
        XCTAssertEqual(rendered.unresolved, ["order.number", "promised_time"])
    }

    func testTextWithoutPlaceholdersIsUnchanged() {
        for text in ["", "Thank you for calling.", "请问还有其他可以帮您的吗？", "a { b } c {x}", "{{ unclosed"] {
            let rendered = PhraseTemplate.render(text, values: ["customer.name": "Kim"])
            XCTAssertEqual(rendered.text, text)
            XCTAssertEqual(rendered.unresolved, [])
        }
    }

    func testCJKTextAroundPlaceholders() {
        let values = ["customer.name": "王先生", "agent.name": "小李", "promised_time": "今天下午3点"]
        XCTAssertEqual(PhraseTemplate.render("{{customer.name|}}您好！我是客服{{agent.name}}。", values: values).text,
                       "王先生您好！我是客服小李。")
        XCTAssertEqual(PhraseTemplate.render("我会在{{promised_time}}之前给您回复。", values: values).text,
                       "我会在今天下午3点之前给您回复。")
        XCTAssertEqual(PhraseTemplate.render("안녕하세요, {{customer.name|고객}}님.", values: [:]).text, "안녕하세요, 고객님.")
        XCTAssertEqual(PhraseTemplate.render("안녕하세요, {{customer.name|고객}}님.", values: ["customer.name": "김민수"]).text,
                       "안녕하세요, 김민수님.")
        XCTAssertEqual(PhraseTemplate.render("{{promised_time}}까지 연락드리겠습니다.", values: ["promised_time": "오후 3시"]).text,
                       "오후 3시까지 연락드리겠습니다.")
    }
}

final class PhraseTests: XCTestCase {
    func testFallbackChain() {
        let hansOnly = Phrase(code: "x", category: .thanks, title: "x", variants: [.zhHans: "谢谢", .en: "Thanks"])
        XCTAssertEqual(hansOnly.text(in: .zhHant), "谢谢", "zh-Hant missing falls back to zh-Hans")
        XCTAssertEqual(hansOnly.text(in: .ko), "Thanks", "ko missing falls back to en")
        XCTAssertEqual(hansOnly.text(in: .zhHans), "谢谢")
        XCTAssertEqual(hansOnly.text(in: .en), "Thanks")

        let hantOnly = Phrase(code: "y", category: .thanks, title: "y", variants: [.zhHant: "謝謝", .en: "Thanks"])
        XCTAssertEqual(hantOnly.text(in: .zhHans), "謝謝", "zh-Hans missing falls back to zh-Hant before en")

        let koreanOnly = Phrase(code: "z", category: .thanks, title: "z", variants: [.ko: "감사합니다"])
        XCTAssertEqual(koreanOnly.text(in: .en), "감사합니다", "something is better than nothing")
        XCTAssertEqual(Phrase(code: "e", category: .thanks, title: "e", variants: [:]).text(in: .en), "")
    }
}

final class PhrasebookMatchingTests: XCTestCase {
    let book = Phrasebook(phrases: [
        Phrase(code: "bye", category: .farewell, title: "Goodbye", variants: [.en: "Goodbye!", .zhHans: "再见！"]),
        Phrase(code: "hello", category: .greeting, title: "Hello", variants: [.en: "Hello there.", .zhHans: "您好！"]),
        Phrase(code: "sorry", category: .apology, title: "Sorry", variants: [.en: "I am very sorry.", .zhHans: "非常抱歉。"]),
        Phrase(code: "morning", category: .greeting, title: "Good morning", variants: [.en: "Good morning.", .zhHans: "早上好！"]),
        Phrase(code: "bye-day", category: .farewell, title: "Nice day", variants: [.en: "Have a nice day.", .zhHans: "祝您愉快！"]),
    ])

    func testEmptyFilterKeepsEverythingInCategoryOrderThenBookOrder() {
        XCTAssertEqual(book.matching("", in: .en).map(\.code), ["hello", "morning", "sorry", "bye", "bye-day"])
        XCTAssertEqual(book.matching("   ", in: .en).count, 5)
    }

    func testFiltersByCodeTitleAndText() {
        XCTAssertEqual(book.matching("bye", in: .en).map(\.code), ["bye", "bye-day"], "code")
        XCTAssertEqual(book.matching("nice", in: .en).map(\.code), ["bye-day"], "title and text")
        XCTAssertEqual(book.matching("very", in: .en).map(\.code), ["sorry"], "text only")
        XCTAssertEqual(book.matching("MORNING", in: .en).map(\.code), ["morning"], "case-insensitive")
        XCTAssertEqual(book.matching("greeting", in: .en).map(\.code), ["hello", "morning"], "category title")
        XCTAssertEqual(book.matching("zzz", in: .en), [])
    }

    func testEveryWordMustMatch() {
        XCTAssertEqual(book.matching("good day", in: .en).map(\.code), [])
        XCTAssertEqual(book.matching("good morning", in: .en).map(\.code), ["morning"])
        XCTAssertEqual(book.matching("bye nice", in: .en).map(\.code), ["bye-day"])
    }

    func testTextIsSearchedInTheChosenLanguage() {
        XCTAssertEqual(book.matching("抱歉", in: .zhHans).map(\.code), ["sorry"])
        XCTAssertEqual(book.matching("抱歉", in: .en).map(\.code), [])
        XCTAssertEqual(book.matching("抱歉", in: .zhHant).map(\.code), ["sorry"], "through the fallback chain")
    }
}
