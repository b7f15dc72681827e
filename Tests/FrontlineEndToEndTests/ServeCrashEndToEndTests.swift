import Foundation
import XCTest
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` of `frontline serve` at random moments while connectors post contacts and messages
/// and its worker delivers webhooks, 20 times: every request that was answered 2xx is in the
/// database, and after a restart every event reaches the receiver, in order per contact.
final class ServeCrashEndToEndTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    let secret = "crash-secret-0123456789"

    /// Posts contacts and a second message on each, one request at a time, until told to stop;
    /// remembers the external ids of the requests answered 2xx.
    final class Client: @unchecked Sendable {
        let base: String
        let token: String
        let prefix: String
        private let lock = NSLock()
        private var stopped = false
        private(set) var acknowledgedContacts: [String] = []
        private(set) var acknowledgedMessages: [String] = []
        let finished = DispatchSemaphore(value: 0)

        init(base: String, token: String, prefix: String) {
            self.base = base
            self.token = token
            self.prefix = prefix
        }

        var isStopped: Bool { lock.withLock { stopped } }
        func stop() { lock.withLock { stopped = true } }

        func post(_ path: String, _ body: String) -> (Int, [String: Any]?) {
            var request = URLRequest(url: URL(string: base + path)!, timeoutInterval: 3)
            request.httpMethod = "POST"
            request.httpBody = Data(body.utf8)
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            let done = DispatchSemaphore(value: 0)
            let answer = AnswerBox()
            URLSession.shared.dataTask(with: request) { data, response, _ in
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                answer.value = (status, data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] })
                done.signal()
            }.resume()
            done.wait()
            return answer.value
        }

        func run() {
            var n = 0
            while !isStopped {
                n += 1
                let id = "\(prefix)-\(n)"
                let (status, object) = post("/v1/contacts", #"{"external_id":"\#(id)","channel":"chat","from":"c\#(n)@\#(prefix).example","text":"hello"}"#)
                guard (200..<300).contains(status), let contactId = (object?["contact_id"] as? NSNumber)?.int64Value else { break }
                lock.withLock { acknowledgedContacts.append(id) }
                let (second, _) = post("/v1/contacts/\(contactId)/messages", #"{"external_id":"\#(id)-m","text":"more"}"#)
                guard (200..<300).contains(second) else { break }
                lock.withLock { acknowledgedMessages.append("\(id)-m") }
            }
            finished.signal()
        }
    }

    /// A request's answer, handed from URLSession's queue to the waiting thread.
    final class AnswerBox: @unchecked Sendable {
        var value: (Int, [String: Any]?) = (0, nil)
    }

    func events() throws -> [[String: Any]] {
        try frontline.run("events").split(separator: "\n").map {
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func testKilledTwentyTimesLosesNothingAnsweredAndDeliversEveryEvent() throws {
        let receiver = try WebhookReceiverProcess(secret: secret, logPath: folder.appendingPathComponent("received.jsonl").path)
        defer { receiver.stop() }
        try frontline.run("webhooks", "add", receiver.url, "--events", "all", "--secret", secret)
        let token = try frontline.run("tokens", "add", "load", "--scope", "ingest").trimmingCharacters(in: .whitespacesAndNewlines)
        var generator = SystemRandomNumberGenerator()
        var contacts: [String] = []
        var messages: [String] = []
        for round in 1...20 {
            let server = try startServer("127.0.0.1:0")
            let client = Client(base: server.base, token: token, prefix: "r\(round)")
            Thread.detachNewThread { client.run() }
            usleep(UInt32.random(in: 50_000...600_000, using: &generator))
            XCTAssertEqual(server.stop(SIGKILL), 128 + SIGKILL)
            client.stop()
            client.finished.wait()
            contacts += client.acknowledgedContacts
            messages += client.acknowledgedMessages
        }
        XCTAssertGreaterThan(contacts.count, 20, "the rounds were too short to mean anything")

        let written = try events()
        let createdIds = Set(written.compactMap { ($0["payload"] as? [String: Any])?["external_id"] as? String })
        XCTAssertEqual(Set(contacts).subtracting(createdIds), [], "answered 2xx but not in the database")
        let messageIds = Set(written.compactMap { ($0["payload"] as? [String: Any])?["message_external_id"] as? String })
        XCTAssertEqual(Set(messages).subtracting(messageIds), [], "answered 2xx but not in the database")

        // Restarted, the worker delivers whatever the kills left undelivered.
        let server = try startServer("127.0.0.1:0")
        defer { _ = server.stop(SIGTERM) }
        let everySeq = Set(written.compactMap { ($0["seq"] as? NSNumber)?.int64Value })
        let delivered = try eventually(30) { everySeq.isSubset(of: Set(try receiver.received().map(\.seq))) }
        let undelivered = try everySeq.subtracting(receiver.received().map(\.seq)).sorted()
        XCTAssertTrue(delivered, "undelivered: \(undelivered.prefix(20)) of \(everySeq.count); \(server.log.suffix(2000))")
        // In order per contact: each event is first received after every earlier one of its contact.
        let received = try receiver.received()
        XCTAssertEqual(received.filter { !$0.valid }.count, 0, "a signature did not verify")
        var firstSeen: [Int64: [Int64]] = [:]
        var seen = Set<Int64>()
        for event in received where seen.insert(event.seq).inserted {
            firstSeen[event.contact_id ?? -1, default: []].append(event.seq)
        }
        print("kill -9 × 20: \(contacts.count) contacts and \(messages.count) messages answered 2xx, \(everySeq.count) events, "
              + "\(received.count) deliveries (\(received.count - seen.count) repeated after a kill)")
        for (contact, seqs) in firstSeen {
            XCTAssertEqual(seqs, seqs.sorted(), "contact \(contact)'s events arrived out of order")
        }
    }
}
