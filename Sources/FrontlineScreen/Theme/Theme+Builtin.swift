extension Theme {
    /// Mirrors themes/default.toml exactly (a test asserts it), so the console
    /// looks the same when the themes folder cannot be found.
    public static let builtinDefault = Theme(
        name: "default",
        styles: [
            .normal: Style(foreground: .default, background: .default),
            .border: Style(foreground: .brightBlack, background: .default),
            .borderFocused: Style(foreground: .cyan, background: .default, bold: true),
            .title: Style(foreground: .white, background: .default),
            .titleFocused: Style(foreground: .brightCyan, background: .default, bold: true),
            .header: Style(foreground: .cyan, background: .default, bold: true),
            .selection: Style(foreground: .black, background: .cyan, bold: true),
            .muted: Style(foreground: .brightBlack, background: .default),
            .slaOk: Style(foreground: .green, background: .default),
            .slaWarning: Style(foreground: .brightYellow, background: .default, bold: true),
            .slaBreached: Style(foreground: .brightWhite, background: .red, bold: true),
            .input: Style(foreground: .brightWhite, background: .default, underline: true),
            .statusBar: Style(foreground: .black, background: .white),
            .keyHint: Style(foreground: .blue, background: .white, bold: true),
            .error: Style(foreground: .brightRed, background: .default, bold: true),
            .notice: Style(foreground: .brightCyan, background: .default),
            .training: Style(foreground: .brightWhite, background: .magenta, bold: true),
            .overlay: Style(foreground: .brightWhite, background: .blue),
            .inbound: Style(foreground: .default, background: .default),
            .outbound: Style(foreground: .brightBlue, background: .default),
            .placeholder: Style(foreground: .brightBlack, background: .default, dim: true),
        ]
    )

    /// No colours at all: attributes only, for --no-color and terminals
    /// without colour. The states an agent must not miss differ visibly:
    /// selection reverse, warning bold, breached reverse+bold, focus bold,
    /// training reverse, errors bold+underline.
    public static let monochrome = Theme(
        name: "monochrome",
        styles: [
            .normal: Style(),
            .border: Style(),
            .borderFocused: Style(bold: true),
            .title: Style(),
            .titleFocused: Style(bold: true, underline: true),
            .header: Style(underline: true),
            .selection: Style(reverse: true),
            .muted: Style(dim: true),
            .slaOk: Style(),
            .slaWarning: Style(bold: true),
            .slaBreached: Style(bold: true, reverse: true),
            .input: Style(underline: true),
            .statusBar: Style(reverse: true),
            .keyHint: Style(bold: true, reverse: true),
            .error: Style(bold: true, underline: true),
            .notice: Style(bold: true),
            .training: Style(reverse: true),
            .overlay: Style(),
            .inbound: Style(),
            .outbound: Style(dim: true),
            .placeholder: Style(dim: true),
        ]
    )

    /// Themes that need no file.
    public static let builtins: [Theme] = [.builtinDefault, .monochrome]
}
