import ArgumentParser
import Foundation
import FrontlineHTTP
import FrontlineStoreAPI

extension TokenScope: ExpressibleByArgument {}

/// `frontline tokens`: the HTTP API's bearer tokens.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens", abstract: "Add, list or revoke the tokens connectors use with 'frontline serve'.",
        discussion: """
            A token is shown once, when added; the database keeps only its SHA-256. Scopes: ingest \
            (bring contacts and messages in, abandon calls, acknowledge deliveries), read (queue, \
            contacts, agents, service levels, events) and admin (both).
            """,
        subcommands: [TokensAddCommand.self, TokensListCommand.self, TokensRevokeCommand.self],
        defaultSubcommand: TokensListCommand.self)

    /// A token's name: 1 to 64 letters, digits, '.', '-' or '_' (it appears in the server's log).
    static func nameProblem(_ name: String) -> String? {
        if name.isEmpty || name.count > 64 || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
            || name.hasPrefix("-") {
            return "'\(name)' is not a token name; use 1 to 64 letters, digits, '.', '-' or '_', e.g. chat-widget"
        }
        return nil
    }
}

/// `frontline tokens add NAME --scope ingest|read|admin`.
struct TokensAddCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Make a token and print it (the only time it is shown).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("What the token is for, e.g. chat-widget.", valueName: "name"))
    var name: String

    @Option(help: "What it may do: ingest, read or admin.")
    var scope: TokenScope

    func execute() throws {
        if let problem = TokensCommand.nameProblem(name) { throw CommandFailure.badData(problem) }
        let store = try database.openDatabase()
        let token = APIToken.make()
        _ = try store.addToken(name: name, scope: scope, hash: APIToken.hash(token), at: Date())
        print(token)
        FileHandle.standardError.write(Data("frontline: token '\(name)' (\(scope.rawValue)) added; it is shown only now, keep it safe\n".utf8))
    }
}

/// `frontline tokens [list]`.
struct TokensListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the tokens: name, scope, when made, when last used (never the token).")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func execute() throws {
        let tokens = try database.openDatabaseForReading().tokens()
        if json {
            print(try JSONOutput.text(tokens.map {
                ["name": $0.name, "scope": $0.scope.rawValue, "created_at": Timestamp.format($0.createdAt),
                 "last_used_at": JSONOutput.time($0.lastUsedAt)] as [String: Any]
            }))
            return
        }
        guard !tokens.isEmpty else { return print("no tokens (add one with 'frontline tokens add NAME --scope ingest|read|admin')") }
        print(TextTable.render(headers: ["name", "scope", "created", "last used"], rows: tokens.map {
            [$0.name, $0.scope.rawValue, Timestamp.format($0.createdAt), $0.lastUsedAt.map(Timestamp.format) ?? "never"]
        }))
    }
}

/// `frontline tokens revoke NAME`.
struct TokensRevokeCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke a token: requests that use it get 401 from then on.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The token's name (see 'frontline tokens list').", valueName: "name"))
    var name: String

    func execute() throws {
        try database.openDatabase().revokeToken(name: name)
        print("token '\(name)' revoked")
    }
}
