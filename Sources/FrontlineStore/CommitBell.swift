#if canImport(Glibc)
import Glibc
#endif
import FrontlineStoreAPI

/// A one-byte file beside the database ("<db>-bell"), written after every commit whose topics
/// another screen may show. Consoles wait on it (`CommitNotifier`) instead of on the WAL, which
/// every commit writes: five agents typing complaints commit a draft per key, and drafts show on
/// no screen but the typist's own, so those commits wake no other console.
///
/// A bell that cannot be rung (its mode changed, say) is removed, so that waiting consoles fall
/// back to the WAL and miss nothing; a missing bell is the same as no bell.
struct CommitBell {
    let path: String

    init(databasePath: String) {
        path = databasePath + "-bell"
    }

    /// Creates the bell with the database file's mode (as SQLite gives the WAL and SHM files),
    /// when it is missing. Failing to is harmless: consoles then wait on the WAL.
    func create(likeDatabaseAt databasePath: String) {
        var database = stat()
        guard stat(databasePath, &database) == 0 else { return }
        let mode = database.st_mode & 0o777
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return }
        fchmod(descriptor, mode)   // the umask would otherwise take the group's bits
        var byte: UInt8 = 0
        _ = write(descriptor, &byte, 1)
        close(descriptor)
    }

    /// After the commit, so a console woken by it reads the commit at once. Opened each time: a
    /// bell removed and made again is the one rung.
    func ring() {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            // Not ours to ring: take it away, so that consoles waiting on it wait on the WAL.
            if errno != ENOENT { unlink(path) }
            return
        }
        var byte: UInt8 = 0
        if pwrite(descriptor, &byte, 1, 0) != 1 { unlink(path) }
        close(descriptor)
    }
}
