import FrontlineStoreAPI

/// The complaints view (`v`): this agent's open complaints, the one selected, and the one open.
public struct ComplaintsViewState: Sendable {
    /// This agent's open complaints, by next deadline.
    public var list: [ComplaintSummary] = []
    public var selection = 0
    /// The complaint open in the detail view, and how far its text is scrolled.
    public var open: ComplaintDetail?
    public var scroll = 0

    public init() {}
}
