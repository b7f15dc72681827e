extension Migrations {
    /// The HTTP API's tokens (issue 16): a name, a scope, and the SHA-256 of the token in hex.
    /// The token itself is shown once when made and never stored.
    static let v22APITokens = """
        CREATE TABLE api_tokens (
            name TEXT PRIMARY KEY NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('ingest', 'read', 'admin')),
            hash TEXT NOT NULL UNIQUE,
            created_at REAL NOT NULL,
            last_used_at REAL
        );
        """
}
