/// What a frame did to its own text, kept only while a test draws it to check the layout
/// (`ScreenBuffer.$auditsLayout`): the boxes in the order they were drawn, every text cut short,
/// and every character of text a later write drew over. The layout property test reads it.
public struct LayoutAudit: Equatable, Sendable {
    /// A write whose text did not fit: what was asked for and what the screen shows.
    public struct Cut: Equatable, Sendable {
        public var text: String
        public var shown: String
        public var x: Int
        public var y: Int
    }

    /// A character of one write's text drawn over by a later write of the same frame.
    public struct Overwrite: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var was: String
        public var now: String
        /// The later write's whole text, to find which label ran into which.
        public var by: String
    }

    public var boxes: [Rect] = []
    public var cuts: [Cut] = []
    public var overwrites: [Overwrite] = []
    /// Cells holding a write's text since the last fill or box over them.
    var written: Set<Int> = []

    public init() {}
}
