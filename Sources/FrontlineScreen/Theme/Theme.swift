/// Maps each ThemeRole to a Style. Panes only ever name roles; which colours
/// those are comes from a theme file (see themes/default.toml for the format).
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The role's style; roles a theme leaves out look like `.normal`.
    public func style(for role: ThemeRole) -> Style {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// Roles this theme does not define (shipped themes define all).
    public var missingRoles: [ThemeRole] {
        ThemeRole.allCases.filter { styles[$0] == nil }
    }
}
