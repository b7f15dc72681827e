import FrontlineScreen

/// One entry of a key table: which keys do what, and why they cannot do it now. What the action
/// is called comes from the screen's language, so the bottom bar, the `?` overlay and the README's
/// key table all speak from one table. The console and the wallboard each have their own kind of
/// action, and their own state the rule reads (`Context`).
///
/// The rule is the one place a key's "not now" lives: the key bar leaves out a key whose rule gives
/// a reason, and the key handler says that reason in the status line instead of acting, so the bar
/// and the handler cannot disagree (as in lazygit, where each binding has a disabled reason).
public struct KeyBinding<Command: Sendable, Context>: Sendable {
    public var keys: [KeyPress]
    /// How the keys are written in help, e.g. `j/↓`.
    public var keyLabel: String
    public var action: Command
    /// Whether the bottom bar has room for it; the overlay lists every binding.
    public var inBar: Bool
    /// Why the key cannot act now, in the screen's language; nil when it can.
    public var whyNot: @Sendable (Context) -> String?

    public init(_ keys: [KeyPress], _ keyLabel: String, _ action: Command, inBar: Bool = true,
                whyNot: @escaping @Sendable (Context) -> String? = { _ in nil }) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.action = action
        self.inBar = inBar
        self.whyNot = whyNot
    }
}

/// A key of the agent console.
public typealias Binding = KeyBinding<Action, AppState>
