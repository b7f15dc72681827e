/// The five basic polite words every agent must use (DOMAIN.md: hello, please, thank you,
/// sorry, goodbye), as they are written in each language. The greeting of a conversation is
/// its `hello`, the farewell its `goodbye`.
public enum PoliteWord: String, Codable, CaseIterable, Sendable {
    case hello
    case please
    case thanks
    case sorry
    case goodbye

    /// The written forms that count as this word. Chinese lists hold Simplified and Traditional;
    /// Latin forms must stand as whole words (`hi` is not in `this`).
    public func forms(in language: Language) -> [String] {
        switch language {
        case .zhHans, .zhHant: Self.chinese[self] ?? []
        case .ko: Self.korean[self] ?? []
        case .en: Self.english[self] ?? []
        }
    }

    /// The five words found in `text`, written in `language`.
    public static func found(in text: String, language: Language) -> Set<PoliteWord> {
        let lowered = text.lowercased()
        return Set(allCases.filter { word in
            word.forms(in: language).contains { form in
                language == .en ? lowered.containsWord(form) : lowered.contains(form)
            }
        })
    }

    private static let chinese: [PoliteWord: [String]] = [
        .hello: ["您好", "你好", "早上好", "下午好", "晚上好", "早安", "午安"],
        .please: ["请", "請", "麻烦您", "麻煩您"],
        .thanks: ["谢谢", "謝謝", "感谢", "感謝", "感激", "多谢", "多謝"],
        .sorry: ["对不起", "對不起", "抱歉", "原谅", "原諒", "不好意思", "打扰", "打擾", "见谅", "見諒", "道歉"],
        .goodbye: ["再见", "再見", "明天见", "明天見", "祝您"],
    ]
    private static let korean: [PoliteWord: [String]] = [
        .hello: ["안녕하세요", "안녕하십니까", "좋은 아침"],
        .please: ["주시겠", "주세요", "주십시오", "부탁", "주시기 바랍니다"],
        .thanks: ["감사", "고맙"],
        .sorry: ["죄송", "미안", "사과드", "양해"],
        .goodbye: ["안녕히", "좋은 하루", "즐거운 쇼핑", "편안한 저녁", "또 연락"],
    ]
    private static let english: [PoliteWord: [String]] = [
        .hello: ["hello", "hi", "good morning", "good afternoon", "good evening", "welcome back"],
        .please: ["please", "could you", "would you"],
        .thanks: ["thank you", "thanks", "thank"],
        .sorry: ["sorry", "apologise", "apologize", "apologies"],
        .goodbye: ["goodbye", "bye", "have a nice day", "have a wonderful day", "have a good", "happy shopping"],
    ]
}

private extension String {
    /// True when `word` occurs with no letter directly before or after it.
    func containsWord(_ word: String) -> Bool {
        var searchStart = startIndex
        while let range = range(of: word, range: searchStart..<endIndex) {
            let before = range.lowerBound == startIndex ? nil : self[index(before: range.lowerBound)]
            let after = range.upperBound == endIndex ? nil : self[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchStart = index(after: range.lowerBound)
        }
        return false
    }
}
