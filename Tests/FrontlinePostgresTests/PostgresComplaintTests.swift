import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Group B's complaint methods on a real PostgreSQL server: drafts, filing, the loop's steps and
/// what the complaint screens read. Agents on the roster (group A's addAgent is not ported yet)
/// are set up with plain SQL.
final class PostgresComplaintTests: XCTestCase {
    private var backend: PostgresBackend!
    private var store: PostgresStore!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private let policy = SLAPolicy.standard
    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        store = try PostgresStore.open(backend.database)
        for name in ["lin", "park"] {
            try store.session.alone {
                _ = try store.session.query("INSERT INTO agents (name, display_name, role, created_at) VALUES ($1, $1, 'agent', $2)", [name, t0])
            }
        }
    }
    override func tearDownWithError() throws { try backend?.tearDown() }

    private func topics(after sequence: Int64) throws -> Set<ChangeTopic> { try store.changes(after: sequence).topics }

    private func fileMajor() throws -> (complaint: Complaint, contact: Contact) {
        let contact = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let complaint = try store.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                          severity: .major, account: "快递丢了", wants: "重新发货", promisedReplyAt: at(3600),
                                                          agent: "lin", receivedAt: t0))
        return (complaint, contact)
    }

    func testADraftIsSavedReplacedAndDeletedOnlyOnItsAgentsTopic() throws {
        XCTAssertNil(try store.complaintDraft(agent: "lin"))
        var draft = ComplaintDraft(agent: "lin", customerId: 7, contactId: 9, category: .price, severity: .major, account: "too dear",
                                   paraphrase: "you paid more", wants: "refund", promisedReply: "+2h", focusedField: .wants)
        let before = try store.latestChange()
        try store.saveComplaintDraft(draft)
        XCTAssertEqual(try store.complaintDraft(agent: "lin"), draft)
        draft.category = nil
        draft.account = "改了"
        try store.saveComplaintDraft(draft)
        XCTAssertEqual(try store.complaintDraft(agent: "lin"), draft)
        XCTAssertEqual(try topics(after: before), [.draft("lin")])
        let saved = try store.latestChange()
        try store.deleteComplaintDraft(agent: "park")
        XCTAssertEqual(try store.latestChange(), saved, "deleting no draft changes nothing, so the feed does not move")
        try store.deleteComplaintDraft(agent: "lin")
        XCTAssertNil(try store.complaintDraft(agent: "lin"))
        XCTAssertEqual(try topics(after: saved), [.draft("lin")])
    }

    func testFilingStartsTheHistoryTakesTheContactsChannelAndDropsTheDraft() throws {
        try store.saveComplaintDraft(ComplaintDraft(agent: "lin", account: "draft"))
        let before = try store.latestChange()
        let (complaint, contact) = try fileMajor()
        let id = try XCTUnwrap(complaint.id)
        XCTAssertEqual(complaint.channel, .phone)
        XCTAssertEqual(try store.complaint(id: id), complaint)
        XCTAssertNil(try store.complaintDraft(agent: "lin"))
        XCTAssertEqual(try store.complaintHistory(id: id).map { "\($0.field) \($0.oldValue ?? "-") -> \($0.newValue ?? "-")" },
                       ["state - -> received"])
        XCTAssertEqual(try store.events(contactId: contact.id!).map(\.kind), [.queued, .complaintFiled])
        XCTAssertEqual(try store.events(contactId: contact.id!).last?.detail, "delivery")
        XCTAssertTrue(try topics(after: before).isSuperset(of: [.complaint(id), .customer(contact.customerId), .draft("lin"), .contact(contact.id!)]))
        XCTAssertThrowsError(try store.fileComplaint(Complaint(customerId: 999, contactId: nil, category: .price, severity: .minor,
                                                               account: "a", wants: "b", promisedReplyAt: nil, agent: "lin", receivedAt: t0))) {
            XCTAssertEqual($0 as? StoreError, .noSuchCustomer(999))
        }
    }

    func testTheLoopSavesEveryStepQueuesTheFollowUpCallAndClosesItWhenFollowedUpEarly() throws {
        let (filed, contact) = try fileMajor()
        let id = try XCTUnwrap(filed.id)
        XCTAssertThrowsError(try store.apply(.assign(department: "warehouse", owner: "nobody"), to: id, by: "lin", role: .agent, policy: policy,
                                             at: at(60))) { XCTAssertEqual($0 as? StoreError, .noSuchAgent("nobody")) }
        XCTAssertThrowsError(try store.apply(.approve, to: 999, by: "lin", role: .supervisor, policy: policy, at: at(60))) {
            XCTAssertEqual($0 as? StoreError, .noSuchComplaint(999))
        }
        var minute = 1
        func step(_ step: ComplaintStep, by agent: String = "lin", role: AgentRole = .agent) throws -> Complaint {
            defer { minute += 1 }
            return try store.apply(step, to: id, by: agent, role: role, policy: policy, at: at(Double(60 * minute)))
        }
        _ = try step(.judge(valid: true, explanation: nil))
        _ = try step(.assign(department: "warehouse", owner: "park"))
        _ = try step(.proposeSolution("resend"), by: "park")
        _ = try step(.proposeSolution("refund"), by: "park")
        let solutions = try store.solutions(complaintId: id).compactMap(\.id)
        XCTAssertEqual(solutions.count, 2)
        _ = try step(.offer(solutionId: solutions[1]), by: "park")
        _ = try step(.accept(solutionId: solutions[1]), by: "park")
        XCTAssertThrowsError(try store.apply(.approve, to: id, by: "park", role: .agent, policy: policy, at: at(600))) {
            XCTAssertEqual($0 as? StoreError, .refused("only a supervisor may approve complaint \(id); park is an agent"))
        }
        _ = try step(.approve, by: "sun", role: .supervisor)
        let implemented = try step(.implement, by: "park")
        XCTAssertEqual(implemented.state, .implemented)
        XCTAssertEqual(try store.complaint(id: id), implemented)
        XCTAssertEqual(try store.solutions(complaintId: id).map(\.status), [.proposed, .accepted])

        // Resolving it queued the follow-up call, kept for the owner, on the complaint's contact's number.
        let followUpCall = try XCTUnwrap(try store.session.alone {
            try store.session.query("SELECT contact_id FROM followup_contacts WHERE complaint_id = $1", [id]).rows.first?
                .get("contact_id", as: Int64.self)
        })
        let call = try XCTUnwrap(try store.contact(id: followUpCall))
        XCTAssertEqual(call.channel, .callback)
        XCTAssertEqual(call.purpose, .followUp)
        XCTAssertEqual(call.owner, "park")
        XCTAssertEqual(call.address, contact.address)
        XCTAssertEqual(call.state, .waiting)
        XCTAssertEqual(try store.complaintForFollowUp(contactId: followUpCall), implemented)
        XCTAssertNil(try store.complaintForFollowUp(contactId: contact.id!))

        // Followed up before the call came due: the call is closed, nothing left to call about.
        let followedUp = try step(.followUp(satisfaction: .satisfied, note: "很满意"), by: "park")
        XCTAssertEqual(followedUp.state, .followedUp)
        XCTAssertEqual(try store.followUps(complaintId: id).map(\.note), ["很满意"])
        XCTAssertEqual(try store.contact(id: followUpCall)?.state, .ended)
        XCTAssertEqual(try store.events(contactId: followUpCall).map(\.kind), [.queued, .completed])

        let history = try store.complaintHistory(id: id)
        XCTAssertEqual(history.filter { $0.kind == .state }.compactMap(\.newValue),
                       ["received", "judged", "assigned", "solution-proposed", "approved", "implemented", "followed-up"])
        XCTAssertEqual(history.first { $0.newValue == "approved" }?.agent, "sun")
        XCTAssertEqual(history.filter { $0.kind == .owner }.compactMap(\.newValue), ["park"])
        let steps = try store.session.alone {
            try store.session.query("SELECT payload FROM outbound_events WHERE kind = 'complaint-step' ORDER BY seq").rows
                .map { try $0.get("payload", as: String.self) }
        }
        XCTAssertEqual(steps.count, 10, "filing and the nine steps")
        XCTAssertTrue(steps[0].contains("\"step\":\"file\""), steps[0])
        XCTAssertTrue(steps[1].contains("\"step\":\"judged-valid\""), steps[1])
    }

    func testTheListShowsOpenComplaintsByNextDeadlineFilteredByStateAndOwner() throws {
        let (major, contact) = try fileMajor()
        func file(_ severity: ComplaintSeverity, at seconds: TimeInterval) throws -> Int64 {
            try XCTUnwrap(try store.fileComplaint(Complaint(customerId: contact.customerId, contactId: nil, category: .price, severity: severity,
                                                            account: "a", wants: "b", promisedReplyAt: nil, agent: "lin",
                                                            receivedAt: at(seconds))).id)
        }
        let later = try file(.major, at: 3600)
        let rejected = try file(.minor, at: 60)
        _ = try store.apply(.judge(valid: false, explanation: "as advertised"), to: rejected, by: "lin", role: .agent, policy: policy, at: at(120))
        _ = try store.apply(.judge(valid: true, explanation: nil), to: later, by: "lin", role: .agent, policy: policy, at: at(120))
        _ = try store.apply(.assign(department: "warehouse", owner: "park"), to: later, by: "lin", role: .agent, policy: policy, at: at(180))
        let open = try store.complaints(state: nil, owner: nil, policy: policy)
        XCTAssertEqual(open.map(\.complaint.id), [major.id, later])
        XCTAssertEqual(open.map(\.customerName), ["王芳", "王芳"])
        XCTAssertEqual(open.map { $0.nextDeadline != nil }, [true, true])
        XCTAssertEqual(try store.complaints(state: .rejected, owner: nil, policy: policy).map(\.complaint.id), [rejected])
        XCTAssertEqual(try store.complaints(state: nil, owner: "park", policy: policy).map(\.complaint.id), [later])
        XCTAssertEqual(try store.complaints(state: .assigned, owner: "park", policy: policy).map(\.complaint.id), [later])
        XCTAssertEqual(try store.complaints(state: .assigned, owner: "lin", policy: policy).map(\.complaint.id), [])
    }
}
