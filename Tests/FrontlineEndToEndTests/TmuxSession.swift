import Foundation
import XCTest

/// Runs the real `frontline` binary in a detached tmux session, types into it and reads the screen.
final class TmuxSession {
    let name: String
    private let width: Int
    private let height: Int

    init(command: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        name = "frontline-e2e-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        let env = FrontlineBinary.environment.merging(environment) { $1 }.map { "\($0.key)=\(Self.quote($0.value))" }
            .joined(separator: " ")
        let shellCommand = "env \(env) " + command.map(Self.quote).joined(separator: " ")
        try Self.tmux(["-u", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shellCommand])
        // Keep the pane after the program exits, so a crash can still be read.
        _ = try? Self.tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

    /// Sends keys as tmux names them: "n", "Enter", "Escape", "Tab", "C-s", or literal text with `literal`.
    func send(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", name]) }
    /// The screen with its colours and attributes as SGR escape sequences.
    func styledScreen() throws -> String { try Self.tmux(["capture-pane", "-p", "-e", "-t", name]) }

    /// Waits until the screen shows `text`; fails with the screen printed if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("screen never showed \"\(text)\":\n\(last)", file: file, line: line)
        return last
    }

    /// True once the program in the pane has exited.
    func hasExited() throws -> Bool {
        try Self.tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    static var isAvailable: Bool { (try? run("/usr/bin/env", ["tmux", "-V"])) != nil }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String { try run("/usr/bin/env", ["tmux"] + arguments) }

    /// Runs a program to completion and returns its standard output; a failing exit throws.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let result = try ProcessResult.run(executable, arguments)
        guard result.status == 0 else { throw CommandError(status: result.status, stderr: result.stderr) }
        return result.stdout
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

struct CommandError: Error, CustomStringConvertible {
    var status: Int32
    var stderr: String
    var description: String { "exit \(status): \(stderr)" }
}
