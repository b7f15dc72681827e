import Foundation

/// The header of SQLite's WAL index (the `-shm` file beside the database), read as a stamp that
/// moves with every commit, from any process. The header (sqlite.org/walformat.html, "The
/// WAL-Index Header") holds a counter that every write transaction increments, the last valid
/// frame and the WAL's salts; SQLite keeps two copies and writes the second first, so a commit
/// becomes visible to readers only once the first copy has changed.
///
/// Reading it is one `pread`: no lock, no transaction, no statement. The change feed asks "anything
/// new?" several times a second in every console, and a read transaction costs four `fcntl` locks
/// and a statement; with the stamp it runs only when the stamp moved.
/// A stat() of the WAL file would be as cheap but not exact: its mtime moves in coarse clock ticks,
/// so a commit just after a look can keep the mtime it had.
final class WALCommitStamp: @unchecked Sendable {
    /// The header's 48 bytes as six words: equal stamps mean no commit in between.
    struct Stamp: Equatable {
        var a, b, c, d, e, f: UInt64
    }

    /// `WALINDEX_MAX_VERSION` in SQLite's wal.c: the only layout this reader knows.
    static let knownVersion: UInt32 = 3_007_000
    static let headerSize = 48

    private let descriptor: Int32

    /// nil when there is no `-shm` file to read (not yet created, or the database is not in WAL mode).
    init?(databasePath: String) {
        let descriptor = open(databasePath + "-shm", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The header now, or nil when it cannot be trusted: too short, a layout we do not know, not
    /// yet initialised, or caught halfway through a commit (the copies differ). A caller that gets
    /// nil asks the database itself.
    func read() -> Stamp? {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 12) { words -> Stamp? in
            let bytes = UnsafeMutableRawBufferPointer(words)
            guard pread(descriptor, bytes.baseAddress, bytes.count, 0) == 2 * Self.headerSize else { return nil }
            let first = Stamp(a: words[0], b: words[1], c: words[2], d: words[3], e: words[4], f: words[5])
            let second = Stamp(a: words[6], b: words[7], c: words[8], d: words[9], e: words[10], f: words[11])
            // iVersion is the first u32, isInit the byte at offset 12 (both in the machine's byte order).
            guard first == second, bytes.load(fromByteOffset: 0, as: UInt32.self) == Self.knownVersion,
                  bytes.load(fromByteOffset: 12, as: UInt8.self) != 0 else { return nil }
            return first
        }
    }
}
