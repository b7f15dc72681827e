import Foundation

/// Text as `ScreenBuffer.write` draws it: after `SafeText.visible`, each grapheme with its display
/// width. Working that out (Unicode properties, grapheme breaking) is the costly part of writing
/// Chinese and Korean names, and a console writes the same names every second, so the pieces of
/// recent texts are kept. Pure: the same text always gives the same pieces.
struct DrawnText: Sendable {
    struct Piece: Equatable, Sendable {
        var text: String
        var width: Int
    }

    let pieces: [Piece]
    /// The sum of the pieces' widths: `DisplayWidth.of(text)`.
    let width: Int

    init(_ text: String) {
        var pieces: [Piece] = [], width = 0
        for character in SafeText.visible(text) {
            let w = DisplayWidth.of(character)
            pieces.append(Piece(text: String(character), width: w))
            width += w
        }
        self.pieces = pieces
        self.width = width
    }

    /// From the texts seen lately, else worked out (and kept, when short: names and labels, not pastes).
    static func of(_ text: String) -> DrawnText {
        text.utf8.count <= 256 ? cache.drawn(text) : DrawnText(text)
    }

    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        /// Enough for a screen's names and labels many times over; past it, start again rather than grow.
        private let capacity = 4096
        private let lock = NSLock()
        private var known: [String: DrawnText] = [:]

        func drawn(_ text: String) -> DrawnText {
            if let hit = lock.withLock({ known[text] }) { return hit }
            let made = DrawnText(text)
            lock.withLock {
                if known.count >= capacity { known.removeAll(keepingCapacity: true) }
                known[text] = made
            }
            return made
        }
    }
}
