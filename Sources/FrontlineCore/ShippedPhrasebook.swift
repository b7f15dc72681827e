extension Phrasebook {
    /// The phrasebook every console starts with.
    public static let shipped = Phrasebook(phrases: [
        Phrase(code: "hello", category: .greeting, title: "Hello",
               variants: [.zhHans: "您好，{{customer.name|}}，我是客服{{agent.name}}，很高兴为您服务。",
                          .ko: "안녕하세요, {{customer.name|고객}}님. 상담원 {{agent.name}}입니다. 무엇을 도와드릴까요?",
                          .en: "Hello {{customer.name|there}}, this is {{agent.name}}. How can I help you today?"]),
    ])
}
