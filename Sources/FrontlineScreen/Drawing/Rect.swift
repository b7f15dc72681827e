/// A rectangle of terminal cells. Layout is plain arithmetic on these, so it is
/// tested without a terminal.
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        // Negative sizes would make every loop below need a guard; clamp once here.
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public var description: String { "Rect(x: \(x), y: \(y), width: \(width), height: \(height))" }

    /// Shrinks every side by `n` (a box border is `inset(by: 1)`); never goes negative.
    public func inset(by n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }

    /// Top part of `topHeight` rows (clamped to 0...height) and the rest below it.
    public func splitHorizontally(topHeight: Int) -> (top: Rect, bottom: Rect) {
        let h = min(max(0, topHeight), height)
        return (Rect(x: x, y: y, width: width, height: h),
                Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// Left part of `leftWidth` columns (clamped to 0...width) and the rest to its right.
    public func splitVertically(leftWidth: Int) -> (left: Rect, right: Rect) {
        let w = min(max(0, leftWidth), width)
        return (Rect(x: x, y: y, width: w, height: height),
                Rect(x: x + w, y: y, width: width - w, height: height))
    }

    /// The one-line rect at `y + i`; empty (height 0) when `i` is outside the rect.
    public func row(_ i: Int) -> Rect {
        Rect(x: x, y: y + i, width: width, height: (0..<height).contains(i) ? 1 : 0)
    }

    /// The overlap of two rects (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// A rect of the given size centred in this one (clamped to fit), for overlays.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(0, w), width), ch = min(max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}
