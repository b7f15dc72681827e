import Foundation
import FrontlineTestSupport
import XCTest
@testable import FrontlineCore

/// The manuals' follow-up rules as policy, with a fake clock: every member followed up after a
/// service at a decent time; a resolved complaint followed up as many times as the policy asks
/// before it may be archived, the next call spaced by working days.
final class FollowUpRulesTests: XCTestCase {
    private let shanghai = ShanghaiTime.zone
    private var policy: SLAPolicy { SLAPolicy(calendar: .standard(in: shanghai)) }   // Mon-Fri 09-12, 13-18

    private func at(_ text: String) -> Date { ShanghaiTime.date(text) }

    private func customer(member: Bool) -> Customer {
        Customer(id: 1, name: "王芳", phones: ["+86 130 0000 0042"], email: nil, language: .zhHans, isMember: member, notes: "",
                 createdAt: at("2026-01-01 09:00"))
    }

    private let call = Contact(id: 3, channel: .phone, state: .ended, customerId: 1, address: "+86 130 0000 0042",
                               queuedAt: Date(timeIntervalSince1970: 0))

    func testAMembersServiceIsFollowedUpOneWorkingDayLaterAtADecentTime() {
        // Friday 17:00 + one working day (8 h): 1 h on Friday, 3 h Monday morning, 4 h after lunch.
        XCTAssertEqual(policy.memberFollowUpTime(for: call, customer: customer(member: true), complaintFiled: false,
                                                 endedAt: at("2026-11-27 17:00")), at("2026-11-30 17:00"))
        XCTAssertEqual(policy.memberFollowUpTime(for: call, customer: customer(member: true), complaintFiled: false,
                                                 endedAt: at("2026-11-27 22:00")), at("2026-11-30 09:00"),
                       "a service ended on Friday night: the next working day is Monday, at opening")
        var twoDays = policy
        twoDays.followUps.memberDelay = 2 * 86400
        XCTAssertEqual(twoDays.memberFollowUpTime(for: call, customer: customer(member: true), complaintFiled: false,
                                                  endedAt: at("2026-11-27 22:00")), at("2026-12-01 09:00"), "two: Tuesday at opening")
        let restsAfterFour: (Date) -> Bool = { date in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = self.shanghai
            return calendar.component(.hour, from: date) >= 16
        }
        XCTAssertEqual(policy.memberFollowUpTime(for: call, customer: customer(member: true), complaintFiled: false,
                                                 endedAt: at("2026-11-27 17:00"), isQuiet: restsAfterFour), at("2026-12-01 09:00"),
                       "the customer rests after 16:00: the next morning at opening")
    }

    func testNoMemberFollowUpForNonMembersComplaintsFollowUpsOrWhenTheRuleIsOff() {
        let end = at("2026-11-24 10:00")
        XCTAssertNil(policy.memberFollowUpTime(for: call, customer: customer(member: false), complaintFiled: false, endedAt: end))
        XCTAssertNil(policy.memberFollowUpTime(for: call, customer: customer(member: true), complaintFiled: true, endedAt: end),
                     "the complaint loop follows a complaint up")
        for purpose in ContactPurpose.allCases {
            var callback = call
            callback.channel = .callback
            callback.purpose = purpose
            let due = policy.memberFollowUpTime(for: callback, customer: customer(member: true), complaintFiled: false, endedAt: end)
            XCTAssertEqual(due == nil, purpose.isFollowUp, "a follow-up is not followed up, any other call-back is: \(purpose)")
        }
        var off = policy
        off.followUps.membersAfterService = false
        XCTAssertNil(off.memberFollowUpTime(for: call, customer: customer(member: true), complaintFiled: false, endedAt: end))
        var halfDay = policy
        halfDay.followUps.memberDelay = 43200
        XCTAssertEqual(halfDay.memberFollowUpTime(for: call, customer: customer(member: true), complaintFiled: false, endedAt: end),
                       at("2026-11-24 15:00"), "half a working day: 4 h of working time, over lunch")
    }

    func testAComplaintsNextFollowUpIsSpacedByWorkingDaysUntilThePolicysCountIsMade() {
        var twice = policy
        twice.followUps.complaintFollowUps = 2
        XCTAssertNil(policy.nextComplaintFollowUpTime(after: at("2026-11-27 17:00"), followUpsSoFar: 1), "one is the default")
        XCTAssertEqual(twice.nextComplaintFollowUpTime(after: at("2026-11-27 17:00"), followUpsSoFar: 1), at("2026-11-30 17:00"))
        XCTAssertNil(twice.nextComplaintFollowUpTime(after: at("2026-11-27 17:00"), followUpsSoFar: 2))
        twice.followUps.complaintSpacing = 2 * 86400
        XCTAssertEqual(twice.nextComplaintFollowUpTime(after: at("2026-11-27 17:00"), followUpsSoFar: 1), at("2026-12-01 17:00"))
    }

    func testAComplaintNeedsAsManyFollowUpsAsThePolicyAsksBeforeItIsArchived() throws {
        var complaint = ComplaintCase(complaint: Complaint(id: 7, customerId: 1, contactId: nil, category: .delivery, severity: .minor,
                                                           account: "快递丢了", wants: "退款", promisedReplyAt: nil, agent: "lin",
                                                           receivedAt: at("2026-11-24 09:00")))
        complaint.complaint.state = .implemented
        let once = try complaint.applying(.followUp(satisfaction: .neutral, note: nil), by: "lin", role: .agent, at: at("2026-11-25 10:00")).get()
        XCTAssertNoThrow(try once.applying(.archive, by: "lin", role: .agent, at: at("2026-11-25 10:05")).get(), "one is the default")
        guard case .failure(let error) = once.applying(.archive, by: "lin", role: .agent, requiredFollowUps: 2, at: at("2026-11-25 10:05")) else {
            return XCTFail("archived after one follow-up of two")
        }
        XCTAssertEqual(error.message, "complaint 7: the policy asks for 2 follow-ups before archiving and it has had 1; call the customer again and record their satisfaction first")
        XCTAssertEqual(once.followUpsOwed(required: 2), 1)
        let twice = try once.applying(.followUp(satisfaction: .satisfied, note: nil), by: "lin", role: .agent, requiredFollowUps: 2,
                                      at: at("2026-11-26 10:00")).get()
        XCTAssertEqual(try twice.applying(.archive, by: "lin", role: .agent, requiredFollowUps: 2, at: at("2026-11-26 10:05")).get().complaint.state,
                       .archived)
    }

    func testAnAnswerCyclesThroughTheScriptsBranchesAndSaysWhetherTheCustomerWasReached() {
        XCTAssertEqual(FollowUpAnswer.satisfied.next, .neutral)
        XCTAssertEqual(FollowUpAnswer.unreachable.next, nil)
        XCTAssertEqual(FollowUpAnswer.allCases.map(\.satisfaction), [.satisfied, .neutral, .dissatisfied, nil])
        XCTAssertEqual(FollowUpAnswerRecord(contactId: 4, answer: .dissatisfied, note: "late again", agent: "lin", at: at("2026-11-26 10:00")).logDetail,
                       "answer=dissatisfied note=late again")
    }

    func testAMemberFollowUpRunsTheFollowUpTimerNotTheFiveMinuteCallBack() {
        let due = at("2026-11-24 10:00")
        let followUp = Contact(id: 9, channel: .callback, customerId: 1, address: "+86 130 0000 0042", queuedAt: due, purpose: .memberFollowUp)
        XCTAssertEqual(policy.runningTimer(for: followUp)?.kind, .followUp)
    }
}
