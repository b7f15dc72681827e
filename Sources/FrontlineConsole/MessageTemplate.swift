/// A translated sentence with named gaps: `"Took %{channel} %{id}: r to reply."`. Named, not
/// positional, so a language may put the arguments in its own order.
struct MessageTemplate {
    let text: String

    init(_ text: String) { self.text = text }

    /// The text with each `%{name}` replaced by its value; a gap without a value stays as written.
    func filled(_ values: [String: String]) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "%{"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            out += rest[..<open.lowerBound]
            let name = String(rest[open.upperBound..<close])
            out += values[name] ?? String(rest[open.lowerBound...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The names of the gaps, for the test that every language fills the same ones.
    var placeholders: Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.range(of: "%{"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            names.insert(String(rest[open.upperBound..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
