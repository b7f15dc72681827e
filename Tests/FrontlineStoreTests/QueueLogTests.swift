import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Frontline's event log as Asterisk's queue_log: which line each step gives, and what they carry.
final class QueueLogTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func at(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }

    private func text(_ events: [ContactEvent], states: [AgentStateLogEntry] = []) -> [String] {
        QueueLog.lines(events: events, states: states, policy: .standard).map(\.text)
    }

    func testACallRungMissedThenTakenAndEnded() {
        let lines = text([
            ContactEvent(contactId: 7, kind: .queued, at: at(0), detail: "phone"),
            ContactEvent(contactId: 7, kind: .offered, agent: "ana", at: at(2)),
            ContactEvent(contactId: 7, kind: .missed, agent: "ana", at: at(17)),
            ContactEvent(contactId: 7, kind: .offered, agent: "bo", at: at(20)),
            ContactEvent(contactId: 7, kind: .accepted, agent: "bo", at: at(24)),
            ContactEvent(contactId: 7, kind: .taken, agent: "bo", at: at(24)),
            ContactEvent(contactId: 7, kind: .completed, agent: "bo", at: at(144)),
        ])
        XCTAssertEqual(lines, [
            "1800000000|7|phone|NONE|ENTERQUEUE||",
            "1800000017|7|phone|ana|RINGNOANSWER|15000",
            "1800000024|7|phone|bo|CONNECT|24||4",
            "1800000144|7|phone|bo|COMPLETEAGENT|24|120|1",
        ])
    }

    func testAChatIsConnectedAtItsFirstReplyAndAReopeningIsANewCall() {
        let lines = text([
            ContactEvent(contactId: 9, kind: .queued, at: at(0), detail: "chat"),
            ContactEvent(contactId: 9, kind: .taken, agent: "ana", at: at(10)),
            ContactEvent(contactId: 9, kind: .replied, agent: "ana", at: at(70)),
            ContactEvent(contactId: 9, kind: .replied, agent: "ana", at: at(90)),
            ContactEvent(contactId: 9, kind: .completed, agent: "ana", at: at(100)),
            ContactEvent(contactId: 9, kind: .reopened, at: at(200)),
            ContactEvent(contactId: 9, kind: .abandoned, at: at(230)),
        ])
        XCTAssertEqual(lines, [
            "1800000000|9|chat|NONE|ENTERQUEUE||",
            "1800000070|9|chat|ana|CONNECT|70||0",
            "1800000100|9|chat|ana|COMPLETEAGENT|70|30|1",
            "1800000200|9.2|chat|NONE|ENTERQUEUE||",
            "1800000230|9.2|chat|NONE|ABANDON|1|1|30",
        ])
    }

    func testATransferEndsTheRecordAsInAsteriskAndNamesTheReceiver() {
        let lines = text([
            ContactEvent(contactId: 3, kind: .queued, at: at(0), detail: "phone"),
            ContactEvent(contactId: 3, kind: .taken, agent: "ana", at: at(30)),
            ContactEvent(contactId: 3, kind: .transferred, agent: "ana", at: at(90), detail: "to group orders: refund | late\nsoon"),
            ContactEvent(contactId: 3, kind: .taken, agent: "bo", at: at(120)),
            ContactEvent(contactId: 3, kind: .completed, agent: "bo", at: at(200)),
        ])
        XCTAssertEqual(lines.last, "1800000090|3|phone|ana|TRANSFER|orders|frontline|30|60|1", "nothing after the transfer")
        XCTAssertEqual(lines.count, 3)
    }

    func testAnAgentsDayIsOneLinePerQueueForEachChange() {
        let lines = text([], states: [
            AgentStateLogEntry(agent: "ana", presence: .available, at: at(0), byAgent: "ana"),
            AgentStateLogEntry(agent: "ana", presence: .away, reason: .lunch, at: at(60), byAgent: "ana"),
            AgentStateLogEntry(agent: "ana", presence: .available, at: at(120), byAgent: "ana"),
            AgentStateLogEntry(agent: "ana", presence: .offline, at: at(180), byAgent: "ana"),
        ])
        let queues = Channel.allCases.map(\.rawValue)
        XCTAssertEqual(lines, ["1800000000|NONE|%@|ana|ADDMEMBER|", "1800000060|NONE|%@|ana|PAUSE|lunch",
                               "1800000120|NONE|%@|ana|UNPAUSE|", "1800000180|NONE|%@|ana|REMOVEMEMBER|"]
            .flatMap { line in queues.map { line.replacingOccurrences(of: "%@", with: $0) } })
    }

    func testALineReadsBackAsWritten() throws {
        let line = QueueLog.Line(time: 1_800_000_000, callId: "4.2", queue: "email", agent: "ana", event: "CONNECT", data: ["12", "", "0"])
        XCTAssertEqual(QueueLog.Line(parsing: line.text), line)
        XCTAssertNil(QueueLog.Line(parsing: "not|a|line"))
        XCTAssertNil(QueueLog.Line(parsing: "soon|1|phone|NONE|ENTERQUEUE"))
        let split = QueueLog.Line(time: 1, callId: "1", queue: "phone", agent: "ana", event: "TRANSFER", data: ["a|b\nc"])
        XCTAssertEqual(split.text, "1|1|phone|ana|TRANSFER|a b c", "a field never splits the line")
    }
}
