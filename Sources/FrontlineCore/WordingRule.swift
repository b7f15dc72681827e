/// One kind of forbidden wording (服务忌语) and what to say instead.
public struct WordingRule: Equatable, Codable, Sendable {
    /// Short unique name, e.g. `en-dont-know`.
    public var id: String
    /// The languages whose replies it applies to.
    public var languages: [Language]
    /// The wordings to catch. Case, spaces and punctuation between words and full-width
    /// forms do not matter, nor Traditional or Simplified for the characters of the shipped rules. A Latin or Hangul
    /// wording must start and end on a word boundary (`I can't` is not `I can take`);
    /// a `*` at either end lets it run on (`*모르겠*` also catches `잘모르겠습니다`).
    public var words: [String]
    /// Forbidden only at the start of a sentence, as `但是` or `but` opening a reply.
    public var opener: Bool
    /// Longer wordings that contain one of `words` and are fine, such as `不知道您` (I wonder whether you…).
    public var except: [String]
    /// The code of the phrase to use instead.
    public var suggestion: String
    /// One sentence for the agent: why, and what to say instead.
    public var note: String

    public init(id: String, languages: [Language], words: [String], opener: Bool = false,
                except: [String] = [], suggestion: String, note: String) {
        self.id = id
        self.languages = languages
        self.words = words
        self.opener = opener
        self.except = except
        self.suggestion = suggestion
        self.note = note
    }
}

/// Forbidden wording found in a reply.
public struct WordingHit: Equatable, Sendable {
    public var rule: WordingRule
    /// The entry of `rule.words` that matched.
    public var words: String
    /// Offsets in Characters (grapheme clusters) of the checked text; a wording with a
    /// trailing `*` covers the rest of its word (`모르겠어요`).
    public var range: Range<Int>

    /// The code of the phrase to use instead.
    public var suggestion: String { rule.suggestion }
}
