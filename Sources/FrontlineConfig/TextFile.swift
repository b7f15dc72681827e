import Foundation

/// What to say about a hand-edited file that is not UTF-8 text.
public enum TextFile {
    /// The offset of the first byte that is not part of valid UTF-8, or nil when all are.
    public static func firstInvalidUTF8(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(bytes: bytes[index..<(index + length)], encoding: .utf8) != nil else { return index }
            index += length
        }
        return nil
    }

    /// "PATH:LINE: not UTF-8 text (byte N); save it as UTF-8", one line.
    public static func notUTF8(_ path: String, _ data: Data) -> String {
        let offset = firstInvalidUTF8(data) ?? 0
        let line = data.prefix(offset).filter { $0 == 0x0A }.count + 1
        return "\(path):\(line): not UTF-8 text (byte \(offset + 1)); save it as UTF-8"
    }
}
