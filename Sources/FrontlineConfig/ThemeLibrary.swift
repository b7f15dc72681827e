import Foundation
import FrontlineScreen

/// Where themes are found: NAME.toml files in a list of folders (the user's own first), then the
/// themes shipped inside the binary (`ShippedThemes`, generated from `themes/*.toml`).
public enum ThemeLibrary {
    /// Loads a theme by path (anything containing "/" or ending in ".toml") or
    /// by name, as NAME.toml in the first search path that has it.
    /// "monochrome" is built in; a name no folder has falls back to the copy shipped in the
    /// binary (default, light, high-contrast), so an installed binary needs no files.
    /// An unknown name lists the themes available.
    public static func load(named nameOrPath: String, searchPaths: [String]) throws -> Theme {
        let fm = FileManager.default
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard let text = try? String(contentsOfFile: nameOrPath, encoding: .utf8) else {
                throw ThemeError(source: nameOrPath, message: "cannot read theme file")
            }
            let base = (nameOrPath as NSString).lastPathComponent
            return try ThemeFile.parse(toml: text, name: base.hasSuffix(".toml") ? String(base.dropLast(5)) : base)
        }
        if nameOrPath == "monochrome" { return Theme.monochrome }
        for folder in searchPaths {
            let path = (folder as NSString).appendingPathComponent(nameOrPath + ".toml")
            if fm.fileExists(atPath: path) {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw ThemeError(source: path, message: "cannot read theme file")
                }
                do {
                    return try ThemeFile.parse(toml: text, name: nameOrPath)
                } catch var error as ThemeError {
                    error.source = path   // point the author at the file, not just the name
                    throw error
                }
            }
        }
        if let shipped = ShippedThemes.texts[nameOrPath] {
            do {
                return try ThemeFile.parse(toml: shipped, name: nameOrPath)
            } catch var error as ThemeError {
                error.source = "\(nameOrPath) (shipped)"
                throw error
            }
        }
        if nameOrPath == "default" { return Theme.builtinDefault }
        let known = availableNames(searchPaths: searchPaths)
        throw ThemeError(
            source: nameOrPath,
            message: "no such theme; available: \(known.joined(separator: ", ")) (searched \(searchPaths.isEmpty ? "nowhere" : searchPaths.joined(separator: ", ")))")
    }

    /// Built-in and shipped names plus every NAME.toml in the search paths, sorted, without duplicates.
    public static func availableNames(searchPaths: [String]) -> [String] {
        var names = Set(Theme.builtins.map(\.name)).union(ShippedThemes.texts.keys)
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Folders to look for themes in, most specific first: $FRONTLINE_THEMES
    /// (colon-separated), $XDG_CONFIG_HOME/frontline/themes (or
    /// ~/.config/frontline/themes), the nearest themes/ (or share/frontline/themes)
    /// walking up from the executable's folder (during development the binary
    /// is in <repo>/.build/debug/), then ./themes.
    public static func searchPaths(
        executablePath: String,
        environment: [String: String],
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> [String] {
        var paths: [String] = []
        if let explicit = environment["FRONTLINE_THEMES"], !explicit.isEmpty {
            paths += explicit.split(separator: ":").map(String.init)
        }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            paths.append(xdg + "/frontline/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            paths.append(home + "/.config/frontline/themes")
        }
        if let found = themesFolder(above: executablePath) { paths.append(found) }
        paths.append((currentDirectory as NSString).appendingPathComponent("themes"))

        var seen = Set<String>()
        return paths.map { ($0 as NSString).standardizingPath }.filter { seen.insert($0).inserted }
    }

    private static func themesFolder(above executablePath: String) -> String? {
        guard !executablePath.isEmpty else { return nil }
        // Follow a symlinked binary (e.g. ~/bin/frontline) back to where it was built.
        let resolved = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var folder = resolved.deletingLastPathComponent()
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        for _ in 0..<8 {
            for candidate in ["themes", "share/frontline/themes"] {
                let path = folder.appendingPathComponent(candidate).path
                if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }
}
