import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// The wallboard's reports view (`R`) in Chinese and Korean, the real binary in tmux: it opens on
/// today's report, counts a new call when the change feed says contacts changed, and switches to
/// this week and this month.
final class WallboardReportsEndToEndTests: EndToEndCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try frontline.run("agents", "add", "mina", "--display-name", "김민아")
    }

    private func board(_ lang: String) throws -> TmuxSession {
        try TmuxSession(command: [FrontlineBinary.url.path, "supervise", "--db", frontline.databasePath, "--lang", lang],
                        width: 150, height: 45)
    }

    /// A call answered by mina, wrapped up with a code.
    private func answeredCall(_ number: String) throws {
        let id = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "phone", "--from", number, "--name", "王芳")
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let database = try AppDatabase.open(path: frontline.databasePath)
        _ = try database.take(contactId: id, agent: "mina", policy: .standard, at: Date())
        _ = try database.wrapUp(contactId: id, agent: "mina", rules: .standard, entry: WrapUpEntry(codes: ["shipping-fees"]),
                                codes: .standard, at: Date())
    }

    func testTheReportsViewInChinese() throws {
        try answeredCall("+86 130 0000 7001")
        let board = try board("zh-Hans")
        try board.waitFor("实时看板")
        try board.send("R")
        try board.waitFor("各渠道队列")
        var screen = try board.waitFor("김민아 (mina)")
        XCTAssertTrue(screen.contains("d 今日"), screen)
        XCTAssertTrue(screen.contains("shipping-fees 1 █"), screen)
        XCTAssertNotNil(screen.range(of: Self.row("phone", offered: 1), options: .regularExpression), screen)

        // A second call: the change feed says contacts changed, and the view counts it again.
        try answeredCall("+86 130 0000 7002")
        screen = try board.waitFor("shipping-fees 2 █", timeout: 10)
        XCTAssertNotNil(screen.range(of: Self.row("phone", offered: 2), options: .regularExpression), screen)

        try board.send("m")
        screen = try board.waitFor("投诉分类")
        XCTAssertTrue(screen.contains("回访覆盖率"), "the month adds follow-up coverage:\n\(screen)")
        try board.send("w")
        screen = try board.waitFor("本周  20")   // the week's heading, once counted
        XCTAssertFalse(screen.contains("投诉分类"), "the week has no classification:\n\(screen)")
        try board.send("x")      // no such key here: nothing happens
        try board.send("Escape")
        try board.waitFor("队列")
        try board.send("q")
    }

    func testTheReportsViewInKorean() throws {
        try answeredCall("+82 10-0000-7003")
        let board = try board("ko")
        try board.waitFor("실시간 현황판")
        try board.send("R")
        let screen = try board.waitFor("채널별 대기열")
        XCTAssertTrue(screen.contains("d 오늘"), screen)
        XCTAssertTrue(screen.contains("김민아 (mina)"), screen)
        XCTAssertNotNil(screen.range(of: Self.row("phone", offered: 1), options: .regularExpression), screen)
        try board.send("j")
        try board.send("k")
        try board.send("m")
        try board.waitFor("불만 분류")
        try board.send("Escape")
        try board.send("q")
    }

    /// The start of a channel row: its name and offered count, as a pattern (column widths follow the language).
    private static func row(_ channel: String, offered: Int) -> String { "  \(channel) +\(offered) " }
}
