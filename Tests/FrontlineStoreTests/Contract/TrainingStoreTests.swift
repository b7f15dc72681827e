import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Trainee mode's store: the simulator writes only into a database made for training, and a run
/// is recorded from the visitors' arrival to its score.
final class TrainingStoreTests: StoreContractCase {
    private func visitor(_ number: Int, _ channel: Channel, line: String = "Hi") -> Visitor {
        Visitor(number: number, arrival: at(TimeInterval(number)), channel: channel, persona: number == 0 ? .polite : .impatient,
                customer: TrainingCustomer(name: "Visitor \(number)", language: .en, phone: "+1 303-555-01\(50 + number)",
                                           email: "visitor\(number)@example.com"),
                lines: [line], good: [], expectsComplaint: number == 1, patience: 60)
    }

    func testAProductionDatabaseRefusesEverySimulatorWrite() throws {
        let store = try makeStore()
        try store.seedDemo(now: t0)
        let refused = StoreError.notTraining(path: store.path)
        XCTAssertFalse(try store.isTrainingDatabase())
        let before = try store.latestChange()
        assertThrows(refused) { try store.startTrainingRun(scenario: "s", seed: 1, speed: 1, rate: nil, agent: "mina", at: t0) }
        assertThrows(refused) { try store.trainingArrive(run: 1, visitor: visitor(0, .chat)) }
        assertThrows(refused) { try store.trainingSay(run: 1, visitor: 0, text: "hello", at: t0) }
        assertThrows(refused) { try store.trainingHangUp(run: 1, visitor: 0, policy: policy, at: t0) }
        assertThrows(refused) { try store.finishTrainingRun(1, score: TrainingScore(), at: t0) }
        // Nor can a database with real customers be turned into a training one.
        assertThrows(refused) { try store.makeTraining(at: t0) }
        XCTAssertFalse(try store.isTrainingDatabase())
        XCTAssertEqual(try store.counts().contacts, DemoDataset(now: t0, seed: 42).entries.flatMap(\.contacts).count)
        XCTAssertEqual(try store.latestChange(), before)
        XCTAssertEqual(try store.trainingRuns(), [])
    }

    func testARunIsRecordedFromArrivalToScore() throws {
        let store = try makeStore()
        XCTAssertNil(try store.lastTrainingInstant())
        try store.makeTraining(at: t0)
        try store.makeTraining(at: t0)  // twice is fine: already one
        XCTAssertTrue(try store.isTrainingDatabase())
        XCTAssertEqual(try store.counts().customers, 254, "the demo dataset, two hostile customers included")
        let demo = DemoDataset(now: t0, seed: 42).entries
        let customers = try store.trainingCustomers()
        XCTAssertEqual(customers.count, demo.count, "every demo customer has a phone and an email")
        XCTAssertEqual(customers.first, TrainingCustomer(name: demo[0].customer.name, language: demo[0].customer.language,
                                                        phone: demo[0].customer.phones[0], email: demo[0].customer.email!))

        let run = try store.startTrainingRun(scenario: "rush", seed: UInt64.max - 1, speed: 4, rate: 2.5, agent: "emma", at: t0)
        let chat = try store.trainingArrive(run: run, visitor: visitor(0, .chat))
        let call = try store.trainingArrive(run: run, visitor: visitor(1, .phone))
        try store.trainingSay(run: run, visitor: 0, text: "Anyone?", at: at(60))
        XCTAssertEqual(try store.transcript(contactId: chat, limit: 10).map(\.text), ["Hi", "Anyone?"])
        try store.trainingHangUp(run: run, visitor: 1, policy: policy, at: at(70))
        XCTAssertEqual(try store.contact(id: call)?.state, .abandoned)
        _ = try store.take(contactId: chat, agent: "emma", policy: policy, at: at(80))
        _ = try store.reply(contactId: chat, agent: "emma", text: "Here I am", policy: policy, at: at(90))
        XCTAssertEqual(try store.trainingSights(run: run), [
            0: VisitorSight(state: .active, replies: [AgentReply(text: "Here I am", at: at(90))]),
            1: VisitorSight(state: .abandoned, replies: []),
        ])
        assertThrows(.refused("visitor 9 of training run \(run) has not arrived")) {
            try store.trainingSay(run: run, visitor: 9, text: "?", at: at(95))
        }

        let record = try store.trainingRecord(run: run, end: at(100))
        XCTAssertEqual(record.end, at(100))
        XCTAssertEqual(record.visitors.map(\.persona), [.polite, .impatient])
        XCTAssertEqual(record.visitors.map(\.expectsComplaint), [false, true])
        XCTAssertEqual(record.visitors.map(\.contact.id), [chat, call])
        XCTAssertEqual(record.visitors.map(\.customerName), ["Visitor 0", "Visitor 1"])
        XCTAssertEqual(record.visitors[0].messages.map(\.text), ["Hi", "Anyone?", "Here I am"])
        XCTAssertEqual(record.visitors[0].complaints, [])

        var score = TrainingScore()
        score.pickupTarget = 90
        try store.finishTrainingRun(run, score: score, at: at(100))
        let runs = try store.trainingRuns()
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs.first?.id, run)
        XCTAssertEqual(runs.first?.scenario, "rush")
        XCTAssertEqual(runs.first?.seed, UInt64.max - 1)
        XCTAssertEqual(runs.first?.speed, 4)
        XCTAssertEqual(runs.first?.rate, 2.5)
        XCTAssertEqual(runs.first?.agent, "emma")
        XCTAssertEqual(runs.first?.startedAt, t0)
        XCTAssertEqual(runs.first?.endedAt, at(100))
        XCTAssertEqual(runs.first?.score, score)
        XCTAssertEqual(try store.lastTrainingInstant(), at(90))

        // A new run ends what the last one left open.
        let next = try store.startTrainingRun(scenario: "rush", seed: 2, speed: 1, rate: nil, agent: "emma", at: at(200))
        XCTAssertEqual(next, run + 1)
        XCTAssertEqual(try store.contact(id: chat)?.state, .ended)
        let last = try XCTUnwrap(try store.events(contactId: chat).last)
        XCTAssertEqual([last.kind.rawValue, last.detail], [ContactEventKind.completed.rawValue, "training run over"])
        XCTAssertNil(try store.trainingRuns().last?.rate)
    }
}
