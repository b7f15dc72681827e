import Foundation
import FrontlineStoreAPI

/// Work that runs beside a program in the same loop, such as the router offering contacts or
/// the trainee simulator's customers. It talks to the console only through the store, so the
/// console sees what it does the way it sees any other process's writes.
public protocol ConsoleCompanion: AnyObject {
    /// Does whatever is due at `now`, given what the store's change feed reported since the last
    /// step (empty when nothing was written); returns when it next needs to run, or nil for
    /// "only when something changes".
    func step(at now: Date, changes: Set<ChangeTopic>) -> Date?
    /// The topics whose changes it reads: the loop is woken for these even when the screen shows none.
    var interest: TopicInterest { get }
}
