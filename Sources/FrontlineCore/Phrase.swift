/// A canned polite phrase with one text per language.
public struct Phrase: Equatable, Codable, Sendable {
    /// Short unique code an agent can type, e.g. `hello`.
    public var code: String
    public var category: PhraseCategory
    /// A few English words saying what the phrase is for.
    public var title: String
    /// The text per language; may contain placeholders such as `{{customer.name}}`.
    public var variants: [Language: String]

    public init(code: String, category: PhraseCategory, title: String, variants: [Language: String]) {
        self.code = code
        self.category = category
        self.title = title
        self.variants = variants
    }

    /// The text in `language`, or in the nearest language along its fallback chain.
    public func text(in language: Language) -> String {
        for candidate in language.fallbackChain {
            if let text = variants[candidate] { return text }
        }
        return variants.values.first ?? ""
    }

    /// What a search in `language` looks through: the text, and for Chinese the other script's
    /// too, folded to one script (`ChineseVariants`), lowercased.
    public func searchText(in language: Language) -> String {
        var text = self.text(in: language)
        if let other = ChineseVariants.otherScript(of: language), let variant = variants[other] { text += " " + variant }
        return ChineseVariants.folded(text.lowercased())
    }
}
