import Foundation
import XCTest

/// `frontline customers edit / show / merge` as a script uses them: changes recorded with who and
/// when, bad values refused with one line and 65, a merge only with --yes.
final class CustomerFileCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    func testEditShowAndMergeFromAShell() throws {
        let first = try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 0042", "--name", "王芳")
        _ = try frontline.run("enqueue", "--channel", "email", "--from", "fang@example.com", "--name", "Wang Fang", "--text", "hello")
        _ = first
        let ids = try frontline.run("customers", "find", "王芳", "--json")
        XCTAssertTrue(ids.contains("\"id\" : 1"), ids)

        let edited = try frontline.run("customers", "edit", "1", "--address-as", "王女士", "--phone", "+86 131 0000 0001",
                                       "--do-not-disturb", "21:00-09:00", "--do-not-disturb", "12:00-13:30", "--member", "yes",
                                       "--card", "VIP-0042", "--type", "new", "--note", "prefers SF Express")
        XCTAssertTrue(edited.contains("do-not-disturb: - → 21:00-09:00, 12:00-13:30"), edited)

        let bad = try frontline.result("customers", "edit", "1", "--email", "fang-at-example")
        XCTAssertEqual(bad.status, 65, bad.stderr)
        XCTAssertEqual(bad.stderr.split(separator: "\n").count, 1, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("--email") && bad.stderr.contains("name@example.com"), bad.stderr)
        let hostile = try frontline.result("customers", "edit", "1", "--postal-address", "Room 5\u{1B}[2J")
        XCTAssertEqual(hostile.status, 65, hostile.stderr)
        XCTAssertEqual(try frontline.result("customers", "edit", "1").status, 64, "no change asked is a usage error")
        XCTAssertEqual(try frontline.result("customers", "edit", "99", "--name", "x").status, 65)

        let shown = try frontline.run("customers", "show", "1")
        XCTAssertTrue(shown.contains("do not disturb  21:00-09:00, 12:00-13:30"), shown)
        XCTAssertTrue(shown.contains("card            VIP-0042"), shown)
        XCTAssertTrue(shown.contains("phones: +86 130 0000 0042 → +86 130 0000 0042, +86 131 0000 0001"), shown)
        let user = try XCTUnwrap(ProcessInfo.processInfo.environment["USER"] ?? NSUserName() as String?)
        XCTAssertTrue(shown.contains("  \(user)  "), "the history names who made the change:\n\(shown)")

        let unconfirmed = try frontline.result("customers", "merge", "1", "2")
        XCTAssertEqual(unconfirmed.status, 64, unconfirmed.stderr)
        XCTAssertTrue(unconfirmed.stderr.contains("--yes"), unconfirmed.stderr)
        XCTAssertTrue(try frontline.run("customers", "show", "2").contains("Wang Fang"), "nothing merged without --yes")

        let merged = try frontline.run("customers", "merge", "1", "2", "--yes", "--json")
        XCTAssertTrue(merged.contains("\"contacts\" : 1"), merged)
        let json = try frontline.run("customers", "show", "1", "--json")
        XCTAssertTrue(json.contains("\"email\" : \"fang@example.com\""), json)
        XCTAssertTrue(json.contains("\"field\" : \"merged\""), json)
        XCTAssertTrue(try frontline.run("customers", "show", "2").contains("merged into customer 1"))
        let queue = try frontline.run("queue", "--json")
        XCTAssertFalse(queue.contains("\"customer_id\" : 2"), "both contacts are the kept file's now:\n\(queue)")
        XCTAssertTrue(queue.contains("\"customer_id\" : 1"), queue)
    }
}
