import FrontlineScreen

/// Where each part of the agent console goes on a screen of a given size.
public struct ConsoleLayout: Equatable, Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var header: Rect
    public var queue: Rect
    public var customer: Rect
    public var phrases: Rect
    public var complaint: Rect
    public var replyLine: Rect
    public var keyBar: Rect

    /// nil when the screen is smaller than the console can use.
    public init?(width: Int, height: Int) {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else { return nil }
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        header = screen.row(0)
        replyLine = screen.row(height - 2)
        keyBar = screen.row(height - 1)
        let body = Rect(x: 0, y: 1, width: width, height: height - 3)
        // The queue and the phrases take a little under half the width; the file and form the rest.
        let (left, right) = body.splitVertically(leftWidth: max(38, width * 9 / 20))
        // The complaint form needs 9 rows; the customer file gets everything above it.
        (customer, complaint) = right.splitHorizontally(topHeight: right.height - 9)
        (queue, phrases) = left.splitHorizontally(topHeight: left.height * 11 / 20)
    }

    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .queue: queue
        case .customer: customer
        case .phrases: phrases
        case .complaint: complaint
        }
    }
}
