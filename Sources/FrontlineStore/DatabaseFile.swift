import FrontlineStoreAPI
import Foundation

/// The file on disk before SQLite sees it: private folder, private file.
enum DatabaseFile {
    /// Creates the parent folder (0700) and an empty file (0600) when they are missing.
    /// Customer data is personal: nobody else on the host should read it.
    static func prepare(_ url: URL) throws {
        try createFolders(url.deletingLastPathComponent())
        // O_EXCL: two consoles starting at once must not both create (and clobber) the file.
        let fd = Foundation.open(url.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        if fd >= 0 {
            fchmod(fd, 0o600)
            close(fd)
        } else if errno != EEXIST {
            throw StoreError.cannotCreateFile(path: url.path, reason: String(cString: strerror(errno)))
        }
        for file in [url.path, url.path + "-wal", url.path + "-shm"] { try tighten(file) }
    }

    /// An existing database (restored with `cp`, say) that others may read is made private
    /// before SQLite opens it (SQLite gives the WAL and SHM files the database's mode). One
    /// that cannot be tightened (another user's file) is refused, naming the fix.
    static func tighten(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return }
        let mode = info.st_mode & 0o777
        if chmod(path, mode & 0o700) != 0 {
            throw StoreError.refused("\(path) may be read by others (mode \(String(mode, radix: 8))) and cannot be made private "
                                     + "(\(String(cString: strerror(errno)))); its owner should run 'chmod 600 \(path)'")
        }
    }

    /// False when the file exists but may not be written. A file without any write bit
    /// counts as read-only even for root, who could otherwise write it anyway.
    static func isWritable(_ url: URL) -> Bool {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return true }
        return access(url.path, W_OK) == 0 && info.st_mode & 0o222 != 0
    }

    /// `mkdir -p` with mode 0700, so a failure can name the POSIX reason (no such file,
    /// not a directory, permission denied) instead of a generic Foundation message.
    private static func createFolders(_ folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw StoreError.cannotCreateFolder(path: folder.path, reason: "a file is in the way") }
            return
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path { try createFolders(parent) }
        if mkdir(folder.path, 0o700) != 0, errno != EEXIST {
            throw StoreError.cannotCreateFolder(path: folder.path, reason: String(cString: strerror(errno)))
        }
    }
}
