import GRDB

extension Migrations {
    /// First-question ownership, groups, transfers and escalation (issue 15 §2–§4).
    ///
    /// - `contacts.owner`: whoever first took the matter; filled from the log for contacts taken
    ///   before, and for call-backs from who queued them (the agent who promised, resolved, was assigned).
    /// - `contacts.sent_to_group`, `sent_to_group_at`: the group a contact was sent to, and since when
    ///   (routing falls back to everyone after the policy's group wait).
    /// - `contacts.handover_note`, `handover_from`: the note a transfer leaves for the receiver.
    /// - `contacts.escalated_at`, `escalation_note`: sent to the supervisors; the agent stays its owner.
    /// - `agents.groups`: a JSON list of group names; the agents there before belong to all three defaults.
    static let v18OwnershipGroupsTransfers = """
        ALTER TABLE contacts ADD COLUMN owner TEXT;
        ALTER TABLE contacts ADD COLUMN sent_to_group TEXT;
        ALTER TABLE contacts ADD COLUMN sent_to_group_at REAL;
        ALTER TABLE contacts ADD COLUMN handover_note TEXT;
        ALTER TABLE contacts ADD COLUMN handover_from TEXT;
        ALTER TABLE contacts ADD COLUMN escalated_at REAL;
        ALTER TABLE contacts ADD COLUMN escalation_note TEXT;
        ALTER TABLE agents ADD COLUMN groups TEXT NOT NULL DEFAULT '[]';
        UPDATE agents SET groups = '["orders","complaints","service"]';
        UPDATE contacts SET owner = (
            SELECT agent FROM contact_events WHERE contact_events.contact_id = contacts.id AND kind = 'taken' AND agent IS NOT NULL
            ORDER BY at, id LIMIT 1);
        UPDATE contacts SET owner = (
            SELECT agent FROM contact_events WHERE contact_events.contact_id = contacts.id AND kind = 'queued' AND agent IS NOT NULL
            ORDER BY at, id LIMIT 1)
        WHERE owner IS NULL AND channel = 'callback';
        -- What each agent owns, for the handover note; only open matters are looked up.
        CREATE INDEX contacts_open_by_owner ON contacts(owner) WHERE state IN ('waiting', 'active');
        """
}
