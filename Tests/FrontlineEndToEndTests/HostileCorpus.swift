/// Text a tester feeds a customer-service system as names and messages: categories of the
/// Big List of Naughty Strings (github.com/minimaxir/big-list-of-naughty-strings) and a list
/// of terminal escape sequences. None of it may reach an agent's terminal as anything but
/// visible, inert text.
enum HostileCorpus {
    /// Terminal escape sequences: each would change the agent's terminal if printed raw.
    static let escapes: [String] = [
        "\u{1B}]0;PWNED\u{07}",                          // OSC 0: retitle the window
        "\u{1B}]2;PWNED\u{1B}\\",                         // OSC 2 ended by ST
        "\u{1B}]52;c;cHduZWQ=\u{07}",                     // OSC 52: write the clipboard
        "\u{1B}]8;;http://evil.example/\u{1B}\\link\u{1B}]8;;\u{1B}\\",   // OSC 8 hyperlink
        "\u{1B}[2J\u{1B}[H",                              // CSI: clear the screen, home
        "\u{1B}[31;1mred\u{1B}[0m",                       // SGR colours
        "\u{1B}[6n",                                      // device status report (answers on stdin)
        "\u{1B}P+q544e\u{1B}\\",                          // DCS: XTGETTCAP
        "\u{9B}31m",                                      // C1 CSI (U+009B)
        "\u{9D}0;c1title\u{9C}",                          // C1 OSC ... ST
        "\u{90}q\u{9C}",                                  // C1 DCS
        "\u{1B}c",                                        // RIS: full reset
        "\u{1B}(0lqk\u{1B}(B",                            // line-drawing charset switch
        "bell\u{07}\u{07}",
        "back\u{08}\u{08}\u{08}\u{08}spaced",
        "carriage\rreturn",
        "nul\u{0}byte",
        "del\u{7F}",
    ]

    /// Bidi overrides and isolates: text that reads differently from what it is.
    static let bidi: [String] = [
        "refund \u{202E}001\u{202C} EUR",                 // RLO ... PDF
        "\u{202D}LRO\u{202C} \u{202A}LRE\u{202C} \u{202B}RLE\u{202C}",
        "\u{2066}LRI\u{2069} \u{2067}RLI\u{2069} \u{2068}FSI\u{2069}",
        "invoice\u{202E}fdp.exe",
    ]

    /// Categories of the Big List of Naughty Strings that are not escapes.
    static let naughty: [String] = [
        "undefined", "null", "NaN", "-1", "1E+02", "0x0", "١٢٣",              // reserved words, numbers
        "Ω≈ç√∫˜µ≤≥÷", "社會科學院語學研究所", "찦차를 타고 온 펲시맨과 쑛다리 똠방각하",   // unicode, CJK, Hangul
        "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "\u{1F60D} \u{1F469}\u{1F3FD} \u{1F468}\u{200D}\u{1F9B0} \u{1F47E} \u{1F647} \u{1F481}", "\u{1F1FA}\u{1F1F8}\u{1F1F7}\u{1F1FA}\u{1F1F8} \u{1F1E6}\u{1F1EB}\u{1F1E6}\u{1F1F2}\u{1F1F8}",  // emoticons, emoji, flags
        "1\u{FE0F}\u{20E3} 2\u{FE0F}\u{20E3} #\u{FE0F}\u{20E3}", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Lee", "\u{1F469}\u{200D}\u{1F9B0}",                               // keycaps, ZWJ sequences
        "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳",   // Zalgo
        "ثم نفس سقطت وبالتحديد،", "בְּרֵאשִׁית", "ܦܫܝܛܐ",                     // right-to-left scripts
        "\u{200B}zero\u{200B}width\u{FEFF}", "\u{00AD}soft\u{2028}line\u{2029}para",
        "<script>alert(1)</script>", "'; DROP TABLE customers; --", "%s%s%n%x", "{{7*7}}", "$(reboot)",
        "𝐓𝐡𝐞 𝐪𝐮𝐢𝐜𝐤", "Ｔｈｅ ｑｕｉｃｋ", "\u{FFFD}\u{FFFF}",
    ]

    static var all: [String] { escapes + bidi + naughty }

    /// Bytes and scalars that must never reach the terminal from data: ESC, the other C0
    /// controls but line feed and carriage return (the pseudo-terminal turns LF into CR LF),
    /// DEL, C1 controls, bidi overrides and isolates.
    static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
