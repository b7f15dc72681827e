import Foundation

/// The password for a server, as libpq finds it: PGPASSWORD, else the first matching line of
/// ~/.pgpass (or PGPASSFILE) — `host:port:database:user:password`, `*` matching anything,
/// `\:` and `\\` escaped. Never from the command line. nil when none is given (trust or peer
/// authentication needs none).
public enum PostgresPassword {
    public static func find(for location: PostgresLocation, environment: [String: String] = ProcessInfo.processInfo.environment,
                            home: String = FileManager.default.homeDirectoryForCurrentUser.path) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let path = environment["PGPASSFILE"] ?? home + "/.pgpass"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        // libpq ignores a file others may read; so does Frontline.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & 0o077 != 0 { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            // As libpq: a line for a socket connection names the host `localhost`.
            let wanted = [location.isSocket ? "localhost" : location.host, String(location.port), location.database, location.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A .pgpass line's fields, with `\:` and `\\` unescaped.
    static func split(_ line: String) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped { fields[fields.count - 1].append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" && fields.count < 5 { fields.append("") }
            else { fields[fields.count - 1].append(character) }
        }
        return fields
    }
}
