/// Ranks phrases for the `/` picker as the agent types.
///
/// Best first: the shortcode (exact, then starting with the query, containing it, or
/// containing its letters in order: `swt` finds `sorry-wait`), then the title the same
/// way, then the text in the customer's language containing the query. A query in
/// Chinese or Korean matches only as typed, never letter by letter: scattered
/// syllables would match almost every phrase. Ties keep category order, then book order.
public enum PhrasePicker {
    public static func rank(query: String, phrases: [Phrase], language: Language) -> [Phrase] {
        let typed = query.lowercased().trimmingWhitespace()
        let categoryOrder = Dictionary(uniqueKeysWithValues: PhraseCategory.allCases.enumerated().map { ($1, $0) })
        return phrases.enumerated()
            .compactMap { index, phrase in
                score(typed, phrase, language).map { (score: $0, category: categoryOrder[phrase.category] ?? 0, index: index, phrase: phrase) }
            }
            .sorted { ($0.score, $0.category, $0.index) < ($1.score, $1.category, $1.index) }
            .map(\.phrase)
    }

    /// Lower is better; nil when the phrase does not match at all.
    private static func score(_ query: String, _ phrase: Phrase, _ language: Language) -> Int? {
        if query.isEmpty { return 0 }
        let scattered = query.allSatisfy { $0.isASCII }
        let letters = query.filter { !$0.isWhitespace }
        let code = phrase.code.lowercased()
        let title = phrase.title.lowercased()
        if code == query { return 0 }
        if code.hasPrefix(query) { return 1 }
        if code.contains(query) { return 2 }
        if scattered, isSubsequence(letters, of: code) { return 3 }
        if title.hasPrefix(query) { return 4 }
        if title.contains(query) { return 5 }
        if scattered, isSubsequence(letters, of: title) { return 6 }
        if phrase.searchText(in: language).contains(ChineseVariants.folded(query)) { return 7 }
        return nil
    }

    private static func isSubsequence(_ needle: String, of haystack: String) -> Bool {
        var rest = Substring(haystack)
        for character in needle {
            guard let found = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
