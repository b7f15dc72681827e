import Foundation
import XCTest

/// The console under every kind of terminal an agent may have: it draws, nothing is drawn in a
/// colour that vanishes (black on the terminal's own background, text the colour of its
/// background), terminals without colour get none, and one that cannot address the cursor is
/// told so in one line.
final class TerminalMatrixTests: EndToEndCase {
    override class var initArguments: [String]? { ["--demo"] }

    func testTheConsoleDrawsVisiblyOnEveryTerminal() throws {
        let cases: [(term: String, noColor: Bool, colours: Bool)] = [
            ("xterm-256color", false, true), ("xterm", false, true), ("screen-256color", false, true),
            ("tmux-256color", false, true), ("linux", false, true), ("vt100", false, false), ("xterm-256color", true, false),
        ]
        // Every session stays open to the end: killing the last one stops the tmux server, and the
        // next new-session could race its shutdown ("server exited unexpectedly").
        var sessions: [TmuxSession] = []
        defer { sessions.removeAll() }
        for (term, noColor, colours) in cases {
            let label = "TERM=\(term)" + (noColor ? " NO_COLOR=1" : "")
            // NO_COLOR empty, not absent: the test runner's own NO_COLOR would otherwise reach the console.
            let environment = ["TERM": term, "NO_COLOR": noColor ? "1" : ""]
            let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"), width: 100, height: 30, environment: environment)
            sessions.append(session)
            let screen = try session.waitFor("No one is waiting", timeout: 10)
            XCTAssertTrue(screen.contains("Queue") && screen.contains("Customer") && screen.contains("Frontline"), "\(label):\n\(screen)")
            let styled = try session.styledScreen()
            let cells = StyledCell.parse(styled)
            XCTAssertFalse(cells.isEmpty, label)
            let invisible = cells.filter(\.isInvisible)
            XCTAssertEqual(invisible.count, 0, "\(label): \(invisible.count) characters drawn invisibly, e.g. \(invisible.prefix(5).map(\.description))")
            let coloured = cells.contains { $0.foreground != nil || $0.background != nil }
            XCTAssertEqual(coloured, colours, "\(label): colours \(coloured ? "shown" : "not shown"):\n\(styled.prefix(400).debugDescription)")
            try session.send("q")
            try session.waitFor("Handover note ›")
            try session.send("Enter")
            let deadline = Date().addingTimeInterval(5)
            while try !session.hasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        }
    }

    /// Run under `script`, which gives the console a terminal of its own.
    func testATerminalWithoutCursorAddressingIsToldSoInOneLine() throws {
        let command = frontline.consoleCommand(agent: "mina").map(TmuxSession.quote).joined(separator: " ")
        var environment = ProcessInfo.processInfo.environment.merging(FrontlineBinary.environment) { $1 }
        environment["TERM"] = "dumb"
        let result = try ProcessResult.run("/usr/bin/script", ["-qec", command, "/dev/null"], environment: environment)
        XCTAssertEqual(result.status, 1, result.stdout)
        let lines = result.stdout.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertEqual(lines.count, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("cannot show the console") && result.stdout.contains("TERM=dumb"), result.stdout)
    }
}

/// One visible character of a captured screen with the colours it was drawn in (nil: the terminal's own).
struct StyledCell: CustomStringConvertible {
    var character: Character
    var foreground: Int?
    var background: Int?
    var reverse: Bool

    var description: String { "\"\(character)\" fg \(foreground.map(String.init) ?? "default") bg \(background.map(String.init) ?? "default")\(reverse ? " reverse" : "")" }

    /// Black or grey-black text on the terminal's own background, or text the colour of its background.
    var isInvisible: Bool {
        guard !character.isWhitespace else { return false }
        let (fg, bg) = reverse ? (background, foreground) : (foreground, background)
        if let fg, let bg { return fg == bg || (fg < 16 && bg < 16 && fg % 8 == bg % 8) }
        if fg == 0, bg == nil { return true }
        return false
    }

    /// Reads `tmux capture-pane -e` output: SGR sequences and the characters they colour.
    static func parse(_ text: String) -> [StyledCell] {
        var cells: [StyledCell] = []
        var fg: Int?, bg: Int?, reverse = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}", scalars.first == "[" {
                scalars.removeFirst()
                var body = ""
                while let next = scalars.popFirst(), !("@"..."~").contains(next) { body.unicodeScalars.append(next) }
                var params = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                if params.isEmpty { params = [0] }
                while let p = params.popFirst() {
                    switch p {
                    case 0: fg = nil; bg = nil; reverse = false
                    case 7: reverse = true
                    case 27: reverse = false
                    case 30...37: fg = p - 30
                    case 39: fg = nil
                    case 40...47: bg = p - 40
                    case 49: bg = nil
                    case 90...97: fg = p - 90 + 8
                    case 100...107: bg = p - 100 + 8
                    case 38, 48:
                        if params.first == 5 { params.removeFirst(); let n = params.popFirst(); if p == 38 { fg = n } else { bg = n } }
                        else if params.first == 2 { params.removeFirst(); params = params.dropFirst(3); if p == 38 { fg = 255 } else { bg = 254 } }
                    default: break
                    }
                }
                continue
            }
            if scalar == "\n" { continue }
            cells.append(StyledCell(character: Character(scalar), foreground: fg, background: bg, reverse: reverse))
        }
        return cells
    }
}
