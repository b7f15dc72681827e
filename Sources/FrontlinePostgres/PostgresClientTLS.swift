import Foundation
import PostgresNIO

/// The TLS a connection offers, from the files libpq reads: the server's certificate authority
/// from PGSSLROOTCERT or ~/.postgresql/root.crt (else the system's), and the agent's own client
/// certificate from PGSSLCERT and PGSSLKEY or ~/.postgresql/postgresql.crt and .key, for a server
/// that lets agents in by certificate (`cert` in pg_hba.conf) rather than by password.
enum PostgresClientTLS {
    /// A file named but unusable, said in one line with what to do.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func configuration(environment: [String: String] = ProcessInfo.processInfo.environment,
                              home: String = FileManager.default.homeDirectoryForCurrentUser.path) throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        let folder = home + "/.postgresql"
        let files = FileManager.default
        if let root = environment["PGSSLROOTCERT"], !files.fileExists(atPath: root) {
            throw Problem(description: "PGSSLROOTCERT names \(root), which does not exist; give the server's CA certificate or unset it")
        }
        let root = environment["PGSSLROOTCERT"] ?? folder + "/root.crt"
        if files.fileExists(atPath: root) { configuration.trustRoots = .file(root) }
        let certificate = environment["PGSSLCERT"] ?? folder + "/postgresql.crt"
        let key = environment["PGSSLKEY"] ?? folder + "/postgresql.key"
        guard files.fileExists(atPath: certificate) else { return configuration }
        guard files.fileExists(atPath: key) else {
            throw Problem(description: "the client certificate \(certificate) has no key at \(key); put it there or name it in PGSSLKEY")
        }
        // As libpq: a key others may read is refused.
        var info = stat()
        if stat(key, &info) == 0, info.st_mode & 0o077 != 0 {
            throw Problem(description: "the client key \(key) may be read by others; run chmod 600 \(key)")
        }
        do {
            configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) }
            configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
        } catch {
            throw Problem(description: "cannot read the client certificate \(certificate) or its key \(key) as PEM")
        }
        return configuration
    }
}
