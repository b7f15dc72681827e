import Foundation
import XCTest
@testable import FrontlineCore

/// The simulated customers: the same seed gives the same shift, and each persona keeps to its script.
final class TrainingSimulatorTests: XCTestCase {
    let customers = [
        TrainingCustomer(name: "王小明", language: .zhHans, phone: "+86 130 0000 0001", email: "wang@example.com"),
        TrainingCustomer(name: "김민준", language: .ko, phone: "+82 10-0000-0001", email: "kim@example.com"),
        TrainingCustomer(name: "Emma Smith", language: .en, phone: "+1 202-555-0101", email: "emma@example.com"),
    ]
    let busy = Scenario(name: "busy", title: "Busy", length: 600, rate: 2)

    func testTheSameSeedPlansTheSameShiftAndAnotherSeedAnother() {
        let first = TrainingSimulator(scenario: busy, seed: 7, customers: customers, start: testEpoch)
        let again = TrainingSimulator(scenario: busy, seed: 7, customers: customers, start: testEpoch)
        let other = TrainingSimulator(scenario: busy, seed: 8, customers: customers, start: testEpoch)
        XCTAssertEqual(first.visitors, again.visitors)
        XCTAssertNotEqual(first.visitors, other.visitors)
        // Poisson at 2 a minute for 10 minutes: about 20 (this seed's draw), in order of arrival.
        XCTAssertTrue((10...30).contains(first.visitors.count), "\(first.visitors.count) arrivals")
        XCTAssertEqual(first.visitors.map(\.arrival), first.visitors.map(\.arrival).sorted())
        XCTAssertEqual(first.visitors.map(\.number), Array(first.visitors.indices))
        XCTAssertTrue(first.visitors.allSatisfy { $0.arrival.timeIntervalSince(testEpoch) <= 600 })
        for visitor in first.visitors {
            XCTAssertTrue(visitor.persona.channels?.contains(visitor.channel) ?? true, "\(visitor.persona) came by \(visitor.channel)")
            XCTAssertTrue(PersonaLines.of(visitor.customer.language).opening[visitor.persona]!.contains(visitor.lines[0]),
                          "the opening is in the customer's language")
        }
    }

    func testTheSameSeedAndTheSameAgentGiveTheSameActions() {
        func shift() -> [SimAction] {
            var simulator = TrainingSimulator(scenario: busy, seed: 3, customers: customers, start: testEpoch)
            var actions: [SimAction] = []
            var sights: [Int: VisitorSight] = [:]
            for second in stride(from: 0, through: 900, by: 5) {
                let now = testEpoch.addingTimeInterval(TimeInterval(second))
                for action in simulator.step(at: now, sights: sights) {
                    actions.append(action)
                    if case .arrive(let visitor) = action { sights[visitor.number] = VisitorSight(state: .waiting, replies: []) }
                }
            }
            return actions
        }
        let actions = shift()
        XCTAssertEqual(actions, shift())
        XCTAssertTrue(actions.contains { if case .hangUp = $0 { true } else { false } }, "left alone, callers hang up")
        XCTAssertTrue(actions.contains { if case .say = $0 { true } else { false } }, "left alone, chat customers write again")
    }

    func testACallerHangsUpAtTheEndOfTheirPatienceUnlessPickedUp() {
        let scenario = Scenario(name: "s", title: "s", length: 60, rate: 0, arrivals: [
            ScriptedArrival(at: 10, channel: .phone, persona: .hangUp, patience: 90),
            ScriptedArrival(at: 20, channel: .phone, persona: .hangUp, patience: 90),
        ])
        var simulator = TrainingSimulator(scenario: scenario, seed: 1, customers: customers, start: testEpoch)
        XCTAssertEqual(simulator.step(at: testEpoch.addingTimeInterval(20), sights: [:]).count, 2)
        XCTAssertEqual(simulator.nextWake, testEpoch.addingTimeInterval(100))
        // The second call was picked up; the first still waits when its patience runs out.
        let sights = [0: VisitorSight(state: .waiting, replies: []), 1: VisitorSight(state: .active, replies: [])]
        XCTAssertEqual(simulator.step(at: testEpoch.addingTimeInterval(99), sights: sights), [])
        XCTAssertEqual(simulator.step(at: testEpoch.addingTimeInterval(100.5), sights: sights),
                       [.hangUp(visitor: 0, at: testEpoch.addingTimeInterval(100))])
        XCTAssertTrue(simulator.isFinished)
        XCTAssertNil(simulator.nextWake)
    }

    func testAnAngryChatCustomerCalmsOnlyAfterAnApologyAndThenFollowsTheScript() throws {
        let scenario = Scenario(name: "s", title: "s", length: 60, rate: 0, arrivals: [
            ScriptedArrival(at: 0, channel: .chat, persona: .angry, language: .en,
                            lines: ["My parcel is late!", "When will it come?"], good: ["tomorrow"]),
        ])
        var conversation = Conversation(TrainingSimulator(scenario: scenario, seed: 5, customers: customers, start: testEpoch))
        XCTAssertEqual(conversation.start(), "My parcel is late!")
        XCTAssertTrue(conversation.visitor.expectsComplaint)
        let english = PersonaLines.english
        XCTAssertTrue(english.stillAngry.contains(try XCTUnwrap(conversation.answer("Hello, how can I help?"))))
        XCTAssertTrue(english.calmed.contains(try XCTUnwrap(conversation.answer("I am so sorry about this."))))
        XCTAssertTrue(english.askAgain.contains(try XCTUnwrap(conversation.answer("We are looking into it."))), "no good answer yet")
        XCTAssertEqual(conversation.answer("It arrives tomorrow."), "When will it come?")
        XCTAssertTrue(english.thanks.contains(try XCTUnwrap(conversation.answer("Tomorrow before noon."))))
        XCTAssertNil(conversation.answer("Goodbye!"), "after the last line the customer says no more")
    }

    func testForbiddenWordingMakesACustomerAskAgainAndAGreetingMakesThemRestate() throws {
        let scenario = Scenario(name: "s", title: "s", length: 60, rate: 0, arrivals: [
            ScriptedArrival(at: 0, channel: .chat, persona: .polite, language: .zhHans, lines: ["快递到哪了？"]),
        ])
        var conversation = Conversation(TrainingSimulator(scenario: scenario, seed: 5, customers: customers, start: testEpoch))
        _ = conversation.start()
        XCTAssertEqual(conversation.answer("您好！请问有什么可以帮您？"), "是的，我刚才说了：快递到哪了？")
        XCTAssertTrue(PersonaLines.chinese.askAgain.contains(try XCTUnwrap(conversation.answer("我不知道。"))))
        XCTAssertTrue(PersonaLines.chinese.thanks.contains(try XCTUnwrap(conversation.answer("已经发货了，明天到。"))))
    }

    func testAConfusedCustomerNeedsAnExplanation() throws {
        let scenario = Scenario(name: "s", title: "s", length: 60, rate: 0, arrivals: [
            ScriptedArrival(at: 0, channel: .chat, persona: .confused, language: .ko, lines: ["반품은 어떻게 하나요?"]),
        ])
        var conversation = Conversation(TrainingSimulator(scenario: scenario, seed: 5, customers: customers, start: testEpoch))
        _ = conversation.start()
        XCTAssertTrue(PersonaLines.korean.askAgain.contains(try XCTUnwrap(conversation.answer("네, 가능합니다."))))
        XCTAssertTrue(PersonaLines.korean.thanks.contains(try XCTUnwrap(conversation.answer("주문 내역에서 반품 버튼을 누르시면 됩니다."))))
    }

    func testAChatCustomerLeftWaitingWritesAgainUpToTheirLimit() {
        let scenario = Scenario(name: "s", title: "s", length: 60, rate: 0, arrivals: [
            ScriptedArrival(at: 0, channel: .chat, persona: .persistent, language: .en),
        ])
        var simulator = TrainingSimulator(scenario: scenario, seed: 2, customers: customers, start: testEpoch)
        _ = simulator.step(at: testEpoch, sights: [:])
        let waiting = [0: VisitorSight(state: .waiting, replies: [])]
        var said: [Date] = []
        for second in stride(from: 1, through: 600, by: 1) {
            for case .say(_, _, let at) in simulator.step(at: testEpoch.addingTimeInterval(TimeInterval(second)), sights: waiting) {
                said.append(at)
            }
        }
        let after = Persona.persistent.followUpAfter
        XCTAssertEqual(said, (1...Persona.persistent.followUpLimit).map { testEpoch.addingTimeInterval(after * Double($0)) })
    }

    func testAnEmailArrivesWithItsTextAndWaits() {
        let scenario = Scenario(name: "s", title: "s", length: 60, rate: 0, arrivals: [
            ScriptedArrival(at: 5, channel: .email, persona: .polite, language: .en, lines: ["Receipt please."]),
        ])
        var simulator = TrainingSimulator(scenario: scenario, seed: 2, customers: customers, start: testEpoch)
        guard case .arrive(let visitor) = simulator.step(at: testEpoch.addingTimeInterval(5), sights: [:]).first else {
            return XCTFail("the email did not arrive")
        }
        XCTAssertEqual(visitor.opening, "Receipt please.")
        XCTAssertEqual(visitor.address, "emma@example.com")
        XCTAssertTrue(simulator.isFinished)
    }
}

/// One scripted chat visitor and an agent who answers at once; the clock moves a minute per turn.
private struct Conversation {
    var simulator: TrainingSimulator
    var replies: [AgentReply] = []
    var now = testEpoch
    var visitor: Visitor { simulator.visitors[0] }

    init(_ simulator: TrainingSimulator) { self.simulator = simulator }

    /// The customer's opening.
    mutating func start() -> String? {
        guard case .arrive(let visitor) = simulator.step(at: now, sights: [:]).first else { return nil }
        return visitor.opening
    }

    /// Sends `text` and returns what the customer says next, if anything, within the minute.
    mutating func answer(_ text: String) -> String? {
        now += 1
        replies.append(AgentReply(text: text, at: now))
        var said: String?
        for _ in 0..<60 {
            now += 1
            for case .say(_, let line, _) in simulator.step(at: now, sights: [0: VisitorSight(state: .active, replies: replies)]) {
                said = said ?? line
            }
            if said != nil { break }
        }
        return said
    }
}
