import Foundation
import FrontlineTestSupport
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The manuals' follow-up rules on a real store: a member's service queues its follow-up at a
/// decent time, a follow-up call's answer is kept (with the call-back, in the log, in the file),
/// and a complaint the policy wants followed up twice gets its second call once the first is made.
final class FollowUpRulesStoreTests: StoreContractCase {
    private let shanghai = ShanghaiTime.zone
    private var shop: SLAPolicy { SLAPolicy(calendar: .standard(in: shanghai)) }   // Mon-Fri 09-12, 13-18

    private func local(_ text: String) -> Date { ShanghaiTime.date(text) }

    /// A member's call taken and held by lin.
    private func memberCall(_ database: any FrontlineStores, at time: String, phone: String = "+86 130 0000 0061") throws -> Contact {
        if try database.roster().contains(where: { $0.agent.name == "lin" }) == false { _ = try database.addAgent(Agent(name: "lin", createdAt: t0)) }
        let call = try database.enqueue(channel: .phone, from: phone, name: "王芳", text: nil, at: local(time))
        try database.editCustomer(call.customerId, edits: [.set(.member, "yes")], agent: "lin", at: local(time))
        return try XCTUnwrap(try database.take(contactId: call.id!, agent: "lin", policy: shop, at: local(time).addingTimeInterval(30)))
    }

    private func waitingFollowUps(_ database: any FrontlineStores, purpose: ContactPurpose) throws -> [Contact] {
        try database.followUps(.all, at: local("2030-01-01 00:00"), limit: 100).map(\.contact)
            .filter { $0.purpose == purpose && $0.state == .waiting }
    }

    func testAMembersServiceOnFridayEveningIsFollowedUpTheNextWorkingDayAndOnlyOnce() throws {
        let database = try makeStore()
        let call = try memberCall(database, at: "2026-09-25 17:00")   // a Friday, an hour before closing
        _ = try database.wrapUp(contactId: call.id!, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["payment"]), answer: nil,
                                policy: shop, at: local("2026-09-25 17:10"))
        let followUp = try XCTUnwrap(try waitingFollowUps(database, purpose: .memberFollowUp).first)
        XCTAssertEqual(followUp.queuedAt, local("2026-09-28 17:10"), "one working day later: 50 min on Friday, the rest on Monday")
        XCTAssertEqual(followUp.owner, "lin", "the matter's owner makes the call")
        XCTAssertTrue(try database.events(contactId: call.id!).contains { $0.kind == .memberFollowUpQueued && $0.detail == "call-back \(followUp.id!)" })
        let file = try XCTUnwrap(try database.customerFile(customerId: call.customerId, limit: 10, at: local("2026-09-25 17:11")))
        XCTAssertEqual(file.callbackReasons[followUp.id!], .memberFollowUp(contactId: call.id))

        let again = try database.enqueue(channel: .phone, from: "+86 130 0000 0061", name: "王芳", text: nil, at: local("2026-09-25 17:20"))
        _ = try database.take(contactId: again.id!, agent: "lin", policy: shop, at: local("2026-09-25 17:21"))
        _ = try database.wrapUp(contactId: again.id!, agent: "lin", rules: .standard, entry: nil, answer: nil, policy: shop, at: local("2026-09-25 17:30"))
        XCTAssertEqual(try waitingFollowUps(database, purpose: .memberFollowUp).count, 1, "one waiting follow-up covers both services")
    }

    func testNoMemberFollowUpWhenTheRuleIsOffOrAComplaintWasFiled() throws {
        let database = try makeStore()
        var off = shop
        off.followUps.membersAfterService = false
        let first = try memberCall(database, at: "2026-09-28 10:00")
        _ = try database.wrapUp(contactId: first.id!, agent: "lin", rules: .standard, entry: nil, answer: nil, policy: off, at: local("2026-09-28 10:05"))
        let second = try memberCall(database, at: "2026-09-28 10:10", phone: "+86 130 0000 0062")
        _ = try database.wrapUp(contactId: second.id!, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["complaint-filed"]),
                                answer: nil, policy: shop, at: local("2026-09-28 10:15"))
        XCTAssertEqual(try waitingFollowUps(database, purpose: .memberFollowUp), [], "the complaint loop follows a complaint up")
    }

    func testAFollowUpCallNeedsItsAnswerWhichIsKeptWithTheCallTheLogAndTheFile() throws {
        let database = try makeStore()
        let call = try memberCall(database, at: "2026-09-28 10:00")
        assertThrows(.refused("contact \(call.id!) is no follow-up call, so it has no follow-up answer; wrap it up without one")) {
            try database.wrapUp(contactId: call.id!, agent: "lin", rules: .standard, entry: nil, answer: .satisfied, policy: self.shop,
                                at: self.local("2026-09-28 10:05"))
        }
        _ = try database.wrapUp(contactId: call.id!, agent: "lin", rules: .standard, entry: nil, answer: nil, policy: shop, at: local("2026-09-28 10:05"))
        let followUp = try XCTUnwrap(try waitingFollowUps(database, purpose: .memberFollowUp).first)
        XCTAssertEqual(followUp.queuedAt, local("2026-09-29 10:05"))
        XCTAssertEqual(try database.followUps(.due, at: local("2026-09-29 10:04"), limit: 10), [], "not due before its time")
        XCTAssertEqual(try database.followUps(.due, at: local("2026-09-29 10:06"), limit: 10).map(\.contact.id), [followUp.id])
        _ = try XCTUnwrap(try database.take(contactId: followUp.id!, agent: "lin", policy: shop, at: local("2026-09-29 10:06")))
        assertThrows(.refused("contact \(followUp.id!) is a follow-up call: say what came of it (satisfied, neutral, dissatisfied or unreachable)")) {
            try database.wrapUp(contactId: followUp.id!, agent: "lin", rules: .standard, entry: nil, answer: nil, policy: self.shop,
                                at: self.local("2026-09-29 10:10"))
        }
        _ = try database.wrapUp(contactId: followUp.id!, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["after-sales"], summary: "happy, wants SMS next time"),
                                answer: .satisfied, policy: shop, at: local("2026-09-29 10:10"))

        let answer = FollowUpAnswerRecord(contactId: followUp.id!, answer: .satisfied, note: "happy, wants SMS next time", agent: "lin",
                                          at: local("2026-09-29 10:10"))
        XCTAssertEqual(try database.followUpAnswers(contactIds: [followUp.id!, call.id!]), [followUp.id!: answer])
        XCTAssertEqual(try database.followUps(.done, at: local("2026-09-29 11:00"), limit: 10).map(\.answer), [answer])
        XCTAssertEqual(try database.followUps(.due, at: local("2026-09-29 11:00"), limit: 10), [])
        XCTAssertTrue(try database.events(contactId: followUp.id!).contains {
            $0.kind == .followUpAnswered && $0.detail == "answer=satisfied note=happy, wants SMS next time"
        })
        XCTAssertEqual(try database.latestWrapUps(contactIds: [followUp.id!])[followUp.id!]?.followUpAnswer, .satisfied)
        let file = try XCTUnwrap(try database.customerFile(customerId: call.customerId, limit: 10, at: local("2026-09-29 11:00")))
        XCTAssertEqual(file.wrapUps[followUp.id!]?.followUpAnswer, .satisfied, "the customer file shows what came of it")
        XCTAssertEqual(try waitingFollowUps(database, purpose: .memberFollowUp), [], "a follow-up is not itself followed up")
    }

    func testAMemberFollowUpNobodyAnsweredIsTriedAgainAWorkingDayLater() throws {
        let database = try makeStore()
        let call = try memberCall(database, at: "2026-09-28 10:00")
        _ = try database.wrapUp(contactId: call.id!, agent: "lin", rules: .standard, entry: nil, answer: nil, policy: shop, at: local("2026-09-28 10:05"))
        let followUp = try XCTUnwrap(try waitingFollowUps(database, purpose: .memberFollowUp).first)
        _ = try XCTUnwrap(try database.take(contactId: followUp.id!, agent: "lin", policy: shop, at: local("2026-09-29 10:06")))
        _ = try database.wrapUp(contactId: followUp.id!, agent: "lin", rules: .standard, entry: nil, answer: .unreachable, policy: shop,
                                at: local("2026-09-29 17:30"))
        let retry = try XCTUnwrap(try waitingFollowUps(database, purpose: .memberFollowUp).first, "100%: tried again")
        XCTAssertEqual(retry.queuedAt, local("2026-09-30 17:30"))
        let file = try XCTUnwrap(try database.customerFile(customerId: call.customerId, limit: 10, at: local("2026-09-29 17:31")))
        XCTAssertEqual(file.callbackReasons[retry.id!], .memberFollowUp(contactId: followUp.id), "it follows the call nobody answered")
    }

    func testAComplaintFollowedUpTwiceGetsItsSecondCallOnceTheFirstIsAnsweredAndOnlyThenIsArchived() throws {
        let database = try makeStore()
        var twice = shop
        twice.followUps.complaintFollowUps = 2
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let received = local("2026-09-28 09:30")
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0063", name: "赵雷", text: nil, at: received)
        let complaint = try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                             severity: .minor, account: "快递丢了", wants: "重新发货", promisedReplyAt: nil,
                                                             agent: "lin", receivedAt: received))
        let id = try XCTUnwrap(complaint.id)
        try resolveComplaint(id, in: database, department: "warehouse", solution: "resend", policy: twice, receivedAt: received, implementedAt: local("2026-09-28 09:42"))

        let first = try XCTUnwrap(try waitingFollowUps(database, purpose: .followUp).first)
        _ = try XCTUnwrap(try database.take(contactId: first.id!, agent: "lin", policy: twice, at: local("2026-09-28 10:00")))
        _ = try database.wrapUp(contactId: first.id!, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["after-sales"], summary: "parcel arrived"),
                                answer: .neutral, policy: twice, at: local("2026-09-28 10:05"))
        XCTAssertEqual(try database.complaints(state: nil, owner: nil, policy: twice).first?.complaint.state, .followedUp,
                       "the answer of a customer reached is the complaint's follow-up")
        assertThrows(.refused("complaint \(id): the policy asks for 2 follow-ups before archiving and it has had 1; call the customer again and record their satisfaction first")) {
            try database.apply(.archive, to: id, by: "lin", role: .agent, policy: twice, at: self.local("2026-09-28 10:06"))
        }
        let second = try XCTUnwrap(try waitingFollowUps(database, purpose: .followUp).first)
        XCTAssertEqual(second.queuedAt, local("2026-09-29 10:05"), "one working day after the first was made")
        XCTAssertEqual(second.owner, "lin")

        _ = try XCTUnwrap(try database.take(contactId: second.id!, agent: "lin", policy: twice, at: local("2026-09-29 10:10")))
        _ = try database.wrapUp(contactId: second.id!, agent: "lin", rules: .standard, entry: nil, answer: .unreachable, policy: twice,
                                at: local("2026-09-29 10:12"))
        XCTAssertEqual(try database.complaints(state: nil, owner: nil, policy: twice).first?.complaint.state, .followedUp)
        let retry = try XCTUnwrap(try waitingFollowUps(database, purpose: .followUp).first, "nobody answered: the call is tried again")
        XCTAssertEqual(retry.queuedAt, local("2026-09-30 10:12"))
        assertThrows(.refused("complaint \(id): the policy asks for 2 follow-ups before archiving and it has had 1; call the customer again and record their satisfaction first")) {
            try database.apply(.archive, to: id, by: "lin", role: .agent, policy: twice, at: self.local("2026-09-29 10:13"))
        }
        _ = try database.apply(.followUp(satisfaction: .satisfied, note: nil), to: id, by: "lin", role: .agent, policy: twice, at: local("2026-09-29 15:00"))
        XCTAssertEqual(try database.apply(.archive, to: id, by: "lin", role: .agent, policy: twice, at: local("2026-09-29 15:01")).state, .archived)
        XCTAssertEqual(try waitingFollowUps(database, purpose: .followUp), [], "two made: no third")
    }

    func testAnAnswerAlreadyRecordedWithTheComplaintsScriptDuringTheCallIsNotCountedTwice() throws {
        let database = try makeStore()
        var twice = shop
        twice.followUps.complaintFollowUps = 2
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let received = local("2026-09-28 09:30")
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0064", name: "李静", text: nil, at: received)
        let id = try XCTUnwrap(try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                                    severity: .minor, account: "坏了", wants: "换货", promisedReplyAt: nil,
                                                                    agent: "lin", receivedAt: received)).id)
        try resolveComplaint(id, in: database, department: "warehouse", solution: "exchange", policy: twice, receivedAt: received,
                             implementedAt: local("2026-09-28 09:42"))
        let first = try XCTUnwrap(try waitingFollowUps(database, purpose: .followUp).first)
        _ = try XCTUnwrap(try database.take(contactId: first.id!, agent: "lin", policy: twice, at: local("2026-09-28 10:00")))
        _ = try database.apply(.followUp(satisfaction: .satisfied, note: nil), to: id, by: "lin", role: .agent, policy: twice, at: local("2026-09-28 10:03"))
        _ = try database.wrapUp(contactId: first.id!, agent: "lin", rules: .standard, entry: nil, answer: .satisfied, policy: twice,
                                at: local("2026-09-28 10:05"))
        XCTAssertEqual(try database.followUps(complaintId: id).count, 1, "one call, one follow-up")
        XCTAssertEqual(try waitingFollowUps(database, purpose: .followUp).count, 1, "the second call is still owed")
    }
}
