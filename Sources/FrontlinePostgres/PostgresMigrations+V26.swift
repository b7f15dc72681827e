extension PostgresMigrations {
    /// A customer's phones keep the order they were given in: each row says its place (SQLite's
    /// v26 too). Until now ctid stood in for SQLite's rowid, and ctid order changes under an
    /// UPDATE or VACUUM FULL. Backfilled from the order the phones were read in so far (ctid),
    /// numbered 0, 1, … per customer. A column, not a table: v24's table grants cover it.
    static let v26PhonePositions = """
        ALTER TABLE customer_phones ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
        UPDATE customer_phones SET position = numbered.position
        FROM (SELECT ctid AS place, row_number() OVER (PARTITION BY customer_id ORDER BY ctid) - 1 AS position FROM customer_phones) AS numbered
        WHERE customer_phones.ctid = numbered.place AND numbered.position > 0;
        """
}
