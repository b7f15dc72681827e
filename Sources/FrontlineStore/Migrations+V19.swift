import GRDB

extension Migrations {
    /// What came of each follow-up call (issue 15 §6): the answer the agent recorded at its
    /// wrap-up (satisfied, neutral, dissatisfied, unreachable) and a one-line note. One row per
    /// call-back; a reopened follow-up answered again keeps the last answer, the event log every one.
    static let v19FollowUpAnswers = """
        CREATE TABLE follow_up_answers (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            answer TEXT NOT NULL CHECK (answer IN ('satisfied', 'neutral', 'dissatisfied', 'unreachable')),
            note TEXT NOT NULL DEFAULT '',
            agent TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX follow_up_answers_by_time ON follow_up_answers(at);
        """
}
