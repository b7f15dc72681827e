import GRDB

extension Migrations {
    /// Connectors (issue 16): the caller's external ids on contacts and messages (so a retried
    /// request never makes a second one), e-mail threading headers, the delivery state of an
    /// agent's reply, the outbox of events for connectors, and the webhooks that deliver them.
    static let v22Outbox = """
        ALTER TABLE contacts ADD COLUMN external_id TEXT;
        -- Unique per channel: a chat widget's id 42 and a mail server's id 42 are different things.
        CREATE UNIQUE INDEX contacts_on_external_id ON contacts(channel, external_id) WHERE external_id IS NOT NULL;

        ALTER TABLE messages ADD COLUMN external_id TEXT;
        CREATE UNIQUE INDEX messages_on_external_id ON messages(external_id) WHERE external_id IS NOT NULL;
        ALTER TABLE messages ADD COLUMN email_message_id TEXT;
        ALTER TABLE messages ADD COLUMN email_in_reply_to TEXT;
        -- A JSON array of message ids, oldest first, as the References header lists them.
        ALTER TABLE messages ADD COLUMN email_references TEXT;
        ALTER TABLE messages ADD COLUMN email_subject TEXT;
        CREATE INDEX messages_on_email_message_id ON messages(email_message_id) WHERE email_message_id IS NOT NULL;
        -- An agent's reply: pending until a connector acknowledges it; NULL on customer messages.
        ALTER TABLE messages ADD COLUMN delivery TEXT CHECK (delivery IN ('pending', 'delivered', 'failed'));
        ALTER TABLE messages ADD COLUMN delivery_reason TEXT;
        ALTER TABLE messages ADD COLUMN delivery_at REAL;

        -- What connectors read: written in the same transaction as the change it tells of.
        -- AUTOINCREMENT: a sequence number is never reused, even after the newest rows are pruned.
        CREATE TABLE outbound_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            contact_id INTEGER,
            at REAL NOT NULL,
            payload TEXT NOT NULL CHECK (json_valid(payload))
        );
        CREATE INDEX outbound_events_on_at ON outbound_events(at);

        -- `kinds`: a JSON array of event kinds, or NULL for all. `cursor`: the newest event already
        -- turned into deliveries for this webhook (it starts at the newest event when added).
        -- AUTOINCREMENT: a removed webhook's id is never given to a new one (receivers see it in X-Frontline-Delivery).
        CREATE TABLE webhooks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL,
            kinds TEXT CHECK (kinds IS NULL OR json_valid(kinds)),
            secret TEXT NOT NULL,
            created_at REAL NOT NULL,
            cursor INTEGER NOT NULL DEFAULT 0,
            last_delivered_seq INTEGER NOT NULL DEFAULT 0,
            last_delivered_at REAL,
            delivered_count INTEGER NOT NULL DEFAULT 0
        );

        -- One event still to deliver to one webhook; a delivered one is deleted. `dead`: parked
        -- after too many attempts, until `frontline webhooks retry`.
        CREATE TABLE webhook_deliveries (
            webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            contact_id INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL,
            last_error TEXT,
            dead INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (webhook_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX webhook_deliveries_by_contact ON webhook_deliveries(webhook_id, contact_id, seq);
        CREATE INDEX webhook_deliveries_by_seq ON webhook_deliveries(seq);
        """
}
