/// One code an agent may give a contact at wrap-up: a shipped inquiry category, or a team's own
/// code from the policy file with its names per language.
public struct WrapUpCode: Equatable, Hashable, Sendable {
    /// What is stored and counted: `payment`, `warranty`.
    public var id: String
    /// A team's own names by language; empty for a shipped category (the console's tables name those).
    public var names: [Language: String]

    public init(id: String, names: [Language: String] = [:]) {
        self.id = id
        self.names = names
    }

    /// The shipped category this code is, if it is one.
    public var category: InquiryCategory? { InquiryCategory(rawValue: id) }

    /// The name in `language` a team gave the code, falling back through the language's chain; nil if none.
    public func ownName(in language: Language) -> String? {
        language.fallbackChain.lazy.compactMap { names[$0] }.first
    }

    /// How reports written in English name it.
    public var englishName: String { names[.en] ?? category?.title ?? id }

    /// Whether `id` may be a code: lower-case letters, digits and dashes, as policy files and reports write them.
    public static func isWellFormed(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 40 && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
