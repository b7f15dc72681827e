import FrontlineScreen

/// Where each part of the wallboard goes on a screen of a given size.
public struct WallboardLayout: Equatable, Sendable {
    public static let minimumWidth = 100
    public static let minimumHeight = 28
    /// The channel table: a border, its header and one row per channel.
    static let channelsHeight = 7
    static let bottomHeight = 9

    public var header: Rect
    public var channels: Rect
    public var alerts: Rect
    public var queue: Rect
    public var agents: Rect
    public var abandoned: Rect
    public var complaints: Rect
    public var chart: Rect
    public var message: Rect
    public var keyBar: Rect

    /// nil when the screen is smaller than the board can use.
    public init?(width: Int, height: Int) {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else { return nil }
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        header = screen.row(0)
        channels = Rect(x: 0, y: 1, width: width, height: Self.channelsHeight)
        alerts = Rect(x: 0, y: channels.maxY, width: width, height: 2)
        message = screen.row(height - 2)
        keyBar = screen.row(height - 1)
        let bottom = Rect(x: 0, y: message.y - Self.bottomHeight, width: width, height: Self.bottomHeight)
        let middle = Rect(x: 0, y: alerts.maxY, width: width, height: bottom.y - alerts.maxY)
        (queue, agents) = middle.splitVertically(leftWidth: width * 2 / 5)
        let (left, rest) = bottom.splitVertically(leftWidth: width * 3 / 10)
        abandoned = left
        (complaints, chart) = rest.splitVertically(leftWidth: width * 3 / 10)
    }

    /// One chart column per bucket, inside the chart's border.
    public var chartColumns: Int { max(0, chart.width - 2) }

    public func rect(of section: WallboardSection) -> Rect {
        switch section {
        case .queue: queue
        case .agents: agents
        case .abandoned: abandoned
        case .complaints: complaints
        }
    }
}

/// The large-type layout for a wall screen: a tile per channel with big figures, the alerts, the agents.
public struct LargeWallboardLayout: Equatable, Sendable {
    /// A tile: border, the channel, two big figures of three rows with their labels, the day's line.
    static let tileHeight = 11

    public var header: Rect
    public var tiles: [Rect]
    public var alerts: Rect
    public var agents: Rect
    public var message: Rect
    public var keyBar: Rect

    public init?(width: Int, height: Int) {
        guard width >= WallboardLayout.minimumWidth, height >= WallboardLayout.minimumHeight else { return nil }
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        header = screen.row(0)
        let tileWidth = width / 4
        tiles = (0..<4).map { Rect(x: $0 * tileWidth, y: 1, width: $0 == 3 ? width - 3 * tileWidth : tileWidth, height: Self.tileHeight) }
        alerts = Rect(x: 0, y: 1 + Self.tileHeight, width: width, height: 2)
        message = screen.row(height - 2)
        keyBar = screen.row(height - 1)
        agents = Rect(x: 0, y: alerts.maxY, width: width, height: message.y - alerts.maxY)
    }
}
