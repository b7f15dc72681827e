import Foundation

/// Where Frontline's files live by default, following the XDG base directories.
public enum StandardPaths {
    /// `$XDG_CONFIG_HOME/frontline/NAME`, else `~/.config/frontline/NAME`: the user's own settings.
    public static func configFile(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                                  home: String = StandardPaths.home()) -> String {
        (given(environment["XDG_CONFIG_HOME"]) ?? home + "/.config") + "/frontline/" + name
    }

    /// `$XDG_DATA_HOME/frontline/NAME`, else `~/.local/share/frontline/NAME`: shared data such as the database.
    public static func dataFile(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                                home: String = StandardPaths.home()) -> String {
        (given(environment["XDG_DATA_HOME"]) ?? home + "/.local/share") + "/frontline/" + name
    }

    /// The home folder: `$HOME` as the shell and every other tool take it, else the account's
    /// (Foundation's `NSHomeDirectory()` alone ignores `$HOME` for root).
    public static func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        given(environment["HOME"]) ?? NSHomeDirectory()
    }

    private static func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
}
