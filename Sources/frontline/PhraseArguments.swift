import ArgumentParser
import FrontlineCore

/// `--lang` takes every spelling `Language(code:)` knows (`zh`, `zh-TW`, `ko-KR`, `en_US`).
extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension PhraseCategory: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
