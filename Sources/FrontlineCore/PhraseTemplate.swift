/// Fills `{{name}}` and `{{name|default}}` placeholders in phrase text.
public enum PhraseTemplate {
    public struct Rendered: Equatable, Sendable {
        public var text: String
        /// Placeholders that had neither a value nor a default; they stay in the text as written.
        public var unresolved: [String]
    }

    public static func render(_ template: String, values: [String: String]) -> Rendered {
        var output = ""
        var unresolved: [String] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let body = rest[open.upperBound..<close.lowerBound]
            let parts = body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let key = parts[0].trimmingCharacters(in: .whitespaces)
            if let value = values[key], !value.isEmpty {
                output += value
            } else if parts.count == 2 {
                output += parts[1].trimmingCharacters(in: .whitespaces)
            } else {
                output += rest[open.lowerBound..<close.upperBound]
                unresolved.append(key)
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        return Rendered(text: output, unresolved: unresolved)
    }
}
