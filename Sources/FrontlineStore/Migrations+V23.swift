extension Migrations {
    /// One webhook worker per database (issue 16): the worker that holds the lease delivers; any
    /// other waits, and takes over when the lease runs out (its holder died) or is let go.
    static let v23WorkerLeases = """
        CREATE TABLE worker_leases (
            name TEXT PRIMARY KEY NOT NULL,
            holder TEXT NOT NULL,
            expires_at REAL NOT NULL
        );
        """
}
