/// The languages the console itself speaks (phrases for customers have more).
public enum ConsoleLanguage: String, CaseIterable, Sendable {
    case en
    case zhHans = "zh-Hans"
    case ko

    public var text: any ConsoleText {
        switch self {
        case .en: EnglishText()
        case .zhHans: ChineseText()
        case .ko: KoreanText()
        }
    }

    /// `en`, `zh`, `zh-Hans`, `zh_CN.UTF-8`, `ko`, `ko_KR.UTF-8`…; Traditional Chinese locales read the Simplified console.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") { self = .zhHans }
        else if lowered.hasPrefix("ko") { self = .ko }
        else if lowered.hasPrefix("en") || lowered == "c" || lowered.hasPrefix("c.") || lowered == "posix" { self = .en }
        else { return nil }
    }

    /// As POSIX picks a message language: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; English otherwise.
    public init(environment: [String: String]) {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = setting.flatMap(ConsoleLanguage.init(code:)) ?? .en
    }
}
