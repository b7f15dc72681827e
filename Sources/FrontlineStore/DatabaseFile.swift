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
