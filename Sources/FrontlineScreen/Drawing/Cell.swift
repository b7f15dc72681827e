/// One terminal column. A wide character occupies its cell plus the next one,
/// which is marked as a continuation so nothing is drawn there.
public struct Cell: Equatable, Sendable {
    /// One grapheme cluster; "" for the right half of a wide character.
    public var text: String
    public var role: ThemeRole
    public var isContinuation: Bool

    public init(text: String, role: ThemeRole = .normal, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell(text: " ")

    static func blank(_ role: ThemeRole) -> Cell { Cell(text: " ", role: role) }
    static func continuation(_ role: ThemeRole) -> Cell { Cell(text: "", role: role, isContinuation: true) }
}
