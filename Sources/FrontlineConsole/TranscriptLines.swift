import Foundation
import FrontlineCore

/// The last transcript wrapped for the customer pane, kept until the transcript or the width
/// changes. Every frame redraws the pane, and wrapping 200 messages by display width was the
/// largest part of a key press; a frame differs from the last only in what it shows of them.
final class TranscriptLines: @unchecked Sendable {
    static let shared = TranscriptLines()

    private let lock = NSLock()
    private var key: (transcript: [ChatMessage], width: Int)?
    private var cached: [StyledLine] = []

    func lines(_ transcript: [ChatMessage], width: Int, wrap: () -> [StyledLine]) -> [StyledLine] {
        if let hit = lock.withLock({ key.map { $0.width == width && $0.transcript == transcript } ?? false ? cached : nil }) {
            return hit
        }
        let lines = wrap()
        lock.withLock {
            key = (transcript, width)
            cached = lines
        }
        return lines
    }
}
