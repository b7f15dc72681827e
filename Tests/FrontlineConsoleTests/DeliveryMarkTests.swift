import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The delivery of the agent's replies in the transcript: · sent, ✓ delivered, ! failed with the
/// reason on the status line, and R to send a failed one again.
final class DeliveryMarkTests: XCTestCase {
    private let now = Fixtures.start
    private func at(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(seconds) }

    private func chatState(_ transcript: [ChatMessage], language: ConsoleLanguage = .en) -> AppState {
        var state = Fixtures.state(width: 120, height: 40)
        state.text = language.text
        let chat = Contact(id: 5, channel: .chat, state: .active, customerId: 70, address: "kim@example.com",
                           queuedAt: at(-60), takenAt: at(-30), agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "Kim")]), .taken(chat))
        state.message = nil
        state.send(.detailLoaded(contactId: 5, file: Fixtures.file(70, "Kim", .en), transcript: transcript))
        return state
    }

    private func reply(_ id: Int64, _ text: String, _ delivery: MessageDelivery?, reason: String? = nil, agent: String = "mina") -> ChatMessage {
        ChatMessage(id: id, contactId: 5, direction: .outbound, text: text, at: at(Double(id)), agent: agent, delivery: delivery,
                    deliveryReason: reason)
    }

    private func paneText(_ state: AppState) -> [String] {
        var buffer = ScreenBuffer(width: 70, height: 30)
        CustomerPane.render(state.customer, contact: state.queue.activeEntry?.contact, now: state.now, focused: false, text: state.text,
                            into: &buffer, rect: Rect(x: 0, y: 0, width: 70, height: 30))
        return buffer.lines().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
    }

    func testEachReplyShowsItsMarkAndCustomerMessagesNone() {
        let transcript = [ChatMessage(id: 1, contactId: 5, direction: .inbound, text: "hello", at: at(0)),
                          reply(2, "sent one", .pending), reply(3, "arrived", .delivered), reply(4, "lost", .failed, reason: "widget closed")]
        let lines = paneText(chatState(transcript))
        XCTAssertTrue(lines.contains { $0.hasSuffix("hello") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasSuffix("sent one ·") })
        XCTAssertTrue(lines.contains { $0.hasSuffix("arrived ✓") })
        XCTAssertTrue(lines.contains { $0.hasSuffix("lost !") })
    }

    func testANewlyFailedReplySaysWhyOnceAndRSendsItAgain() {
        for language in ConsoleLanguage.allCases {
            var state = chatState([reply(2, "hello", .pending)], language: language)
            XCTAssertNil(state.message)
            XCTAssertEqual(state.send(.key(.char("R"))), [], "nothing failed yet")
            XCTAssertEqual(state.message, .error(language.text.noFailedReply))

            state.message = nil
            state.send(.detailLoaded(contactId: 5, file: state.customer.file, transcript: [reply(2, "hello", .failed, reason: "closed\u{1B}[2J")]))
            let said = state.message
            XCTAssertEqual(said?.kind, .error)
            XCTAssertTrue(said?.text.contains("closed") == true && said?.text.contains("\u{1B}") == false, "\(language): \(String(describing: said))")
            // Loaded again (another change): not said twice.
            state.message = nil
            state.send(.detailLoaded(contactId: 5, file: state.customer.file, transcript: [reply(2, "hello", .failed, reason: "closed")]))
            XCTAssertNil(state.message)

            XCTAssertEqual(state.send(.key(.char("R"))), [.resend(messageId: 2)])
            state.send(.replyResent(messageId: 2))
            XCTAssertEqual(state.message, .info(language.text.replyResent))
        }
    }

    func testAColleaguesFailedReplyIsNotYoursToResend() {
        var state = chatState([reply(2, "theirs", .failed, reason: "x", agent: "lin")])
        XCTAssertNil(state.message)
        XCTAssertEqual(state.send(.key(.char("R"))), [])
    }

    func testTheWallboardShowsWebhookTroubleInEveryLanguage() {
        for language in ConsoleLanguage.allCases {
            var state = WallboardState(supervisor: Agent(name: "boss", role: .supervisor, createdAt: now), text: language.wallboardText,
                                       width: 120, height: 40, now: now, isLarge: false)
            _ = updateWallboard(&state, .webhooksLoaded(WebhookTrouble(failingWebhooks: 1, deadDeliveries: 3)))
            var buffer = ScreenBuffer(width: 120, height: 2)
            WallboardAlertStrip.render(state, into: &buffer, rect: Rect(x: 0, y: 0, width: 120, height: 2))
            let text = buffer.lines().joined(separator: "\n")
            XCTAssertTrue(text.contains("frontline webhooks status") && text.contains("3"), "\(language): \(text)")
            XCTAssertEqual(updateWallboard(&state, .storeChanged([.connectors])), [.loadWebhooks], "a delivery reads only the webhooks")
        }
    }
}
