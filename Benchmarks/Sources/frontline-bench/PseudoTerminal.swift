import Foundation
import Glibc

/// A program running on a pseudo-terminal of its own, as if in a terminal window of the
/// given size. Everything it draws is read (and kept, with when each chunk arrived), so it
/// never blocks on a full terminal and its first frame can be timed.
final class PseudoTerminal {
    let pid: pid_t
    let started: Double
    private let master: Int32
    private let lock = NSLock()
    private var output: [UInt8] = []
    /// (bytes read so far, when) after each read.
    private var arrivals: [(end: Int, at: Double)] = []
    private var reader: Thread?

    init(_ executable: String, _ arguments: [String], environment: [String: String], width: Int = 120, height: Int = 40) throws {
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        let slave = String(cString: name)
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        // In a new session, opening the terminal makes it the controlling one, as a login shell's is.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Spawn.setSessionFlag)
        started = monotonic()
        pid = try Spawn.spawn(executable, arguments, environment: environment, actions: &actions, attributes: &attributes)
        let thread = Thread { [weak self] in self?.readUntilClosed() }
        reader = thread
        thread.start()
    }

    private func readUntilClosed() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }   // EIO once the program has exited
            let now = monotonic()
            lock.withLock {
                output.append(contentsOf: buffer[0..<count])
                arrivals.append((output.count, now))
            }
        }
    }

    /// Waits until `marker` has been drawn (after byte `offset`); returns when its last byte arrived.
    func waitFor(_ marker: String, after offset: Int = 0, timeout: Double = 30) -> Double? {
        let needle = Array(marker.utf8)
        let deadline = monotonic() + timeout
        while monotonic() < deadline {
            let found: Double? = lock.withLock {
                guard let end = Self.find(needle, in: output, from: offset) else { return nil }
                return arrivals.first { $0.end >= end }?.at
            }
            if let found { return found }
            usleep(500)
        }
        return nil
    }

    var bytesRead: Int { lock.withLock { output.count } }

    var text: String { lock.withLock { String(decoding: output, as: UTF8.self) } }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Ends the program (SIGTERM, then SIGKILL after two seconds) and waits for it.
    func stop() {
        kill(pid, SIGTERM)
        let deadline = monotonic() + 2
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if monotonic() > deadline { kill(pid, SIGKILL); waitpid(pid, &status, 0); break }
            usleep(10_000)
        }
        close(master)
    }

    /// The end offset of the first occurrence of `needle` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = max(0, from)
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i + needle.count }
            i += 1
        }
        return nil
    }
}

// glibc has these, but Swift's Glibc module leaves them out without _XOPEN_SOURCE.
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ fd: Int32) -> Int32
@_silgen_name("ptsname") private func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>?
