/// A language the customer can be served in.
public enum Language: String, Codable, CaseIterable, Sendable {
    case zhHans = "zh-Hans"
    case zhHant = "zh-Hant"
    case ko
    case en

    /// The languages to try, in order, when a text has no variant in this one.
    public var fallbackChain: [Language] {
        switch self {
        case .zhHans: [.zhHans, .zhHant, .en]
        case .zhHant: [.zhHant, .zhHans, .en]
        case .ko: [.ko, .en]
        case .en: [.en]
        }
    }

    /// A short tag for narrow columns.
    public var shortLabel: String {
        switch self {
        case .zhHans: "中文"
        case .zhHant: "繁體"
        case .ko: "한국어"
        case .en: "EN"
        }
    }

    /// Accepts the canonical code and the common spellings (`zh`, `zh-CN`, `ko-KR`, `en_US`).
    public init?(code: String) {
        let lowered = code.lowercased().replacingOccurrences(of: "_", with: "-")
        switch lowered {
        case "zh-hans", "zh", "zh-cn", "zh-sg", "cn": self = .zhHans
        case "zh-hant", "zh-tw", "zh-hk", "zh-mo", "tw": self = .zhHant
        case "ko", "ko-kr", "kr": self = .ko
        case "en", "en-us", "en-gb": self = .en
        default:
            // Locale identifiers with a script or region subtag: `zh-Hans-CN`, `zh_Hant_TW`, `ko-KR-x`.
            if lowered.hasPrefix("en-") { self = .en }
            else if lowered.hasPrefix("zh-hans-") { self = .zhHans }
            else if lowered.hasPrefix("zh-hant-") { self = .zhHant }
            else if lowered.hasPrefix("ko-") { self = .ko }
            else { return nil }
        }
    }
}
