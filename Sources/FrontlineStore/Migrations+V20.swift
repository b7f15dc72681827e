import GRDB

extension Migrations {
    /// Quality checks and satisfaction (issue 17 §4-5).
    ///
    /// `quality_reviews`: one review task per sampled contact (a contact is sampled once, ever),
    /// with the period and seed that drew it, its state (open → reviewed → disputed → settled), the
    /// reviewer's scores per criterion as a JSON object and the total in percent, the agent's
    /// dispute, and the settling by another supervisor. The contact's agent and end time are
    /// copied in so per-agent and per-period reads are one index each.
    ///
    /// `satisfaction_requests`: a survey due after a contact (sent later by a connector, or a
    /// call-back for a phone customer); `satisfaction_answers`: the 1-5 answer and comment, with
    /// the agent and channel copied in for the figures; `satisfaction_opt_outs`: customers who
    /// asked not to be surveyed.
    ///
    /// `contacts_ended_by_agent` covers the sample's one read: ended contacts of a period with
    /// their agent and channel, without touching the table.
    static let v20QualityReviews = """
        CREATE TABLE quality_reviews (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts(id) ON DELETE CASCADE,
            agent TEXT NOT NULL,
            channel TEXT NOT NULL,
            ended_at REAL NOT NULL,
            period_start REAL NOT NULL,
            period_end REAL NOT NULL,
            seed TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'reviewed', 'disputed', 'settled')),
            sampled_by TEXT NOT NULL,
            sampled_at REAL NOT NULL,
            recall_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            reviewer TEXT,
            reviewed_at REAL,
            scores TEXT NOT NULL DEFAULT '{}',
            total_percent REAL,
            comment TEXT NOT NULL DEFAULT '',
            dispute_reason TEXT,
            disputed_at REAL,
            settler TEXT,
            settled_at REAL,
            settled_scores TEXT,
            settled_percent REAL,
            settle_comment TEXT
        );
        CREATE INDEX quality_reviews_by_agent ON quality_reviews(agent, state);
        CREATE INDEX quality_reviews_by_period ON quality_reviews(ended_at, agent);
        CREATE INDEX quality_reviews_by_state ON quality_reviews(state, id);
        CREATE INDEX quality_reviews_by_recall ON quality_reviews(recall_contact_id) WHERE recall_contact_id IS NOT NULL;

        CREATE INDEX contacts_ended_by_agent ON contacts(ended_at, agent, channel) WHERE state = 'ended';

        CREATE TABLE satisfaction_requests (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            agent TEXT,
            channel TEXT NOT NULL,
            due_at REAL NOT NULL,
            sent_at REAL,
            callback_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL
        );
        CREATE INDEX satisfaction_requests_unsent ON satisfaction_requests(due_at) WHERE sent_at IS NULL;
        CREATE INDEX satisfaction_requests_by_callback ON satisfaction_requests(callback_contact_id) WHERE callback_contact_id IS NOT NULL;

        CREATE TABLE satisfaction_answers (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            comment TEXT NOT NULL DEFAULT '',
            agent TEXT,
            channel TEXT NOT NULL,
            at REAL NOT NULL,
            recorded_by TEXT
        );
        CREATE INDEX satisfaction_answers_by_time ON satisfaction_answers(at);
        CREATE INDEX satisfaction_answers_by_agent ON satisfaction_answers(agent, at);

        CREATE TABLE satisfaction_opt_outs (
            customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
            at REAL NOT NULL,
            recorded_by TEXT
        );
        """
}
