/// What a program loop has done, counted so tests (and benchmarks) can see it stays idle.
public struct LoopCounts: Equatable, Sendable {
    /// Frames handed to the terminal.
    public var frames = 0
    /// Effects performed against the store (reads and writes).
    public var effects = 0
    /// Non-empty batches from the change feed.
    public var changeBatches = 0
    /// Ticks sent because something visible was due to change.
    public var ticks = 0
}
