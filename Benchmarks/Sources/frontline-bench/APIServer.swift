import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Glibc

/// A `frontline serve` for the API benchmarks, on a free loopback port, with an ingest token.
final class ServeUnderTest {
    let pid: pid_t
    let base: String
    let token: String
    let logPath: String

    init(env: BenchEnvironment, database: String, environment: [String: String]) throws {
        token = try Spawn.output(env.frontline, ["tokens", "add", "bench-\(UInt32.random(in: 0...UInt32.max))", "--scope", "admin",
                                                 "--db", database], environment: environment)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        logPath = NSTemporaryDirectory() + "frontline-bench-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).log"
        // The default log level, as a centre runs it: one line per request to stderr.
        pid = try Spawn.start(env.frontline, ["serve", "--listen", "127.0.0.1:0", "--db", database],
                              environment: environment, stderrPath: logPath)
        var found: String?
        for _ in 0..<400 where found == nil {
            usleep(25_000)
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            if let line = log.split(separator: "\n").first(where: { $0.contains("listening on ") }) {
                found = "http://" + String(line.components(separatedBy: "listening on ")[1].split(separator: " ")[0])
            }
        }
        guard let found else { kill(pid, SIGKILL); Spawn.wait(pid); throw BenchError("frontline serve did not listen") }
        base = found
    }

    func stop() {
        kill(pid, SIGTERM)
        Spawn.wait(pid)
        unlink(logPath)
    }
}

/// Blocking JSON requests over URLSession (one connection kept alive per session).
final class APIClient: @unchecked Sendable {
    let base: String
    let token: String
    let session: URLSession

    init(base: String, token: String) {
        self.base = base
        self.token = token
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 1
        session = URLSession(configuration: configuration)
    }

    /// The status and the answer's JSON object; 0 when no answer came.
    func post(_ path: String, _ body: String) -> (status: Int, object: [String: Any]?) {
        var request = URLRequest(url: URL(string: base + path)!, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let done = DispatchSemaphore(value: 0)
        let answer = AnswerBox()
        session.dataTask(with: request) { data, response, _ in
            answer.value = ((response as? HTTPURLResponse)?.statusCode ?? 0,
                            data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] })
            done.signal()
        }.resume()
        done.wait()
        return answer.value
    }
}

/// A request's answer, handed from URLSession's queue to the waiting thread.
final class AnswerBox: @unchecked Sendable {
    var value: (status: Int, object: [String: Any]?) = (0, nil)
}

/// The benchmarks' webhook receiver (Benchmarks/timing_receiver.py): one line per delivery.
final class TimingReceiver {
    let process = Process()
    let logPath: String
    let port: Int

    struct Delivery { var seq: Int64; var contact: Int64?; var at: Date; var arrived: Double }

    init(logPath: String, port: Int = 0) throws {
        self.logPath = logPath
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("timing_receiver.py").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, logPath] + (port == 0 ? [] : [String(port)])
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let chosen = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("the timing receiver did not start: \(line)")
        }
        self.port = chosen
    }

    func deliveries() -> [Delivery] {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return text.split(separator: "\n").compactMap { line in
            let f = line.split(separator: " ")
            guard f.count == 4, let seq = Int64(f[0]), let at = parser.date(from: String(f[2])), let arrived = Double(f[3]) else { return nil }
            return Delivery(seq: seq, contact: Int64(f[1]), at: at, arrived: arrived)
        }
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
