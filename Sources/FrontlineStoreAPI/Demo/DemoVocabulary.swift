import FrontlineCore
import FrontlineStoreAPI

/// The fictional people, goods and sentences the demo data is made of, per language.
struct DemoVocabulary {
    /// A name part as written, and its romanisation for the email address.
    typealias NamePart = (written: String, latin: String)
    /// An item and its price range in minor units.
    typealias Item = (name: String, price: ClosedRange<Int>)

    var surnames: [NamePart]
    var givenNames: [NamePart]
    /// Family name first (Chinese, Korean) or last (English).
    var familyFirst: Bool
    var notes: [String]
    var items: [Item]
    var currency: String
    /// Short chats: the customer's opening, the agent's answer, the customer's thanks.
    var chats: [(ask: String, answer: String, thanks: String)]
    var complaints: [(category: ComplaintCategory, account: String, wants: String)]

    /// Order numbers start with the shop's country: CN, TW, KR, US.
    static func orderPrefix(_ language: Language) -> String {
        switch language {
        case .zhHans: "CN"
        case .zhHant: "TW"
        case .ko: "KR"
        case .en: "US"
        }
    }

    /// One order's goods: 1 to `most` items, listed as the language lists them, and their
    /// total in minor units (won in whole hundreds, New Taiwan dollars whole).
    func basket(most: Int, language: Language, _ rng: inout SplitMix64) -> (items: String, total: Int) {
        let picked = (0..<rng.int(1...most)).map { _ in rng.pick(items) }
        var total = picked.reduce(0) { $0 + rng.int($1.price) }
        if currency == "KRW" || currency == "TWD" { total = total / 100 * 100 }
        // Chinese lists with 、; Korean, like English, with commas.
        let separator = language == .zhHans || language == .zhHant ? "、" : ", "
        return (picked.map(\.name).joined(separator: separator), total)
    }

    static func of(_ language: Language) -> DemoVocabulary {
        switch language {
        case .zhHans: chinese
        case .zhHant: traditionalChinese
        case .ko: korean
        case .en: english
        }
    }

    static let chinese = DemoVocabulary(
        surnames: [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
                   ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun")],
        givenNames: [("小明", "xiaoming"), ("静", "jing"), ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"),
                     ("敏", "min"), ("磊", "lei"), ("洋", "yang"), ("婷", "ting"), ("浩然", "haoran"), ("欣怡", "xinyi")],
        familyFirst: true,
        notes: ["上次反映快递延误", "希望晚上六点后联系", "会员，偏好顺丰配送", "曾申请退货，已处理完毕", "对包装破损比较在意"],
        items: [("无线蓝牙耳机", 12_900...39_900), ("保温杯 500ml", 5_900...12_800), ("纯棉四件套", 19_900...59_900),
                ("电饭煲", 29_900...89_900), ("儿童绘本套装", 8_800...19_900), ("运动鞋", 25_900...69_900),
                ("绿茶礼盒", 9_900...29_900), ("手机壳", 1_990...4_990)],
        currency: "CNY",
        chats: [("你好，我的订单什么时候发货？", "您好，您的订单已在今天下午发出，预计两天内送达。", "好的，谢谢！"),
                ("收到的商品有破损，怎么办？", "非常抱歉给您带来不便，请拍照上传，我们为您办理换货。", "好的，我马上拍照。"),
                ("可以修改收货地址吗？", "可以的，请提供新的地址，我帮您修改。", "谢谢，麻烦了。"),
                ("发票怎么开？", "您好，在订单详情页点击“申请发票”即可，电子发票会发到您的邮箱。", "明白了，谢谢。")],
        complaints: [(.delivery, "快递超过一周还没到，物流信息一直没有更新。", "尽快送达或者退款"),
                     (.productQuality, "电饭煲用了三天就不能加热了。", "换一台新的"),
                     (.serviceOrAgent, "上次客服说会回电话，但一直没有人联系我。", "希望有人今天给我回电话")])

    static let traditionalChinese = DemoVocabulary(
        surnames: [("陳", "chen"), ("林", "lin"), ("黃", "huang"), ("張", "chang"), ("李", "lee"), ("王", "wang")],
        givenNames: [("怡君", "yichun"), ("志豪", "chihhao"), ("雅婷", "yating"), ("家豪", "chiahao"), ("淑芬", "shufen"), ("建宏", "chienhung")],
        familyFirst: true,
        notes: ["偏好下午聯絡", "上次反映包裹延誤", "曾詢問發票開立方式"],
        // Customers in Taiwan pay in New Taiwan dollars (cents, shown whole: NT$1,290).
        items: [("無線藍牙耳機", 99_000...299_000), ("保溫杯 500ml", 39_000...89_000), ("烏龍茶禮盒", 59_000...159_000)],
        currency: "TWD",
        chats: [("請問我的訂單什麼時候出貨？", "您好，您的訂單已於今天出貨，預計兩天內送達。", "好的，謝謝！"),
                ("可以更改收件地址嗎？", "可以的，請提供新的地址，我幫您修改。", "謝謝您。")],
        complaints: [(.delivery, "包裹已經延誤五天，物流一直沒有更新。", "盡快送達")])

    static let korean = DemoVocabulary(
        surnames: [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
                   ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim")],
        givenNames: [("민준", "minjun"), ("서연", "seoyeon"), ("도윤", "doyun"), ("지우", "jiwoo"), ("서준", "seojun"),
                     ("하은", "haeun"), ("예준", "yejun"), ("수아", "sua"), ("지호", "jiho"), ("민서", "minseo")],
        familyFirst: true,
        notes: ["배송 지연 문의 이력", "오후 6시 이후 통화 선호", "교환 요청 처리 완료", "포장 상태에 민감함"],
        items: [("무선 이어폰", 39_000...129_000), ("텀블러 500ml", 15_000...35_000), ("겨울 패딩", 89_000...259_000),
                ("전기밥솥", 79_000...199_000), ("스킨케어 세트", 29_000...89_000), ("운동화", 59_000...149_000),
                ("녹차 선물세트", 19_000...49_000)],
        currency: "KRW",
        chats: [("안녕하세요, 주문한 상품 언제 배송되나요?", "안녕하세요, 고객님. 오늘 오후에 출고되어 이틀 안에 도착할 예정입니다.", "네, 감사합니다!"),
                ("받은 상품이 파손되어 있어요.", "불편을 드려 죄송합니다. 사진을 보내 주시면 바로 교환해 드리겠습니다.", "네, 사진 보낼게요."),
                ("배송지를 변경할 수 있나요?", "네, 가능합니다. 새 주소를 알려 주시면 변경해 드리겠습니다.", "감사합니다.")],
        complaints: [(.delivery, "배송이 일주일 넘게 지연되고 있고 조회도 되지 않습니다.", "빠른 배송 또는 환불"),
                     (.productQuality, "패딩 지퍼가 이틀 만에 고장 났어요.", "새 상품으로 교환"),
                     (.price, "결제 후 바로 가격이 내려갔습니다.", "차액 환불")])

    static let english = DemoVocabulary(
        surnames: [("Smith", "smith"), ("Johnson", "johnson"), ("Brown", "brown"), ("Walker", "walker"), ("Garcia", "garcia"),
                   ("Miller", "miller"), ("Davis", "davis"), ("Wilson", "wilson"), ("Taylor", "taylor"), ("Clark", "clark")],
        givenNames: [("Emma", "emma"), ("Liam", "liam"), ("Olivia", "olivia"), ("Noah", "noah"), ("Ava", "ava"),
                     ("James", "james"), ("Sophia", "sophia"), ("Lucas", "lucas"), ("Mia", "mia"), ("Ethan", "ethan")],
        familyFirst: false,
        notes: ["prefers calls after 18:00", "reported a late delivery last month", "member since 2023, asks for email receipts",
                "returned an item in the spring; refund done"],
        items: [("Wireless earbuds", 2_999...12_999), ("Insulated bottle 500ml", 1_499...3_499), ("Cotton bed sheet set", 3_999...9_999),
                ("Rice cooker", 4_999...14_999), ("Running shoes", 5_999...14_999), ("Green tea gift box", 1_999...4_999),
                ("Phone case", 999...2_499)],
        currency: "USD",
        chats: [("Hi, when will my order ship?", "Hello! Your order left our warehouse this afternoon and should arrive in two days.", "Great, thanks!"),
                ("My package arrived damaged.", "I am sorry about that. Please send a photo and we will replace it right away.", "Sending it now."),
                ("Can I change the delivery address?", "Yes, of course. Please give me the new address and I will update it.", "Thank you!")],
        complaints: [(.delivery, "My parcel is a week late and tracking has not moved.", "Deliver it or refund me"),
                     (.productQuality, "The rice cooker stopped heating after three days.", "A replacement"),
                     (.promiseNotKept, "I was promised a call back yesterday and nobody called.", "A call today")])
}
