/// Why a theme could not be used, phrased for the person editing the file.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file or theme name the problem is in.
    public var source: String
    /// 1-based line in the file, when known.
    public var line: Int?
    public var message: String

    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}
