#if canImport(Glibc)
import Glibc
#endif
import FrontlineStoreAPI

/// Readable when a process on this host may have committed something a screen shows: an inotify
/// watch (Linux) on the database's `CommitBell`, rung after every commit but draft-only ones, so
/// a console that waits on it sleeps while others type. Without a bell (none made, or it cannot
/// be watched) it watches the WAL file, which every commit writes a moment before the commit can
/// be read (a reader woken by it looks again shortly after, `ChangeWatcher`); a bell that goes
/// away or changes its mode while watched (a writer could not ring it) turns it to the WAL too,
/// for good. Elsewhere there is none and consoles poll.
final class CommitNotifier: ChangeNotifier, @unchecked Sendable {
    let descriptor: Int32
    private let walPath: String
    /// The bell's watch, while waiting on the bell; -1 once waiting on the WAL.
    private var bellWatch: Int32 = -1

    /// nil when neither file can be watched or the system offers no such watch.
    init?(bellPath: String, walPath: String) {
        self.walPath = walPath
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        bellWatch = inotify_add_watch(descriptor, bellPath, UInt32(IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF))
        if bellWatch < 0, !watchWAL() { return nil }
        #else
        return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// True when it waits on the bell rather than on every write to the WAL.
    var waitsOnBell: Bool { bellWatch >= 0 }

    private func watchWAL() -> Bool {
        #if os(Linux)
        bellWatch = -1
        return inotify_add_watch(descriptor, walPath, UInt32(IN_MODIFY)) >= 0
        #else
        return false
        #endif
    }

    @discardableResult
    func drain() -> Bool {
        // On the stack: a watcher drains after every look while others write.
        let (drained, bellGone) = withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 8) { buffer -> (Bool, Bool) in
            var drained = false, bellGone = false
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                guard count > 0 else { break }
                drained = true
                guard bellWatch >= 0 else { continue }
                // Each event: watch, mask, cookie, name length, then the name.
                var offset = 0
                while offset + 16 <= count {
                    let watch = buffer.load(fromByteOffset: offset, as: Int32.self)
                    let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                    let nameLength = buffer.load(fromByteOffset: offset + 12, as: UInt32.self)
                    if watch == bellWatch, mask & UInt32(IN_MODIFY) == 0 { bellGone = true }
                    offset += 16 + Int(nameLength)
                }
            }
            return (drained, bellGone)
        }
        // Removed, moved, its mode changed: the bell may no longer ring for every commit.
        // (Should the WAL not be watchable either, the watcher's quiet looks are what is left.)
        if bellGone { _ = watchWAL() }
        return drained
    }
}
