import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Roles enforced by the database (issue 18): each agent connects as a role of their own, and a
/// raw SQL connection with an agent's credentials cannot do a supervisor's write, while the
/// agent's own work passes through the store on that role. The test server trusts local
/// connections, so a test connects as any login role without a password.
final class PostgresDatabaseRolesTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    /// Around the clock, so the e-mail timer runs whatever day the test starts on.
    let policy: SLAPolicy = {
        var calendar = WorkingCalendar(timeZone: TimeZone(identifier: "UTC")!, hours: [:])
        for day in Weekday.allCases { calendar.hours[day] = [ClockRange(start: 0, end: 24 * 60)] }
        return SLAPolicy(calendar: calendar)
    }()
    private var backend: PostgresBackend?
    /// The login roles this test made; roles are the cluster's, so each test names its own and drops them.
    private var roles: [String] = []

    override func setUpWithError() throws {
        backend = try PostgresBackend()
    }

    override func tearDownWithError() throws {
        try backend?.tearDown()
        let server = try PostgresBackend.testServer()
        try PostgresBackend.admin(server) { session in
            for role in self.roles { try session.query("DROP ROLE IF EXISTS \(PostgresAgentRole.quoted(role))") }
        }
        backend = nil
    }

    func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    /// A login name no other test uses: `base` and a few random letters.
    func unique(_ base: String) -> String {
        let name = base + "_" + UUID().uuidString.prefix(6).lowercased()
        roles.append(name)
        return name
    }

    /// The database, reached as `role`.
    func location(as role: String) throws -> PostgresLocation {
        var location = try XCTUnwrap(backend).database
        location.user = role
        return location
    }

    /// The owner's store (the connection `db init` uses).
    func ownerStore() throws -> PostgresStore {
        try PostgresStore.open(XCTUnwrap(backend).database)
    }

    func rawSession(as role: String) throws -> PostgresSession {
        try PostgresSession.connect(location(as: role), password: nil)
    }

    /// Runs `sql` as one statement on `session`; the server's message when refused, nil when done.
    func refusal(_ session: PostgresSession, _ sql: String, _ binds: [SQLValue] = []) -> String? {
        do {
            _ = try session.alone { try session.query(sql, binds) }
            return nil
        } catch {
            return "\(error)"
        }
    }

    func assertRefused(_ session: PostgresSession, _ sql: String, _ binds: [SQLValue] = [], saying words: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        let message = refusal(session, sql, binds)
        XCTAssertNotNil(message, "the database let this through: \(sql)", file: file, line: line)
        if let message { XCTAssertTrue(message.contains(words), message, file: file, line: line) }
    }

    func assertAllowed(_ session: PostgresSession, _ sql: String, _ binds: [SQLValue] = [], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNil(refusal(session, sql, binds), sql, file: file, line: line)
    }

    /// The role's login and group memberships as the server has them.
    func roleRow(_ role: String, in store: PostgresStore) throws -> (login: Bool, agent: Bool, supervisor: Bool)? {
        try store.read { db in
            try db.query("""
                SELECT rolcanlogin, pg_has_role(oid, 'frontline_agent', 'MEMBER') AS agent, pg_has_role(oid, 'frontline_supervisor', 'MEMBER') AS supervisor
                FROM pg_roles WHERE rolname = $1
                """, [role]).rows.first.map {
                (login: try $0.get("rolcanlogin", as: Bool.self), agent: try $0.get("agent", as: Bool.self),
                 supervisor: try $0.get("supervisor", as: Bool.self))
            }
        }
    }

    // MARK: - The roster keeps the roles

    func testTheRosterGivesEachAgentALoginRoleInTheGroupOfTheirRole() throws {
        let owner = try ownerStore()
        let emma = unique("emma"), sam = unique("sam")
        try owner.addAgent(Agent(name: emma, createdAt: t0))
        try owner.addAgent(Agent(name: sam, role: .supervisor, createdAt: t0))
        XCTAssertTrue(try XCTUnwrap(roleRow(emma, in: owner)) == (true, true, false))
        XCTAssertTrue(try XCTUnwrap(roleRow(sam, in: owner)) == (true, false, true))
        XCTAssertEqual(try PostgresStore.open(location(as: emma)).databaseAgent, emma, "an agent's own role acts as that agent")
        XCTAssertNil(try PostgresStore.open(location(as: sam)).databaseAgent, "a supervisor's role may act for others")
        XCTAssertNil(owner.databaseAgent)

        try owner.updateAgent(named: emma, role: .supervisor, at: at(10))
        XCTAssertTrue(try XCTUnwrap(roleRow(emma, in: owner)) == (true, false, true), "a role change swaps the group")
        try owner.updateAgent(named: emma, role: .agent, at: at(20))
        XCTAssertTrue(try XCTUnwrap(roleRow(emma, in: owner)) == (true, true, false))

        try owner.removeAgent(named: emma, by: nil, at: at(30))
        XCTAssertEqual(try XCTUnwrap(roleRow(emma, in: owner)).login, false, "a removed agent's role may no longer log in")
        XCTAssertThrowsError(try PostgresStore.open(location(as: emma)))
        try owner.restoreAgent(named: emma, by: nil, at: at(40))
        XCTAssertEqual(try XCTUnwrap(roleRow(emma, in: owner)).login, true)
        XCTAssertEqual(try PostgresStore.open(location(as: emma)).databaseAgent, emma)
    }

    /// The demo's agents get their login roles as `agents add` would give them, so its consoles
    /// can connect as emma, lin and park (roles are the cluster's: other tests' demos share them).
    func testTheDemosAgentsCanConnectAsThemselves() throws {
        let owner = try ownerStore()
        try PostgresBackend.admin(PostgresBackend.testServer()) { session in
            for name in ["emma", "lin", "park"] { try session.query("DROP ROLE IF EXISTS \(name)") }
        }
        try owner.seedDemo(now: t0)
        for name in ["emma", "lin", "park"] {
            XCTAssertTrue(try XCTUnwrap(roleRow(name, in: owner)) == (true, true, false), name)
            XCTAssertEqual(try PostgresStore.open(location(as: name)).databaseAgent, name)
        }
    }

    func testAgentsOnTheRosterBeforeV24GetTheirLoginRolesWhenItRuns() throws {
        let database = try XCTUnwrap(backend).database
        let session = try PostgresSession.connect(database, password: nil)
        let lin = unique("lin"), sam = unique("sam"), gone = unique("gone")
        // A database as v23 left it, with a roster.
        try session.transaction {
            try session.query("CREATE TABLE frontline_migrations (identifier TEXT PRIMARY KEY NOT NULL, applied_at DOUBLE PRECISION NOT NULL)")
            for migration in PostgresMigrations.all.prefix(while: { $0.identifier != "v24-database-roles" }) {
                try session.run(script: migration.sql)
                try session.query("INSERT INTO frontline_migrations (identifier, applied_at) VALUES ($1, 0)", [migration.identifier])
            }
            try session.query("""
                INSERT INTO agents (name, display_name, role, created_at, removed_at)
                VALUES ($1, 'Lin', 'agent', 0, NULL), ($2, 'Sam', 'supervisor', 0, NULL), ($3, 'Gone', 'agent', 0, 5)
                """, [lin, sam, gone])
        }
        let owner = try PostgresStore.open(database)
        XCTAssertTrue(try XCTUnwrap(roleRow(lin, in: owner)) == (true, true, false))
        XCTAssertTrue(try XCTUnwrap(roleRow(sam, in: owner)) == (true, false, true))
        XCTAssertNil(try roleRow(gone, in: owner), "a removed agent gets no login")
        XCTAssertEqual(try PostgresStore.open(location(as: lin)).databaseAgent, lin)
    }

    func testWithoutTheRightToManageRolesAddingAnAgentSaysWhatToDoInOneLine() throws {
        let owner = try ownerStore()
        // A supervisor's role without CREATEROLE: the roster change is refused before anything is written.
        let sam = unique("sam"), nina = unique("nina")
        try owner.addAgent(Agent(name: sam, role: .supervisor, createdAt: t0))
        let samsStore = try PostgresStore.open(location(as: sam))
        XCTAssertThrowsError(try samsStore.addAgent(Agent(name: nina, createdAt: t0), by: sam)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("CREATEROLE"), message)
            XCTAssertTrue(message.contains("CREATE ROLE \"\(nina)\" LOGIN IN ROLE frontline_agent"), message)
            XCTAssertFalse(message.contains("\n"), message)
        }
        XCTAssertNil(try owner.agent(named: nina), "nothing of the refused change was kept")
        // Once an administrator made the role, the same change passes.
        try PostgresBackend.admin(PostgresBackend.testServer()) { try $0.query("CREATE ROLE \(nina) LOGIN IN ROLE frontline_agent") }
        try samsStore.addAgent(Agent(name: nina, createdAt: t0), by: sam)
        XCTAssertNotNil(try owner.agent(named: nina))
    }

    // MARK: - What the database refuses an agent's role

    func testAnAgentsRoleCannotDoASupervisorsWriteAndASupervisorsRoleCan() throws {
        let owner = try ownerStore()
        let emma = unique("emma"), bo = unique("bo"), sam = unique("sam")
        try owner.addAgent(Agent(name: emma, createdAt: t0))
        try owner.addAgent(Agent(name: bo, createdAt: t0))
        try owner.addAgent(Agent(name: sam, role: .supervisor, createdAt: t0))
        for name in [emma, bo, sam] { try owner.changeState(of: name, .logIn, at: at(1)) }
        let chat = try owner.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "where is my parcel?", at: at(10))
        let chatId = try XCTUnwrap(chat.id)
        _ = try owner.take(contactId: chatId, agent: bo, policy: policy, at: at(20))
        let waiting = try owner.enqueue(channel: .chat, from: "lee@example.com", name: "Lee", text: "hello", at: at(21))
        let complaint = try owner.fileComplaint(Complaint(customerId: chat.customerId, contactId: chatId, category: .delivery, severity: .major,
                                                          account: "lost parcel", wants: "send it again", promisedReplyAt: nil,
                                                          agent: bo, receivedAt: at(30)))
        let complaintId = try XCTUnwrap(complaint.id)

        let asEmma = try rawSession(as: emma), asSam = try rawSession(as: sam)
        // Reassigning a contact another agent holds (the wallboard's reassign).
        assertRefused(asEmma, "UPDATE contacts SET agent = $1, owner = $1 WHERE id = $2", [emma, chatId], saying: "only a supervisor may reassign")
        assertRefused(asEmma, "UPDATE contacts SET state = 'waiting', agent = NULL, owner = NULL WHERE id = $1", [chatId], saying: "only a supervisor")
        // Changing a role, or anyone's details.
        assertRefused(asEmma, "UPDATE agents SET role = 'supervisor' WHERE name = $1", [emma], saying: "only a supervisor may change")
        assertRefused(asEmma, "UPDATE agents SET groups = '[\"complaints\"]' WHERE name = $1", [bo], saying: "only a supervisor may change")
        assertRefused(asEmma, "INSERT INTO agents (name, display_name, role, created_at) VALUES ('x', 'x', 'supervisor', 0)", saying: "permission denied")
        assertRefused(asEmma, "DELETE FROM agents WHERE name = $1", [bo], saying: "permission denied")
        // The wallboard's actions on another agent: set away, log out, end a wrap-up.
        assertRefused(asEmma, "UPDATE agents SET presence = 'away', away_reason = 'break', state_since = 100 WHERE name = $1", [bo],
                      saying: "only a supervisor may change")
        assertRefused(asEmma, "UPDATE agents SET presence = 'offline' WHERE name = $1", [bo], saying: "only a supervisor may change")
        assertRefused(asEmma, "UPDATE agents SET presence = 'away', away_reason = 'missed-offer', state_since = 12345 WHERE name = $1", [bo],
                      saying: "only a supervisor may change")
        // Approving a complaint; giving a customer to someone else; quality reviews; the API's tokens.
        assertRefused(asEmma, "UPDATE complaints SET state = 'approved' WHERE id = $1", [complaintId], saying: "only a supervisor may approve")
        assertRefused(asEmma, "UPDATE customers SET assigned_agent = $1 WHERE id = $2", [bo, chat.customerId], saying: "only a supervisor may give")
        assertRefused(asEmma, """
            INSERT INTO quality_reviews (contact_id, agent, channel, ended_at, period_start, period_end, seed, sampled_by, sampled_at)
            VALUES ($1, $2, 'chat', 0, 0, 0, '1', $3, 0)
            """, [chatId, bo, emma], saying: "permission denied")
        assertRefused(asEmma, "SELECT * FROM api_tokens", saying: "permission denied")
        assertRefused(asEmma, "INSERT INTO api_tokens (name, scope, hash, created_at) VALUES ('x', 'admin', 'h', 0)", saying: "permission denied")
        assertRefused(asEmma, "DROP TABLE contacts", saying: "must be owner")
        // Nothing of it happened.
        XCTAssertEqual(try owner.contact(id: chatId)?.agent, bo)
        XCTAssertEqual(try owner.agent(named: emma)?.role, .agent)
        XCTAssertEqual(try owner.agent(named: bo)?.presence, .available)

        // What an agent's role may: take an unowned waiting contact, set themself away.
        assertAllowed(asEmma, "UPDATE agents SET presence = 'away', away_reason = 'break' WHERE name = $1", [emma])
        assertAllowed(asEmma, "UPDATE contacts SET state = 'active', agent = $1, owner = $1 WHERE id = $2", [emma, try XCTUnwrap(waiting.id)])

        // The same supervisor's writes pass on a supervisor's role.
        assertAllowed(asSam, "UPDATE contacts SET agent = $1, owner = $1 WHERE id = $2", [sam, chatId])
        assertAllowed(asSam, "UPDATE agents SET role = 'supervisor' WHERE name = $1", [bo])
        assertAllowed(asSam, "UPDATE agents SET presence = 'away', away_reason = 'break' WHERE name = $1", [emma])
        assertAllowed(asSam, "UPDATE complaints SET state = 'approved' WHERE id = $1", [complaintId])
        assertAllowed(asSam, "UPDATE customers SET assigned_agent = $1 WHERE id = $2", [bo, chat.customerId])
        assertRefused(asSam, "DROP TABLE contacts", saying: "must be owner")
    }

    func testThroughTheStoreAnAgentsRoleIsRefusedTheSupervisorsWrites() throws {
        let owner = try ownerStore()
        let emma = unique("emma"), bo = unique("bo"), sam = unique("sam")
        try owner.addAgent(Agent(name: emma, createdAt: t0))
        try owner.addAgent(Agent(name: bo, createdAt: t0))
        try owner.addAgent(Agent(name: sam, role: .supervisor, createdAt: t0))
        for name in [emma, bo] { try owner.changeState(of: name, .logIn, at: at(1)) }
        let chat = try owner.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "hi", at: at(10))
        _ = try owner.take(contactId: try XCTUnwrap(chat.id), agent: bo, policy: policy, at: at(20))

        let emmas = try PostgresStore.open(location(as: emma), actor: "someone-else")
        XCTAssertEqual(emmas.actor, emma, "the database says who is at the keyboard")
        // The store's own authority checks pass (sam is a supervisor) and the database refuses.
        XCTAssertThrowsError(try emmas.reassign(contactId: chat.id!, to: emma, by: sam, policy: policy, at: at(30))) { error in
            XCTAssertTrue("\(error)".contains("only a supervisor may reassign"), "\(error)")
            // A refusal, as the store's own are (the console says "Not done: …"), not a database failure.
            guard case .refused? = error as? StoreError else { return XCTFail("not a refusal: \(error)") }
        }
        XCTAssertThrowsError(try emmas.updateAgent(named: bo, role: .supervisor, by: nil, at: at(30))) { error in
            XCTAssertTrue("\(error)".contains("only a supervisor may change"), "\(error)")
        }
        XCTAssertThrowsError(try emmas.changeState(of: bo, .goAway(.break), by: sam, at: at(30)))
        // Claiming to be someone else is refused by the store before anything is sent.
        XCTAssertThrowsError(try emmas.changeState(of: bo, .logOut, at: at(30))) { error in
            XCTAssertEqual(error as? StoreError, .refused(PostgresAgentRole.actingForOthers(emma, bo)))
        }
        XCTAssertThrowsError(try emmas.reply(contactId: chat.id!, agent: bo, text: "as bo", policy: policy, at: at(30)))
        XCTAssertEqual(try owner.contact(id: chat.id!)?.agent, bo)
        XCTAssertEqual(try owner.agent(named: bo)?.role, .agent)
        XCTAssertEqual(try owner.agent(named: bo)?.presence, .available)

        // A supervisor's role does the same reassignment through the store.
        let sams = try PostgresStore.open(location(as: sam))
        try sams.changeState(of: emma, .goAway(.break), by: sam, at: at(40))
        try sams.changeState(of: emma, .becomeAvailable, by: sam, at: at(41))
        XCTAssertEqual(try sams.reassign(contactId: chat.id!, to: emma, by: sam, policy: policy, at: at(50)).agent, emma)
    }

    // MARK: - What an agent's own work does, on their role

    func testAnAgentsWholeShiftPassesOnTheirOwnRole() throws {
        let owner = try ownerStore()
        let emma = unique("emma"), bo = unique("bo")
        try owner.addAgent(Agent(name: emma, createdAt: t0))
        try owner.addAgent(Agent(name: bo, createdAt: t0))
        try owner.changeState(of: bo, .logIn, at: at(1))
        let store = try PostgresStore.open(location(as: emma))
        XCTAssertEqual(store.databaseAgent, emma)

        try store.logIn(emma, console: nil, at: at(2))
        let first = try store.enqueue(channel: .email, from: "kim@example.com", name: "Kim", text: "where is my parcel?", at: at(10))
        let firstId = try XCTUnwrap(first.id)
        XCTAssertEqual(try store.take(contactId: firstId, agent: emma, policy: policy, at: at(20))?.agent, emma)
        _ = try store.pause(contactId: firstId, agent: emma, reason: "asking the warehouse", policy: policy, at: at(30))
        _ = try store.resume(contactId: firstId, agent: emma, policy: policy, at: at(90))
        _ = try store.reply(contactId: firstId, agent: emma, text: "let me look", policy: policy, at: at(100))
        _ = try store.promise(contactId: firstId, agent: emma, due: at(3600), policy: policy, at: at(110))
        let complaint = try store.fileComplaint(Complaint(customerId: first.customerId, contactId: firstId, category: .delivery, severity: .minor,
                                                           account: "lost parcel", wants: "send it again", promisedReplyAt: nil,
                                                           agent: emma, receivedAt: at(120)))
        _ = try store.apply(.judge(valid: true, explanation: nil), to: try XCTUnwrap(complaint.id), by: emma, role: .agent, policy: policy, at: at(130))
        _ = try store.addNote(contactId: firstId, agent: emma, text: "customer prefers e-mail", at: at(140))
        XCTAssertEqual(try store.wrapUp(contactId: firstId, agent: emma, at: at(150)).state, .ended)
        try store.changeState(of: emma, .endWrapUp, at: at(160))

        // A transfer to a colleague, an escalation, time away and back, and the end of the shift.
        let second = try store.enqueue(channel: .chat, from: "lee@example.com", name: "Lee", text: "hello", at: at(200))
        _ = try store.take(contactId: try XCTUnwrap(second.id), agent: emma, policy: policy, at: at(210))
        XCTAssertEqual(try store.transfer(contactId: second.id!, by: emma, to: .agent(bo), note: "bo knows this order", policy: policy,
                                          at: at(220)).agent, bo)
        let third = try store.enqueue(channel: .email, from: "ann@example.com", name: "Ann", text: "refund?", at: at(300))
        _ = try store.take(contactId: try XCTUnwrap(third.id), agent: emma, policy: policy, at: at(310))
        XCTAssertNil(try store.escalate(contactId: third.id!, by: emma, note: "a refund over my limit", policy: policy, at: at(320)).agent)
        try store.changeState(of: emma, .goAway(.lunch), at: at(400))
        try store.changeState(of: emma, .becomeAvailable, at: at(460))
        _ = try store.route(rules: .standard, policy: policy, at: at(470))
        try store.logOut(emma, console: nil, handoverNote: "the refund waits for a supervisor", at: at(500))

        XCTAssertEqual(try owner.contact(id: firstId)?.state, .ended)
        XCTAssertEqual(try owner.contact(id: second.id!)?.agent, bo)
        XCTAssertEqual(try owner.agent(named: emma)?.presence, .offline)
        XCTAssertEqual(try owner.events(contactId: firstId).map(\.agent).compactMap { $0 }.allSatisfy { $0 == emma }, true)
    }

    func testRoutingOnAnAgentsConsoleStillSettlesColleaguesRunOutWrapUps() throws {
        let owner = try ownerStore()
        let emma = unique("emma"), bo = unique("bo")
        try owner.addAgent(Agent(name: emma, createdAt: t0))
        try owner.addAgent(Agent(name: bo, createdAt: t0))
        try owner.changeState(of: bo, .logIn, at: at(1))
        let chat = try owner.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "Kim", text: nil, at: at(10))
        _ = try owner.take(contactId: try XCTUnwrap(chat.id), agent: bo, policy: policy, at: at(20))
        _ = try owner.wrapUp(contactId: chat.id!, agent: bo, at: at(30))
        XCTAssertEqual(try owner.agent(named: bo)?.presence, .wrapUp)

        // Ending it early is the wallboard's, a supervisor's write.
        assertRefused(try rawSession(as: emma), "UPDATE agents SET presence = 'available', wrap_up_until = NULL, state_since = $1 WHERE name = $2",
                      [at(35), bo], saying: "only a supervisor may change")
        let store = try PostgresStore.open(location(as: emma))
        try store.logIn(emma, console: nil, at: at(40))
        _ = try store.route(rules: .standard, policy: policy, at: at(3600))
        XCTAssertEqual(try owner.agent(named: bo)?.presence, .available, "a wrap-up that ran out ends on any console")
    }

    /// On a floor of agents' own roles, a colleague's killed console is still logged out (v27): an
    /// agent's role may set a colleague offline once that colleague's lease ran out by the server's
    /// clock, and not before.
    func testAnAgentsConsoleLogsOutAColleagueWhoseLeaseRanOutAndOnlyThen() throws {
        let owner = try ownerStore()
        let emma = unique("emma"), bo = unique("bo"), cy = unique("cy")
        for name in [emma, bo, cy] { try owner.addAgent(Agent(name: name, createdAt: t0)) }
        // bo's console elsewhere last renewed long ago; cy's renews now.
        try owner.logIn(bo, console: ConsoleProcess(pid: 4242, started: "another-host-boot-id:1"), at: at(1))
        try owner.logIn(cy, console: ConsoleProcess(pid: 4343, started: "another-host-boot-id:2"), at: Date())

        assertRefused(try rawSession(as: emma), "UPDATE agents SET presence = 'offline' WHERE name = $1", [cy], saying: "only a supervisor may change")
        let store = try PostgresStore.open(location(as: emma))
        try store.logIn(emma, console: nil, at: Date())
        XCTAssertEqual(try store.logOutGoneConsoles(policy: policy, at: Date() + 60), [bo],
                       "cy's lease still holds by the server's clock, whatever this console's clock says")
        XCTAssertEqual(try owner.agent(named: bo)?.presence, .offline)
        XCTAssertEqual(try owner.agent(named: cy)?.presence, .available)
        XCTAssertEqual(try owner.stateLog(agent: bo, from: at(0), to: Date() + 120).last?.byAgent, AgentStateLogEntry.consoleGone)
    }

    /// A database a newer Frontline must bring up to date, opened on an agent's role, says who may and how.
    func testAnAgentsRoleOpeningADatabaseThatNeedsAMigrationIsToldToAskTheOwner() throws {
        let owner = try ownerStore()
        let emma = unique("emma")
        try owner.addAgent(Agent(name: emma, createdAt: t0))
        // As an older Frontline left it: the newest migration not yet made.
        let newest = try XCTUnwrap(PostgresMigrations.all.last).identifier
        try owner.session.alone { try owner.session.query("DELETE FROM frontline_migrations WHERE identifier = $1", [newest]) }
        XCTAssertThrowsError(try PostgresStore.open(location(as: emma))) { error in
            guard case .refused(let message)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains(newest) && message.contains("frontline db init") && message.contains("owner"), message)
        }
        XCTAssertNoThrow(try PostgresStore.open(XCTUnwrap(backend).database), "the owner brings it up to date")
    }

    // MARK: - Peer authentication: the server's Unix socket

    func testAnAgentConnectsThroughTheServersUnixSocket() throws {
        let owner = try ownerStore()
        let emma = unique("emma")
        try owner.addAgent(Agent(name: emma, createdAt: t0))
        let tcp = try location(as: emma)
        // The throwaway server's socket directory (scripts/postgres-test-server.sh, `-k`).
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [root.appendingPathComponent(".build/postgres-test").path, "/tmp/frontline-postgres-test-\(tcp.port)"]
        let directory = try XCTUnwrap(candidates.first { FileManager.default.fileExists(atPath: "\($0)/.s.PGSQL.\(tcp.port)") },
                                      "no socket in \(candidates)")
        let url = "postgres://\(emma)@localhost:\(tcp.port)/\(tcp.database)?host=\(directory)"
        let location = try PostgresLocation(url: url, defaultUser: "me")
        XCTAssertTrue(location.isSocket)
        XCTAssertFalse(location.requiresTLS)
        XCTAssertEqual(location.description, url)
        let store = try PostgresStore.open(location)
        XCTAssertEqual(store.databaseAgent, emma)
        try store.logIn(emma, console: nil, at: at(1))
        XCTAssertEqual(try owner.agent(named: emma)?.presence, .available)
    }

    func testASocketURLNamesTheSocketsDirectoryAsLibpqDoes() throws {
        let peer = try PostgresLocation(url: "postgres:///frontline?host=/var/run/postgresql", defaultUser: "emma")
        XCTAssertEqual([peer.user, peer.host, peer.database], ["emma", "/var/run/postgresql", "frontline"])
        XCTAssertEqual(peer.socketPath, "/var/run/postgresql/.s.PGSQL.5432")
        XCTAssertFalse(peer.requiresTLS, "a socket is this machine")
        XCTAssertEqual(peer.description, "postgres://emma@localhost:5432/frontline?host=/var/run/postgresql")
        XCTAssertEqual(try PostgresLocation(url: peer.description, defaultUser: "x"), peer)
        XCTAssertEqual(try PostgresLocation(url: "postgres://sam@localhost:5433/f?host=/tmp", defaultUser: "x").socketPath, "/tmp/.s.PGSQL.5433")
        XCTAssertThrowsError(try PostgresLocation(url: "postgres://localhost/f?host=db.example.com", defaultUser: "x"))
        // .pgpass names a socket connection's host `localhost`, as libpq does.
        XCTAssertEqual(PostgresPassword.find(for: peer, environment: ["PGPASSWORD": "p"], home: "/nonexistent"), "p")
    }
}
