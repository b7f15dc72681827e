import Foundation

/// The file on disk before SQLite sees it: private folder, private file.
enum DatabaseFile {
    /// Creates the parent folder (0700) and an empty file (0600) when they are missing.
    /// Customer data is personal: nobody else on the host should read it.
    static func prepare(_ url: URL) throws {
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreateFolder(path: folder.path, reason: reason(error))
            }
        }
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

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
