import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The layout property: every screen and overlay of the console and the wallboard, drawn at
/// 80x24, 100x28, 120x40 and 200x60 in English, Chinese and Korean, filled with the longest values
/// the rules allow (names at the limit, five-digit ids, timers from -99 h to +30 days, every
/// state). On every frame: each row is exactly the screen's width, every label is whole or ends in
/// an ellipsis after some of its text, every box's border is straight and whole where nothing
/// was drawn over it later, and no text is drawn over another text of the same frame.
final class LayoutPropertyTests: XCTestCase {
    static let sizes = [(80, 24), (100, 28), (120, 40), (200, 60)]

    // MARK: The property

    func testEveryConsoleScreenAndOverlayKeepsItsLayout() {
        for language in ConsoleLanguage.allCases {
            for (width, height) in Self.sizes {
                for (name, state) in LongestValues.consoleScreens(language, width: width, height: height) {
                    let buffer = ScreenBuffer.$auditsLayout.withValue(true) { ConsoleView.render(state) }
                    Self.check(buffer, "console \(language) \(width)x\(height) \(name)")
                    Self.checkNames(buffer, language, "console \(language) \(width)x\(height) \(name)")
                }
            }
        }
    }

    func testEveryWallboardScreenAndOverlayKeepsItsLayout() {
        for language in ConsoleLanguage.allCases {
            for (width, height) in Self.sizes {
                for (name, state) in LongestValues.wallboardScreens(language, width: width, height: height) {
                    let buffer = ScreenBuffer.$auditsLayout.withValue(true) { WallboardView.render(state) }
                    Self.check(buffer, "wallboard \(language) \(width)x\(height) \(name)")
                    Self.checkNames(buffer, language, "wallboard \(language) \(width)x\(height) \(name)", logins: LongestValues.logins)
                }
            }
        }
    }

    /// Fails with what is wrong with a frame; `context` names it.
    static func check(_ buffer: ScreenBuffer, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let problems = problems(buffer)
        if !problems.isEmpty {
            XCTFail("\(context):\n" + problems.prefix(6).joined(separator: "\n") + "\n" + buffer.lines().joined(separator: "\n"),
                    file: file, line: line)
        }
    }

    /// What is wrong with a frame drawn under `ScreenBuffer.$auditsLayout`, one line each.
    static func problems(_ buffer: ScreenBuffer) -> [String] {
        guard let audit = buffer.audit else { return ["no audit: draw it under ScreenBuffer.$auditsLayout"] }
        let lines = buffer.lines()
        var problems: [String] = []
        for (y, text) in lines.enumerated() where DisplayWidth.of(text) != buffer.width {
            problems.append("row \(y) is \(DisplayWidth.of(text)) columns wide: \(text)")
        }
        // Whole or cut with an ellipsis, and a cut keeps enough to read.
        for cut in audit.cuts {
            let kept = DisplayWidth.of(cut.shown) - (cut.shown.hasSuffix("…") ? 1 : 0)
            if !cut.shown.hasSuffix("…") { problems.append("cut without an ellipsis at \(cut.x),\(cut.y): \(cut.text) → \(cut.shown)") }
            if kept < 3, DisplayWidth.of(cut.text.trimmingCharacters(in: .whitespaces)) > 3 {
                problems.append("cut to almost nothing at \(cut.x),\(cut.y): \(cut.text) → \(cut.shown)")
            }
        }
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where buffer[x, y].text == "…" {
                // The label ends here; it starts after two spaces, a border or another cut label.
                var run = 0, column = x - 1
                while column >= 0 {
                    let cell = buffer[column, y].text
                    if isBoxLine(cell) || cell == "…" || (cell == " " && (column == 0 || buffer[column - 1, y].text == " ")) { break }
                    run += 1
                    column -= 1
                }
                // Beside the right edge of a box drawn over it, the ellipsis is the visible end of a label the box hides.
                if column >= 0, isBoxLine(buffer[column, y].text),
                   !audit.boxes.contains(where: { $0.x == column && $0.y < y && y < $0.maxY - 1 && x < $0.maxX }) { continue }
                if run < 3 { problems.append("label shrunk to \(run) column(s) at \(x),\(y): \(lines[y])") }
            }
        }
        // Straight, whole borders: a box's edge cells hold its lines unless a later box lies over them.
        for (index, box) in audit.boxes.enumerated() {
            let later = audit.boxes.dropFirst(index + 1)
            func expect(_ x: Int, _ y: Int, _ glyphs: Set<String>) {
                guard x >= 0, y >= 0, x < buffer.width, y < buffer.height,
                      !later.contains(where: { $0.x <= x && x < $0.maxX && $0.y <= y && y < $0.maxY }) else { return }
                if !glyphs.contains(buffer[x, y].text) {
                    problems.append("border of \(box) broken at \(x),\(y) by \"\(buffer[x, y].text)\": \(lines[y])")
                }
            }
            expect(box.x, box.y, ["┌"])
            expect(box.maxX - 1, box.y, ["┐"])
            expect(box.x, box.maxY - 1, ["└"])
            expect(box.maxX - 1, box.maxY - 1, ["┘"])
            for y in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
                expect(box.x, y, ["│"])
                expect(box.maxX - 1, y, ["│"])
            }
            for x in (box.x + 1)..<max(box.x + 1, box.maxX - 1) { expect(x, box.maxY - 1, ["─"]) }
        }
        for overwrite in audit.overwrites.prefix(3) {
            problems.append("\"\(overwrite.now)\" of \"\(overwrite.by)\" drawn over \"\(overwrite.was)\" at \(overwrite.x),\(overwrite.y): "
                            + lines[overwrite.y])
        }
        return problems
    }

    /// No stored name reaches the screen: states, categories, statuses and fields are said in the
    /// screen's language (in English too, `solution proposed`, not `solution-proposed`), and agents
    /// by the names everything else uses (`logins` must not show).
    static func checkNames(_ buffer: ScreenBuffer, _ language: ConsoleLanguage, _ context: String, logins: [String] = [],
                           file: StaticString = #filePath, line: UInt = #line) {
        let screen = buffer.lines().joined(separator: "\n")
        let words = Set(screen.split { !($0.isLetter || $0 == "-" || $0 == "_") }.map(String.init))
        var stored = ComplaintState.allCases.map(\.rawValue) + ComplaintCategory.allCases.map(\.rawValue)
            + AgentPresence.allCases.map(\.rawValue) + AwayReason.allCases.map(\.rawValue)
            + ["paraphrase_confirmed", "promised_reply_at", "about_agent", "accepted_solution_id", "resolved_at", "archived_at"]
        // English says most of them as stored; other languages say none of them.
        if language != .en {
            stored += ComplaintSeverity.allCases.map(\.rawValue) + ComplaintSolution.Status.allCases.map(\.rawValue)
                + ComplaintFollowUp.Satisfaction.allCases.map(\.rawValue) + ContactState.allCases.map(\.rawValue)
                + Channel.allCases.map(\.rawValue)
        } else {
            stored = stored.filter { ($0.contains("-") || $0.contains("_")) && $0 != "wrap-up" }   // "wrap-up" is the English word
        }
        let shown = stored.filter(words.contains) + logins.filter(screen.contains)
        if !shown.isEmpty {
            XCTFail("\(context): stored names on screen: \(shown)\n\(screen)", file: file, line: line)
        }
    }

    private static func isBoxLine(_ text: String) -> Bool {
        text.unicodeScalars.count == 1 && (0x2500...0x257F).contains(text.unicodeScalars.first!.value)
    }

    /// `Compensation` used to run into its value: every label of the complaint view stands apart from it.
    func testEveryComplaintDetailLabelStandsApartFromItsValue() {
        for language in ConsoleLanguage.allCases {
            let context = PaneContext(text: language.text, agent: LongestValues.me, now: LongestValues.now)
            let lines = ComplaintsScreen.detailLines(LongestValues.complaintDetail, policy: .standard, context, width: 76)
            for label in [ComplaintDetailLabel.received, .owner, .department, .paraphrase, .cause, .compensation, .aboutAgent,
                          .explanation].map(language.text.detailLabel) {
                guard let line = lines.first(where: { $0.segments.first?.text.hasPrefix(label) == true }) else {
                    XCTFail("\(language): \(label) not shown")
                    continue
                }
                let labelled = line.segments[0].text
                XCTAssertTrue(labelled.hasPrefix(label + " "), "\(language): \"\(labelled)\" + \"\(line.segments[1].text.prefix(10))\"")
            }
        }
    }

    // MARK: The checks themselves

    /// The property catches what it is for: a cut without an ellipsis, text over a border, text over text.
    func testTheChecksCatchACutLabelABrokenBorderAndTextOverText() {
        let broken = ScreenBuffer.$auditsLayout.withValue(true) { () -> ScreenBuffer in
            var buffer = ScreenBuffer(width: 20, height: 4)
            buffer.drawBox(Rect(x: 0, y: 0, width: 10, height: 4), title: "Box", role: .border, titleRole: .title)
            buffer.write("spills over the border", x: 1, y: 1)
            buffer.write("Compensation", x: 1, y: 2)
            buffer.write("€50", x: 10, y: 2)
            buffer.write("Cu", x: 12, y: 3)
            buffer.write("…", x: 14, y: 3)
            return buffer
        }
        XCTAssertEqual(broken.audit?.cuts.first?.shown, "spills over the bo…", "a cut always ends in an ellipsis")
        let problems = Self.problems(broken)
        XCTAssertTrue(problems.contains { $0.hasPrefix("border of") }, "the text ran over the box's right edge: \(problems)")
        XCTAssertTrue(problems.contains { $0.contains("drawn over") }, "€50 over Compensation: \(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("label shrunk") }, "Cu…: \(problems)")
    }
}
