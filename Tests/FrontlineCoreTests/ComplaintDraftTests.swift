import Foundation
import XCTest
@testable import FrontlineCore

final class ComplaintDraftTests: XCTestCase {
    let now = utcDate(2026, 11, 22, 10, 0)

    private func filled() -> ComplaintDraft {
        ComplaintDraft(agent: "li", customerId: 7, contactId: 3, category: .delivery, severity: .major,
                       account: "The parcel arrived broken.", paraphrase: "It came broken; you want a new one.",
                       wants: "A replacement.", promisedReply: "+2h")
    }

    func testMissingFields() {
        XCTAssertEqual(ComplaintDraft(agent: "li").missingFields, [.category, .account, .paraphrase, .wants, .promisedReply])
        var draft = filled()
        XCTAssertEqual(draft.missingFields, [])
        draft.account = "  \n "
        XCTAssertEqual(draft.missingFields, [.account], "whitespace is not an account")
        draft.category = nil
        XCTAssertEqual(draft.missingFields, [.category, .account])
    }

    /// After `demo --scenario angry-customer` the form said "Ready to submit." for a complaint the
    /// score counted incomplete (no confirmed paraphrase): the two now share one definition.
    func testTheFormIsReadyExactlyWhenTheScoreCountsTheComplaintComplete() {
        let old = ComplaintDraft(agent: "li", customerId: 7, contactId: 3, category: .delivery, account: "Broken.", wants: "A new one.")
        XCTAssertEqual(old.missingFields, [.paraphrase, .promisedReply], "what the form once called ready is not complete")
        XCTAssertEqual(old.complaint(receivedAt: now, calendar: utcCalendar()), .failure(.missing(.paraphrase)))
        let texts = ["", " ", "x"]
        for category in [nil, ComplaintCategory.price] {
            for account in texts {
                for paraphrase in texts {
                    for wants in texts {
                        for promise in ["", "+1h"] {
                            let draft = ComplaintDraft(agent: "li", customerId: 7, contactId: 3, category: category, account: account,
                                                       paraphrase: paraphrase, wants: wants, promisedReply: promise)
                            guard case .success(var complaint) = draft.complaint(receivedAt: now, calendar: utcCalendar()) else {
                                XCTAssertFalse(draft.missingFields.isEmpty, "ready but refused: \(draft)")
                                continue
                            }
                            XCTAssertTrue(draft.missingFields.isEmpty, "filed while the form says something is missing: \(draft)")
                            complaint.channel = .chat    // the store takes it from the contact filed on
                            XCTAssertEqual(TrainingScore.missingFields(complaint), [], "ready, yet the score counts it incomplete: \(draft)")
                        }
                    }
                }
            }
        }
    }

    func testComplaintNeedsACustomerFirstThenTheFirstMissingField() {
        var draft = ComplaintDraft(agent: "li")
        XCTAssertEqual(draft.complaint(receivedAt: now, calendar: utcCalendar()), .failure(.noCustomer))
        draft.customerId = 7
        XCTAssertEqual(draft.complaint(receivedAt: now, calendar: utcCalendar()), .failure(.noCustomer), "a complaint comes in on a contact")
        draft.contactId = 3
        XCTAssertEqual(draft.complaint(receivedAt: now, calendar: utcCalendar()), .failure(.missing(.category)))
        XCTAssertEqual(ComplaintDraftError.missing(.wants).description, "Wants is required.")
    }

    func testBadPromisedTimeMessage() {
        var draft = filled()
        draft.promisedReply = " soon "
        XCTAssertEqual(draft.missingFields, [.promisedReply], "the form said Ready to submit. and then refused it")
        let result = draft.complaint(receivedAt: now, calendar: utcCalendar())
        XCTAssertEqual(result, .failure(.badPromisedTime("soon")))
        guard case .failure(let error) = result else { return XCTFail("accepted \"soon\"") }
        XCTAssertEqual(error.description,
                       "Reply by \"soon\" is not a time: use HH:MM, YYYY-MM-DD HH:MM, +2h or +30m.")
    }

    func testValidDraftBecomesAComplaint() throws {
        var draft = filled()
        draft.promisedReply = "+2h"
        let complaint = try draft.complaint(receivedAt: now, calendar: utcCalendar()).get()
        XCTAssertEqual(complaint.customerId, 7)
        XCTAssertEqual(complaint.contactId, 3)
        XCTAssertEqual(complaint.category, .delivery)
        XCTAssertEqual(complaint.severity, .major)
        XCTAssertEqual(complaint.state, .received)
        XCTAssertEqual(complaint.agent, "li")
        XCTAssertEqual(complaint.receivedAt, now)
        XCTAssertEqual(complaint.promisedReplyAt, now.addingTimeInterval(7200))
        XCTAssertEqual(complaint.paraphrase, "It came broken; you want a new one.")
        XCTAssertTrue(complaint.paraphraseConfirmed, "written after reading it back to the customer")

        draft.promisedReply = ""
        XCTAssertEqual(draft.complaint(receivedAt: now, calendar: utcCalendar()), .failure(.missing(.promisedReply)))
    }
}

final class PromisedTimeTests: XCTestCase {
    let calendar = utcCalendar()
    let morning = utcDate(2026, 11, 22, 10, 0, 30)

    private func parse(_ text: String, at now: Date) -> Date? { PromisedTime.parse(text, now: now, calendar: calendar) }

    func testRelative() {
        XCTAssertEqual(parse("+2h", at: morning), morning.addingTimeInterval(2 * 3600))
        XCTAssertEqual(parse("+30m", at: morning), morning.addingTimeInterval(30 * 60))
        XCTAssertEqual(parse(" +30m ", at: morning), morning.addingTimeInterval(30 * 60))
        XCTAssertEqual(parse("+1d", at: morning), morning.addingTimeInterval(86_400))
    }

    func testClockTimeTodayOrTomorrow() {
        XCTAssertEqual(parse("14:30", at: morning), utcDate(2026, 11, 22, 14, 30))
        let evening = utcDate(2026, 11, 22, 15, 0)
        XCTAssertEqual(parse("14:30", at: evening), utcDate(2026, 11, 23, 14, 30), "already past today: tomorrow")
        XCTAssertEqual(parse("09:05", at: morning), utcDate(2026, 11, 23, 9, 5))
        XCTAssertEqual(parse("0:00", at: morning), utcDate(2026, 11, 23, 0, 0))
        XCTAssertEqual(parse("23:59", at: utcDate(2026, 12, 31, 23, 0)), utcDate(2026, 12, 31, 23, 59))
        XCTAssertEqual(parse("08:00", at: utcDate(2026, 12, 31, 23, 0)), utcDate(2027, 1, 1, 8, 0), "across the year end")
    }

    func testFullDate() {
        XCTAssertEqual(parse("2026-11-23 09:00", at: morning), utcDate(2026, 11, 23, 9, 0))
    }

    func testAHugeAmountIsAFarTimeNotACrash() {
        XCTAssertEqual(parse("+999999999999999d", at: morning), morning.addingTimeInterval(999_999_999_999_999 * 86400))
        XCTAssertTrue(PromisedTime.isWellFormed("+2h"))
        XCTAssertTrue(PromisedTime.isWellFormed("2026-11-23 09:00"))
        XCTAssertFalse(PromisedTime.isWellFormed("soon"))
    }

    func testRejects() {
        for text in ["25:00", "soon", "14:60", "24:00", "", "+", "+2", "+2x", "+0h", "+-2h", "2026-13-01 09:00",
                     "2026-11-23", "2026-11-23 25:00", "tomorrow 09:00", "14.30"] {
            XCTAssertNil(parse(text, at: morning), "accepted \"\(text)\"")
        }
    }
}

final class LanguageTests: XCTestCase {
    func testCanonicalCodesRoundTrip() {
        for language in Language.allCases {
            XCTAssertEqual(Language(code: language.rawValue), language)
        }
    }

    func testCommonSpellings() {
        let cases: [(String, Language?)] = [
            ("zh", .zhHans), ("zh-CN", .zhHans), ("zh_CN", .zhHans), ("ZH-HANS", .zhHans), ("zh-SG", .zhHans), ("cn", .zhHans),
            ("zh-TW", .zhHant), ("zh_HK", .zhHant), ("zh-Hant", .zhHant), ("zh-MO", .zhHant), ("tw", .zhHant),
            ("zh-Hans-CN", .zhHans), ("zh_Hant_TW", .zhHant),
            ("ko", .ko), ("ko-KR", .ko), ("ko_KR", .ko), ("KR", .ko),
            ("en", .en), ("en_US", .en), ("en-GB", .en), ("en-AU", .en), ("EN-us", .en),
            ("fr", nil), ("", nil), ("ja-JP", nil), ("english", nil), ("zhx", nil),
        ]
        for (code, expected) in cases {
            XCTAssertEqual(Language(code: code), expected, "Language(code: \"\(code)\")")
        }
    }

    func testFallbackChainsStartWithTheLanguageAndEndInEnglish() {
        for language in Language.allCases {
            XCTAssertEqual(language.fallbackChain.first, language)
            XCTAssertEqual(language.fallbackChain.last, .en)
        }
    }
}
