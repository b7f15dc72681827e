import Foundation
import FrontlineScreen
import FrontlineStoreAPI

/// A full-screen program run by `ProgramLoop`: the agent console, the wallboard, trainee mode.
/// It owns its state; `update` is the only thing that changes it and decides every piece of work
/// (log-in, reloads, sweeps, log-out), which `perform` does against the store and reports back as
/// messages. The loop only turns the outside world into messages and draws.
public protocol Program: AnyObject {
    associatedtype State
    associatedtype Message
    /// What `update` asks for and `perform` does: the program's effects.
    associatedtype Work

    /// Everything on screen, changed only by `update`.
    var state: State { get }

    /// Sent first: the program asks for its log-in and first reads from here.
    var opening: Message { get }
    /// Sent once when a signal asks the program to stop (to log out); nil to stop at once.
    var stopping: Message? { get }
    /// True once the program has ended (quit, logged out).
    var isFinished: Bool { get }
    /// Work beside the program, stepped by the loop with what the change feed reported.
    var companions: [ConsoleCompanion] { get }

    func update(_ message: Message) -> [Work]
    func perform(_ work: Work) -> [Message]
    func view() -> ScreenBuffer

    /// When, in clock time, something on screen next changes by itself (the next second of a
    /// countdown, the next minute of the header clock), or nil when nothing does.
    var nextVisibleChange: Date? { get }

    /// A key, paste or resize as a message, or nil when the program ignores it.
    func message(for event: TerminalEvent) -> Message?
    func tick(_ now: Date) -> Message
    /// One batch of other writers' (and our own) commits, by topic.
    func storeChanged(_ topics: Set<ChangeTopic>) -> Message
    /// The topics whose changes `storeChanged` may read again for, as the screen is now; the loop
    /// is not woken for the others (they reach `storeChanged` with the next batch that matters).
    var interest: TopicInterest { get }
    /// Sent when the change watcher finds the database server gone while nothing else asked it
    /// (an idle screen); nil when the program has nothing to show for it.
    var databaseLost: Message? { get }
}

extension Program {
    public var stopping: Message? { nil }
    public var companions: [ConsoleCompanion] { [] }
    public var interest: TopicInterest { .everything }
    public var databaseLost: Message? { nil }
}
