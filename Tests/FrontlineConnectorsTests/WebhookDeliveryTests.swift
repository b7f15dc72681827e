import Foundation
import FrontlineConnectors
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import Logging
import XCTest

/// The worker against a real HTTP receiver on loopback (tests/webhook_receiver.py), a real
/// SQLite file, and a clock the test moves, so retries are checked without waiting for them.
final class WebhookDeliveryTests: XCTestCase {
    var folder: URL!
    var receiver: Process!
    var port = 0
    let secret = "test-secret-0123456789"
    let policy = SLAPolicy.standard
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    final class TestClock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: Date
        init(_ start: Date) { now = start }
        func read() -> Date { lock.withLock { now } }
        func advance(_ seconds: TimeInterval) { lock.withLock { now = now.addingTimeInterval(seconds) } }
    }

    struct Received: Decodable, Equatable {
        var seq: Int64
        var contact_id: Int64?
        var kind: String
        var valid: Bool
        var event_header: String?
        var delivery_header: String?
        var status: Int
    }

    var logPath: String { folder.appendingPathComponent("received.jsonl").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-hooks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("webhook_receiver.py")
        receiver = Process()
        receiver.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        receiver.arguments = ["python3", script.path, secret, logPath]
        let output = Pipe()
        receiver.standardOutput = output
        try receiver.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        port = try XCTUnwrap(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), "receiver printed '\(line)'")
    }

    override func tearDownWithError() throws {
        receiver?.terminate()
        receiver?.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    func received() throws -> [Received] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Received.self, from: Data($0.utf8)) }
    }

    func plan(_ json: String) async throws {
        let response = await URLSessionWebhookSender().post(url: URL(string: "http://127.0.0.1:\(port)/control")!,
                                                            body: Data(json.utf8), headers: [:])
        XCTAssertEqual(response, WebhookResponse.status(204))
    }

    func makeStore() throws -> AppDatabase {
        try AppDatabase.open(path: folder.appendingPathComponent("frontline.db").path)
    }

    func worker(_ store: AppDatabase, clock: TestClock, attempts: Int = 8) -> WebhookWorker {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return WebhookWorker(store: store, sender: URLSessionWebhookSender(timeout: 5), retry: WebhookRetry(maxAttempts: attempts),
                             logger: logger, clock: { clock.read() })
    }

    /// Two chats, each with a second message: four events, seq 1...4, contacts 1, 2, 1, 2.
    func twoChats(_ store: AppDatabase) throws {
        let a = try store.receive(InboundContact(channel: .chat, from: "a@example.com", text: "one"), policy: policy, at: t0)
        let b = try store.receive(InboundContact(channel: .chat, from: "b@example.com", text: "two"), policy: policy, at: t0)
        _ = try store.receive(InboundMessage(contactId: a.contactId, text: "a again"), policy: policy, at: t0)
        _ = try store.receive(InboundMessage(contactId: b.contactId, text: "b again"), policy: policy, at: t0)
    }

    func testEveryEventArrivesSignedWithItsHeaders() async throws {
        let store = try makeStore()
        let hook = try store.addWebhook(url: "http://127.0.0.1:\(port)/hook", kinds: nil, secret: secret, at: t0)
        try twoChats(store)
        let delivered = try await worker(store, clock: TestClock(t0)).deliverDue()
        XCTAssertEqual(delivered, 4)
        let got = try received()
        XCTAssertEqual(got.map(\.seq).sorted(), [1, 2, 3, 4])
        XCTAssertTrue(got.allSatisfy(\.valid), "the receiver's own HMAC agrees: \(got)")
        XCTAssertEqual(got.first { $0.seq == 1 }?.event_header, "contact-created")
        XCTAssertEqual(got.first { $0.seq == 3 }?.delivery_header, "\(hook.id)-3")
        let status = try XCTUnwrap(try store.webhookStatuses().first)
        XCTAssertEqual(status.lastDeliveredSequence, 4)
        XCTAssertEqual(status.pending, 0)
        XCTAssertEqual(try store.webhookTrouble(), WebhookTrouble())
    }

    func testAFailingContactWaitsWhileOthersFlowAndRetriesWithBackoff() async throws {
        let store = try makeStore()
        _ = try store.addWebhook(url: "http://127.0.0.1:\(port)/hook", kinds: nil, secret: secret, at: t0)
        try await plan(#"{"fail_seqs": {"1": 2}}"#)   // contact 1's first event fails twice
        try twoChats(store)
        let clock = TestClock(t0)
        let worker = worker(store, clock: clock)
        try await worker.deliverDue()
        XCTAssertEqual(try received().filter { $0.status == 200 }.map(\.seq), [2, 4], "contact 2 flows; contact 1 waits behind seq 1")
        XCTAssertEqual(try store.webhookTrouble().failingWebhooks, 1)
        // Nothing more before the backoff is over...
        try await worker.deliverDue()
        XCTAssertEqual(try received().count, 3)
        // ...1 s (with jitter, at most 1 s) later, once more and failing; 2 s after that it goes.
        clock.advance(1.01)
        try await worker.deliverDue()
        clock.advance(2.01)
        try await worker.deliverDue()
        let got = try received()
        XCTAssertEqual(got.filter { $0.seq == 1 }.map(\.status), [500, 500, 200])
        XCTAssertEqual(got.filter { $0.contact_id == 1 && $0.status == 200 }.map(\.seq), [1, 3], "in order per contact")
        XCTAssertEqual(try store.webhookTrouble(), WebhookTrouble())
    }

    /// After an outage the backlog waits no contact's backoff: the first retry that gets through
    /// makes the webhook's other waiting deliveries due, and they go in the same round, in order.
    func testARetryThatGetsThroughBringsTheBacklogForward() async throws {
        let store = try makeStore()
        _ = try store.addWebhook(url: "http://127.0.0.1:\(port)/hook", kinds: nil, secret: secret, at: t0)
        try await plan(#"{"fail_all": true}"#)
        try twoChats(store)
        let clock = TestClock(t0)
        let worker = worker(store, clock: clock)
        for _ in 0..<3 {   // contacts 1 and 2 fail three times: their next try is 2-4 s away
            try await worker.deliverDue()
            clock.advance(4.01)
        }
        // A third chat fails once: its next try is at most 1 s away.
        let third = try store.receive(InboundContact(channel: .chat, from: "c@example.com", text: "three"), policy: policy, at: clock.read())
        try await worker.deliverDue()
        try await plan(#"{"fail_all": false}"#)
        clock.advance(1.01)
        try await worker.deliverDue()
        let delivered = try received().filter { $0.status == 200 }
        XCTAssertEqual(delivered.map(\.seq).sorted(), [1, 2, 3, 4, 5], "all in the round the third chat's retry got through")
        XCTAssertEqual(delivered.first?.contact_id, third.contactId)
        for contact in [1, 2] as [Int64] {
            XCTAssertEqual(delivered.filter { $0.contact_id == contact }.map(\.seq), [contact, contact + 2], "in order per contact")
        }
        XCTAssertEqual(try store.webhookStatuses().first?.pending, 0)
    }

    /// Two workers on one database (two `serve`s, or `serve` and `webhooks run`): one holds the
    /// lease and delivers, the other stands by; when the first stops, the second delivers.
    func testTwoWorkersNeverDeliverAtOnceAndTheSecondTakesOver() async throws {
        let path = folder.appendingPathComponent("frontline.db").path
        let first = try AppDatabase.open(path: path), second = try AppDatabase.open(path: path)
        _ = try first.addWebhook(url: "http://127.0.0.1:\(port)/hook", kinds: nil, secret: secret, at: t0)
        let sender = PostTally()
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let a = WebhookWorker(store: first, sender: sender.sender("a"), logger: logger, lease: 1)
        let b = WebhookWorker(store: second, sender: sender.sender("b"), logger: logger, lease: 1)
        let stopA = TestWakeup(), stopB = TestWakeup()
        let runA = Task { await a.run(wakeup: stopA) }
        try await Task.sleep(nanoseconds: 200_000_000)
        let runB = Task { await b.run(wakeup: stopB) }
        for index in 0..<20 {
            _ = try first.receive(InboundContact(channel: .chat, from: "c\(index)@example.com", text: "hi"), policy: policy, at: Date())
        }
        try await waitUntil { sender.posts.count >= 20 }
        XCTAssertEqual(Set(sender.posts.map(\.worker)), ["a"], "only the lease holder delivers")
        stopA.stop()
        await runA.value
        for index in 20..<30 {
            _ = try second.receive(InboundContact(channel: .chat, from: "c\(index)@example.com", text: "hi"), policy: policy, at: Date())
        }
        try await waitUntil { sender.posts.count >= 30 }
        stopB.stop()
        await runB.value
        XCTAssertEqual(Set(sender.posts.dropFirst(20).map(\.worker)), ["b"], "the second took over")
        XCTAssertEqual(sender.posts.map(\.sequence).sorted(), Array(1...30), "each once")
        XCTAssertEqual(sender.mostAtOnce, 1, "never two posts in flight")
    }

    /// A worker that died (it never let go) is replaced once its lease runs out, not before.
    func testADeadWorkersLeaseRunsOut() throws {
        let store = try makeStore()
        XCTAssertTrue(try store.holdDeliveryLease(holder: "a", for: 15, at: t0))
        XCTAssertFalse(try store.holdDeliveryLease(holder: "b", for: 15, at: t0.addingTimeInterval(14)))
        XCTAssertTrue(try store.holdDeliveryLease(holder: "a", for: 15, at: t0.addingTimeInterval(14)), "renewed")
        XCTAssertFalse(try store.holdDeliveryLease(holder: "b", for: 15, at: t0.addingTimeInterval(28)))
        XCTAssertTrue(try store.holdDeliveryLease(holder: "b", for: 15, at: t0.addingTimeInterval(29.5)), "a stopped renewing")
        XCTAssertFalse(try store.holdDeliveryLease(holder: "a", for: 15, at: t0.addingTimeInterval(30)), "a came back too late")
        try store.releaseDeliveryLease(holder: "a")
        XCTAssertFalse(try store.holdDeliveryLease(holder: "c", for: 15, at: t0.addingTimeInterval(31)), "only its holder lets it go")
        try store.releaseDeliveryLease(holder: "b")
        XCTAssertTrue(try store.holdDeliveryLease(holder: "c", for: 15, at: t0.addingTimeInterval(31)))
    }

    func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = Date().addingTimeInterval(20)
        while !condition() {
            guard Date() < deadline else { return XCTFail("timed out") }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
    }

    func testAfterTheLastAttemptItIsDeadUntilRetried() async throws {
        let store = try makeStore()
        let hook = try store.addWebhook(url: "http://127.0.0.1:\(port)/hook", kinds: [.contactCreated], secret: secret, at: t0)
        try await plan(#"{"fail_all": true}"#)
        _ = try store.receive(InboundContact(channel: .chat, from: "a@example.com", text: "one"), policy: policy, at: t0)
        let clock = TestClock(t0)
        let worker = worker(store, clock: clock, attempts: 3)
        for _ in 0..<5 {
            try await worker.deliverDue()
            clock.advance(700)
        }
        XCTAssertEqual(try received().map(\.status), [500, 500, 500], "three attempts, then parked")
        var status = try XCTUnwrap(try store.webhookStatuses().first)
        XCTAssertEqual(status.dead, 1)
        XCTAssertEqual(status.lastError, "HTTP 500")
        XCTAssertEqual(try store.webhookTrouble().deadDeliveries, 1)

        try await plan(#"{"fail_all": false}"#)
        XCTAssertEqual(try store.retryDeadDeliveries(webhookId: hook.id, at: clock.read()), 1)
        try await worker.deliverDue()
        XCTAssertEqual(try received().map(\.status), [500, 500, 500, 200])
        status = try XCTUnwrap(try store.webhookStatuses().first)
        XCTAssertEqual(status.dead, 0)
        XCTAssertEqual(status.lastDeliveredSequence, 1)
    }

    func testAnUnreachableReceiverIsAFailureNotACrash() async throws {
        let store = try makeStore()
        _ = try store.addWebhook(url: "http://127.0.0.1:1/nothing", kinds: nil, secret: secret, at: t0)
        _ = try store.receive(InboundContact(channel: .chat, from: "a@example.com", text: "one"), policy: policy, at: t0)
        let delivered = try await worker(store, clock: TestClock(t0)).deliverDue()
        XCTAssertEqual(delivered, 0)
        let status = try XCTUnwrap(try store.webhookStatuses().first)
        XCTAssertEqual(status.failing, 1)
        XCTAssertNotNil(status.lastError)
    }

    func testSignatureRoundTripAndTampering() {
        let body = Data(#"{"seq":1}"#.utf8)
        let header = WebhookSignature.header(body: body, secret: secret, at: t0)
        XCTAssertTrue(header.hasPrefix("t=1790000000,v1="))
        XCTAssertTrue(WebhookSignature.verify(header: header, body: body, secret: secret))
        XCTAssertFalse(WebhookSignature.verify(header: header, body: Data(#"{"seq":2}"#.utf8), secret: secret))
        XCTAssertFalse(WebhookSignature.verify(header: header, body: body, secret: "another-secret-xxxxx"))
        XCTAssertFalse(WebhookSignature.verify(header: "t=1790000001" + header.dropFirst(12), body: body, secret: secret))
    }
}

/// Records which worker posted what, and how many posts were in flight at once (each takes 10 ms).
final class PostTally: @unchecked Sendable {
    private let lock = NSLock()
    private var inFlight = 0
    private var most = 0
    private var sent: [(worker: String, sequence: Int64)] = []
    var posts: [(worker: String, sequence: Int64)] { lock.withLock { sent } }
    var mostAtOnce: Int { lock.withLock { most } }

    func sender(_ worker: String) -> some WebhookSender { TallyingSender(worker: worker, tally: self) }

    fileprivate func post(_ worker: String, headers: [String: String]) async -> WebhookResponse {
        lock.withLock { inFlight += 1; most = max(most, inFlight) }
        try? await Task.sleep(nanoseconds: 10_000_000)
        lock.withLock {
            inFlight -= 1
            sent.append((worker, Int64(headers["X-Frontline-Sequence"] ?? "") ?? 0))
        }
        return .status(200)
    }
}

private struct TallyingSender: WebhookSender {
    let worker: String
    let tally: PostTally
    func post(url: URL, body: Data, headers: [String: String]) async -> WebhookResponse { await tally.post(worker, headers: headers) }
}

/// A wakeup the test stops; otherwise a short sleep.
final class TestWakeup: WorkerWakeup, @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    func stop() { lock.withLock { stopped = true } }
    func wait(upTo seconds: TimeInterval) async -> Bool {
        try? await Task.sleep(nanoseconds: UInt64(min(seconds, 0.05) * 1_000_000_000))
        return lock.withLock { !stopped }
    }
}
