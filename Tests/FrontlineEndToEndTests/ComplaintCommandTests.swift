import Foundation
import FrontlineCore
import FrontlineStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `complaint step`, `complaint show`, `complaints` and `complaints stats` as a script runs them.
/// The user running the tests created the database, so is its supervisor, and takes lin's steps
/// for her; that an agent may not approve is `AuthorisationEndToEndTests`'.
final class ComplaintCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    private let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)

    override func setUpWithError() throws {
        try super.setUpWithError()
        try frontline.run("agents", "add", "lin")
    }

    /// Files a complaint of 王芳 as the console would, and returns its id.
    func fileComplaint(_ severity: ComplaintSeverity, receivedAt: Date = Date()) throws -> Int64 {
        let database = try AppDatabase.open(path: frontline.databasePath)
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: receivedAt)
        return try XCTUnwrap(try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                                  severity: severity, account: "快递丢了", wants: "重新发货",
                                                                  promisedReplyAt: nil, agent: "lin", receivedAt: receivedAt)).id)
    }

    /// A complaint handed to an agent who does not exist would be owned by no one.
    func testAssigningToAnAgentWhoDoesNotExistIsRefused() throws {
        let id = try fileComplaint(.minor)
        try step(id, "lin", "judge", "--valid")
        let result = try run("complaint", "step", String(id), "--agent", "lin", "assign", "--department", "warehouse", "--owner", "nobody")
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("frontline agents add nobody"), result.stderr)
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).complaint(id: id)?.owner, nil)
    }

    /// Runs a command with the built-in policy, whatever the machine's config says.
    func run(_ arguments: String...) throws -> ProcessResult { try run(arguments) }

    /// Takes a step that must succeed and returns what it printed.
    @discardableResult
    func step(_ id: Int64, _ agent: String, _ action: String...) throws -> String {
        let result = try run(["complaint", "step", String(id), "--agent", agent] + action)
        XCTAssertEqual(result.status, 0, "\(action): \(result.stderr)")
        return result.stdout
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.frontline(arguments + ["--db", frontline.databasePath], environment: ["XDG_CONFIG_HOME": folder.path])
    }

    /// A step that the rules refuse: exit 65 and the rule's message, on one line.
    func assertRefused(_ id: Int64, _ agent: String, _ action: [String], _ message: String, line: UInt = #line) throws {
        let result = try run(["complaint", "step", String(id), "--agent", agent] + action)
        XCTAssertEqual(result.status, 65, result.stderr, line: line)
        XCTAssertEqual(result.stderr, "frontline: \(message)\n", line: line)
    }

    func testAMajorComplaintGoesThroughTheWholeLoopFromScripts() throws {
        let id = try fileComplaint(.major)
        try step(id, "lin", "judge", "--valid")
        try step(id, "lin", "assign", "--department", "warehouse", "--owner", "lin")
        let resend = try XCTUnwrap(Int64(try step(id, "lin", "propose", "重新发货").split(separator: "\n").last ?? ""))
        let refund = try XCTUnwrap(Int64(try step(id, "lin", "propose", "全额退款").split(separator: "\n").last ?? ""))
        try step(id, "lin", "offer", String(resend))
        try step(id, "lin", "refuse", String(resend))
        try step(id, "lin", "offer", String(refund))
        try step(id, "lin", "accept", String(refund))
        try assertRefused(id, "lin", ["implement"], "complaint \(id) is major: a supervisor must approve it before it is implemented")
        try step(id, me, "approve")
        try step(id, "lin", "implement")
        try assertRefused(id, "lin", ["archive"],
                          "complaint \(id): archive needs at least one follow-up; call the customer and record their satisfaction first")
        try step(id, "lin", "follow-up", "--satisfaction", "satisfied", "--note", "很满意")
        XCTAssertEqual(try step(id, "lin", "archive"), "complaint \(id): archived\n")

        let shown = try run("complaint", "show", String(id), "--json")
        XCTAssertEqual(shown.status, 0, shown.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["state"] as? String, "archived")
        XCTAssertEqual(object["accepted_solution_id"] as? Int, Int(refund))
        XCTAssertTrue(object["archived_at"] is String)
        let solutions = try XCTUnwrap(object["solutions"] as? [[String: Any]])
        XCTAssertEqual(solutions.compactMap { $0["status"] as? String }, ["refused", "accepted"])
        let followUps = try XCTUnwrap(object["follow_ups"] as? [[String: Any]])
        XCTAssertEqual(followUps.compactMap { $0["note"] as? String }, ["很满意"])
        let history = try XCTUnwrap(object["history"] as? [[String: Any]])
        let states = history.filter { $0["kind"] as? String == "state" }
        XCTAssertEqual(states.compactMap { $0["new_value"] as? String },
                       ["received", "judged", "assigned", "solution-proposed", "approved", "implemented", "followed-up", "archived"])
        XCTAssertEqual(states.compactMap { $0["agent"] as? String }, ["lin", "lin", "lin", "lin", me, "lin", "lin", "lin"])
        XCTAssertEqual(states.map { $0["actor"] as? String }, [nil, me, me, me, nil, me, me, me], "lin's steps were taken for her")
        XCTAssertTrue(history.allSatisfy { $0["at"] is String }, "every change has its time")
        XCTAssertEqual(history.filter { $0["field"] as? String == "solution \(resend)" }.compactMap { $0["new_value"] as? String },
                       ["proposed: 重新发货", "offered", "refused"])
        XCTAssertTrue(history.contains { $0["kind"] as? String == "owner" && $0["new_value"] as? String == "lin" })

        let text = try run("complaint", "show", String(id))
        XCTAssertTrue(text.stdout.contains("state: approved -> implemented"), text.stdout)

        let database = try AppDatabase.open(path: frontline.databasePath)
        let complaint = try XCTUnwrap(try database.complaint(id: id))
        let resolvedAt = try XCTUnwrap(complaint.resolvedAt)
        // The follow-up call was queued for the first calling time after resolving (the customer's newest
        // contact; on a weekend, Monday's opening); the follow-up recorded before then closed it.
        let followUpCall = try XCTUnwrap(try database.customerFile(customerId: complaint.customerId, limit: 5, at: Date())?.recentContacts.first)
        XCTAssertEqual(followUpCall.channel, .callback)
        XCTAssertEqual(followUpCall.queuedAt, SLAPolicy.standard.callingTime(atOrAfter: resolvedAt))
        XCTAssertEqual(followUpCall.state, .ended)
        XCTAssertEqual(try database.complaintForFollowUp(contactId: followUpCall.id!)?.id, id)

        let archived = try run("complaints", "--state", "archived", "--json")
        XCTAssertEqual(try CommandLineTests.jsonRows(archived.stdout).compactMap { ($0["id"] as? NSNumber)?.int64Value }, [id])
        XCTAssertEqual(try run("complaints").stdout, "no complaints\n", "archived ones are not open")
    }

    func testWrongStepsAndUnknownComplaintsAreBadData() throws {
        let id = try fileComplaint(.minor)
        try assertRefused(id, "lin", ["propose", "refund"], "complaint \(id) is received: judge it (valid or not) first")
        try assertRefused(id, "lin", ["judge", "--invalid"], "a complaint judged not valid needs the explanation given to the customer")
        try assertRefused(9999, "lin", ["judge", "--valid"], "complaint 9999 does not exist; run 'frontline complaints' to see open complaints")
        let show = try run("complaint", "show", "9999")
        XCTAssertEqual(show.status, 65, show.stderr)
        XCTAssertEqual(try run("complaint", "step", String(id), "--agent", "lin", "judge").status, 64, "--valid or --invalid is required")
        try step(id, "lin", "judge", "--invalid", "--explanation", "the price was as advertised")
        try assertRefused(id, "lin", ["archive"], "complaint \(id) was judged not valid and is closed; file a new complaint if the customer comes back")
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).complaint(id: id)?.explanation, "the price was as advertised")
    }

    func testTheListShowsTheNextDeadlineAndWhetherItHasPassed() throws {
        let late = try fileComplaint(.minor, receivedAt: Date().addingTimeInterval(-10 * 86400))
        let fresh = try fileComplaint(.major)
        let listing = try run("complaints", "--json")
        XCTAssertEqual(listing.status, 0, listing.stderr)
        let rows = try CommandLineTests.jsonRows(listing.stdout)
        XCTAssertEqual(rows.compactMap { ($0["id"] as? NSNumber)?.int64Value }, [late, fresh], "soonest deadline first")
        XCTAssertEqual(rows.compactMap { $0["overdue"] as? Bool }, [true, false])
        XCTAssertEqual(rows.compactMap { $0["raised_to_supervisor"] as? Bool }, [false, true])
        XCTAssertTrue(rows.allSatisfy { $0["owner"] is NSNull }, "absent values are null")
        let table = try run("complaints").stdout.split(separator: "\n")
        XCTAssertEqual(table.first?.split(separator: " ", omittingEmptySubsequences: true),
                       ["id", "customer", "category", "severity", "state", "owner", "next", "deadline", "overdue"])
        XCTAssertTrue(table[1].hasSuffix("yes") && table[1].contains("王芳"), String(table[1]))
    }

    func testStatisticsAsCSVQuoteChineseTextWithCommasAndQuotes() throws {
        let id = try fileComplaint(.minor)
        try step(id, "lin", "edit", "--about-agent", "王,\"小\"明")
        let from = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-3600))
        let to = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3600))
        let csv = try run("complaints", "stats", "--from", from, "--to", to, "--format", "csv")
        XCTAssertEqual(csv.status, 0, csv.stderr)
        // By hand: one minor delivery complaint, received, about 王,"小"明; nothing resolved; not overdue within the hour.
        XCTAssertEqual(csv.stdout, [
            "metric,category,severity,state,agent,value",
            "classification,delivery,minor,received,,1",
            "resolved,,,,,0",
            "followed_up,,,,,0",
            "overdue,,,,,0",
            "about_agent,,,,\"王,\"\"小\"\"明\",1",
        ].joined(separator: "\r\n") + "\r\n")
        let json = try run("complaints", "stats", "--from", from, "--to", to, "--format", "json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertTrue(object["follow_up_coverage"] is NSNull, "nothing resolved, nothing to divide")
        XCTAssertEqual((object["about_agents"] as? [[String: Any]])?.first?["agent"] as? String, "王,\"小\"明")
        let text = try run("complaints", "stats", "--from", from, "--to", to)
        XCTAssertTrue(text.stdout.contains("follow-up coverage  0/0 (–)"), text.stdout)
    }
}
