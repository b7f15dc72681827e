import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The console's side of losing the database, as states and effects (the same with a real
/// PostgreSQL server stopped and started: PostgresConsoleOutageTests): the banner, the draft's
/// saves held and what is typed written to disk, a look once a second, and on recovery the draft
/// saved, the file removed and the banner gone.
final class DatabaseOutageTests: XCTestCase {
    private let lost = Msg.databaseUnreachable(failed: .saveDraft(ComplaintDraft(agent: "mina")), outcomeUnknown: false)

    func testAnUnreachableDatabaseShowsTheBannerInEveryLanguageAndKeepsWhatIsTyped() {
        for language in ConsoleLanguage.allCases {
            var state = Fixtures.state(width: 120, height: 40)
            state.text = language.text
            XCTAssertFalse(ConsoleView.render(state).line(0).contains(language.text.say(.databaseUnreachable)))
            let effects = state.send(lost)
            XCTAssertEqual(state.outage?.draftUnsaved, true)
            XCTAssertEqual(ConsoleView.render(state).line(0).trimmingCharacters(in: .whitespaces).hasPrefix(language.text.say(.databaseUnreachable)),
                           true, "\(language): \(ConsoleView.render(state).line(0))")
            guard case .keepUnsent(let work)? = effects.last else { return XCTFail("\(effects)") }
            XCTAssertEqual(work.agent, "mina")
            XCTAssertNotNil(work.draft)
        }
    }

    func testTheDraftsSavesWaitAndEveryChangeIsWrittenToDisk() {
        var state = Fixtures.state(width: 120, height: 40)
        state.complaintForm.draft.focusedField = .account
        state.send(lost)
        let effects = state.send(.key(.char("c"))) + state.type("Lid")
        XCTAssertFalse(effects.contains { if case .saveDraft = $0 { true } else { false } }, "no save while the database is away: \(effects)")
        let kept = effects.compactMap { if case .keepUnsent(let work) = $0 { work.draft?.account } else { nil } }
        XCTAssertEqual(kept, ["L", "Li", "Lid"], "each change on disk")
        XCTAssertTrue(state.send(.key(.escape)).isEmpty, "nothing new to keep")
    }

    func testATickLooksForTheDatabaseOnceASecondAndItsReturnSavesTheDraftAndClearsTheBanner() {
        var state = Fixtures.state(width: 120, height: 40)
        state.send(lost)
        state.complaintForm.draft.account = "Lid broken"
        XCTAssertFalse(state.send(.tick(Fixtures.start.addingTimeInterval(0.5))).contains(.lookForDatabase))
        XCTAssertTrue(state.send(.tick(Fixtures.start.addingTimeInterval(1))).contains(.lookForDatabase))
        XCTAssertFalse(state.send(.tick(Fixtures.start.addingTimeInterval(1.5))).contains(.lookForDatabase), "not again within the second")
        let effects = state.send(.databaseBack)
        XCTAssertNil(state.outage)
        XCTAssertEqual(Array(effects.prefix(2)), [.saveDraft(state.complaintForm.draft), .forgetUnsent])
        XCTAssertTrue(effects.contains(.reloadQueue), "what others did meanwhile is read again")
        XCTAssertEqual(state.message, .info(state.text.say(.databaseBackDraftSaved)))
        XCTAssertFalse(ConsoleView.render(state).line(0).contains(state.text.say(.databaseUnreachable)))
        XCTAssertFalse(state.send(.tick(Fixtures.start.addingTimeInterval(3))).contains(.lookForDatabase), "no looks once it is back")
    }

    func testAReplyThatMayHaveGoneOutIsKeptAndSaidSo() {
        var state = Fixtures.state(width: 120, height: 40)
        state.reply.field = TextField("Refund sent")
        state.mode = .replying
        state.send(.databaseUnreachable(failed: .reply(contactId: 1, text: "Refund sent"), outcomeUnknown: true))
        XCTAssertEqual(state.outage?.reply, .mayHaveBeenSent)
        XCTAssertEqual(state.reply.field.text, "Refund sent")
        XCTAssertEqual(state.mode, .replying)
        XCTAssertEqual(state.message, .error(state.text.say(.replyOutcomeUnknown)))
        state.send(.databaseBack)
        XCTAssertEqual(state.message, .info(state.text.say(.databaseBackReplyUnknown)))
    }

    /// A reply whose commit went unanswered is asked about once the database is back: kept, the
    /// reply line is emptied; rolled back, it stays to be sent; an edited line is never asked about.
    func testAReplyWhoseCommitWentUnansweredIsAskedAboutOnceTheDatabaseIsBack() {
        for (outcome, line, said) in [(CommitOutcome.kept, "", ConsoleMessage.databaseBackReplyWasSent),
                                      (.notKept, "Refund sent", .databaseBackReplyNotSent),
                                      (.unknown, "Refund sent", .databaseBackReplyUnknown)] {
            var state = Fixtures.state(width: 120, height: 40)
            state.reply.field = TextField("Refund sent")
            state.mode = .replying
            state.send(.databaseUnreachable(failed: .reply(contactId: 1, text: "Refund sent"), outcomeUnknown: true, transaction: 41))
            XCTAssertTrue(state.send(.databaseBack).contains(.askReplyOutcome(transaction: 41)))
            state.send(.replyOutcome(outcome))
            XCTAssertEqual(state.reply.field.text, line, "\(outcome)")
            XCTAssertEqual(state.message, .info(state.text.say(said)), "\(outcome)")
        }
        var edited = Fixtures.state(width: 120, height: 40)
        edited.reply.field = TextField("Refund sent")
        edited.send(.databaseUnreachable(failed: .reply(contactId: 1, text: "Refund sent"), outcomeUnknown: true, transaction: 41))
        edited.reply.field = TextField("Refund sent today")
        XCTAssertFalse(edited.send(.databaseBack).contains(.askReplyOutcome(transaction: 41)), "the agent changed it: theirs to decide")
        edited.send(.replyOutcome(.kept))
        XCTAssertEqual(edited.reply.field.text, "Refund sent today")
    }

    /// The banner on every screen and overlay, at every size and in every language, with the
    /// longest values: rows whole, nothing cut too short, no text over text (LayoutPropertyTests).
    func testTheBannerKeepsEveryScreensLayout() {
        for language in ConsoleLanguage.allCases {
            for (width, height) in LayoutPropertyTests.sizes {
                for (name, screen) in LongestValues.consoleScreens(language, width: width, height: height) {
                    for reply in [DatabaseOutage.Reply.none, .notSent, .mayHaveBeenSent] {
                        var state = screen
                        state.outage = DatabaseOutage(since: state.now)
                        state.outage?.reply = reply
                        let buffer = ScreenBuffer.$auditsLayout.withValue(true) { ConsoleView.render(state) }
                        LayoutPropertyTests.check(buffer, "banner \(reply) console \(language) \(width)x\(height) \(name)")
                    }
                }
            }
        }
    }

    /// What the console says no longer claims "nothing was saved" where that is not so.
    func testLostConnectionsAndMissingMethodsAreSaidTruthfullyInEveryLanguage() {
        let cases: [(StoreError, ConsoleMessage)] = [
            (.unreachable(server: "postgres://db/x", reason: "connection refused"), .problemUnreachable),
            (.outcomeUnknown(server: "postgres://db/x", transaction: 7), .problemOutcomeUnknown),
            (.notYetOnPostgres(method: "reportRows"), .problemUnavailable),
        ]
        for language in ConsoleLanguage.allCases {
            for (error, message) in cases {
                let said = language.text.problem(error)
                XCTAssertEqual(said, language.text.say(message))
                XCTAssertNotEqual(said, language.text.say(.problemDatabase))
                XCTAssertFalse(said.contains("postgres://"), "no server address reaches an agent: \(said)")
            }
        }
        struct NotTheDatabase: Error, CustomStringConvertible { var description: String { "phrases.toml is read-only" } }
        XCTAssertEqual(EnglishText().problem(NotTheDatabase()), "Not done: phrases.toml is read-only")
    }
}
