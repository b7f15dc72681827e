import Foundation
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

/// Blocking JSON requests over one kept-alive HTTP/1.1 connection on a plain socket. Not
/// URLSession: on these two shared cores its threads and libcurl cost a third of the server's
/// CPU, which the server under test then did not get.
final class APIClient: @unchecked Sendable {
    let base: String
    let token: String
    private let host: String
    private let port: UInt16
    private var socket: Int32 = -1
    private var received: [UInt8] = []

    init(base: String, token: String) {
        self.base = base
        self.token = token
        let authority = base.replacingOccurrences(of: "http://", with: "").split(separator: "/")[0]
        let parts = authority.split(separator: ":")
        host = String(parts[0])
        port = UInt16(parts.count > 1 ? String(parts[1]) : "80") ?? 80
    }

    deinit { if socket >= 0 { close(socket) } }

    /// The status and the answer's JSON object; 0 when no answer came. A connection the server
    /// closed is opened again once.
    func post(_ path: String, _ body: String) -> (status: Int, object: [String: Any]?) {
        for _ in 0..<2 {
            if socket < 0 { connectSocket() }
            guard socket >= 0 else { return (0, nil) }
            let bodyBytes = Array(body.utf8)
            let head = "POST \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nAuthorization: Bearer \(token)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(bodyBytes.count)\r\n\r\n"
            if sendAll(Array(head.utf8) + bodyBytes), let answer = readAnswer() {
                return (answer.status, try? JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
            }
            close(socket)
            socket = -1
            received = []
        }
        return (0, nil)
    }

    private func connectSocket() {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); return }
        socket = fd
    }

    private func sendAll(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return false }
            sent += n
        }
        return true
    }

    /// More bytes from the connection; false when it closed or timed out.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let n = recv(socket, &chunk, chunk.count, 0)
        guard n > 0 else { return false }
        received += chunk[0..<n]
        return true
    }

    /// One answer: its status line and body (Content-Length or chunked).
    private func readAnswer() -> (status: Int, body: [UInt8])? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = received.firstRange(of: separator)?.upperBound
            if headEnd == nil, !fill() { return nil }
        }
        let head = String(decoding: received[..<headEnd!], as: UTF8.self).lowercased()
        received.removeFirst(headEnd!)
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, statusLine.split(separator: " ").count > 1,
              let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
        func header(_ name: String) -> String? {
            lines.dropFirst().first { $0.hasPrefix(name + ":") }.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        }
        if header("transfer-encoding") == "chunked" {
            var body: [UInt8] = []
            while true {
                var lineEnd = received.firstRange(of: Array("\r\n".utf8))
                while lineEnd == nil { guard fill() else { return nil }; lineEnd = received.firstRange(of: Array("\r\n".utf8)) }
                let size = Int(String(decoding: received[..<lineEnd!.lowerBound], as: UTF8.self), radix: 16) ?? 0
                received.removeFirst(lineEnd!.upperBound)
                while received.count < size + 2 { guard fill() else { return nil } }
                body += received[0..<size]
                received.removeFirst(size + 2)
                if size == 0 { return (status, body) }
            }
        }
        let length = Int(header("content-length") ?? "0") ?? 0
        while received.count < length { guard fill() else { return nil } }
        let body = Array(received[0..<length])
        received.removeFirst(length)
        return (status, body)
    }
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
