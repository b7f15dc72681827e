/// What simulated customers write, per language. Openings differ by persona; the reactions are shared.
public struct PersonaLines: Sendable {
    /// First message of a chat or email.
    public var opening: [Persona: [String]]
    /// After a good answer, while the customer still has a question.
    public var next: [String]
    /// Written again when left waiting.
    public var followUp: [String]
    /// After an evasive or unhelpful answer (or forbidden wording).
    public var askAgain: [String]
    /// An angry customer who got no apology.
    public var stillAngry: [String]
    /// An angry customer after an apology.
    public var calmed: [String]
    /// The last line: satisfied, goodbye.
    public var thanks: [String]
    /// Words of an answer that explains (what a confused customer needs).
    public var explains: [String]
    /// Said before repeating the question when the agent only greeted and asked what it was.
    public var restate: String

    public static func of(_ language: Language) -> PersonaLines {
        switch language {
        case .zhHans: chinese
        case .zhHant: traditionalChinese
        case .ko: korean
        case .en: english
        }
    }

    static let chinese = PersonaLines(
        opening: [.polite: ["您好，我想问一下我的订单什么时候发货？", "你好，请问可以开电子发票吗？"],
                  .impatient: ["怎么还没人回复？我的快递到底到哪了？", "快点帮我查一下物流，急用！"],
                  .angry: ["你们怎么回事？买的电饭煲三天就坏了，也没人管！", "快递一个星期都没到，你们到底还送不送？"],
                  .confused: ["我不太明白退货要怎么申请，在哪里操作？", "优惠券为什么用不了？我看不懂规则。"],
                  .hangUp: ["您好，我想查一下订单。"],
                  .persistent: ["您好，我想改一下收货地址。", "你好，我的订单能加急吗？"]],
        next: ["好的，那大概几天能到呢？", "明白了，那运费需要我出吗？", "好的，还想问一下能不能开发票？"],
        followUp: ["在吗？", "请问还有人吗？", "怎么还没回复？"],
        askAgain: ["你说的我还是不明白，能具体一点吗？", "这不是我问的问题，请认真回答。"],
        stillAngry: ["你们连一句道歉都没有吗？", "我要的是解决问题，不是敷衍！"],
        calmed: ["好吧，那你们打算怎么处理？", "行，那请尽快给我一个解决办法。"],
        thanks: ["好的，谢谢您，再见！", "明白了，谢谢！"],
        explains: ["因为", "规定", "步骤", "首先", "点击", "流程", "可以"],
        restate: "是的，我刚才说了：")

    static let traditionalChinese = PersonaLines(
        opening: [.polite: ["您好，請問我的訂單什麼時候出貨？"],
                  .impatient: ["怎麼還沒人回覆？我的包裹到底在哪裡？"],
                  .angry: ["你們怎麼回事？包裹延誤五天了都沒人處理！"],
                  .confused: ["我不太懂退貨要怎麼申請，要在哪裡操作？"],
                  .hangUp: ["您好，我想查一下訂單。"],
                  .persistent: ["您好，我想更改收件地址。"]],
        next: ["好的，那大概幾天會到呢？", "了解，那運費要我付嗎？"],
        followUp: ["在嗎？", "請問還有人嗎？"],
        askAgain: ["我還是不太明白，可以說具體一點嗎？"],
        stillAngry: ["你們連一句道歉都沒有嗎？"],
        calmed: ["好吧，那你們打算怎麼處理？"],
        thanks: ["好的，謝謝您，再見！"],
        explains: ["因為", "規定", "步驟", "首先", "點擊", "流程", "可以"],
        restate: "是的，我剛才說了：")

    static let korean = PersonaLines(
        opening: [.polite: ["안녕하세요, 주문한 상품 언제 배송되나요?", "안녕하세요, 전자 영수증 발급 가능한가요?"],
                  .impatient: ["왜 아무도 답이 없어요? 택배 어디쯤 왔는지 빨리 알려 주세요.", "급해요, 배송 조회 좀 해 주세요!"],
                  .angry: ["패딩 지퍼가 이틀 만에 고장 났는데 아무도 연락이 없네요!", "배송이 일주일째 안 오는데 어떻게 된 거예요?"],
                  .confused: ["반품 신청은 어디서 하는 건지 잘 모르겠어요.", "쿠폰이 왜 적용이 안 되는지 이해가 안 돼요."],
                  .hangUp: ["안녕하세요, 주문 조회 좀 하려고요."],
                  .persistent: ["안녕하세요, 배송지를 바꾸고 싶어요.", "주문 취소 가능한가요?"]],
        next: ["네, 그럼 며칠 정도 걸리나요?", "알겠습니다. 배송비는 제가 내야 하나요?"],
        followUp: ["계세요?", "답변 기다리고 있어요.", "아직인가요?"],
        askAgain: ["무슨 말씀인지 잘 모르겠어요. 좀 더 자세히 알려 주세요.", "제가 물어본 건 그게 아닌데요."],
        stillAngry: ["사과 한마디도 없나요?", "대충 넘어가지 말고 제대로 해결해 주세요!"],
        calmed: ["네, 그럼 어떻게 처리해 주실 건가요?", "알겠어요. 빨리 해결해 주세요."],
        thanks: ["네, 감사합니다. 안녕히 계세요!", "알겠습니다, 감사합니다."],
        explains: ["때문", "규정", "방법", "먼저", "절차", "하시면", "누르"],
        restate: "네, 아까 말씀드렸듯이 ")

    static let english = PersonaLines(
        opening: [.polite: ["Hello, could you tell me when my order will ship?", "Hi, can I get a receipt for my last order?"],
                  .impatient: ["Is anyone there? Where is my parcel?", "I need this fast: where is my delivery?"],
                  .angry: ["The rice cooker broke after three days and nobody has helped me!", "My parcel is a week late. What is going on?"],
                  .confused: ["I don't understand how to return an item. Where do I start?", "Why doesn't my coupon work? The rules make no sense to me."],
                  .hangUp: ["Hello, I'd like to check an order."],
                  .persistent: ["Hello, I need to change my delivery address.", "Hi, can my order be sent express?"]],
        next: ["OK, and how many days will it take?", "Got it. Do I pay for the shipping?"],
        followUp: ["Hello? Are you still there?", "Still waiting for an answer.", "Anyone?"],
        askAgain: ["I still don't get it. Could you be more specific?", "That's not what I asked."],
        stillAngry: ["Not even an apology?", "I want this fixed, not brushed off!"],
        calmed: ["All right. So what are you going to do about it?", "OK. Please sort it out quickly."],
        thanks: ["Great, thank you. Bye!", "That helps, thanks!"],
        explains: ["because", "rule", "policy", "step", "first", "you can", "here's how", "click", "go to"],
        restate: "Yes, as I wrote: ")
}
