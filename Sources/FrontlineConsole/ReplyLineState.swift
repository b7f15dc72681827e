import FrontlineCore

/// The reply being written to the active contact. It outlives the replying mode: Esc and `r` come back to it.
public struct ReplyLineState: Sendable {
    public var field = TextField()
    /// The phrase chosen in the `/` picker, and the `/` the agent dismissed the picker at.
    public var pickerSelection = 0
    public var pickerDismissedAt: Int?
    /// What the wording guard found in the reply being sent; marked in the line until it is sent.
    public var wordingHits: [WordingHit] = []

    public init() {}
}
