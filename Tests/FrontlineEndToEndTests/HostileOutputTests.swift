import Foundation
import XCTest

/// Every command that prints customer or agent text, run on a pseudo-terminal (`script`)
/// against a database full of the hostile corpus: what reaches the terminal holds no escape
/// sequence, C1 control or bidi control, in tables, plain lines, JSON and error messages.
final class HostileOutputTests: EndToEndCase {
    override class var initArguments: [String]? { ["--demo"] }
    override class var needsTmux: Bool { false }

    func testNoCommandPassesHostileTextToTheTerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("script(1) is not installed") }
        for (index, text) in HostileCorpus.all.enumerated() {
            let text = text.replacingOccurrences(of: "\u{0}", with: "")   // no argument can hold NUL
            try frontline.run("enqueue", "--channel", "chat", "--from", "zz\(index)@example.com", "--name=zz\(index) " + text, "--text=zz " + text)
        }
        // Where a later check refuses such values on the way in, what got in is still checked.
        for (index, text) in HostileCorpus.escapes.prefix(6).enumerated() {
            _ = try frontline.result("agents", "add", "evil\(index)", "--display-name=" + text)
        }
        let hostile = (HostileCorpus.escapes.joined() + HostileCorpus.bidi.joined()).replacingOccurrences(of: "\u{0}", with: "")
        _ = try frontline.result("complaint", "step", "1", "--agent", "emma", "edit", "--paraphrase=" + hostile, "--cause=" + hostile)
        _ = try frontline.result("note", "--contact", "1", "--agent", "emma", hostile)
        _ = try frontline.result("say", "--contact", "1", hostile)

        let commands: [[String]] = [
            ["queue"], ["queue", "--json"],
            ["customers", "find", "zz", "--limit", "200"], ["customers", "find", "zz", "--limit", "200", "--json"],
            ["customers", "find", "Mallory"], ["customers", "find", "Mallory", "--json"],
            ["agents", "list"], ["agents"],
            ["complaints"], ["complaints", "--json"], ["complaint", "show", "1"], ["complaint", "show", "1", "--json"],
            ["stats"], ["stats", "--json"], ["complaints", "stats"], ["complaints", "stats", "--format", "csv"],
            ["complaints", "stats", "--format", "json"],
            // Errors that echo what they were given.
            ["customers", "find", hostile, "--limit", "0"], ["say", "--contact", "99999", hostile],
            ["enqueue", "--channel", hostile, "--from", "x"],
        ]
        for command in commands {
            let output = try onPseudoTerminal(command)
            XCTAssertFalse(output.isEmpty, "\(command) printed something")
            let lines = output.replacingOccurrences(of: "\r\n", with: "\n")
            let bad = lines.unicodeScalars.filter(HostileCorpus.forbidden)
            XCTAssertTrue(bad.isEmpty, "\(command) let through \(bad.map { String($0.value, radix: 16) }):\n\(output.prefix(600))")
        }
    }

    /// What `frontline ARGUMENTS --db ...` writes to a pseudo-terminal (stdout and stderr).
    private func onPseudoTerminal(_ arguments: [String]) throws -> String {
        let line = ([FrontlineBinary.url.path] + arguments + ["--db", frontline.databasePath]).map(Self.quoted).joined(separator: " ")
        var env = ProcessInfo.processInfo.environment
        env["FRONTLINE_DB"] = nil
        env.merge(FrontlineBinary.environment) { $1 }
        env["TERM"] = "xterm-256color"
        let result = try ProcessResult.run("/usr/bin/script", ["-qfec", line, "/dev/null"], environment: env)
        return result.stdout
    }

    private static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
