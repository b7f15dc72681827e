import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Trainee mode (AppDatabase+Training.swift on SQLite). Every write of the simulator goes through
/// these methods, and each refuses (`StoreError.notTraining`) in a database that was not created
/// for training, so simulated customers can never reach a production queue.
extension PostgresStore {
    /// Marks a new, empty database as a training one and fills it with the demo dataset.
    /// A database that already holds customers and is not marked stays as it is.
    public func makeTraining(at now: Date, seed: UInt64) throws {
        try write { db, changes in
            guard try !Self.isTraining(db) else { return }
            changes.record(.training)
            let customers = try db.query("SELECT COUNT(*) AS n FROM customers").rows[0].get("n", as: Int64.self)
            guard customers == 0 else { throw StoreError.notTraining(path: path) }
            try db.query("INSERT INTO training_database (id, created_at) VALUES (1, $1)", [now])
        }
        if try counts().customers == 0 { try seedDemo(now: now, seed: seed) }
    }

    public func isTrainingDatabase() throws -> Bool {
        try read { db in try Self.isTraining(db) }
    }

    /// Starts a run. Contacts of earlier runs still open are ended first: their customers went home.
    public func startTrainingRun(scenario: String, seed: UInt64, speed: Double, rate: Double?, agent: String, at: Date) throws -> Int64 {
        try trainingWrite { db, changes in
            let leftovers = try db.query("""
                SELECT contact_id FROM training_visitors JOIN contacts ON contacts.id = contact_id
                WHERE contacts.state IN ('waiting', 'active') ORDER BY contact_id
                """).rows.map { try $0.get("contact_id", as: Int64.self) }
            for id in leftovers {
                try db.query("UPDATE contacts SET state = 'ended', ended_at = $1 WHERE id = $2", [at, id])
                try Self.appendEvent(db, contactId: id, kind: .completed, at: at, detail: "training run over")
            }
            changes.record(contentsOf: [.training, .queue] + leftovers.map(ChangeTopic.contact))
            return try db.query("""
                INSERT INTO training_runs (scenario, seed, speed, rate, agent, started_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                """, [scenario, Int64(bitPattern: seed), speed, rate, agent, at]).rows[0].get("id", as: Int64.self)
        }
    }

    /// The demo customers simulated visitors are drawn from, in id order: those with a phone and an email.
    public func trainingCustomers() throws -> [TrainingCustomer] {
        try read { db in
            // The first phone given (v26-phone-positions).
            try db.query("""
                SELECT name, language, email, (SELECT phone FROM customer_phones WHERE customer_id = customers.id ORDER BY position LIMIT 1) AS phone
                FROM customers WHERE email IS NOT NULL ORDER BY id
                """).rows.compactMap { row in
                guard let phone = try row.get("phone", as: String?.self),
                      let language = Language(rawValue: try row.get("language", as: String.self)) else { return nil }
                return TrainingCustomer(name: try row.get("name"), language: language, phone: phone, email: try row.get("email"))
            }
        }
    }

    /// The visitor's contact enters the queue; returns its id.
    @discardableResult
    public func trainingArrive(run: Int64, visitor: Visitor) throws -> Int64 {
        try trainingWrite { db, changes in
            let contact = try Self.enqueue(db, changes, channel: visitor.channel, from: visitor.address, name: visitor.customer.name,
                                           text: visitor.opening, priority: .normal, at: visitor.arrival)
            try db.query("""
                INSERT INTO training_visitors (run_id, visitor, contact_id, persona, expects_complaint) VALUES ($1, $2, $3, $4, $5)
                """, [run, visitor.number, contact.id, visitor.persona.rawValue, visitor.expectsComplaint])
            changes.record(.training)
            return contact.id!
        }
    }

    /// The visitor writes into their chat.
    public func trainingSay(run: Int64, visitor: Int, text: String, at: Date) throws {
        try trainingWrite { db, changes in
            _ = try Self.say(db, changes, contactId: try Self.visitorContact(db, run: run, visitor: visitor), text: text, at: at)
        }
    }

    /// The visitor hangs up before anyone picked up.
    public func trainingHangUp(run: Int64, visitor: Int, policy: SLAPolicy, at: Date) throws {
        try trainingWrite { db, changes in
            _ = try Self.abandon(db, changes, contactId: try Self.visitorContact(db, run: run, visitor: visitor), policy: policy, at: at)
        }
    }

    /// What each arrived visitor sees: their contact's state and the agent's replies.
    public func trainingSights(run: Int64) throws -> [Int: VisitorSight] {
        try read { db in
            var sights: [Int: VisitorSight] = [:]
            for row in try db.query("""
                SELECT visitor, state FROM training_visitors JOIN contacts ON contacts.id = contact_id WHERE run_id = $1
                """, [run]).rows {
                sights[Int(try row.get("visitor", as: Int64.self))] = VisitorSight(
                    state: ContactState(rawValue: try row.get("state", as: String.self)) ?? .ended, replies: [])
            }
            for row in try db.query("""
                SELECT visitor, messages.text, messages.at FROM training_visitors
                JOIN messages ON messages.contact_id = training_visitors.contact_id
                WHERE run_id = $1 AND messages.direction = 'outbound' ORDER BY messages.at, messages.id
                """, [run]).rows {
                sights[Int(try row.get("visitor", as: Int64.self))]?.replies.append(AgentReply(text: try row.get("text"), at: try row.date("at")))
            }
            return sights
        }
    }

    /// Everything the score is computed from: each simulated contact with its transcript and complaints.
    public func trainingRecord(run: Int64, end: Date) throws -> TrainingRecord {
        try read { db in
            let rows = try db.query("""
                SELECT training_visitors.persona, training_visitors.expects_complaint, contacts.*,
                       customers.name AS customer_name, customers.language AS customer_language
                FROM training_visitors JOIN contacts ON contacts.id = contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE run_id = $1 ORDER BY visitor
                """, [run]).rows
            let visitors = try rows.map { row in
                let contact = try Contact(row: row)
                let messages = try db.query("SELECT * FROM messages WHERE contact_id = $1 ORDER BY at, id", [contact.id])
                    .rows.map(ChatMessage.init(row:))
                let complaints = try db.query("SELECT * FROM complaints WHERE contact_id = $1 ORDER BY id", [contact.id])
                    .rows.map(Complaint.init(row:))
                return RecordedVisitor(persona: Persona(rawValue: try row.get("persona", as: String.self)) ?? .polite,
                                       expectsComplaint: try row.get("expects_complaint", as: Int64.self) != 0,
                                       contact: contact, customerName: try row.get("customer_name"),
                                       language: Language(rawValue: try row.get("customer_language", as: String.self)) ?? .en,
                                       messages: messages, complaints: complaints)
            }
            return TrainingRecord(visitors: visitors, end: end)
        }
    }

    /// Ends the run with its score.
    public func finishTrainingRun(_ run: Int64, score: TrainingScore, at: Date) throws {
        let json = try PostgresJSON.text(score)
        try trainingWrite { db, changes in
            try db.query("UPDATE training_runs SET ended_at = $1, score = $2 WHERE id = $3", [at, json, run])
            changes.record(.training)
        }
    }

    /// Every run, oldest first.
    public func trainingRuns() throws -> [TrainingRun] {
        try read { db in
            try db.query("SELECT * FROM training_runs ORDER BY id").rows.map { row in
                let score = try row.get("score", as: String?.self).flatMap { try? PostgresJSON.decode(TrainingScore.self, $0) }
                return TrainingRun(id: try row.get("id"), scenario: try row.get("scenario"),
                                   seed: UInt64(bitPattern: try row.get("seed", as: Int64.self)), speed: try row.get("speed"),
                                   rate: try row.get("rate"), agent: try row.get("agent"), startedAt: try row.date("started_at"),
                                   endedAt: try row.date("ended_at"), score: score)
            }
        }
    }

    /// The latest instant any run reached, so a new run's faster clock never starts before an old one's.
    public func lastTrainingInstant() throws -> Date? {
        try read { db in
            try db.query("SELECT MAX(at) AS at FROM contact_events").rows[0].date("at")
        }
    }

    // MARK: The guard

    /// A write transaction that first checks, inside it, that this is a training database.
    private func trainingWrite<T>(_ body: (PostgresSession, PostgresChangeRecorder) throws -> T) throws -> T {
        try write { db, changes in
            guard try Self.isTraining(db) else { throw StoreError.notTraining(path: path) }
            return try body(db, changes)
        }
    }

    private static func isTraining(_ db: PostgresSession) throws -> Bool {
        try db.query("SELECT EXISTS (SELECT 1 FROM training_database) AS present").rows[0].get("present", as: Bool.self)
    }

    private static func visitorContact(_ db: PostgresSession, run: Int64, visitor: Int) throws -> Int64 {
        guard let id = try db.query("SELECT contact_id FROM training_visitors WHERE run_id = $1 AND visitor = $2", [run, visitor])
            .rows.first?.get("contact_id", as: Int64.self) else {
            throw StoreError.refused("visitor \(visitor) of training run \(run) has not arrived")
        }
        return id
    }
}
