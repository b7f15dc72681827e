import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

/// Trainee mode. Every write of the simulator goes through these methods, and each refuses
/// (`StoreError.notTraining`) in a database that was not created for training, so simulated
/// customers can never reach a production queue.
extension AppDatabase {
    /// Marks a new, empty database as a training one and fills it with the demo dataset.
    /// A database that already holds customers and is not marked stays as it is.
    public func makeTraining(at now: Date, seed: UInt64 = 42) throws {
        try write { db, changes in
            guard try !Self.isTraining(db) else { return }
            changes.record(.training)
            let customers = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customers") ?? 0
            guard customers == 0 else { throw StoreError.notTraining(path: path) }
            try db.execute(sql: "INSERT INTO training_database (id, created_at) VALUES (1, ?)", arguments: [now.timeIntervalSince1970])
        }
        if try counts().customers == 0 { try seedDemo(now: now, seed: seed) }
    }

    /// True when the file at `path` is a training database. Looks without writing or migrating,
    /// so asking about a production database leaves it exactly as it was.
    public static func isTrainingFile(path: String) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        return (try? queue.read { db in
            try db.tableExists("training_database") && isTraining(db)
        }) ?? false
    }

    public func isTrainingDatabase() throws -> Bool {
        try read { db in try Self.isTraining(db) }
    }

    /// Starts a run. Contacts of earlier runs still open are ended first: their customers went home.
    public func startTrainingRun(scenario: String, seed: UInt64, speed: Double, rate: Double?, agent: String, at: Date) throws -> Int64 {
        try trainingWrite { db, changes in
            let leftovers = try Int64.fetchAll(db, sql: """
                SELECT contact_id FROM training_visitors JOIN contacts ON contacts.id = contact_id
                WHERE contacts.state IN ('waiting', 'active')
                """)
            for id in leftovers {
                try db.execute(sql: "UPDATE contacts SET state = 'ended', ended_at = ? WHERE id = ?", arguments: [at.timeIntervalSince1970, id])
                try Self.appendEvent(db, contactId: id, kind: .completed, at: at, detail: "training run over")
            }
            changes.record(contentsOf: [.training, .queue] + leftovers.map(ChangeTopic.contact))
            try db.execute(sql: """
                INSERT INTO training_runs (scenario, seed, speed, rate, agent, started_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [scenario, Int64(bitPattern: seed), speed, rate, agent, at.timeIntervalSince1970])
            return db.lastInsertedRowID
        }
    }

    /// The demo customers simulated visitors are drawn from, in id order: those with a phone and an email.
    public func trainingCustomers() throws -> [TrainingCustomer] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT name, language, email, (SELECT phone FROM customer_phones WHERE customer_id = customers.id ORDER BY position LIMIT 1) AS phone
                FROM customers WHERE email IS NOT NULL ORDER BY id
                """).compactMap { row in
                guard let phone: String = row["phone"], let language = Language(rawValue: row["language"]) else { return nil }
                return TrainingCustomer(name: row["name"], language: language, phone: phone, email: row["email"])
            }
        }
    }

    /// The visitor's contact enters the queue; returns its id.
    @discardableResult
    public func trainingArrive(run: Int64, visitor: Visitor) throws -> Int64 {
        try trainingWrite { db, changes in
            let contact = try Self.enqueue(db, changes, channel: visitor.channel, from: visitor.address, name: visitor.customer.name,
                                           text: visitor.opening, priority: .normal, at: visitor.arrival)
            try db.execute(sql: """
                INSERT INTO training_visitors (run_id, visitor, contact_id, persona, expects_complaint) VALUES (?, ?, ?, ?, ?)
                """, arguments: [run, visitor.number, contact.id, visitor.persona.rawValue, visitor.expectsComplaint])
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
            for row in try Row.fetchAll(db, sql: """
                SELECT visitor, state FROM training_visitors JOIN contacts ON contacts.id = contact_id WHERE run_id = ?
                """, arguments: [run]) {
                sights[row["visitor"]] = VisitorSight(state: ContactState(rawValue: row["state"]) ?? .ended, replies: [])
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT visitor, messages.text, messages.at FROM training_visitors
                JOIN messages ON messages.contact_id = training_visitors.contact_id
                WHERE run_id = ? AND messages.direction = 'outbound' ORDER BY messages.at, messages.id
                """, arguments: [run]) {
                sights[row["visitor"]]?.replies.append(AgentReply(text: row["text"], at: Date(timeIntervalSince1970: row["at"])))
            }
            return sights
        }
    }

    /// Everything the score is computed from: each simulated contact with its transcript and complaints.
    public func trainingRecord(run: Int64, end: Date) throws -> TrainingRecord {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT training_visitors.persona, training_visitors.expects_complaint, contacts.*,
                       customers.name AS customer_name, customers.language AS customer_language
                FROM training_visitors JOIN contacts ON contacts.id = contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE run_id = ? ORDER BY visitor
                """, arguments: [run])
            let visitors = try rows.map { row in
                let contact = try Contact(row: row)
                let messages = try ChatMessage.fetchAll(db, sql: "SELECT * FROM messages WHERE contact_id = ? ORDER BY at, id",
                                                        arguments: [contact.id])
                let complaints = try Complaint.fetchAll(db, sql: "SELECT * FROM complaints WHERE contact_id = ? ORDER BY id",
                                                        arguments: [contact.id])
                return RecordedVisitor(persona: Persona(rawValue: row["persona"]) ?? .polite, expectsComplaint: row["expects_complaint"],
                                       contact: contact, customerName: row["customer_name"],
                                       language: Language(rawValue: row["customer_language"]) ?? .en,
                                       messages: messages, complaints: complaints)
            }
            return TrainingRecord(visitors: visitors, end: end)
        }
    }

    /// Ends the run with its score.
    public func finishTrainingRun(_ run: Int64, score: TrainingScore, at: Date) throws {
        let json = try StoredTime.json(score)
        try trainingWrite { db, changes in
            try db.execute(sql: "UPDATE training_runs SET ended_at = ?, score = ? WHERE id = ?",
                           arguments: [at.timeIntervalSince1970, json, run])
            changes.record(.training)
        }
    }

    /// Every run, oldest first.
    public func trainingRuns() throws -> [TrainingRun] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM training_runs ORDER BY id").map { row in
                let score = (row["score"] as String?).flatMap { try? StoredTime.jsonDecoder().decode(TrainingScore.self, from: Data($0.utf8)) }
                return TrainingRun(id: row["id"], scenario: row["scenario"], seed: UInt64(bitPattern: row["seed"]), speed: row["speed"],
                                   rate: row["rate"], agent: row["agent"], startedAt: Date(timeIntervalSince1970: row["started_at"]),
                                   endedAt: (row["ended_at"] as Double?).map(Date.init(timeIntervalSince1970:)), score: score)
            }
        }
    }

    /// The latest instant any run reached, so a new run's faster clock never starts before an old one's.
    public func lastTrainingInstant() throws -> Date? {
        try read { db in
            try Double.fetchOne(db, sql: "SELECT MAX(at) FROM contact_events").map(Date.init(timeIntervalSince1970:))
        }
    }

    // MARK: The guard

    /// A write transaction that first checks, inside it, that this is a training database.
    private func trainingWrite<T>(_ body: (Database, ChangeRecorder) throws -> T) throws -> T {
        try write { db, changes in
            guard try Self.isTraining(db) else { throw StoreError.notTraining(path: path) }
            return try body(db, changes)
        }
    }

    private static func isTraining(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM training_database)") ?? false
    }

    private static func visitorContact(_ db: Database, run: Int64, visitor: Int) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT contact_id FROM training_visitors WHERE run_id = ? AND visitor = ?",
                                          arguments: [run, visitor]) else {
            throw StoreError.refused("visitor \(visitor) of training run \(run) has not arrived")
        }
        return id
    }
}
