import Foundation
import XCTest

/// Exit codes and messages scripts and people can trust: a usage error is 64 with one line
/// naming the option and what it allows, bad data is 65 with one line naming the file and
/// line or the value, and nothing prints a backtrace or a page of usage.
final class ExitCodeTests: EndToEndCase {
    override class var initArguments: [String]? { ["--demo"] }
    override class var needsTmux: Bool { false }

    private func assertOneLine(_ result: ProcessResult, status: Int32, mentions: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, status, result.stderr, file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one line:\n\(result.stderr)", file: file, line: line)
        for word in mentions { XCTAssertTrue(result.stderr.contains(word), "\(word) in \(result.stderr)", file: file, line: line) }
        XCTAssertFalse(result.stderr.contains("Usage:") || result.stderr.contains("Fatal error"), result.stderr, file: file, line: line)
    }

    func testAnUnknownValueIsOneLineNamingTheOptionAndWhatItAllows() throws {
        let result = try frontline.result("enqueue", "--channel", "fax", "--from", "+1 202-555-0100")
        assertOneLine(result, status: 64, mentions: ["--channel", "fax", "phone", "chat", "email", "callback"])
    }

    func testAMisspeltOptionIsNamedWithTheNearestOne() throws {
        let result = try frontline.result("enqueue", "--chanel", "chat", "--from", "+1 202-555-0100")
        assertOneLine(result, status: 64, mentions: ["--chanel", "--channel"])
    }

    func testAMissingArgumentAndANonNumberAreOneLine() throws {
        assertOneLine(try frontline.result("customers", "find"), status: 64, mentions: ["<query>"])
        assertOneLine(try frontline.result("note", "--contact", "x", "--agent", "emma", "hi"), status: 64, mentions: ["--contact", "'x'"])
    }

    func testAComplaintStepWithoutAnActionIsAUsageError() throws {
        let result = try frontline.result("complaint", "step", "1", "--agent", "emma")
        assertOneLine(result, status: 64, mentions: ["judge", "archive"])
        XCTAssertEqual(result.stdout, "", "no help page")
    }

    func testAssigningToAnAgentWhoDoesNotExistIsBadDataAndQueuesNothing() throws {
        let before = try frontline.run("queue", "--json")
        let result = try frontline.result("customers", "assign", "1", "--agent", "no-such-agent")
        assertOneLine(result, status: 65, mentions: ["no-such-agent"])
        XCTAssertEqual(try frontline.run("queue", "--json"), before, "no call-back for nobody")
    }

    func testAConfigThatIsNotUTF8IsBadDataNamingTheFile() throws {
        let path = folder.appendingPathComponent("latin1.toml").path
        FileManager.default.createFile(atPath: path, contents: Data("[sla]\n# caf\u{E9}\n".utf8.map { $0 } .prefix(12) + [0xE9, 0x0A]))
        let result = try frontline.result("queue", "--config", path)
        assertOneLine(result, status: 65, mentions: [path, "UTF-8"])
    }

    func testAMalformedThemeAndAMalformedConfigGiveTheSameCode() throws {
        let path = folder.appendingPathComponent("broken.toml").path
        FileManager.default.createFile(atPath: path, contents: Data("[colors\n".utf8))
        let config = try frontline.result("queue", "--config", path)
        assertOneLine(config, status: 65, mentions: [path + ":1"])
        let theme = try frontline.result("--agent", "emma", "--theme", path)
        assertOneLine(theme, status: 65, mentions: [path + ":1"])
        assertOneLine(try frontline.result("--agent", "emma", "--theme", "no-such-theme"), status: 64, mentions: ["--theme", "light"])
    }

    func testNumbersOutOfRangeAreRefusedWithTheirRangeNeverATrap() throws {
        for rate in ["1e308", "-1e308", "inf", "nan"] {
            assertOneLine(try frontline.result("demo", "--rate", rate), status: 64, mentions: ["--rate", "0 to 60"])
        }
        assertOneLine(try frontline.result("demo", "--speed", "1e308"), status: 64, mentions: ["--speed", "1 to 10"])
        let fresh = folder.appendingPathComponent("big.db").path
        for (option, value) in [("--customers", "99999999999"), ("--contacts", "99999999999"), ("--waiting", "99999999999")] {
            var arguments = ["db", "init", "--db", fresh, "--synthetic", "--customers", "5", "--contacts", "5"]
            if let index = arguments.firstIndex(of: option) { arguments[index + 1] = value } else { arguments += [option, value] }
            assertOneLine(try ProcessResult.frontline(arguments), status: 64, mentions: [option, "out of range"])
        }
        let policy = folder.appendingPathComponent("huge.toml").path
        FileManager.default.createFile(atPath: policy, contents: Data("[timers.pickup]\ntarget = \"99999999999999999999h\"\n".utf8))
        assertOneLine(try ProcessResult.frontline(["sla", "check", policy]), status: 65, mentions: [policy + ":2", "365d"])
        assertOneLine(try frontline.result("queue", "--config", policy), status: 65, mentions: [policy + ":2"])
    }
}
