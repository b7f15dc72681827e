import Foundation
import FrontlineStore
import FrontlineStoreAPI
import GRDB

/// A SQLite database with the demo data and, beside it, a few hand-written rows in every table,
/// with the values a copy most easily gets wrong: NULL beside '', reals like 0.1 and -1.5,
/// Chinese, Korean and emoji text with quotes and line breaks, a customer merged into a later
/// one, and the outbox's and webhooks' numbers ahead of their newest rows (the newest pruned).
enum CopyFixture {
    static func makeDemoFile(at path: String) throws {
        let store = try AppDatabase.open(path: path)
        try store.seedDemo(now: Date(timeIntervalSince1970: 1_765_000_000))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: extraRows) }
        try queue.close()
    }

    static let extraRows = """
        INSERT INTO agents (name, display_name, role, created_at, capacity, languages, presence, groups)
            VALUES ('zoë', 'Zoë "张" 지민', 'agent', 1700000000.25, 3, '["en","zh-Hans"]', 'offline', '["orders"]');
        INSERT INTO customers (id, name, email, language, is_member, notes, created_at, merged_into) VALUES
            (9001, 'Merged Early', NULL, 'en', 0, '', 0.1, 9002),
            (9002, '王小明, "quoted"', '', 'zh-Hans', 1, 'line one
        line two 👋', -1.5, NULL);
        INSERT INTO customer_phones (customer_id, phone, digits) VALUES (9002, '+86 130 0000 0123', '8613000000123'), (9002, '010-1234', '0101234');
        INSERT INTO orders (id, customer_id, number, items, total_minor, currency, payment_status, shipping_status, tracking_number, placed_at)
            VALUES (9001, 9002, 'ORD-9001', '[]', -250, 'CNY', 'paid', 'shipped', NULL, 1700000000.0);
        INSERT INTO contacts (id, channel, state, customer_id, address, queued_at, ended_at, priority, paused_seconds, external_id)
            VALUES (9001, 'chat', 'ended', 9002, 'web', 1700000000.5, 1700000100.125, 'normal', 0.0, 'ext-1');
        INSERT INTO messages (contact_id, direction, text, at, agent, email_subject) VALUES (9001, 'in', '你好 👋 안녕하세요', 1700000001.0, NULL, '');
        INSERT INTO complaints (id, customer_id, contact_id, category, severity, account, wants, promised_reply_at, state, agent, received_at, paraphrase)
            VALUES (9001, 9002, 9001, 'delivery', 'minor', 'late', 'refund', NULL, 'open', 'zoë', 1700000002.0, '');
        INSERT INTO complaint_drafts (agent, customer_id, contact_id, category, severity, account, wants, promised_reply, focused_field)
            VALUES ('zoë', 9002, 9001, NULL, 'minor', '', '', '', 'account');
        INSERT INTO breaches (contact_id, kind, started_at, deadline, recorded_at, agent) VALUES (9001, 'firstReply', 1.0, 2.0, 3.0, NULL);
        INSERT INTO contact_events (contact_id, kind, agent, at, detail, actor) VALUES (9001, 'queued', NULL, 1700000000.5, NULL, 'zoë');
        INSERT INTO notes (contact_id, agent, text, at) VALUES (9001, 'zoë', 'a note; with "quotes"', 1.0);
        INSERT INTO complaint_solutions (complaint_id, text, status, at, agent) VALUES (9001, 'refund', 'proposed', 1.0, 'zoë');
        INSERT INTO complaint_followups (complaint_id, satisfaction, note, at, agent) VALUES (9001, 'satisfied', NULL, 1.0, 'zoë');
        INSERT INTO complaint_history (complaint_id, agent, at, kind, field, old_value, new_value) VALUES (9001, 'zoë', 1.0, 'edit', 'wants', NULL, 'refund');
        INSERT INTO followup_contacts (contact_id, complaint_id) VALUES (9001, 9001);
        INSERT INTO agent_state_log (agent, presence, reason, at, by_agent) VALUES ('zoë', 'ready', NULL, 1.0, 'zoë');
        INSERT INTO shifts (agent, started_at, ended_at, handover_note, open_items, console_pid) VALUES ('zoë', 1.0, NULL, NULL, '[]', 4242);
        INSERT INTO offers (contact_id, agent, offered_at, expires_at, outcome, settled_at) VALUES (9001, 'zoë', 1.0, 2.0, 'declined', 1.5);
        INSERT OR IGNORE INTO training_database (id, created_at) VALUES (1, 1.0);
        INSERT INTO training_runs (id, scenario, seed, speed, rate, agent, started_at) VALUES (5, 'first-day', 9007199254740993, 1.0, NULL, 'zoë', 1.0);
        INSERT INTO training_visitors (run_id, visitor, contact_id, persona, expects_complaint) VALUES (5, 1, 9001, 'calm', 0);
        INSERT INTO contact_wrap_ups (id, contact_id, agent, outcome, summary, at) VALUES (9001, 9001, 'zoë', NULL, '', 1.0);
        INSERT INTO contact_wrap_up_codes (wrap_up_id, position, code) VALUES (9001, 0, 'billing'), (9001, 1, 'refund');
        INSERT INTO customer_history (customer_id, field, before, after, agent, actor, at) VALUES (9002, 'name', 'a', 'b', NULL, NULL, 1.0);
        INSERT INTO follow_up_answers (contact_id, answer, note, agent, at) VALUES (9001, 'satisfied', '', 'zoë', 1.0);
        INSERT INTO quality_reviews (contact_id, agent, channel, ended_at, period_start, period_end, seed, sampled_by, sampled_at, total_percent)
            VALUES (9001, 'zoë', 'chat', 1700000100.125, 0.0, 2000000000.0, 'seed-1', 'zoë', 1.0, 87.5);
        INSERT INTO satisfaction_requests (contact_id, customer_id, agent, channel, due_at) VALUES (9001, 9002, 'zoë', 'chat', 1.0);
        INSERT INTO satisfaction_answers (contact_id, score, comment, agent, channel, at) VALUES (9001, 5, '', 'zoë', 'chat', 1.0);
        INSERT INTO satisfaction_opt_outs (customer_id, at) VALUES (9002, 1.0);
        INSERT INTO outbound_events (kind, contact_id, at, payload) VALUES ('contact.queued', 9001, 1.0, '{"a":1}');
        INSERT INTO outbound_events (kind, contact_id, at, payload) VALUES ('contact.ended', 9001, 2.0, '{}');
        DELETE FROM outbound_events WHERE seq = (SELECT MAX(seq) FROM outbound_events);
        INSERT INTO webhooks (url, kinds, secret, created_at) VALUES ('https://example.com/hook', NULL, 'secret', 1.0);
        INSERT INTO webhooks (url, kinds, secret, created_at) VALUES ('https://example.com/gone', '["contact.queued"]', 'secret', 1.0);
        DELETE FROM webhooks WHERE id = (SELECT MAX(id) FROM webhooks);
        INSERT INTO webhook_deliveries (webhook_id, seq, contact_id, next_attempt_at, last_error)
            VALUES ((SELECT MIN(id) FROM webhooks), (SELECT MIN(seq) FROM outbound_events), 9001, 1.0, 'timed out');
        INSERT INTO api_tokens (name, scope, hash, created_at) VALUES ('ci', 'read', 'abc123', 1.0), ('Ci-upper', 'admin', 'def456', 2.0);
        INSERT INTO worker_leases (name, holder, expires_at) VALUES ('webhooks', 'host:1', 1.0);
        """
}
