import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a console keeps the agent's unsent reply and complaint draft on disk while the database
/// cannot be reached, so that a console closed during the outage loses nothing either: by default
/// `$XDG_CONFIG_HOME/frontline/unsent-AGENT-DB.json` (beside the agent's own phrases; DB tells one
/// database from another, so a trainee console's draft never reaches the real one). Written
/// atomically (a new file renamed over the old), readable by its owner alone (0600): replies hold
/// customers' details. Removed once the database has the draft again.
public struct UnsentWorkFile: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    /// The file for `agent` working on `database` (its path or URL) in the user's Frontline folder.
    public init(agent: String, database: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                home: String = StandardPaths.home()) {
        // A login name is a file name already; anything else in it is spelled out, never a path.
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-"))
        let name = agent.addingPercentEncoding(withAllowedCharacters: allowed) ?? "agent"
        // FNV-1a of the database's name: short, and the same in every run.
        let hash = database.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
        path = StandardPaths.configFile("unsent-\(name)-\(String(format: "%08x", hash)).json", environment: environment, home: home)
    }

    /// What was kept, or nil when there is no file.
    public func load() throws -> UnsentWork? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(UnsentWork.self, from: data)
    }

    /// Replaces the file with `work`: a temporary file created 0600 beside it, flushed, renamed over it.
    public func keep(_ work: UnsentWork) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(work)
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw UnsentWorkFileError(path: temporary, errno: errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 { failure = errno; return }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        // A file left by an earlier program under this name keeps its mode through O_TRUNC: set it.
        if failure == 0, chmod(temporary, 0o600) != 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw UnsentWorkFileError(path: path, errno: failure)
        }
    }

    /// Removes the file; no file is fine.
    public func forget() throws {
        if unlink(path) != 0, errno != ENOENT { throw UnsentWorkFileError(path: path, errno: errno) }
    }
}

/// The unsent-work file could not be written or removed.
public struct UnsentWorkFileError: Error, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    public var description: String { "\(path): \(String(cString: strerror(errno)))" }
}
