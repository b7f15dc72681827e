/// Traditional and Simplified Chinese as one for searching: a phrase filter or picker typed in
/// either script finds phrases written in the other (`谢谢` finds `謝謝`). A small table, not a
/// converter: each traditional character of the shipped phrases, wording and console and of common
/// service words, with its simplified form. Searching folds both sides to simplified.
public enum ChineseVariants {
    /// Traditional character, then its simplified form, pair after pair.
    private static let pairs = [
        "並并來来係系個个們们備备價价償偿優优兌兑內内兩两別别刪删則则剛刚動动務务勞劳勢势區区協协參参員员問问單单嗎吗嚮向嚴严國国園园圖图團团執执報报場场塊块壓压壞坏夠够",
        "學学實实寫写寶宝將将專专尋寻對对導导屆届層层屬属師师帳帐帶带幣币幫帮幹干幾几廣广張张強强彆别彈弹後后復复態态憂忧應应懷怀戰战戶户換换損损摯挚撫抚擇择擊击據据擴扩",
        "擾扰數数斷断於于時时暫暂書书會会東东條条棄弃業业極极構构樂乐樓楼標标樣样橋桥機机檔档檢检欄栏權权歐欧歡欢歲岁歷历歸归殘残毀毁氣气決决沒没況况淚泪淺浅準准溝沟溫温",
        "滅灭滾滚滿满漢汉濕湿濟济災灾為为無无煙烟煩烦熱热燈灯營营爭争牆墙狀状獎奖獨独獲获現现環环產产畫画當当療疗發发盡尽監监盤盘眾众瞭了確确碼码禮礼種种穩稳窮穷競竞筆笔",
        "節节範范篩筛簡简簽签糧粮紀纪約约紅红純纯紙纸級级細细紹绍終终組组結结絕绝絡络給给統统經经綠绿綫线維维網网緊紧緒绪線线編编練练緻致縣县總总績绩織织繼继續续纔才罰罚",
        "義义習习聞闻聯联聲声職职聽听脫脱與与興兴舉举舊旧華华葉叶著着藥药蘭兰處处虛虚號号術术衛卫衝冲裏里補补裝装裡里製制複复見见規规視视覺觉觀观訂订計计訊讯討讨訓训記记",
        "訪访設设許许訴诉診诊詞词詢询試试話话該该詳详認认語语誠诚誤误說说誰谁課课調调談谈請请諒谅論论諮咨諾诺謝谢證证識识譯译議议護护讀读變变讓让豐丰貝贝負负財财貨货販贩",
        "責责貴贵買买貸贷費费貼贴資资賓宾賣卖質质賬账賺赚購购賽赛贈赠趕赶跡迹車车軍军軟软載载輔辅輕轻輛辆輸输轉转辦办辭辞農农迴回這这連连進进運运過过達达遞递遠远適适遲迟",
        "選选遺遗還还邊边郵邮鄉乡鄭郑醫医釋释針针銀银銷销鋪铺錄录錢钱錯错錶表鍵键鍾钟鎖锁鏡镜鐘钟鐵铁長长門门閃闪閉闭開开閑闲閒闲間间閤合閱阅闆板關关陳陈陸陆陽阳隊队階阶",
        "際际隨随險险隻只雖虽雙双離离難难電电靜静響响頁页項项順顺須须預预領领頭头題题額额顏颜願愿類类顧顾顯显風风颱台飛飞飯饭飲饮餘余館馆饋馈馬马騙骗驗验驟骤體体髮发鬆松",
        "魚鱼鳥鸟麵面麼么黃黄點点齊齐齣出龍龙",
    ]

    private static let simplified: [Character: Character] = {
        var table: [Character: Character] = [:]
        for line in pairs {
            let characters = Array(line)
            for index in stride(from: 0, to: characters.count - 1, by: 2) { table[characters[index]] = characters[index + 1] }
        }
        return table
    }()

    /// `text` with every traditional character of the table in its simplified form.
    public static func folded(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x4E00 }) else { return text }
        return String(text.map { simplified[$0] ?? $0 })
    }

    /// The other script of a Chinese language, whose text a search looks through as well.
    public static func otherScript(of language: Language) -> Language? {
        switch language {
        case .zhHans: .zhHant
        case .zhHant: .zhHans
        case .ko, .en: nil
        }
    }
}
