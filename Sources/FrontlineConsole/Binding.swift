import FrontlineScreen

/// One entry of the key table: which keys, what they do, and how help describes it.
/// The bottom bar, the `?` overlay and the README's key table are all generated from these.
public struct Binding: Sendable {
    public var keys: [KeyPress]
    /// How the keys are written in help, e.g. `j/k ↑/↓`.
    public var keyLabel: String
    public var action: Action
    /// One or two words for the bottom bar.
    public var short: String
    /// A sentence for the help overlay.
    public var help: String
    /// Whether the bottom bar has room for it; the overlay lists every binding.
    public var inBar: Bool

    public init(_ keys: [KeyPress], _ keyLabel: String, _ action: Action, short: String, help: String, inBar: Bool = true) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.action = action
        self.short = short
        self.help = help
        self.inBar = inBar
    }
}
