import FrontlineScreen

/// A one-line text editor that works on grapheme clusters, so a Hangul
/// syllable, a Chinese character or an emoji with modifiers moves and
/// deletes as one.
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Insertion point, as an index into `characters`.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func insert(_ text: String) {
        // A paste of several lines becomes one line: the reply line sends a single message.
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\t", with: " ")
        let inserted = Array(flat)
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    /// Replaces the characters from `start` to the cursor with `text` (a picked phrase replaces its `/query`).
    public mutating func replaceBeforeCursor(from start: Int, with text: String) {
        characters.removeSubrange(start..<cursor)
        cursor = start
        insert(text)
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    public mutating func clear() {
        characters = []
        cursor = 0
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func handle(_ key: KeyPress) -> Bool {
        switch key {
        case .char(let character): insert(String(character))
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("u"): deleteToStart()
        default: return false
        }
        return true
    }

    /// The part of the text that fits in `width` columns with the cursor in view,
    /// and the cursor's column within it. Long text scrolls.
    public func visibleSlice(width: Int) -> (text: String, cursorColumn: Int) {
        let window = visibleWindow(width: width)
        return (String(characters[window.range]), window.cursorColumn)
    }

    /// Which characters fit in `width` columns with the cursor in view, and the cursor's column.
    public func visibleWindow(width: Int) -> (range: Range<Int>, cursorColumn: Int) {
        guard width > 1 else { return (cursor..<cursor, 0) }
        let widths = characters.map { DisplayWidth.of($0) }
        // Start at the cursor and walk left while the text before it still fits, keeping one column for the cursor.
        var start = cursor
        var used = 1
        while start > 0, used + widths[start - 1] <= width {
            start -= 1
            used += widths[start]
        }
        var end = cursor
        var total = widths[start..<cursor].reduce(0, +)
        while end < characters.count, total + widths[end] <= width {
            total += widths[end]
            end += 1
        }
        let cursorColumn = widths[start..<cursor].reduce(0, +)
        return (start..<end, cursorColumn)
    }
}
