import Foundation
import NIOCore

/// Values in the text format of `COPY … FROM STDIN` (tab between columns, a newline after each
/// row, `\N` for NULL, backslash escapes in text), as the bulk loads send them. Numbers are
/// written as Swift prints them, which reads back to the same value (a double's shortest form).
enum PostgresCopyText {
    static func appendRow(_ row: [SQLValue], to buffer: inout ByteBuffer) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            append(value, to: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    private static func append(_ value: SQLValue, to buffer: inout ByteBuffer) {
        switch value {
        case nil: buffer.writeStaticString("\\N")
        case let text as String: appendText(text, to: &buffer)
        case let number as Int64: buffer.writeString(String(number))
        case let number as Int: buffer.writeString(String(number))
        case let number as Double: buffer.writeString(number.description)
        case let flag as Bool: buffer.writeStaticString(flag ? "1" : "0")
        case let date as Date: buffer.writeString(date.timeIntervalSince1970.description)
        case let other?: preconditionFailure("no COPY text form for \(type(of: other))")
        }
    }

    /// Backslash, tab, newline and carriage return escaped; everything else as its UTF-8 bytes.
    private static func appendText(_ text: String, to buffer: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let escaped: UInt8
                switch byte {
                case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
                case UInt8(ascii: "\t"): escaped = UInt8(ascii: "t")
                case UInt8(ascii: "\n"): escaped = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): escaped = UInt8(ascii: "r")
                default: continue
                }
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<index]))
                buffer.writeInteger(UInt8(ascii: "\\"))
                buffer.writeInteger(escaped)
                start = index + 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<bytes.count]))
        }
    }
}
