#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// True when both stdin and stdout are a terminal; the console needs both
/// (piped output or input means there is nobody to draw for).
public func terminalIsInteractive() -> Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
}
