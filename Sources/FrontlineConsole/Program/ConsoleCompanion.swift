import Foundation

/// Work that runs beside the console in the same loop, such as the router offering contacts or
/// the trainee simulator's customers. It talks to the console only through the store, so the
/// console sees what it does the way it sees any other process's writes.
public protocol ConsoleCompanion: AnyObject {
    /// Does whatever is due at `now`; returns when it next needs to run, or nil for "only when
    /// something changes" (a key press or another process's write also runs it).
    func step(at now: Date) -> Date?
}
