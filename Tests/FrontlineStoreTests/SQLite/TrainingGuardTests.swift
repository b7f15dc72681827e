import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

/// Simulated customers write only into a database created for training.
final class TrainingGuardTests: StoreTestCase {
    private let visitor = Visitor(number: 0, arrival: Date(timeIntervalSince1970: 1_790_000_000), channel: .chat, persona: .polite,
                                  customer: TrainingCustomer(name: "Emma", language: .en, phone: "+1 202-555-0100", email: "emma@example.com"),
                                  lines: ["Hi"], good: [], expectsComplaint: false, patience: 60)

    func testAProductionDatabaseRefusesEverySimulatorWrite() throws {
        let database = try openDatabase()
        try database.seedDemo(now: t0)
        let refused = StoreError.notTraining(path: dbPath)
        XCTAssertFalse(try database.isTrainingDatabase())
        assertThrows(refused) { try database.startTrainingRun(scenario: "s", seed: 1, speed: 1, rate: nil, agent: "mina", at: t0) }
        assertThrows(refused) { try database.trainingArrive(run: 1, visitor: visitor) }
        assertThrows(refused) { try database.trainingSay(run: 1, visitor: 0, text: "hello", at: t0) }
        assertThrows(refused) { try database.trainingHangUp(run: 1, visitor: 0, policy: policy, at: t0) }
        assertThrows(refused) { try database.finishTrainingRun(1, score: TrainingScore(), at: t0) }
        // Nor can a database with real customers be turned into a training one.
        assertThrows(refused) { try database.makeTraining(at: t0) }
        XCTAssertEqual(try database.counts().contacts, try AppDatabase.open(path: dbPath).counts().contacts)
        XCTAssertFalse(AppDatabase.isTrainingFile(path: dbPath))
    }

    func testLookingAtAProductionFileLeavesItUntouched() throws {
        _ = try openDatabase()
        let before = try Data(contentsOf: URL(fileURLWithPath: dbPath))
        XCTAssertFalse(AppDatabase.isTrainingFile(path: dbPath))
        XCTAssertFalse(AppDatabase.isTrainingFile(path: folder.appendingPathComponent("none.db").path))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dbPath)), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.db").path))
    }

    func testATrainingDatabaseTakesTheSimulatorsWrites() throws {
        let database = try openDatabase()
        try database.makeTraining(at: t0)
        try database.makeTraining(at: t0)  // twice is fine: already one
        XCTAssertTrue(try database.isTrainingDatabase())
        XCTAssertTrue(AppDatabase.isTrainingFile(path: dbPath))
        XCTAssertEqual(try database.counts().customers, 254, "the demo dataset, two hostile customers included")
        let run = try database.startTrainingRun(scenario: "s", seed: 1, speed: 1, rate: nil, agent: "mina", at: t0)
        let id = try database.trainingArrive(run: run, visitor: visitor)
        try database.trainingSay(run: run, visitor: 0, text: "Anyone?", at: t0.addingTimeInterval(60))
        XCTAssertEqual(try database.transcript(contactId: id, limit: 10).map(\.text), ["Hi", "Anyone?"])
        XCTAssertEqual(try database.trainingSights(run: run), [0: VisitorSight(state: .waiting, replies: [])])
        // A new run ends what the last one left open.
        _ = try database.startTrainingRun(scenario: "s", seed: 2, speed: 1, rate: nil, agent: "mina", at: t0.addingTimeInterval(120))
        XCTAssertEqual(try database.contact(id: id)?.state, .ended)
    }
}
