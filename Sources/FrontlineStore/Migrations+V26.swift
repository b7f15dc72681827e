extension Migrations {
    /// A customer's phones keep the order they were given in (issue 18): each row says its place.
    /// Until now the order was the rowid's, which PostgreSQL has no counterpart of (its physical
    /// order changes under an UPDATE or VACUUM FULL); both backends now order by `position`.
    /// Backfilled from the rowid order the phones were read in so far, numbered 0, 1, … per customer.
    static let v26PhonePositions = """
        ALTER TABLE customer_phones ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        UPDATE customer_phones SET position = (
            SELECT COUNT(*) FROM customer_phones AS earlier
            WHERE earlier.customer_id = customer_phones.customer_id AND earlier.rowid < customer_phones.rowid
        );
        """
}
