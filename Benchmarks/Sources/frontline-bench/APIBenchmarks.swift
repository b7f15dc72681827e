import Foundation
import Glibc

/// The HTTP API and the webhook worker of `frontline serve`, measured from outside: contacts
/// posted by client threads over loopback, consoles on terminals, a Python webhook receiver.
struct APIBenchmarks {
    let env: BenchEnvironment

    static let clients = 16
    static let consoles = 10

    /// One ingest body: every tenth a second message on one of this client's contacts; the rest
    /// new chats and e-mails (the mix of the `ingest` benchmark).
    static func body(_ i: Int, client: Int, contacts: [Int64]) -> (path: String, body: String) {
        let key = "\(client)-\(i)"
        if i % 10 == 9, let contact = contacts.last {
            return ("/v1/contacts/\(contact)/messages", #"{"text":"any news?","external_id":"m-\#(key)"}"#)
        }
        if i % 3 == 0 {
            return ("/v1/contacts", #"{"channel":"email","from":"c\#(key)@example.com","name":"Customer \#(key)","text":"Where is my order?","external_id":"e-\#(key)","email":{"message_id":"<\#(key)@mail.example>","subject":"Order"}}"#)
        }
        return ("/v1/contacts", #"{"channel":"chat","from":"c\#(key)@example.com","text":"hello","external_id":"w-\#(key)"}"#)
    }

    /// Contacts and messages through the API with 10 consoles open on the same file; meanwhile a
    /// probe contact every ~0.7 s is timed from its request to its name on every console.
    func ingest(total: Int, probes: Int) throws -> [Finding] {
        let floor = try SharedFloor(env: env, name: "api-floor", consoles: Self.consoles, waiting: 0)
        let fleet = try ConsoleFleet(frontline: env.frontline, floor: floor, count: Self.consoles)
        let server = try ServeUnderTest(env: env, database: floor.database, environment: floor.environment)
        // A console keeps its selected row centred. Selected first, this chat keeps the top of the
        // queue (where each probe lands) in view; were an e-mail selected, the chats arriving
        // ahead of it (sooner deadlines) would scroll the top away.
        let first = APIClient(base: server.base, token: server.token)
            .post("/v1/contacts", #"{"channel":"chat","from":"first@example.com","text":"hello","external_id":"first"}"#)
        guard first.status == 201 else { throw BenchError("the first chat was refused: \(first.status)") }
        sleepSeconds(3)

        log("\(total) contacts and messages by \(Self.clients) clients, \(probes) probes timed to \(Self.consoles) consoles")
        let load = Load.now()
        let failures = Counter()
        let started = monotonic()
        let group = Self.postAll(total: total, server: server, failures: failures)
        // Probes while the clients run: an old-looking urgent call sorts to the top of every queue.
        let probeAPI = APIClient(base: server.base, token: server.token)
        var latencies: [Double] = [], missed = 0, probesSent = 0
        let runId = Int(Date().timeIntervalSince1970) % 100
        let arrived = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-7_200))
        for index in 0..<probes {
            if group.wait(timeout: .now()) == .success { break }
            let name = Self.probeName(index)
            let offsets = fleet.terminals.map(\.bytesRead)
            let sent = monotonic()
            let answer = probeAPI.post("/v1/contacts", #"{"channel":"phone","from":"+1 202-555-09\#(String(format: "%02d", index))","name":"\#(name)","priority":"urgent","arrived_at":"\#(arrived)","external_id":"probe-\#(runId)-\#(index)"}"#)
            guard let id = (answer.object?["contact_id"] as? NSNumber)?.int64Value else { throw BenchError("probe refused: \(answer.status) \(answer.object ?? [:])") }
            probesSent += 1
            let deadline = monotonic() + 5
            for (terminal, offset) in zip(fleet.terminals, offsets) {
                if let shown = terminal.waitFor(name, after: offset, timeout: max(0, deadline - monotonic())) { latencies.append(shown - sent) } else { missed += 1 }
            }
            if missed > 0, index == 0, ProcessInfo.processInfo.environment["BENCH_DEBUG"] != nil {
                log("first probe missed; a console's last output:\n" + String(fleet.terminals[0].text.suffix(1500)).unicodeScalars
                    .map { $0.value < 32 && $0 != "\n" ? "^" : String($0) }.joined())
            }
            _ = probeAPI.post("/v1/contacts/\(id)/abandon", "{}")
            sleepSeconds(Double.random(in: 0.3...0.9))
        }
        group.wait()
        let seconds = monotonic() - started
        let rate = Double(total) / seconds
        let locks = fleet.lockMessages()
        let sample = Sample(latencies)
        let worst = missed > 0 ? Double.infinity : sample.max
        server.stop()
        fleet.stop()
        let alone = try aloneRate(total: total)
        return [
            Finding(what: "ingest through the API: \(total) contacts and messages (\(Self.clients) clients, keep-alive, an outbox event each; requests that wait share a transaction) with \(Self.consoles) consoles open",
                    measured: String(format: "%.0f/s (%.1f s%@); load %@", rate, seconds, failures.value > 0 ? ", \(failures.value) refused" : "", "\(load)"),
                    target: "≥ 1,000 contacts+messages/s", ratioToTarget: 1_000 / rate,
                    peer: String(format: "the same with no console open: %.0f/s", alone), ratioToPeer: alone / rate,
                    holdsOverride: failures.value == 0 ? nil : false),
            Finding(what: "a new contact through the API during that ingest to its name on every console's screen, \(Self.consoles) consoles",
                    measured: "median \(Format.ms(sample.median)), p95 \(Format.ms(sample.percentile(95))), max \(Format.ms(sample.max)) over \(sample.count) screens (\(probesSent) probes × \(Self.consoles))"
                        + (missed > 0 ? ", \(missed) never shown within 5 s" : "") + (locks.isEmpty ? "" : "; locked/busy: \(locks.count)"),
                    target: "≤ 1 s on every screen (max)", ratioToTarget: worst / 1.0),
        ]
    }

    /// A probe's name differs from the one before in every cell (curses redraws only changed
    /// cells, so a shared letter would split the name on the wire), in capitals no queued name has.
    static func probeName(_ index: Int) -> String {
        let letters = Array("QXZKVYPU")
        return String((0..<letters.count).map { letters[(index + $0) % letters.count] })
    }

    /// Starts the clients: each posts its share of `total`, one request at a time.
    static func postAll(total: Int, server: ServeUnderTest, failures: Counter) -> DispatchGroup {
        let group = DispatchGroup()
        for client in 0..<clients {
            group.enter()
            Thread.detachNewThread {
                let api = APIClient(base: server.base, token: server.token)
                var contacts: [Int64] = []
                for i in stride(from: client, to: total, by: clients) {
                    let request = body(i / clients, client: client, contacts: contacts)
                    let answer = api.post(request.path, request.body)
                    if !(200..<300).contains(answer.status) { failures.add() }
                    if request.path == "/v1/contacts", let id = (answer.object?["contact_id"] as? NSNumber)?.int64Value { contacts.append(id) }
                }
                group.leave()
            }
        }
        return group
    }

    /// The same load on a fresh database with no console open: what the server and the store
    /// manage alone, the floor the consoles' share is read against.
    func aloneRate(total: Int) throws -> Double {
        let folder = NSTemporaryDirectory() + "frontline-bench-api-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/frontline.db"
        _ = try Spawn.output(env.frontline, ["db", "init", "--db", database], environment: env.environment)
        let server = try ServeUnderTest(env: env, database: database, environment: env.environment)
        defer { server.stop() }
        log("the same \(total) with no console open")
        let started = monotonic()
        Self.postAll(total: total, server: server, failures: Counter()).wait()
        return Double(total) / (monotonic() - started)
    }

    /// Contacts posted at `rate` a second for `seconds`; the worker in `serve` delivers each
    /// contact-created event to a local receiver: the time from the event's commit (its `at`) to
    /// its arrival.
    func webhookLatency(rate: Double, seconds: Double) throws -> Finding {
        let folder = NSTemporaryDirectory() + "frontline-bench-hooks-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/frontline.db"
        _ = try Spawn.output(env.frontline, ["db", "init", "--db", database], environment: env.environment)
        let receiver = try TimingReceiver(logPath: folder + "/received.log")
        defer { receiver.stop() }
        _ = try Spawn.output(env.frontline, ["webhooks", "add", "http://127.0.0.1:\(receiver.port)/hook", "--events", "contact-created",
                                             "--db", database], environment: env.environment)
        let server = try ServeUnderTest(env: env, database: database, environment: env.environment)
        defer { server.stop() }
        let api = APIClient(base: server.base, token: server.token)
        let count = Int(rate * seconds)
        log("\(count) contacts at \(Int(rate))/s, each event timed from commit to the receiver")
        let load = Load.now()
        let started = monotonic()
        for i in 0..<count {
            let due = started + Double(i) / rate
            let wait = due - monotonic()
            if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
            let answer = api.post("/v1/contacts", #"{"channel":"chat","from":"h\#(i)@example.com","text":"hello","external_id":"h-\#(i)"}"#)
            guard (200..<300).contains(answer.status) else { throw BenchError("contact refused: \(answer.status)") }
        }
        let deadline = monotonic() + 30
        while receiver.deliveries().count < count, monotonic() < deadline { usleep(100_000) }
        let deliveries = receiver.deliveries()
        let latencies = Sample(deliveries.map { $0.arrived - $0.at.timeIntervalSince1970 })
        let missing = count - Set(deliveries.map(\.seq)).count
        return Finding(what: "webhooks: \(count) contacts through the API at \(Int(rate))/s, commit (the event's `at`) to arrival at a local receiver, worker inside `serve`",
                       measured: "p99 \(Format.ms(latencies.percentile(99))), median \(Format.ms(latencies.median)), max \(Format.ms(latencies.max))"
                           + (missing > 0 ? ", \(missing) not delivered within 30 s" : "") + "; load \(load)",
                       target: "p99 ≤ 250 ms", ratioToTarget: missing > 0 ? .infinity : latencies.percentile(99) / 0.25)
    }

    /// The receiver is down for `downFor` seconds while contacts and messages come in, then up:
    /// every event must arrive, in order per contact; how long the backlog took, and repeats.
    func receiverOutage(downFor: Double, rate: Double) throws -> Finding {
        let folder = NSTemporaryDirectory() + "frontline-bench-outage-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/frontline.db"
        _ = try Spawn.output(env.frontline, ["db", "init", "--db", database], environment: env.environment)
        // A port that was free a moment ago: the receiver comes up on it after the outage.
        let probe = try TimingReceiver(logPath: folder + "/unused.log")
        let port = probe.port
        probe.stop()
        _ = try Spawn.output(env.frontline, ["webhooks", "add", "http://127.0.0.1:\(port)/hook", "--events", "all",
                                             "--db", database], environment: env.environment)
        let server = try ServeUnderTest(env: env, database: database, environment: env.environment)
        defer { server.stop() }
        let api = APIClient(base: server.base, token: server.token)
        log("receiver down for \(Int(downFor)) s while contacts and messages come in at \(Int(rate))/s")
        let started = monotonic()
        var i = 0
        var contacts: [Int64] = []
        while monotonic() - started < downFor {
            let due = started + Double(i) / rate
            if due > monotonic() { usleep(UInt32((due - monotonic()) * 1_000_000)) }
            let request = Self.body(i, client: 0, contacts: contacts)
            let answer = api.post(request.path, request.body)
            if request.path == "/v1/contacts", let id = (answer.object?["contact_id"] as? NSNumber)?.int64Value { contacts.append(id) }
            i += 1
        }
        let events = try Spawn.output(env.frontline, ["events", "--db", database], environment: env.environment)
            .split(separator: "\n").count
        let receiver = try TimingReceiver(logPath: folder + "/received.log", port: port)
        defer { receiver.stop() }
        let up = monotonic()
        let deadline = up + 300
        var deliveries = receiver.deliveries()
        while Set(deliveries.map(\.seq)).count < events, monotonic() < deadline {
            usleep(200_000)
            deliveries = receiver.deliveries()
        }
        let drained = monotonic() - up
        let distinct = Set(deliveries.map(\.seq)).count
        var firstSeen = Set<Int64>(), perContact: [Int64: [Int64]] = [:]
        for delivery in deliveries where firstSeen.insert(delivery.seq).inserted {
            perContact[delivery.contact ?? -1, default: []].append(delivery.seq)
        }
        let outOfOrder = perContact.values.filter { $0 != $0.sorted() }.count
        let holds = distinct == events && outOfOrder == 0
        return Finding(what: "webhooks: receiver down \(Int(downFor)) s while \(i) contacts and messages came in (\(events) events), then up",
                       measured: "\(distinct) of \(events) delivered \(String(format: "%.0f s", drained)) after it came up; "
                           + "\(outOfOrder) contacts out of order; \(deliveries.count - distinct) sent twice",
                       target: "every event, in order per contact", ratioToTarget: .nan, holdsOverride: holds)
    }
}

/// A count shared by threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
