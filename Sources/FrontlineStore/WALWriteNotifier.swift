#if canImport(Glibc)
import Glibc
#endif
import FrontlineStoreAPI

/// Readable whenever a process on this host writes to the database's WAL file: every commit
/// appends its pages there before it becomes visible. An inotify watch (Linux), so a console that
/// waits on it wakes for writes and not on a timer; elsewhere there is none and consoles poll.
/// The write comes a moment before the commit is visible in the WAL index, so a reader woken by
/// it looks again shortly after (`ChangeWatcher`).
final class WALWriteNotifier: ChangeNotifier, @unchecked Sendable {
    let descriptor: Int32

    /// nil when there is no WAL file to watch or the system offers no such watch.
    init?(walPath: String) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard inotify_add_watch(descriptor, walPath, UInt32(IN_MODIFY)) >= 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        #else
        return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    @discardableResult
    func drain() -> Bool {
        // On the stack: a watcher drains after every look while others type.
        withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 8) { buffer in
            var drained = false
            while read(descriptor, buffer.baseAddress, buffer.count) > 0 { drained = true }
            return drained
        }
    }
}
