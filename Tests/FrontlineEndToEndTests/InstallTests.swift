import Foundation
import XCTest

/// `scripts/install.sh` puts frontline, its man page and its shell completions under a prefix,
/// the page and the completions written from the command definitions, so they name every command.
final class InstallTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    override class var initArguments: [String]? { nil }

    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private var script: String { Self.repository.appendingPathComponent("scripts/install.sh").path }

    /// Every command a user can type, as paths (`["db", "init"]`), read from the definitions the page and completions come from.
    private func visibleCommands() throws -> [[String]] {
        let dump = try ProcessResult.frontline(["--experimental-dump-help"])
        XCTAssertEqual(dump.status, 0, dump.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            for sub in command["subcommands"] as? [[String: Any]] ?? [] where sub["shouldDisplay"] as? Bool ?? true {
                let name = sub["commandName"] as? String ?? ""
                paths.append(path + [name])
                walk(sub, path + [name])
            }
        }
        walk(try XCTUnwrap(json["command"] as? [String: Any]), [])
        return paths
    }

    func testTheScriptInstallsTheBinaryTheManPageAndCompletionsThatNameEveryCommand() throws {
        let prefix = folder.appendingPathComponent("prefix with space")
        let result = try ProcessResult.run("/bin/sh", [script, "--prefix", prefix.path, "--binary", FrontlineBinary.url.path],
                                           environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("installed \(prefix.path)/bin/frontline"), result.stdout)
        XCTAssertTrue(result.stdout.contains("is not on your PATH"), "says how to reach it: \(result.stdout)")
        let installed = prefix.appendingPathComponent("bin/frontline").path
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: installed))

        // Run from a folder outside the repository: the copy needs nothing beside it.
        let help = try ProcessResult.run(installed, ["--help"], environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertFalse(help.stdout.contains("manual"), "the page's generator is not a command users look for")

        let commands = try visibleCommands()
        XCTAssertGreaterThan(commands.count, 30, "\(commands)")
        XCTAssertTrue(commands.contains(["demo", "score"]) && commands.contains(["db", "init"]), "\(commands)")
        XCTAssertFalse(commands.contains(["manual"]))

        let page = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/frontline.1"), encoding: .utf8)
        XCTAssertTrue(page.contains(".TH FRONTLINE 1 "), page)
        for path in commands {
            XCTAssertTrue(page.contains(".SS \"frontline \(path.joined(separator: " ").replacingOccurrences(of: "-", with: "\\-"))\""),
                          "the man page has no section for frontline \(path.joined(separator: " "))")
        }
        XCTAssertTrue(page.contains("\\fB\\-\\-db\\fR \\fIpath\\fR"), "options with their values")
        XCTAssertFalse(page.split(separator: "\n").contains { $0.hasPrefix(".") && !$0.hasPrefix(".\\\"") && $0.contains("frontline.db") },
                       "no text line starts like a roff request")

        let completions = [("bash", "share/bash-completion/completions/frontline"), ("zsh", "share/zsh/site-functions/_frontline"),
                           ("fish", "share/fish/vendor_completions.d/frontline.fish")]
        for (shell, path) in completions {
            let script = try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8)
            for path in commands where path.count == 1 {
                XCTAssertTrue(script.contains(path[0]), "the \(shell) completion does not offer \(path[0])")
            }
            for nested in ["init", "score", "supervise", "scenario", "theme"] {
                XCTAssertTrue(script.contains(nested), "the \(shell) completion does not offer \(nested)")
            }
            XCTAssertFalse(script.contains("manual"), "the hidden generator is not offered in \(shell)")
        }
    }

    func testTheManPageReadsAsAManPage() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { throw XCTSkip("groff is not installed") }
        let page = folder.appendingPathComponent("frontline.1")
        let result = try ProcessResult.frontline(["manual", "--date", "2026-12-05"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try result.stdout.write(to: page, atomically: true, encoding: .utf8)
        // Plain text: no bold, underline or colour sequences to strip.
        let text = try ProcessResult.run("/usr/bin/groff", ["-man", "-Tutf8", "-ww", "-P-cbou", page.path], environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertEqual(text.stderr, "", "groff warns about nothing")
        let plain = text.stdout
        XCTAssertTrue(plain.contains("frontline customers find"), plain)
        XCTAssertTrue(plain.contains("王小"), "CJK help text survives as written")
        XCTAssertTrue(plain.contains("2026-12-05"))
    }

    func testBadOptionsAreUsageErrorsInOneLine() throws {
        for arguments in [["--bogus"], ["--prefix"], ["--prefix="], ["--binary"]] {
            let result = try ProcessResult.run("/bin/sh", [script] + arguments, environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path])
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("install.sh: "), result.stderr)
        }
        let missing = try ProcessResult.run("/bin/sh", [script, "--prefix", folder.path, "--binary", "/no/such/frontline"],
                                            environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no frontline binary at /no/such/frontline"), missing.stderr)
        let date = try ProcessResult.frontline(["manual", "--date", "tomorrow"])
        XCTAssertEqual(date.status, 64)
    }
}
