import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The topics trainee mode records (split from ChangeTopicContractTests so that class runs on a
/// store without the training methods).
final class TrainingTopicTests: StoreContractCase {
    private func topics(_ store: any FrontlineStores, of body: () throws -> Void) throws -> Set<ChangeTopic> {
        let before = try store.latestChange()
        try body()
        return try store.changes(after: before).topics
    }

    func testTraineeModeRecordsTrainingAndTheQueueItFills() throws {
        let store = try makeStore()
        XCTAssertTrue(try topics(store) { try store.makeTraining(at: t0) }.isSuperset(of: [.training, .everything]))
        var run: Int64 = 0
        XCTAssertEqual(try topics(store) {
            run = try store.startTrainingRun(scenario: "s", seed: 1, speed: 1, rate: nil, agent: "mina", at: t0)
        }, [.training, .queue])
        let visitor = Visitor(number: 0, arrival: at(10), channel: .chat, persona: .polite,
                              customer: TrainingCustomer(name: "Emma", language: .en, phone: "+1 202-555-0100", email: "emma@example.com"),
                              lines: ["Hi"], good: [], expectsComplaint: false, patience: 60)
        var id: Int64 = 0
        let arrived = try topics(store) { id = try store.trainingArrive(run: run, visitor: visitor) }
        XCTAssertTrue(arrived.isSuperset(of: [.training, .queueRow(id), .contact(id)]), "\(arrived)")
        XCTAssertEqual(try topics(store) { try store.trainingSay(run: run, visitor: 0, text: "Anyone?", at: at(60)) }, [.queueRow(id), .contact(id)])
    }
}
