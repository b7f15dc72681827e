import FrontlineCore

/// The phrases pane: the filter typed after `/`, the phrase selected, and a language the agent chose.
public struct PhrasesState: Sendable {
    public var filter = TextField()
    public var selection = 0
    /// A language the agent chose for the phrases (Tab in the filter); nil follows the customer.
    public var languageChoice: Language?

    public init() {}

    /// Back to an empty filter, the first phrase and the customer's language.
    mutating func reset() {
        filter.clear()
        selection = 0
        languageChoice = nil
    }
}
