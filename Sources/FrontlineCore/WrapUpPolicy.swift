/// Which codes wrap-up offers, in the order they are numbered, and whether one is required.
public struct WrapUpPolicy: Equatable, Sendable {
    public var codes: [WrapUpCode]
    /// True: a contact cannot be wrapped up without at least one code.
    public var codesRequired: Bool

    public init(codes: [WrapUpCode] = WrapUpPolicy.shippedCodes, codesRequired: Bool = true) {
        self.codes = codes
        self.codesRequired = codesRequired
    }

    /// The manuals' inquiry categories plus "complaint filed", in their order.
    public static let shippedCodes = InquiryCategory.allCases.map { WrapUpCode(id: $0.rawValue) }

    /// Codes are required by default: the consultation register and its monthly figures count every contact.
    public static let standard = WrapUpPolicy()

    /// The code with this id, if the policy offers it.
    public func code(_ id: String) -> WrapUpCode? { codes.first { $0.id == id } }

    /// The code numbered `number` (from 1) in the list the agent sees.
    public func code(numbered number: Int) -> WrapUpCode? {
        codes.indices.contains(number - 1) ? codes[number - 1] : nil
    }

    /// The codes whose number is `query`, or whose name (as `name` gives it) or id contains it, ignoring case.
    public func matching(_ query: String, name: (WrapUpCode) -> String) -> [WrapUpCode] {
        let query = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !query.isEmpty else { return codes }
        if let number = Int(query) { return code(numbered: number).map { [$0] } ?? [] }
        return codes.filter { name($0).lowercased().contains(query) || $0.id.contains(query) || $0.englishName.lowercased().contains(query) }
    }
}
