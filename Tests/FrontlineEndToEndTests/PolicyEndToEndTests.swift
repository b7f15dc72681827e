import Foundation
import FrontlineStore
import XCTest

/// Issue 3 as a new user tries it: a policy file, `frontline sla`, back-dated contacts, and the states they show.
final class PolicyEndToEndTests: EndToEndCase {
    private var configPath: String { folder.appendingPathComponent("config.toml").path }

    /// A centre open around the clock in Shanghai, except yesterday and today, which are holidays:
    /// so a working-time timer started up to a day ago cannot have counted any time, at whatever
    /// hour this test runs (3 hours ago is still yesterday in Shanghai until 03:00 there).
    private func writeConfig() throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd"
        let yesterday = formatter.string(from: Date().addingTimeInterval(-86_400))
        let today = formatter.string(from: Date())
        let config = """
            [calendar]
            time_zone = "Asia/Shanghai"
            holidays = ["\(yesterday)", "\(today)"]

            [calendar.hours]
            mon = ["00:00-12:00", "13:00-24:00"]
            tue = ["00:00-12:00", "13:00-24:00"]
            wed = ["00:00-12:00", "13:00-24:00"]
            thu = ["00:00-12:00", "13:00-24:00"]
            fri = ["00:00-12:00", "13:00-24:00"]
            sat = ["00:00-12:00", "13:00-24:00"]
            sun = ["00:00-12:00", "13:00-24:00"]

            [timers.pickup]
            target = "2m"
            """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        return "\(yesterday), \(today)"
    }

    func testSlaShowsTheFileAndItsLines() throws {
        let holidays = try writeConfig()
        let shown = try ProcessResult.frontline(["sla", "--config", configPath]).stdout
        XCTAssertTrue(shown.contains("Calendar  Asia/Shanghai  (\(configPath):2)"), shown)
        XCTAssertTrue(shown.contains("Holidays  \(holidays)"), shown)
        XCTAssertTrue(shown.contains("  mon  00:00-12:00 13:00-24:00"), shown)
        let pickup = try XCTUnwrap(shown.split(separator: "\n").first { $0.hasPrefix("pickup ") })
        XCTAssertTrue(pickup.contains("2m") && pickup.hasSuffix("\(configPath):15"), String(pickup))
        let chat = try XCTUnwrap(shown.split(separator: "\n").first { $0.hasPrefix("chat-reply ") })
        XCTAssertTrue(chat.hasSuffix("built-in"), String(chat))
        XCTAssertTrue(try ProcessResult.frontline(["sla", "check", configPath]).stdout.contains("ok"))
        XCTAssertTrue(shown.contains("Short abandon  under 5s, left out of SL and SL2  (built-in)"), shown)
        XCTAssertTrue(shown.contains("a wait up to and including the target is in time, as Asterisk counts"), shown)
        try (try String(contentsOfFile: configPath, encoding: .utf8) + "\n[abandon]\nshort = \"0s\"\n")
            .write(toFile: configPath, atomically: true, encoding: .utf8)
        XCTAssertTrue(try ProcessResult.frontline(["sla", "--config", configPath]).stdout
            .contains("Short abandon  off (SL2 is Asterisk's ServicelevelPerf2)"))
    }

    func testAFileWithMistakesIsRefusedWithEachLine() throws {
        try "[timers.pickup]\ntarget = \"soon\"\n\n[calendar]\ntime_zone = \"Mars/Olympus\"\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        let result = try ProcessResult.frontline(["sla", "check", configPath])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("\(configPath):2: target must be a duration"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(configPath):5: time_zone must be a zone name"), result.stderr)
        XCTAssertEqual(try frontline.result("queue", "--config", configPath).status, 65, "no command runs on a broken policy")
        XCTAssertEqual(try frontline.result("queue", "--config", folder.appendingPathComponent("nope.toml").path).status, 64)
    }

    func testBackDatedContactsShowTheRightStates() throws {
        _ = try writeConfig()
        func enqueue(_ arguments: String...) throws -> String {
            try frontline.run(["enqueue"] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let late = try enqueue("--channel", "phone", "--from", "+86 130 0000 0001", "--name", "张伟", "--at", FrontlineBinary.ago(150))
        let close = try enqueue("--channel", "phone", "--from", "+86 130 0000 0002", "--name", "李娜", "--at", FrontlineBinary.ago(100))
        let mail = try enqueue("--channel", "email", "--from", "kim@example.com", "--name", "김지우", "--text", "영수증", "--at",
                               FrontlineBinary.ago(3 * 3600))
        let json = try frontline.run("queue", "--json", "--config", configPath)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ("\($0["id"]!)", $0) })
        XCTAssertEqual(byId[late]?["sla"] as? String, "breached", "150 s against the file's 2-minute target")
        XCTAssertEqual(byId[close]?["sla"] as? String, "warning", "100 s of 120 is past 80%")
        XCTAssertEqual(byId[mail]?["sla"] as? String, "ok")
        XCTAssertEqual(byId[mail]?["seconds_left"] as? Int, 4 * 3600, "a holiday counts no working time")
        XCTAssertEqual(rows.first?["id"] as? Int, Int(late), "most urgent first")

        // The console shows the same, and pausing the email marks its countdown.
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina", extra: ["--config", configPath]))
        let screen = try session.waitFor("김지우")
        XCTAssertTrue(screen.contains("4:00:00"), screen)
        XCTAssertTrue(screen.contains("-0:"), "the late call shows its overrun:\n\(screen)")
        try session.send("k", "k", "k", "j", "j", "Enter")      // the email is the last row: its deadline is latest
        try session.waitFor("Took email")
        try session.send("p")
        try session.waitFor("‖4:00:00")
        try session.send("q")
        try session.send("y")
    }
}
