import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// Several OS processes route the same file at once, as every open console does: no contact
/// ever rings two agents at once, and no agent is rung for two contacts at once.
final class RoutingRaceTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    func testSeveralProcessesRoutingAtOnceNeverOfferAContactTwice() throws {
        let database = try AppDatabase.open(path: frontline.databasePath)
        let agents = (0..<6).map { "agent-\($0)" }
        for name in agents {
            try database.addAgent(Agent(name: name, createdAt: Date()))
            try database.changeState(of: name, .logIn, at: Date())
        }
        let now = Date()
        let calls = try (0..<10).map { index in
            try XCTUnwrap(database.enqueue(channel: .phone, from: "+86 130 0000 \(3000 + index)", name: nil, text: nil,
                                           at: now.addingTimeInterval(Double(index - 10))).id)
        }
        let start = Date().addingTimeInterval(1.5).timeIntervalSince1970
        let outputs = try runWorkers("RoutingRaceWorker/testRouteForTwoSeconds", environments: (0..<4).map { index in
            [RoutingRaceWorker.databaseVariable: frontline.databasePath, RoutingRaceWorker.startVariable: String(start),
             RoutingRaceWorker.seedVariable: String(index)]
        })
        for text in outputs { print(text.split(separator: "\n").filter { $0.contains(" passes") }.joined()) }

        // Commit order is the events' id order: per contact and per agent, every offer is settled before the next.
        var offers = 0
        var openByAgent: [String: Int64] = [:]
        let events = try calls.flatMap { try database.events(contactId: $0) }.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        var openByContact: [Int64: String] = [:]
        for event in events {
            guard let agent = event.agent else { continue }
            switch event.kind {
            case .offered:
                offers += 1
                XCTAssertNil(openByContact[event.contactId], "contact \(event.contactId) offered to \(agent) while ringing \(openByContact[event.contactId] ?? "")")
                XCTAssertNil(openByAgent[agent], "\(agent) rung for contact \(event.contactId) while ringing for \(openByAgent[agent] ?? 0)")
                openByContact[event.contactId] = agent
                openByAgent[agent] = event.contactId
            case .missed, .declined, .accepted:
                XCTAssertEqual(openByContact[event.contactId], agent, "\(event.kind.rawValue) settles the open offer")
                openByContact[event.contactId] = nil
                openByAgent[agent] = nil
            default:
                break
            }
        }
        print("offers made: \(offers)")
        XCTAssertGreaterThan(offers, 20, "the workers raced through many offers")
    }
}

/// One worker of `RoutingRaceTests`: routes with a short offer time, and brings missed agents
/// back, declines or accepts at random, until two seconds are up. Skipped in a normal test run.
final class RoutingRaceWorker: XCTestCase {
    static let databaseVariable = "FRONTLINE_ROUTING_RACE_DB"
    static let startVariable = "FRONTLINE_ROUTING_RACE_START"
    static let seedVariable = "FRONTLINE_ROUTING_RACE_SEED"

    func testRouteForTwoSeconds() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment[Self.databaseVariable] else {
            throw XCTSkip("a worker for RoutingRaceTests, run only in the child processes it starts")
        }
        let database = try AppDatabase.open(path: path)
        if let start = environment[Self.startVariable].flatMap(Double.init) {
            while Date().timeIntervalSince1970 < start { usleep(1000) }
        }
        var rules = AgentStateRules.standard
        rules.offerSeconds = 0.05
        var random = SplitMix64(seed: UInt64(environment[Self.seedVariable] ?? "0") ?? 0)
        let end = Date().addingTimeInterval(2)
        var passes = 0
        while Date() < end {
            _ = try database.route(rules: rules, policy: .standard, at: Date())
            passes += 1
            let name = "agent-\(random.next() % 6)"
            if let offer = try database.openOffer(agent: name) {
                if random.next() % 12 == 0 {
                    _ = try database.acceptOffer(contactId: offer.contactId, agent: name, policy: .standard, at: Date())
                } else if random.next() % 2 == 0 {
                    try database.declineOffer(contactId: offer.contactId, agent: name, at: Date())
                }
            } else if try database.agent(named: name)?.presence == .away {
                try database.changeState(of: name, .becomeAvailable, at: Date())
            }
            usleep(UInt32(random.next() % 2000))
        }
        print("worker made \(passes) passes")
    }
}
