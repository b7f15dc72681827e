import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The customer file shows what is stored: notes, the call-backs still to come apart from past
/// contacts, and why each call-back exists.
final class CustomerFileTests: StoreContractCase {
    /// Around the clock, so promises do not depend on the day of the week the test runs on.
    private var allHours: SLAPolicy {
        var calendar = WorkingCalendar(timeZone: TimeZone(identifier: "UTC")!, hours: [:])
        for day in Weekday.allCases { calendar.hours[day] = [ClockRange(start: 0, end: 24 * 60)] }
        return SLAPolicy(calendar: calendar)
    }

    /// "Recent contacts" listed a promised call-back dated in the future: it is stored with its
    /// due time as its queue time, and was read as a past contact.
    func testAPromisedCallBackIsToComeNotARecentContactUntilItIsDue() throws {
        let database = try makeStore()
        _ = try database.addAgent(Agent(name: "mina", displayName: "Mina Park", createdAt: t0))
        let mail = try database.enqueue(channel: .email, from: "li@example.com", name: "李静", text: "发票在哪里？", at: t0)
        _ = try database.take(contactId: mail.id!, agent: "mina", policy: allHours, at: at(60))
        let callback = try database.promise(contactId: mail.id!, agent: "mina", due: at(7200), policy: allHours, at: at(600))

        let before = try XCTUnwrap(try database.customerFile(customerId: mail.customerId, limit: 5, at: at(700)))
        XCTAssertEqual(before.recentContacts.map(\.id), [mail.id], "nothing dated after now among the past contacts")
        XCTAssertEqual(before.scheduledCallbacks.map(\.id), [callback.id])
        XCTAssertEqual(before.callbackReasons[callback.id!], .promisedReply(agent: "mina", contactId: mail.id, at: at(600)))
        XCTAssertEqual(before.displayName(of: "mina"), "Mina Park")

        let due = try XCTUnwrap(try database.customerFile(customerId: mail.customerId, limit: 5, at: at(7200)))
        XCTAssertEqual(due.recentContacts.map(\.id), [callback.id, mail.id], "due: it has entered the queue")
        XCTAssertEqual(due.scheduledCallbacks, [])
        XCTAssertNotNil(due.callbackReasons[callback.id!], "the reason stays with it once due")
    }

    func testNotesOnAnyOfTheCustomersContactsAreInTheFileNewestFirstWithTheirAuthor() throws {
        let database = try makeStore()
        _ = try database.addAgent(Agent(name: "lin", displayName: "林娜", createdAt: t0))
        let first = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let second = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: nil, text: nil, at: at(100))
        XCTAssertEqual(first.customerId, second.customerId)
        _ = try database.addNote(contactId: first.id!, agent: "lin", text: "asked the warehouse", at: at(50))
        _ = try database.addNote(contactId: second.id!, agent: "gone", text: "called again", at: at(150))
        let file = try XCTUnwrap(try database.customerFile(customerId: first.customerId, limit: 5, at: at(200)))
        XCTAssertEqual(file.notes.map(\.text), ["called again", "asked the warehouse"])
        XCTAssertEqual(file.notes.map(\.contactId), [second.id!, first.id!])
        XCTAssertEqual(file.notes.map { file.displayName(of: $0.agent) }, ["gone", "林娜"], "an agent not on the roster keeps the login name")
        XCTAssertEqual(try XCTUnwrap(database.customerFile(customerId: first.customerId, limit: 1, at: at(200))).notes.count, 1,
                       "as many as the file's limit")
    }

    func testAFollowUpCallAndAFirstContactSayWhyTheyExist() throws {
        let database = try makeStore()
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let complaint = try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                             severity: .minor, account: "快递丢了", wants: "重新发货", promisedReplyAt: nil,
                                                             agent: "lin", receivedAt: t0))
        let id = try XCTUnwrap(complaint.id)
        for (minute, step) in [ComplaintStep.judge(valid: true, explanation: nil), .assign(department: "warehouse", owner: "lin"),
                               .proposeSolution("resend")].enumerated() {
            _ = try database.apply(step, to: id, by: "lin", role: .agent, policy: policy, at: at(Double(60 * (minute + 1))))
        }
        let solution = try XCTUnwrap(try database.solutions(complaintId: id).first?.id)
        for (minute, step) in [ComplaintStep.offer(solutionId: solution), .accept(solutionId: solution), .implement].enumerated() {
            _ = try database.apply(step, to: id, by: "lin", role: .agent, policy: policy, at: at(Double(60 * (minute + 4))))
        }
        let assigned = try database.assignCustomer(contact.customerId, to: "lin", at: at(600))
        let file = try XCTUnwrap(try database.customerFile(customerId: contact.customerId, limit: 5, at: at(700)))
        let followUp = try XCTUnwrap((file.recentContacts + file.scheduledCallbacks).first { $0.purpose == .followUp },
                                     "due at the next calling time after it was resolved")
        XCTAssertEqual(followUp.queuedAt, policy.callingTime(atOrAfter: at(360)))
        XCTAssertEqual(file.callbackReasons[followUp.id!], .followUp(complaintId: id))
        XCTAssertEqual(file.callbackReasons[assigned.id!], .firstContact(agent: "lin"))
        XCTAssertTrue(file.recentContacts.map(\.id).starts(with: [assigned.id]))
        XCTAssertEqual(file.recentContacts.last?.id, contact.id)
    }
}
