/// Checks a reply for forbidden wording before it is sent.
///
/// Text and wordings are compared as their letters and digits only, folded (lower case,
/// half-width, Simplified), so `I  don't   know`, `i dont know`, `모르 겠어요` and
/// `不歸我管` are caught; each hit maps back to the Characters of the reply.
public struct WordingGuard: Equatable, Sendable {
    public var rules: [WordingRule]

    public init(rules: [WordingRule]) { self.rules = rules }

    /// These rules with `later` laid over them: a rule with the same id is replaced where it stands.
    public func merging(_ later: WordingGuard) -> WordingGuard {
        var merged = rules
        for rule in later.rules {
            if let index = merged.firstIndex(where: { $0.id == rule.id }) { merged[index] = rule } else { merged.append(rule) }
        }
        return WordingGuard(rules: merged)
    }

    /// The shipped rules' hits in `text`.
    public static func check(_ text: String, language: Language) -> [WordingHit] {
        shipped.check(text, language: language)
    }

    /// Every hit in `text` for the rules of `language`, in text order; where hits overlap, the longest is kept.
    public func check(_ text: String, language: Language) -> [WordingHit] {
        let reply = FoldedText(text)
        var hits: [WordingHit] = []
        for rule in rules where rule.languages.contains(language) {
            let excused = rule.except.flatMap { reply.occurrences(of: Wording($0).letters) }
            for words in rule.words {
                let wording = Wording(words)
                for span in reply.occurrences(of: wording.letters)
                where reply.isBoundary(before: span.lowerBound, unless: !wording.startsOnBoundary)
                    && reply.isBoundary(after: span.upperBound, unless: !wording.endsOnBoundary)
                    && (!rule.opener || reply.startsSentence(span.lowerBound))
                    && !excused.contains(where: { $0.contains(span.lowerBound) && $0.upperBound >= span.upperBound }) {
                    var range = reply.characterRange(span)
                    // A run-on Korean or Latin wording marks the rest of its word too: 모르겠어요, not 모르겠.
                    if wording.runsOn { range = range.lowerBound..<reply.endOfWord(from: range.upperBound) }
                    hits.append(WordingHit(rule: rule, words: words, range: range))
                }
            }
        }
        var kept: [WordingHit] = []
        for hit in hits.sorted(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) })
        where !kept.contains(where: { $0.range.overlaps(hit.range) }) {
            kept.append(hit)
        }
        return kept
    }
}

/// A rule's wording, its `*` ends read.
private struct Wording {
    var letters: [Character]
    var startsOnBoundary: Bool
    var endsOnBoundary: Bool
    var runsOn: Bool

    init(_ written: String) {
        letters = FoldedText(written.trimmingStars()).letters
        // Chinese has no spaces between words, so a boundary means nothing there.
        startsOnBoundary = !written.hasPrefix("*") && letters.first.map(FoldedText.isSpaced) == true
        endsOnBoundary = !written.hasSuffix("*") && letters.last.map(FoldedText.isSpaced) == true
        runsOn = written.hasSuffix("*") && letters.last.map(FoldedText.isSpaced) == true
    }
}

/// A text as the guard compares it: its letters and digits folded, and a mark for each
/// run of clause punctuation, each with the offset of the Character it came from.
private struct FoldedText {
    let characters: [Character]
    private(set) var letters: [Character] = []
    private(set) var offsets: [Int] = []

    init(_ text: String) {
        characters = Array(text)
        for (offset, character) in characters.enumerated() {
            let folded = Self.fold(character)
            // A clause mark stays, as one mark: 不知道，您 is not the polite 不知道您.
            if Self.clauseMarks.contains(folded), letters.last != Self.clauseMark {
                letters.append(Self.clauseMark)
            } else if folded.isLetter || folded.isNumber {
                letters.append(folded)
            } else {
                continue
            }
            offsets.append(offset)
        }
    }

    /// Where `needle` occurs among the letters, as ranges of letter positions.
    func occurrences(of needle: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= letters.count else { return [] }
        return (0...(letters.count - needle.count)).compactMap { start in
            letters[start..<start + needle.count].elementsEqual(needle) ? start..<start + needle.count : nil
        }
    }

    func characterRange(_ span: Range<Int>) -> Range<Int> { offsets[span.lowerBound]..<offsets[span.upperBound - 1] + 1 }

    /// True when the letter at `position` does not continue a word of the text.
    func isBoundary(before position: Int, unless waived: Bool) -> Bool {
        guard !waived, offsets[position] > 0 else { return true }
        let previous = characters[offsets[position] - 1]
        return !(previous.isLetter || previous.isNumber)
    }

    /// True when the letters ending before `position` are not followed by more of the same word.
    func isBoundary(after position: Int, unless waived: Bool) -> Bool {
        let next = offsets[position - 1] + 1
        guard !waived, next < characters.count else { return true }
        return !(characters[next].isLetter || characters[next].isNumber)
    }

    /// The offset after the letters that continue the word at `offset`.
    func endOfWord(from offset: Int) -> Int {
        var end = offset
        while end < characters.count, characters[end].isLetter || characters[end].isNumber { end += 1 }
        return end
    }

    /// True when only spaces and opening quotes stand between the letter at `position`
    /// and the start of the text, a line or a sentence.
    func startsSentence(_ position: Int) -> Bool {
        var index = offsets[position] - 1
        while index >= 0 {
            let character = characters[index]
            if character == "\n" || Self.sentenceEnds.contains(character) { return true }
            guard character.isWhitespace || Self.openingQuotes.contains(character) else { return false }
            index -= 1
        }
        return true
    }

    private static let clauseMark: Character = "|"
    private static let clauseMarks: Set<Character> = [",", "，", "、", ";", "；", ":", "：", ".", "。", "!", "！", "?", "？", "…", "\n"]
    private static let sentenceEnds: Set<Character> = ["。", "！", "？", ".", "!", "?", "．", "…"]
    private static let openingQuotes: Set<Character> = ["\"", "'", "“", "‘", "「", "『", "(", "（", "《"]

    /// Latin, Hangul and other spaced scripts have word boundaries; Chinese and Japanese do not.
    static func isSpaced(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return false
        default: return true
        }
    }

    /// Lower case, half-width, and the Simplified form of the Traditional characters the rules use.
    static func fold(_ character: Character) -> Character {
        if let simplified = simplified[character] { return simplified }
        var folded = character
        if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
           (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
            folded = Character(ascii)
        }
        let lowered = folded.lowercased()
        return lowered.count == 1 ? Character(lowered) : folded
    }

    private static let simplified: [Character: Character] = [
        "歸": "归", "這": "这", "責": "责", "會": "会", "願": "愿", "夠": "够", "關": "关", "負": "负",
        "讓": "让", "們": "们", "誤": "误", "麼": "么", "說": "说", "時": "时", "間": "间",
    ]
}

private extension String {
    func trimmingStars() -> String {
        String(drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed())
    }
}
