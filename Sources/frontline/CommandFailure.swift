import ArgumentParser
import Foundation
import FrontlineScreen
import FrontlineStoreAPI

/// A failure that ends the command: one line on stderr that says what is wrong and what
/// to do, and an exit code scripts can test (sysexits: 64 usage, 65 bad data; 1 otherwise).
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 64) }
    static func badData(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 65) }
    static func failure(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 1) }

    /// Bad requests (unknown contact, ended contact, empty text...) are bad data;
    /// a locked, read-only or broken file is a plain failure.
    init(_ error: StoreError) {
        self.init(message: error.description, exitCode: error.isBadRequest ? 65 : 1)
    }

    init(message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }

    /// Writes the message and returns what to throw so that ArgumentParser exits with the
    /// code without printing anything more.
    func reported() -> ExitCode {
        FileHandle.standardError.write(Data("frontline: \(SafeText.output(message))\n".utf8))
        return ExitCode(exitCode)
    }
}

/// A subcommand whose errors come out as a `CommandFailure`: write `execute()`, not `run()`.
protocol FrontlineCommand: ParsableCommand {
    func execute() throws
}

extension FrontlineCommand {
    func run() throws {
        do {
            try execute()
        } catch let failure as CommandFailure {
            throw failure.reported()
        } catch let error as StoreError {
            throw CommandFailure(error).reported()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error  // ArgumentParser prints it with the usage and exits 64
        } catch {
            throw CommandFailure.failure(String(describing: error)).reported()
        }
    }
}
