/// What a cell means, not what colour it is; a Theme maps roles to styles.
/// Raw values are the table names used in theme TOML files.
public enum ThemeRole: String, CaseIterable, Sendable {
    case normal
    case border
    case borderFocused
    case title
    case titleFocused
    case header
    case selection
    case muted
    case slaOk
    case slaWarning
    case slaBreached
    case input
    case statusBar
    case keyHint
    case error
    case notice
    case training
    case overlay
    case inbound
    case outbound
    case placeholder
}
