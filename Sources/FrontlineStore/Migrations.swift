import Foundation
import FrontlineStoreAPI
import GRDB

/// The schema, as named migrations. A migration that has landed is frozen: change the
/// schema by appending a new one. Literal SQL, so later code changes cannot alter history.
///
/// All timestamps are REAL unix seconds, so SQL can add a policy's seconds to them.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-timers") { db in
            try db.execute(sql: v3Timers)
        }
        migrator.registerMigration("v4-complaints") { db in
            try db.execute(sql: v4Complaints)
        }
        migrator.registerMigration("v5-first-contact") { db in
            try db.execute(sql: v5FirstContact)
        }
        migrator.registerMigration("v6-agent-states") { db in
            try db.execute(sql: v6AgentStates)
        }
        migrator.registerMigration("v7-training") { db in
            try db.execute(sql: v7Training)
        }
        migrator.registerMigration("v8-wallboard") { db in
            try db.execute(sql: v8Wallboard)
        }
        migrator.registerMigration("v9-console-process") { db in
            try db.execute(sql: v9ConsoleProcess)
        }
        migrator.registerMigration("v10-lookup-indexes") { db in
            try db.execute(sql: v10LookupIndexes)
        }
        migrator.registerMigration("v11-offers-on-contact") { db in
            try db.execute(sql: v11OffersOnContact)
        }
        migrator.registerMigration("v12-change-feed") { db in
            try db.execute(sql: v12ChangeFeed)
        }
        migrator.registerMigration("v13-handover-unix-seconds") { db in
            try v13HandoverUnixSeconds(db)
        }
        migrator.registerMigration("v14-acting-person") { db in
            try db.execute(sql: v14ActingPerson)
        }
        migrator.registerMigration("v15-draft-paraphrase") { db in
            try db.execute(sql: v15DraftParaphrase)
        }
        migrator.registerMigration("v16-wrap-up-codes") { db in
            try db.execute(sql: v16WrapUpCodes)
        }
        migrator.registerMigration("v17-customer-file-kept-up") { db in
            try db.execute(sql: v17CustomerFileKeptUp)
        }
        migrator.registerMigration("v18-ownership-groups-transfers") { db in
            try db.execute(sql: v18OwnershipGroupsTransfers)
        }
        migrator.registerMigration("v19-follow-up-answers") { db in
            try db.execute(sql: v19FollowUpAnswers)
        }
        migrator.registerMigration("v20-quality-reviews") { db in
            try db.execute(sql: v20QualityReviews)
        }
        // Connectors: external ids, e-mail threading, delivery, the outbox, webhooks.
        migrator.registerMigration("v21-outbox") { db in
            try db.execute(sql: v21Outbox)
        }
        // The HTTP API's tokens, kept as SHA-256 hashes.
        migrator.registerMigration("v22-api-tokens") { db in
            try db.execute(sql: v22APITokens)
        }
        // One webhook worker delivering at a time.
        migrator.registerMigration("v23-worker-leases") { db in
            try db.execute(sql: v23WorkerLeases)
        }
        // Roles enforced by the database: PostgreSQL's grants and guards for each agent's own
        // login role. A SQLite file has no roles (its file permissions are the whole story), so
        // here it is a no-op kept under the same name, as both backends' histories must match.
        migrator.registerMigration("v24-database-roles") { _ in }
        // Consoles on many hosts: a heartbeat lease on the shift (used on PostgreSQL only).
        migrator.registerMigration("v25-console-leases") { db in
            try db.execute(sql: v25ConsoleLeases)
        }
        // A customer's phones in the order given, on both backends (PostgreSQL has no rowid).
        migrator.registerMigration("v26-phone-positions") { db in
            try db.execute(sql: v26PhonePositions)
        }
        // On PostgreSQL an agent's own role may log out a colleague whose console lease ran out.
        // SQLite has no roles: a no-op kept under the same name, as both histories must match.
        migrator.registerMigration("v27-gone-consoles-by-any-console") { _ in }
        return migrator
    }

    private static let v1 = """
        CREATE TABLE agents (
            name TEXT PRIMARY KEY NOT NULL,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            created_at REAL NOT NULL
        );

        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT COLLATE NOCASE,
            language TEXT NOT NULL,
            is_member INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL
        );
        -- Matching an incoming email is case-insensitive: the column collates NOCASE, so does the index.
        CREATE INDEX customers_on_email ON customers(email);

        -- `digits` is the phone without punctuation: `+86 130 0000 0123` and `+8613000000123` match.
        CREATE TABLE customer_phones (
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            phone TEXT NOT NULL,
            digits TEXT NOT NULL,
            PRIMARY KEY (customer_id, phone)
        );
        CREATE INDEX customer_phones_on_digits ON customer_phones(digits);

        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            number TEXT NOT NULL UNIQUE,
            items TEXT NOT NULL,
            total_minor INTEGER NOT NULL,
            currency TEXT NOT NULL,
            payment_status TEXT NOT NULL,
            shipping_status TEXT NOT NULL,
            tracking_number TEXT,
            placed_at REAL NOT NULL
        );
        CREATE INDEX orders_on_customer ON orders(customer_id, placed_at);

        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL,
            state TEXT NOT NULL,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            address TEXT NOT NULL,
            queued_at REAL NOT NULL,
            taken_at REAL,
            first_reply_at REAL,
            ended_at REAL,
            agent TEXT,
            awaiting_reply_since REAL
        );
        -- The queue reads the few waiting/active rows among a million ended ones.
        CREATE INDEX contacts_on_state ON contacts(state);
        CREATE INDEX contacts_on_customer ON contacts(customer_id, queued_at);

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            direction TEXT NOT NULL,
            text TEXT NOT NULL,
            at REAL NOT NULL,
            agent TEXT
        );
        CREATE INDEX messages_on_contact ON messages(contact_id, at);

        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            category TEXT NOT NULL,
            severity TEXT NOT NULL,
            account TEXT NOT NULL,
            wants TEXT NOT NULL,
            promised_reply_at REAL,
            state TEXT NOT NULL,
            agent TEXT NOT NULL,
            received_at REAL NOT NULL
        );
        CREATE INDEX complaints_on_customer ON complaints(customer_id, state);
        CREATE INDEX complaints_on_contact ON complaints(contact_id);

        -- One form in progress per agent; loose references, a draft may outlive its contact.
        CREATE TABLE complaint_drafts (
            agent TEXT PRIMARY KEY NOT NULL,
            customer_id INTEGER,
            contact_id INTEGER,
            category TEXT,
            severity TEXT NOT NULL,
            account TEXT NOT NULL,
            wants TEXT NOT NULL,
            promised_reply TEXT NOT NULL,
            focused_field TEXT NOT NULL
        );

        -- A missed deadline, recorded once and never deleted.
        CREATE TABLE breaches (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            started_at REAL NOT NULL,
            deadline REAL NOT NULL,
            recorded_at REAL NOT NULL,
            agent TEXT,
            UNIQUE (contact_id, kind, started_at)
        );

        -- Append-only history beside the current-state tables; statistics can be recomputed from it.
        CREATE TABLE contact_events (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            agent TEXT,
            at REAL NOT NULL,
            detail TEXT
        );
        CREATE INDEX contact_events_on_contact ON contact_events(contact_id, at);
        """

    /// Internal notes, and the indexes the service-level figures read by period.
    /// The event log needs no new column: a "queued" event's detail already names the channel.
    private static let v2 = """
        -- Internal notes: never seen by the customer, so they stop no timer.
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            agent TEXT NOT NULL,
            text TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX notes_on_contact ON notes(contact_id, at);

        -- Service levels pick contacts by when they (re)entered the queue, live and from the log.
        CREATE INDEX contacts_on_queued_at ON contacts(queued_at);
        CREATE INDEX contact_events_on_kind ON contact_events(kind, at);
        """

    /// Priorities and pausable timers on contacts.
    private static let v3Timers = """
        ALTER TABLE contacts ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';
        ALTER TABLE contacts ADD COLUMN paused_since REAL;
        ALTER TABLE contacts ADD COLUMN pause_reason TEXT;
        ALTER TABLE contacts ADD COLUMN paused_seconds REAL NOT NULL DEFAULT 0;
        """

    /// The complaint loop: its fields, candidate solutions, follow-ups, audit trail, and the
    /// follow-up call-backs it puts in the live queue.
    private static let v4Complaints = """
        ALTER TABLE complaints ADD COLUMN channel TEXT;
        ALTER TABLE complaints ADD COLUMN paraphrase TEXT;
        ALTER TABLE complaints ADD COLUMN paraphrase_confirmed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE complaints ADD COLUMN cause TEXT;
        ALTER TABLE complaints ADD COLUMN explanation TEXT;
        ALTER TABLE complaints ADD COLUMN department TEXT;
        ALTER TABLE complaints ADD COLUMN owner TEXT;
        ALTER TABLE complaints ADD COLUMN compensation TEXT;
        ALTER TABLE complaints ADD COLUMN about_agent TEXT;
        ALTER TABLE complaints ADD COLUMN accepted_solution_id INTEGER;
        ALTER TABLE complaints ADD COLUMN resolved_at REAL;
        ALTER TABLE complaints ADD COLUMN archived_at REAL;
        CREATE INDEX complaints_on_state ON complaints(state, owner);
        CREATE INDEX complaints_on_received_at ON complaints(received_at);

        CREATE TABLE complaint_solutions (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            at REAL NOT NULL,
            agent TEXT NOT NULL
        );
        CREATE INDEX complaint_solutions_on_complaint ON complaint_solutions(complaint_id);

        CREATE TABLE complaint_followups (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
            satisfaction TEXT NOT NULL,
            note TEXT,
            at REAL NOT NULL,
            agent TEXT NOT NULL
        );
        CREATE INDEX complaint_followups_on_complaint ON complaint_followups(complaint_id, at);

        -- Append-only: who changed what, from what to what, and when.
        CREATE TABLE complaint_history (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
            agent TEXT NOT NULL,
            at REAL NOT NULL,
            kind TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT
        );
        CREATE INDEX complaint_history_on_complaint ON complaint_history(complaint_id, at);

        -- The call-back that brings a resolved complaint's follow-up into the live queue.
        CREATE TABLE followup_contacts (
            contact_id INTEGER PRIMARY KEY NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE
        );
        CREATE INDEX followup_contacts_on_complaint ON followup_contacts(complaint_id);
        """

    /// Customers assigned to an agent, and why a call-back was queued (a first contact runs on its own timer).
    private static let v5FirstContact = """
        ALTER TABLE customers ADD COLUMN assigned_agent TEXT;
        ALTER TABLE customers ADD COLUMN assigned_at REAL;
        ALTER TABLE contacts ADD COLUMN purpose TEXT;
        """

    /// Agent states and their log, shifts with handover notes, and routing's offers.
    private static let v6AgentStates = """
        ALTER TABLE agents ADD COLUMN capacity INTEGER;
        ALTER TABLE agents ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE agents ADD COLUMN presence TEXT NOT NULL DEFAULT 'offline';
        ALTER TABLE agents ADD COLUMN away_reason TEXT;
        ALTER TABLE agents ADD COLUMN state_since REAL;
        ALTER TABLE agents ADD COLUMN wrap_up_until REAL;
        ALTER TABLE agents ADD COLUMN idle_since REAL;

        -- Append-only: every presence an agent entered, when, and who set it.
        CREATE TABLE agent_state_log (
            id INTEGER PRIMARY KEY,
            agent TEXT NOT NULL,
            presence TEXT NOT NULL,
            reason TEXT,
            at REAL NOT NULL,
            by_agent TEXT NOT NULL
        );
        CREATE INDEX agent_state_log_on_agent ON agent_state_log(agent, at);
        CREATE INDEX agent_state_log_on_at ON agent_state_log(at);

        CREATE TABLE shifts (
            id INTEGER PRIMARY KEY,
            agent TEXT NOT NULL,
            started_at REAL NOT NULL,
            ended_at REAL,
            handover_note TEXT,
            open_items TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX shifts_on_agent ON shifts(agent, started_at);
        CREATE INDEX shifts_on_ended_at ON shifts(ended_at);

        -- A contact offered to one agent; an open offer has no outcome yet.
        CREATE TABLE offers (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            agent TEXT NOT NULL,
            offered_at REAL NOT NULL,
            expires_at REAL NOT NULL,
            outcome TEXT,
            settled_at REAL
        );
        -- The database itself refuses a second open offer of one contact.
        CREATE UNIQUE INDEX offers_open_per_contact ON offers(contact_id) WHERE outcome IS NULL;
        CREATE INDEX offers_on_agent ON offers(agent, outcome);

        -- The roster counts each agent's held contacts.
        CREATE INDEX contacts_on_agent_state ON contacts(agent, state);
        """

    /// Trainee mode: a database made for training says so in `training_database`, and the
    /// simulator writes only into such a one. Each run, its simulated customers and its score.
    private static let v7Training = """
        CREATE TABLE training_database (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            created_at REAL NOT NULL
        );

        CREATE TABLE training_runs (
            id INTEGER PRIMARY KEY,
            scenario TEXT NOT NULL,
            seed INTEGER NOT NULL,
            speed REAL NOT NULL,
            rate REAL,
            agent TEXT NOT NULL,
            started_at REAL NOT NULL,
            ended_at REAL,
            -- The TrainingScore as JSON, written when the run ends.
            score TEXT
        );

        -- The simulated customer behind each contact of a run.
        CREATE TABLE training_visitors (
            run_id INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
            visitor INTEGER NOT NULL,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            persona TEXT NOT NULL,
            expects_complaint INTEGER NOT NULL,
            PRIMARY KEY (run_id, visitor)
        );
        CREATE INDEX training_visitors_on_contact ON training_visitors(contact_id);
        """

    /// The wallboard reads today's ended contacts and today's breaches without scanning history.
    private static let v8Wallboard = """
        CREATE INDEX contacts_on_ended_at ON contacts(ended_at);
        CREATE INDEX breaches_on_recorded_at ON breaches(recorded_at);
        """

    /// The console process that holds a shift, so a console killed without logging out
    /// (SIGKILL, a crash) can be told apart from a live one: its pid, and the process's
    /// start ("boot id:start ticks") so a pid the system reused is not taken for it.
    private static let v9ConsoleProcess = """
        ALTER TABLE shifts ADD COLUMN console_pid INTEGER;
        ALTER TABLE shifts ADD COLUMN console_started TEXT;
        """

    /// Finding a customer by the start of their name, in any script, without reading the whole
    /// table; and the most urgent waiting contact without reading the whole queue.
    private static let v10LookupIndexes = """
        -- NOCASE folds only ASCII: "emma" finds "Emma Smith"; Chinese and Korean names compare as written.
        CREATE INDEX customers_on_name ON customers(name COLLATE NOCASE);

        -- Partial: only waiting contacts, so they cost nothing for the million that ended.
        -- Per timer group (channel, priority, purpose), in the order the timers started.
        CREATE INDEX contacts_waiting_by_queued_at ON contacts(channel, priority, purpose, queued_at)
            WHERE state = 'waiting';
        CREATE INDEX contacts_waiting_by_reply ON contacts(channel, priority, purpose, awaiting_reply_since)
            WHERE state = 'waiting';
        CREATE INDEX contacts_waiting_irregular ON contacts(id)
            WHERE state = 'waiting' AND (paused_seconds > 0 OR paused_since IS NOT NULL
                OR (channel = 'chat' AND awaiting_reply_since IS NULL) OR (channel = 'email' AND first_reply_at IS NOT NULL));
        """

    /// Routing reads the offers of the contacts still waiting; without this it scans every offer ever made.
    private static let v11OffersOnContact = """
        CREATE INDEX offers_on_contact ON offers(contact_id, outcome);
        """

    /// What each write transaction changed, under a rising sequence number, so a console asks
    /// "anything after N?" with one primary-key seek and reloads only what its screen shows.
    /// AUTOINCREMENT: a number is never reused, even after the newest rows are trimmed.
    private static let v12ChangeFeed = """
        CREATE TABLE change_feed (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            topic TEXT NOT NULL
        );
        """

    /// Handovers written before the store had one encoding of time kept their open items' due
    /// times as seconds since 2001 (Foundation's default); move them to unix seconds. Works on
    /// the JSON as written then, not through today's types, so it stays what it was.
    private static func v13HandoverUnixSeconds(_ db: Database) throws {
        let offset = 978_307_200.0
        let rows = try Row.fetchAll(db, sql: "SELECT id, open_items FROM shifts WHERE open_items LIKE '%\"due\"%'")
        for row in rows {
            let text: String = row["open_items"]
            guard var items = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else { continue }
            for index in items.indices {
                if let due = items[index]["due"] as? Double { items[index]["due"] = due + offset }
            }
            let data = try JSONSerialization.data(withJSONObject: items, options: [.sortedKeys])
            try db.execute(sql: "UPDATE shifts SET open_items = ? WHERE id = ?", arguments: [String(decoding: data, as: UTF8.self), row["id"]])
        }
    }

    /// Who acts: agents removed from the team stay in the history; an event or a complaint's
    /// history line done by a supervisor for another agent names the supervisor as its actor
    /// (NULL when the agent did it themself).
    private static let v14ActingPerson = """
        ALTER TABLE agents ADD COLUMN removed_at REAL;
        ALTER TABLE contact_events ADD COLUMN actor TEXT;
        ALTER TABLE complaint_history ADD COLUMN actor TEXT;
        """

    /// The complaint form records the paraphrase confirmed with the customer, so a complaint is
    /// complete when filed (the form and the trainee score share one definition of complete).
    private static let v15DraftParaphrase = """
        ALTER TABLE complaint_drafts ADD COLUMN paraphrase TEXT NOT NULL DEFAULT '';
        """

    /// What each contact was about, given at wrap-up: one row per time it ended with a wrap-up
    /// (a reopened contact has more), its codes in the order chosen in their own table so a
    /// period's figures are one indexed count.
    private static let v16WrapUpCodes = """
        CREATE TABLE contact_wrap_ups (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            agent TEXT NOT NULL,
            outcome TEXT,
            summary TEXT NOT NULL DEFAULT '',
            at REAL NOT NULL
        );
        CREATE INDEX contact_wrap_ups_on_contact ON contact_wrap_ups(contact_id, at);
        CREATE INDEX contact_wrap_ups_on_at ON contact_wrap_ups(at);

        CREATE TABLE contact_wrap_up_codes (
            wrap_up_id INTEGER NOT NULL REFERENCES contact_wrap_ups(id),
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (wrap_up_id, position)
        );
        """

    /// The customer file as agents keep it up: form of address, postal address, member card,
    /// customer type, do-not-disturb hours (`HH:MM-HH:MM` joined by ", "), the file a merged one
    /// went into, and the file's history: every change, who made it (the agent, and the person
    /// acting for them when that is someone else), when, before and after.
    private static let v17CustomerFileKeptUp = """
        ALTER TABLE customers ADD COLUMN form_of_address TEXT NOT NULL DEFAULT '';
        ALTER TABLE customers ADD COLUMN postal_address TEXT;
        ALTER TABLE customers ADD COLUMN member_card TEXT;
        ALTER TABLE customers ADD COLUMN customer_type TEXT NOT NULL DEFAULT 'existing';
        ALTER TABLE customers ADD COLUMN do_not_disturb TEXT NOT NULL DEFAULT '';
        ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);

        CREATE TABLE customer_history (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            agent TEXT,
            actor TEXT,
            at REAL NOT NULL
        );
        CREATE INDEX customer_history_on_customer ON customer_history(customer_id, at);
        """
}
