import Foundation
import FrontlineConfig
import FrontlineCore
import XCTest

/// The file a console keeps the agent's unsent reply and draft in while the database is away.
final class UnsentWorkFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-unsent-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testWhatIsKeptReadsBackAndOnlyItsOwnerMayReadIt() throws {
        let file = UnsentWorkFile(path: folder.appendingPathComponent("frontline/unsent.json").path)
        XCTAssertNil(try file.load())
        let work = UnsentWork(agent: "林娜", reply: "您好，退款已办理", replyContactId: 7,
                              draft: ComplaintDraft(agent: "林娜", customerId: 3, category: .delivery, account: "盖子坏了"))
        try file.keep(work)
        XCTAssertEqual(try file.load(), work)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int, 0o600)
        var changed = work
        changed.reply = ""
        try file.keep(changed)
        XCTAssertEqual(try file.load(), changed, "replaced whole")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("frontline").path), ["unsent.json"],
                       "no temporary file left beside it")
        try file.forget()
        XCTAssertNil(try file.load())
        XCTAssertNoThrow(try file.forget(), "no file is fine")
    }

    func testAFileLeftWithAWiderModeIsNarrowedWhenWrittenAgain() throws {
        let file = UnsentWorkFile(path: folder.appendingPathComponent("unsent.json").path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: file.path, contents: Data("{}".utf8), attributes: [.posixPermissions: 0o644])
        try file.keep(UnsentWork(agent: "mina", reply: "hi", replyContactId: nil, draft: nil))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int, 0o600)
    }

    func testTheFileIsTheAgentsAndTheDatabasesBesideTheirOwnPhrases() {
        let environment = ["XDG_CONFIG_HOME": "/home/mina/.config"]
        let path = UnsentWorkFile(agent: "mina", database: "/srv/frontline.db", environment: environment, home: "/home/mina").path
        XCTAssertTrue(path.hasPrefix("/home/mina/.config/frontline/unsent-mina-"), path)
        XCTAssertNotEqual(path, UnsentWorkFile(agent: "mina", database: "postgres://db/frontline", environment: environment, home: "/").path,
                          "a training database's draft never lands in another's")
        XCTAssertEqual(path, UnsentWorkFile(agent: "mina", database: "/srv/frontline.db", environment: environment, home: "/").path)
        XCTAssertFalse(UnsentWorkFile(agent: "../x", database: "d", environment: environment, home: "/").path.contains("/../"), "never a path")
    }
}
