import FrontlineCore

/// The phrase picker of the reply line: `/` and a few letters before the cursor (at the start
/// or after a space) offer the phrases that match, best first.
public struct ReplyPicker: Equatable, Sendable {
    /// Where the `/` stands, as a character index in the reply.
    public var slashIndex: Int
    public var query: String

    /// The picker the reply's text and cursor ask for, if any.
    public init?(reply: TextField) {
        let before = reply.characters[..<reply.cursor]
        guard let slash = before.lastIndex(of: "/") else { return nil }
        let query = before[(slash + 1)...]
        guard !query.contains(where: \.isWhitespace), slash == 0 || before[slash - 1].isWhitespace else { return nil }
        slashIndex = slash
        self.query = String(query)
    }

    public static let visibleCount = 6

    public func candidates(in book: Phrasebook, language: Language) -> [Phrase] {
        Array(PhrasePicker.rank(query: query, phrases: book.phrases, language: language).prefix(Self.visibleCount))
    }
}
