import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineCore

/// `--config PATH`, shared by every command that judges response times.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The policy file. Default: $XDG_CONFIG_HOME/frontline/config.toml, else ~/.config/frontline/config.toml; built-in rules when there is none.",
                               valueName: "path"))
    var config: String?

    /// The file named by `--config`, else the default location.
    func resolvedPath() -> String {
        if let config, !config.isEmpty { return (config as NSString).expandingTildeInPath }
        return StandardPaths.configFile("config.toml")
    }

    /// The policy in effect: the file's, or the built-in one when the default file does not exist.
    /// A file named with `--config` must exist; a file with mistakes is refused with every mistake listed.
    func load() throws -> PolicyFile {
        let path = resolvedPath()
        guard FileManager.default.fileExists(atPath: path) else {
            if config != nil { throw CommandFailure.usage("no policy file at \(path); check --config, or leave it out for the built-in rules") }
            return PolicyFile(policy: .standard)
        }
        return try Self.read(path)
    }

    static func read(_ path: String) throws -> PolicyFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.failure("cannot read \(path); check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure.badData(TextFile.notUTF8(path, data)) }
        switch PolicyFile.parse(text, name: path) {
        case .success(let file): return file
        case .failure(let errors):
            throw CommandFailure.badData(errors.report(for: path))
        }
    }
}
