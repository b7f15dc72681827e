import FrontlineStoreAPI
import Foundation

/// The file on disk before SQLite sees it: private folder, private file; or, on a shared host,
/// a team folder whose group alone may read and write it.
enum DatabaseFile {
    /// Creates the parent folder (0700) and an empty file (0600, or 0660 in a team folder) when
    /// they are missing. Customer data is personal: nobody outside the team should read it.
    static func prepare(_ url: URL) throws {
        try createFolders(url.deletingLastPathComponent())
        let team = teamGroup(of: url)
        let mode: mode_t = team == nil ? 0o600 : 0o660
        // O_EXCL: two consoles starting at once must not both create (and clobber) the file.
        let fd = Foundation.open(url.path, O_CREAT | O_EXCL | O_WRONLY, mode)
        if fd >= 0 {
            fchmod(fd, mode)   // the process's umask (077) would otherwise take the group's bits
            close(fd)
        } else if errno != EEXIST {
            throw StoreError.cannotCreateFile(path: url.path, reason: String(cString: strerror(errno)))
        }
        for file in [url.path, url.path + "-wal", url.path + "-shm"] { try tighten(file, team: team) }
    }

    /// The group a database is shared with: its folder's, when the folder is a team folder
    /// (set-group-ID and group-writable, as `install -d -m 2770 -g GROUP` makes it). New files
    /// there take the folder's group; SQLite gives the WAL and SHM files the database's mode.
    static func teamGroup(of url: URL) -> gid_t? {
        var folder = stat()
        guard stat(url.deletingLastPathComponent().path, &folder) == 0,
              folder.st_mode & mode_t(S_ISGID) != 0, folder.st_mode & 0o070 == 0o070, folder.st_mode & 0o007 == 0 else { return nil }
        return folder.st_gid
    }

    /// An existing database (restored with `cp`, say) that others may read is made private
    /// before SQLite opens it: only its owner, or in a team folder its owner and the team's
    /// group. One that cannot be tightened (another user's file) is refused, naming the fix.
    static func tighten(_ path: String, team: gid_t? = nil) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let mode = info.st_mode & 0o777
        let allowed: mode_t = team != nil && info.st_gid == team ? 0o770 : 0o700
        guard mode & ~allowed != 0 else { return }
        if chmod(path, mode & allowed) != 0 {
            let fix = allowed == 0o770 ? "chmod o-rwx \(path)" : "chmod 600 \(path)"
            throw StoreError.refused("\(path) may be read by others (mode \(String(mode, radix: 8))) and cannot be made private "
                                     + "(\(String(cString: strerror(errno)))); its owner should run '\(fix)'")
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
