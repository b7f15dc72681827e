import Foundation
import XCTest

/// An agent keeps the customer file up in the console: a refused value says why and is not
/// saved; a good one is saved, shown in the pane and recorded with who did it.
final class CustomerFileEditEndToEndTests: EndToEndCase {
    func testAnAgentSetsDoNotDisturbHoursInTheConsole() throws {
        _ = try frontline.run("enqueue", "--channel", "phone", "--from", "+86 131 0000 4242", "--name", "周杰")
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "lin"))
        try session.waitFor("周杰")
        try session.send("n")
        try session.waitFor("☎ +86 131 0000 4242")
        try session.send("u")
        try session.waitFor("Name ›")
        for _ in 0..<9 { try session.send("Tab") }
        try session.waitFor("Do not disturb ›")
        try session.type("after ten")
        try session.send("Enter")
        try session.waitFor("Do not disturb not saved")
        try session.send("C-u")
        try session.type("21:00-09:00")
        try session.send("Enter")
        try session.waitFor("Customer file saved: Do not disturb")
        let screen = try session.waitFor("☾ Do not disturb: 21:00-09:00")
        XCTAssertTrue(screen.contains("File history"), screen)

        let shown = try frontline.run("customers", "show", "1")
        XCTAssertTrue(shown.contains("do not disturb  21:00-09:00"), shown)
        XCTAssertTrue(shown.contains("  lin  do-not-disturb: - → 21:00-09:00")
                      || shown.range(of: #"lin \(by [^)]+\)  do-not-disturb: - → 21:00-09:00"#, options: .regularExpression) != nil, shown)
        try session.send("q")
    }
}
