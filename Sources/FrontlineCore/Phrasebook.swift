/// The phrases an agent can pick from.
public struct Phrasebook: Equatable, Sendable {
    public var phrases: [Phrase]

    public init(phrases: [Phrase]) { self.phrases = phrases }

    /// Phrases grouped in category order, each group in book order, keeping only
    /// those whose code, title or text in `language` contains every word of `filter`.
    public func matching(_ filter: String, in language: Language) -> [Phrase] {
        // Simplified and Traditional Chinese match each other: 谢谢 finds 謝謝.
        let words = ChineseVariants.folded(filter.lowercased()).split(whereSeparator: { $0 == " " }).map(String.init)
        let hits = phrases.filter { phrase in
            let haystack = ChineseVariants.folded((phrase.code + " " + phrase.title + " " + phrase.category.title).lowercased())
                + " " + phrase.searchText(in: language)
            return words.allSatisfy { haystack.contains($0) }
        }
        return PhraseCategory.allCases.flatMap { category in hits.filter { $0.category == category } }
    }

    /// The phrase with this code, if any.
    public func phrase(code: String) -> Phrase? { phrases.first { $0.code == code } }

    /// This book with `later` laid over it (shipped, then team, then personal): a phrase of
    /// `later` replaces the one with the same code where it stands, so the pane keeps its
    /// order; phrases with new codes follow in `later`'s order.
    public func merging(_ later: Phrasebook) -> Phrasebook {
        var merged = phrases
        for phrase in later.phrases {
            if let index = merged.firstIndex(where: { $0.code == phrase.code }) {
                merged[index] = phrase
            } else {
                merged.append(phrase)
            }
        }
        return Phrasebook(phrases: merged)
    }
}
