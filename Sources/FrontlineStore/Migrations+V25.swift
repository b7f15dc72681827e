extension Migrations {
    /// Console liveness by heartbeat lease (issue 18): on PostgreSQL a console renews its shift's
    /// lease, as consoles run on many hosts. SQLite keeps checking the process on its one host
    /// and leaves the column empty; it is here so both schemas stay column for column alike.
    static let v25ConsoleLeases = """
        ALTER TABLE shifts ADD COLUMN console_lease_until REAL;
        """
}
