import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Which topics each remaining kind of write records: a console relies on these to reload only
/// what it shows, so a write that forgot one would leave a screen stale.
final class ChangeTopicContractTests: StoreContractCase {
    let rules = AgentStateRules.standard

    private func topics(_ store: any FrontlineStores, of body: () throws -> Void) throws -> Set<ChangeTopic> {
        let before = try store.latestChange()
        try body()
        return try store.changes(after: before).topics
    }

    private func heldEmail(_ store: any FrontlineStores) throws -> Int64 {
        let id = try XCTUnwrap(store.enqueue(channel: .email, from: "ann@example.com", name: "Ann", text: "where is it?", at: t0).id)
        _ = try XCTUnwrap(store.take(contactId: id, agent: "mei", policy: policy, at: at(1)))
        return id
    }

    func testPausingAndResumingATimerChangeTheQueueAndTheContact() throws {
        let store = try makeStore()
        let id = try heldEmail(store)
        // Around the clock, so the email's timer runs whatever day the test starts on.
        var calendar = WorkingCalendar(timeZone: TimeZone(identifier: "UTC")!, hours: [:])
        for day in Weekday.allCases { calendar.hours[day] = [ClockRange(start: 0, end: 24 * 60)] }
        let allHours = SLAPolicy(calendar: calendar)
        XCTAssertEqual(try topics(store) { _ = try store.pause(contactId: id, agent: "mei", reason: "waiting", policy: allHours, at: at(4)) },
                       [.queue, .contact(id)])
        XCTAssertEqual(try topics(store) { _ = try store.resume(contactId: id, agent: "mei", policy: allHours, at: at(5)) },
                       [.queue, .contact(id)])
    }

    func testAPromiseQueuesItsCallBack() throws {
        let store = try makeStore()
        let id = try heldEmail(store)
        var callback: Contact?
        let written = try topics(store) { callback = try store.promise(contactId: id, agent: "mei", due: nil, policy: policy, at: at(2)) }
        let callbackId = try XCTUnwrap(callback?.id)
        XCTAssertEqual(written, [.queue, .contact(id), .contact(callbackId), .customer(try XCTUnwrap(callback?.customerId))])
    }

    func testAHangUpChangesTheQueueAndTheContact() throws {
        let store = try makeStore()
        let id = try XCTUnwrap(store.enqueue(channel: .phone, from: "+1 202 555 0100", name: nil, text: nil, at: t0).id)
        XCTAssertEqual(try topics(store) { _ = try store.abandon(contactId: id, policy: policy, at: at(30)) }, [.queue, .contact(id)])
    }

    func testAReassignmentChangesBothAgentsAndTheQueue() throws {
        let store = try makeStore()
        try store.addAgent(Agent(name: "sun", role: .supervisor, createdAt: t0))
        for name in ["mei", "jun"] {
            try store.addAgent(Agent(name: name, createdAt: t0))
            try store.changeState(of: name, .logIn, at: at(0))
        }
        let id = try heldEmail(store)
        XCTAssertEqual(try topics(store) { try store.reassign(contactId: id, to: "jun", by: "sun", at: at(10)) },
                       [.queue, .contact(id), .agent("mei"), .agent("jun")])
    }

    func testRingingAcceptingAndDecliningAnOfferChangeTheQueueAndTheAgentsRung() throws {
        let store = try makeStore()
        for (index, name) in ["ana", "bo"].enumerated() {
            try store.addAgent(Agent(name: name, createdAt: t0))
            try store.changeState(of: name, .logIn, at: at(Double(index) * 10))
        }
        let id = try XCTUnwrap(store.enqueue(channel: .phone, from: "+1 202 555 0100", name: nil, text: nil, at: at(100)).id)
        XCTAssertEqual(try topics(store) { _ = try store.route(rules: rules, policy: policy, at: at(101)) }, [.queue, .contact(id), .agent("ana")])
        XCTAssertEqual(try topics(store) { try store.declineOffer(contactId: id, agent: "ana", at: at(102)) }, [.queue, .contact(id), .agent("ana")])
        XCTAssertEqual(try topics(store) { _ = try store.route(rules: rules, policy: policy, at: at(103)) }, [.queue, .contact(id), .agent("bo")])
        XCTAssertEqual(try topics(store) { _ = try store.acceptOffer(contactId: id, agent: "bo", policy: policy, at: at(104)) },
                       [.queue, .contact(id), .agent("bo")])
        XCTAssertEqual(try topics(store) { _ = try store.route(rules: rules, policy: policy, at: at(105)) }, [], "a pass with nothing to do writes nothing")
    }

    func testAComplaintStepChangesTheComplaintAndItsCustomer() throws {
        let store = try makeStore()
        let contact = try store.enqueue(channel: .phone, from: "+1 202 555 0100", name: "Sam", text: nil, at: t0)
        let complaint = try store.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                          severity: .minor, account: "late", wants: "refund", promisedReplyAt: nil,
                                                          agent: "mei", receivedAt: t0))
        let id = try XCTUnwrap(complaint.id)
        XCTAssertEqual(try topics(store) {
            try store.apply(.judge(valid: true, explanation: nil), to: id, by: "mei", role: .agent, policy: policy, at: at(60))
        }, [.complaint(id), .customer(contact.customerId)])
    }

    func testAssigningACustomerQueuesTheirFirstContact() throws {
        let store = try makeStore()
        let customerId = try store.enqueue(channel: .phone, from: "+1 202 555 0100", name: "Sam", text: nil, at: t0).customerId
        _ = try store.addAgent(Agent(name: "mei", createdAt: t0))
        var callback: Contact?
        let written = try topics(store) { callback = try store.assignCustomer(customerId, to: "mei", at: at(60)) }
        XCTAssertEqual(written, [.queue, .contact(try XCTUnwrap(callback?.id)), .customer(customerId)])
    }

    func testTheSweepOfADeadConsoleChangesThatAgentOnly() throws {
        let store = try makeStore()
        try store.addAgent(Agent(name: "ana", createdAt: t0))
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["60"]
        try child.run()
        let console = try XCTUnwrap(ConsoleProcess.running(pid: child.processIdentifier))
        try store.logIn("ana", console: console, at: at(0))
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        XCTAssertEqual(try topics(store) { XCTAssertEqual(try store.logOutGoneConsoles(at: at(30)), ["ana"]) }, [.agent("ana")])
    }

    func testAWrapUpRunningOutChangesThatAgent() throws {
        let store = try makeStore()
        try store.addAgent(Agent(name: "mei", createdAt: t0))
        try store.changeState(of: "mei", .logIn, at: t0)
        let id = try heldEmail(store)
        _ = try store.wrapUp(contactId: id, agent: "mei", at: at(10))
        XCTAssertEqual(try topics(store) { try store.settleWrapUps(at: at(10 + rules.wrapUpSeconds + 1)) }, [.agent("mei")])
    }

    func testASupervisorChangingAnAgentsStateChangesThatAgent() throws {
        let store = try makeStore()
        try store.addAgent(Agent(name: "sun", role: .supervisor, createdAt: t0))
        try store.addAgent(Agent(name: "mei", createdAt: t0))
        try store.changeState(of: "mei", .logIn, at: t0)
        XCTAssertEqual(try topics(store) { try store.changeState(of: "mei", .goAway(.coaching), by: "sun", at: at(5)) }, [.agent("mei")])
    }

    func testAWordingOverrideChangesOnlyThatContact() throws {
        let store = try makeStore()
        let id = try heldEmail(store)
        XCTAssertEqual(try topics(store) { try store.recordWordingOverride(contactId: id, agent: "mei", words: ["calm down"], at: at(5)) },
                       [.contact(id)])
    }
}
