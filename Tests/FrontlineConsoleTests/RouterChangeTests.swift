import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The router works only when a batch touches what routing reads, or a deadline comes.
final class RouterChangeTests: XCTestCase {
    private var folder: URL!
    private let start = Fixtures.start

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-router-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testADraftSavedDoesNotRouteButAQueueChangeDoes() throws {
        let database = try AppDatabase.open(path: folder.appendingPathComponent("router.db").path)
        try database.addAgent(Agent(name: "ana", createdAt: start))
        try database.changeState(of: "ana", .logIn, at: start)
        let router = Router(database: database, rules: .standard, policy: .standard)
        XCTAssertNil(router.step(at: start, changes: []), "the first pass looks; nothing waits")

        let call = try XCTUnwrap(database.enqueue(channel: .phone, from: "+86 130 0000 1001", name: nil, text: nil, at: start).id)
        _ = router.step(at: start.addingTimeInterval(1), changes: [.draft("bo"), .breaches, .complaint(3)])
        XCTAssertNil(try database.openOffer(agent: "ana"), "nothing routing reads changed: no pass")

        _ = router.step(at: start.addingTimeInterval(2), changes: [.queue])
        XCTAssertEqual(try database.openOffer(agent: "ana")?.contactId, call)
    }

    func testAChangeWithinTheMinimumIntervalIsRoutedWhenItEnds() throws {
        let database = try AppDatabase.open(path: folder.appendingPathComponent("router.db").path)
        try database.addAgent(Agent(name: "ana", createdAt: start))
        try database.changeState(of: "ana", .logIn, at: start)
        let router = Router(database: database, rules: .standard, policy: .standard)
        _ = router.step(at: start, changes: [])
        let call = try XCTUnwrap(database.enqueue(channel: .phone, from: "+86 130 0000 1002", name: nil, text: nil, at: start).id)
        let again = router.step(at: start.addingTimeInterval(0.1), changes: [.queue])
        XCTAssertEqual(again, start.addingTimeInterval(Router.minimumInterval), "asks to run when the interval ends")
        XCTAssertNil(try database.openOffer(agent: "ana"))
        _ = router.step(at: start.addingTimeInterval(0.3), changes: [])
        XCTAssertEqual(try database.openOffer(agent: "ana")?.contactId, call, "the change was kept, not lost")
    }
}
