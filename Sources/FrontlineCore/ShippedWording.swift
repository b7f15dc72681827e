extension WordingGuard {
    /// The forbidden wording of the service manuals (服务忌语), in every language the
    /// phrasebook has. Each `except` is a polite sentence that would otherwise be caught.
    public static let shipped = WordingGuard(rules: [
        // MARK: Chinese (Simplified and Traditional: characters are compared folded)
        WordingRule(id: "zh-dont-know", languages: [.zhHans, .zhHant],
                    words: ["我不知道", "不知道"],
                    except: ["您不知道", "你不知道", "不知道您", "不知道你", "不知道是否", "不知道能不能", "不知道方不方便"],
                    suggestion: "reply-by", note: "Never say you do not know: promise a time for the answer."),
        WordingRule(id: "zh-not-mine", languages: [.zhHans, .zhHant],
                    words: ["不归我管", "不是我的责任", "不关我的事", "不是我负责的"],
                    suggestion: "transfer", note: "Whoever takes the contact owns it: bring in the colleague who can help."),
        WordingRule(id: "zh-refuse", languages: [.zhHans, .zhHant],
                    words: ["我不能够", "我不能", "我不会", "我不愿意"],
                    except: ["我不会让您", "我不会再让", "我不会耽误", "我不能让您"],
                    suggestion: "other-option", note: "No flat refusal: say what you can do instead."),
        WordingRule(id: "zh-but-opener", languages: [.zhHans, .zhHant],
                    words: ["但是"], opener: true,
                    suggestion: "rule", note: "Do not open with 但是: apologise, then explain the rule."),

        // MARK: Korean
        WordingRule(id: "ko-dont-know", languages: [.ko],
                    words: ["나도 몰라*", "저도 몰라*", "*모르겠*"],
                    suggestion: "reply-by", note: "Never say you do not know: promise a time for the answer."),
        WordingRule(id: "ko-not-mine", languages: [.ko],
                    words: ["제 담당이 아*", "제 담당 아*", "제 책임이 아*", "제 책임 아*", "제 일이 아*", "제 일 아*", "내 일 아*"],
                    suggestion: "transfer", note: "Whoever takes the contact owns it: bring in the colleague who can help."),
        WordingRule(id: "ko-no-opener", languages: [.ko],
                    words: ["아니"], opener: true,
                    suggestion: "rule", note: "Do not open with 아니: apologise, then explain."),
        WordingRule(id: "ko-cant-wait", languages: [.ko],
                    words: ["기다릴 수 없*", "못 기다려*"],
                    except: ["기다릴 수 없으시"],
                    suggestion: "hold-longer", note: "Ask the customer to hold, or offer to call back."),

        // MARK: English
        WordingRule(id: "en-dont-know", languages: [.en],
                    words: ["I don't know", "I do not know", "I have no idea", "dunno"],
                    suggestion: "reply-by", note: "Never say you do not know: promise a time for the answer."),
        WordingRule(id: "en-not-mine", languages: [.en],
                    words: ["not my job", "not my responsibility", "not my problem", "not my business", "not my department"],
                    suggestion: "transfer", note: "Whoever takes the contact owns it: bring in the colleague who can help."),
        WordingRule(id: "en-refuse", languages: [.en],
                    words: ["I can't", "I cannot", "I won't", "I will not", "I refuse"],
                    except: ["I can't thank you enough", "I can't wait", "I cannot wait", "I won't keep you", "I will not keep you", "I won't take", "I will not take"],
                    suggestion: "other-option", note: "No flat refusal: say what you can do instead."),
        WordingRule(id: "en-but-opener", languages: [.en],
                    words: ["but"], opener: true,
                    suggestion: "rule", note: "Do not open with \"but\": apologise, then explain the rule."),
    ])
}
