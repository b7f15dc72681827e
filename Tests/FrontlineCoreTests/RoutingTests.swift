import Foundation
import XCTest
@testable import FrontlineCore

final class RoutingTests: XCTestCase {
    let rules = AgentStateRules.standard
    let now = testEpoch + 1000

    /// An agent logged in at `idleSince` seconds after the epoch.
    func agent(_ name: String, idleSince: TimeInterval, languages: [Language] = [], capacity: Int? = nil, role: AgentRole = .agent) -> Agent {
        var agent = Agent(name: name, role: role, createdAt: testEpoch, capacity: capacity, languages: languages)
        agent.presence = .available
        agent.stateSince = testEpoch + idleSince
        agent.idleSince = testEpoch + idleSince
        return agent
    }

    func call(_ id: Int64, at queued: TimeInterval = 0, refusedBy: [String: Date] = [:]) -> RoutableContact {
        RoutableContact(id: id, channel: .phone, queuedAt: testEpoch + queued, language: .en, refusedBy: refusedBy)
    }

    func chat(_ id: Int64, at queued: TimeInterval, language: Language = .en) -> RoutableContact {
        RoutableContact(id: id, channel: .chat, queuedAt: testEpoch + queued, language: language)
    }

    /// The store reads the waiting calls only when someone can take a call (`Routing.canTakeCall`)
    /// and the waiting chats only when someone has chat room (`Routing.hasChatRoom`): the plan
    /// must then be the plan over everything that waits; and both cases must occur. Contacts kept
    /// for their owner, sent to a group (before and after its wait) or escalated only narrow who
    /// may have them, so they must not change that.
    func testThePlanNeedsOnlyTheChannelsSomeoneCanTake() {
        var rng = SplitMix64(seed: 404)
        var kept = call(6), keptChat = chat(7, at: 2), toGroup = call(8, at: 3), toGroupChat = chat(9, at: 4)
        var escalated = call(10, at: 6), escalatedChat = chat(11, at: 7), openedGroup = chat(12, at: 8)
        kept.hold = OwnerHold(keeper: "a1", until: now + 30)
        keptChat.hold = OwnerHold(keeper: "a2", until: now - 30)
        (toGroup.audience, toGroup.passedOnBy) = (.group("complaints", openToAllAt: now + 60), "a0")
        (toGroupChat.audience, toGroupChat.passedOnBy) = (.group("orders", openToAllAt: now + 60), "a3")
        (escalated.audience, escalated.passedOnBy, escalated.hold) = (.supervisors, "a1", OwnerHold(keeper: "a1", until: now + 30))
        (escalatedChat.audience, escalatedChat.passedOnBy) = (.supervisors, "a2")
        (openedGroup.audience, openedGroup.passedOnBy) = (.group("service", openToAllAt: now - 1), "a0")
        let contacts = [call(1), call(2, refusedBy: ["a0": now - 100]), chat(3, at: 5), chat(4, at: 1, language: .ko),
                        RoutableContact(id: 5, channel: .callback, queuedAt: testEpoch, language: .en),
                        kept, keptChat, toGroup, toGroupChat, escalated, escalatedChat, openedGroup]
        var sawNarrowedDecision = false
        var sawCallsWanted = false, sawOnlyChatsWanted = false, sawNothingWanted = false
        for _ in 0..<500 {
            let agents = (0..<Int.random(in: 1...4, using: &rng)).map { n -> RoutableAgent in
                var agent = agent("a\(n)", idleSince: Double(Int.random(in: 0...900, using: &rng)), capacity: Int.random(in: 1...3, using: &rng),
                                  role: Bool.random(using: &rng) ? .supervisor : .agent)
                agent.groups = Agent.defaultGroups.filter { _ in Bool.random(using: &rng) }
                agent.presence = [.available, .available, .away, .wrapUp, .offline].randomElement(using: &rng)!
                if agent.presence == .away { agent.awayReason = .break }
                if agent.presence == .wrapUp { agent.wrapUpUntil = now + Double(Int.random(in: -20...20, using: &rng)) }
                return RoutableAgent(agent: agent, heldVoice: Int.random(in: 0...1, using: &rng), heldWritten: Int.random(in: 0...3, using: &rng),
                                     hasOpenOffer: Bool.random(using: &rng))
            }
            let plan = Routing.plan(contacts: contacts, agents: agents, rules: rules, at: now)
            let callsWanted = agents.contains { Routing.canTakeCall($0, at: now) }
            let chatsWanted = agents.contains { Routing.hasChatRoom($0, at: now) }
            let read = contacts.filter { $0.channel.isVoice ? callsWanted : chatsWanted }
            XCTAssertEqual(Routing.plan(contacts: read, agents: agents, rules: rules, at: now), plan, "\(agents)")
            sawCallsWanted = sawCallsWanted || callsWanted
            sawOnlyChatsWanted = sawOnlyChatsWanted || (chatsWanted && !callsWanted)
            sawNothingWanted = sawNothingWanted || (!chatsWanted && !callsWanted)
            sawNarrowedDecision = sawNarrowedDecision || plan.contains { decision in
                switch decision {
                case let .offer(id, _), let .assign(id, _): (6...11).contains(id)
                }
            }
        }
        XCTAssertTrue(sawCallsWanted && sawOnlyChatsWanted && sawNothingWanted)
        XCTAssertTrue(sawNarrowedDecision, "some kept, grouped or escalated contact was given to someone")
    }

    func testACallRingsTheAgentIdleLongestAndTheNextCallTheNextAgent() {
        let agents = [RoutableAgent(agent: agent("ana", idleSince: 300)), RoutableAgent(agent: agent("bo", idleSince: 100)),
                      RoutableAgent(agent: agent("cy", idleSince: 200))]
        XCTAssertEqual(Routing.plan(contacts: [call(1), call(2)], agents: agents, rules: rules, at: now),
                       [.offer(contactId: 1, agent: "bo"), .offer(contactId: 2, agent: "cy")])
    }

    func testNothingRingsAnAgentAwayInWrapUpOfflineBusyOrAlreadyRinging() {
        var away = agent("away", idleSince: 1), wrapping = agent("wrap", idleSince: 2), offline = agent("off", idleSince: 3)
        away.presence = .away
        away.awayReason = .break
        wrapping.presence = .wrapUp
        wrapping.wrapUpUntil = now + 10
        offline.presence = .offline
        let agents = [RoutableAgent(agent: away), RoutableAgent(agent: wrapping), RoutableAgent(agent: offline),
                      RoutableAgent(agent: agent("onCall", idleSince: 4), heldVoice: 1),
                      RoutableAgent(agent: agent("chatting", idleSince: 5), heldWritten: 1),
                      RoutableAgent(agent: agent("ringing", idleSince: 6), hasOpenOffer: true)]
        XCTAssertEqual(Routing.plan(contacts: [call(1), chat(2, at: 0)], agents: agents, rules: rules, at: now),
                       [.assign(contactId: 2, agent: "chatting")], "only the agent with chat room left gets the chat")
        // The wrap-up that has run out counts as available.
        XCTAssertEqual(Routing.plan(contacts: [call(1)], agents: [RoutableAgent(agent: wrapping)], rules: rules, at: now + 10),
                       [.offer(contactId: 1, agent: "wrap")])
    }

    func testACallRingingSomeoneOrRefusedByTheIdlestGoesToTheNextOrNowhere() {
        let agents = [RoutableAgent(agent: agent("ana", idleSince: 100)), RoutableAgent(agent: agent("bo", idleSince: 200))]
        var ringing = call(1)
        ringing.isOffered = true
        XCTAssertEqual(Routing.plan(contacts: [ringing], agents: agents, rules: rules, at: now), [])
        XCTAssertEqual(Routing.plan(contacts: [call(1, refusedBy: ["ana": now])], agents: agents, rules: rules, at: now),
                       [.offer(contactId: 1, agent: "bo")])
    }

    func testACallEveryFreeAgentLetGoRingsRoundAgainAnOfferTimeAfterEachRefusal() {
        let agents = [RoutableAgent(agent: agent("ana", idleSince: 100)), RoutableAgent(agent: agent("bo", idleSince: 200))]
        let refused = call(1, refusedBy: ["ana": now - 20, "bo": now - 5])
        XCTAssertEqual(Routing.plan(contacts: [refused], agents: agents, rules: rules, at: now), [.offer(contactId: 1, agent: "ana")],
                       "ana refused it 20 s ago, more than the 15 s offer time")
        XCTAssertEqual(Routing.plan(contacts: [call(1, refusedBy: ["ana": now - 5, "bo": now - 5])], agents: agents, rules: rules, at: now), [],
                       "nobody is rung again straight after letting it go")
        XCTAssertEqual(Routing.plan(contacts: [call(1, refusedBy: ["ana": now - 5, "bo": now - 5])], agents: agents, rules: rules, at: now + 10),
                       [.offer(contactId: 1, agent: "ana")])
    }

    func testRoutingSwitchedOffOffersNothing() {
        var off = rules
        off.routingEnabled = false
        XCTAssertEqual(Routing.plan(contacts: [call(1), chat(2, at: 0)], agents: [RoutableAgent(agent: agent("ana", idleSince: 0))],
                                    rules: off, at: now), [])
    }

    func testChatsOldestFirstFillCapacityAndPreferTheCustomersLanguage() {
        let agents = [RoutableAgent(agent: agent("ana", idleSince: 100, languages: [.en])),
                      RoutableAgent(agent: agent("min", idleSince: 500, languages: [.ko, .en], capacity: 2)),
                      RoutableAgent(agent: agent("tee", idleSince: 50, role: .trainee), heldWritten: 1)]
        // Korean chats go to min until she is full, then to whoever has room; the trainee is full at 1.
        let chats = [chat(3, at: 30, language: .ko), chat(1, at: 10, language: .ko), chat(2, at: 20, language: .ko), chat(4, at: 40)]
        XCTAssertEqual(Routing.plan(contacts: chats, agents: agents, rules: rules, at: now), [
            .assign(contactId: 1, agent: "min"), .assign(contactId: 2, agent: "min"),
            .assign(contactId: 3, agent: "ana"), .assign(contactId: 4, agent: "ana"),
        ])
    }

    func testAmongAgentsWhoSpeakItTheOneHoldingFewestThenIdleLongestGetsTheChat() {
        let agents = [RoutableAgent(agent: agent("ana", idleSince: 100), heldWritten: 1),
                      RoutableAgent(agent: agent("bo", idleSince: 300)),
                      RoutableAgent(agent: agent("cy", idleSince: 200))]
        XCTAssertEqual(Routing.plan(contacts: [chat(1, at: 0), chat(2, at: 1), chat(3, at: 2)], agents: agents, rules: rules, at: now),
                       [.assign(contactId: 1, agent: "cy"), .assign(contactId: 2, agent: "bo"), .assign(contactId: 3, agent: "ana")])
    }

    /// A chat waited unassigned for as long as a call rang the only agent with room for it (22 s seen).
    func testAChatGoesToAnAgentWithRoomEvenWhileACallRingsThemAndEmailsAreNotRouted() {
        let agents = [RoutableAgent(agent: agent("ana", idleSince: 100))]
        let email = RoutableContact(id: 3, channel: .email, queuedAt: testEpoch, language: .en)
        XCTAssertEqual(Routing.plan(contacts: [email, chat(2, at: 0), call(1)], agents: agents, rules: rules, at: now),
                       [.offer(contactId: 1, agent: "ana"), .assign(contactId: 2, agent: "ana")])
        // In a later pass the call still rings her: the next chat still finds her room.
        let ringing = [RoutableAgent(agent: agent("ana", idleSince: 100), heldWritten: 1, hasOpenOffer: true)]
        var rung = call(1)
        rung.isOffered = true
        XCTAssertEqual(Routing.plan(contacts: [rung, chat(4, at: 5)], agents: ringing, rules: rules, at: now),
                       [.assign(contactId: 4, agent: "ana")])
    }

    func testAChatPrefersAnAgentNoCallIsRingingAndNobodyOnACallGetsOne() {
        let agents = [RoutableAgent(agent: agent("ana", idleSince: 100), hasOpenOffer: true),
                      RoutableAgent(agent: agent("bo", idleSince: 200)),
                      RoutableAgent(agent: agent("cy", idleSince: 50), heldVoice: 1)]
        XCTAssertEqual(Routing.plan(contacts: [chat(1, at: 0)], agents: agents, rules: rules, at: now),
                       [.assign(contactId: 1, agent: "bo")])
        XCTAssertEqual(Routing.plan(contacts: [chat(1, at: 0)], agents: [agents[0], agents[2]], rules: rules, at: now),
                       [.assign(contactId: 1, agent: "ana")], "ringing is no reason to wait; being on a call is")
    }
}
