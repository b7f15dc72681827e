import FrontlineScreen

/// The cells each pane drew last frame, with what it was drawn from. A pane whose inputs are the
/// same as last time is copied back instead of drawn: an idle second changes the header and the
/// queue's countdowns (drawn over the queue's copy), and drawing the customer file, the phrases and the complaint form again
/// for nothing was most of a frame's work. Owned by the program (`ConsoleProgram`) and used only
/// for its own state as it moves on: the version in a key counts that state's changes.
///
/// A pane's key must hold everything it is drawn from; `AppState.contentVersion` stands for the
/// slices and settings, which a frame rarely changes. A pane draws only inside its own rect, onto
/// a fresh buffer, so what it left there is all it drew.
public final class PaneCache {
    enum Slot: Hashable {
        case header, queue, customer, phrases, complaint, keyBar
    }

    private struct Drawn {
        var key: Any
        var rect: Rect
        var cells: [Cell]
        /// Where the pane put the cursor, if it did (nil inside: it hid it).
        var cursor: Point??
    }

    private var drawn: [Slot: Drawn] = [:]

    public init() {}

    /// Draws the pane in `slot` into `rect` with `draw`, or copies it from last frame when `key`
    /// and `rect` are the same as then.
    func draw<Key: Equatable>(_ slot: Slot, key: Key, rect: Rect, into buffer: inout ScreenBuffer,
                              _ draw: (inout ScreenBuffer) -> Void) {
        if let last = drawn[slot], last.rect == rect, let lastKey = last.key as? Key, lastKey == key {
            buffer.restore(last.cells, in: rect)
            if let cursor = last.cursor { buffer.cursorPosition = cursor }
            return
        }
        // A cursor no pane can set tells whether this one set it (to a place, or to none).
        let before = buffer.cursorPosition
        buffer.cursorPosition = Self.untouched
        draw(&buffer)
        let cursor: Point?? = buffer.cursorPosition == Self.untouched ? nil : .some(buffer.cursorPosition)
        if cursor == nil { buffer.cursorPosition = before }
        drawn[slot] = Drawn(key: key, rect: rect, cells: buffer.cells(in: rect), cursor: cursor)
    }

    private static let untouched = Point(x: Int.min, y: Int.min)
}
