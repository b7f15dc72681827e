/// Phone numbers are matched on their digits, so `+86 130-0000 0123` finds `+8613000000123`.
public enum PhoneNumber {
    public static func digits(of text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.numericType == .decimal && $0.isASCII }.map(Character.init))
    }
}
