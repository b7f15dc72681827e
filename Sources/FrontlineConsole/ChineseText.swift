import FrontlineCore

/// The console in Simplified Chinese.
public struct ChineseText: ConsoleText {
    public init() {}

    public var language: Language { .zhHans }

    public func short(_ action: Action) -> String {
        switch action {
        case .takeNext: "下一个"
        case .takeOrOpen: "接入"
        case .reply: "回复"
        case .filterPhrases: "话术"
        case .complaint: "投诉"
        case .wrapUp: "结束"
        case .pauseOrResume: "暂停"
        case .promise: "约定回复"
        case .nextPane: "切换"
        case .help: "帮助"
        case .quit, .confirmQuit: "退出"
        case .send: "发送"
        case .stopReplying, .cancelPromise: "取消"
        case .confirmPromise: "确定"
        case .insertPhrase: "插入"
        case .nextPhrase: "下一条"
        case .previousPhrase: "上一条"
        case .switchPhraseLanguage: "语言"
        case .clearFilter, .closeHelp: "关闭"
        case .nextField: "下一项"
        case .changeChoice: "选择"
        case .submitComplaint: "提交"
        case .leaveForm: "离开"
        case .keepWorking: "继续"
        case .scrollHelpDown: "滚动"
        case .pickState: "状态"
        case .endWrapUp: "结束整理"
        case .acceptOffer: "接听"
        case .declineOffer: "拒接"
        case .becomeAvailable: "空闲"
        case .awayBreak: "休息"
        case .awayLunch: "午餐"
        case .awayTraining: "培训"
        case .awayCoaching: "辅导"
        case .awayTechnical: "技术问题"
        case .awayPrivate: "私事"
        case .logOut: "签出"
        case .closeStatePicker, .dismissHandover: "关闭"
        case .saveHandover: "保存并签出"
        case .cancelLogOut: "不签出"
        case .openComplaints: "投诉列表"
        case .nextComplaint: "下一条"
        case .previousComplaint: "上一条"
        case .openComplaint: "打开"
        case .closeComplaints, .backToList, .leaveScript, .cancelPrompt: "返回"
        case .judgeValid: "成立"
        case .judgeInvalid: "不成立"
        case .assignToMe: "分派"
        case .proposeSolution: "提方案"
        case .offerSolution: "提供"
        case .refuseSolution: "被拒"
        case .acceptSolution: "接受"
        case .approveComplaint: "批准"
        case .implementComplaint: "已解决"
        case .followUpCall: "回访"
        case .archiveComplaint: "归档"
        case .confirmPrompt: "保存"
        case .answerSatisfied: "满意"
        case .answerNeutral: "一般"
        case .answerDissatisfied: "不满意"
        case .scrollComplaintDown, .scrollComplaintUp: ""
        case .editReply: "修改"
        case .sendAnyway: "仍然发送"
        case .pickPhrase: "选话术"
        case .saveAsPhrase: "存为话术"
        case .confirmFill: "下一项"
        case .cancelFill: "取消"
        case .editParaphrase: "复述"
        case .editCause: "原因"
        case .editCompensation: "补偿"
        case .editAboutAgent: "涉及客服"
        case .previousPane, .moveDown, .moveUp, .moveCursor, .deleteText, .previousField, .scrollHelpUp: ""
        }
    }

    public func help(_ action: Action) -> String {
        switch action {
        case .takeNext: "接入最紧急的下一位客户"
        case .takeOrOpen: "接入所选客户（或继续处理已接入的）；在其他窗格中打开"
        case .reply: "回复当前的在线咨询或邮件"
        case .filterPhrases: "输入关键字筛选话术"
        case .complaint: "为该客户打开投诉单"
        case .wrapUp: "结束当前接待"
        case .pauseOrResume: "暂停或恢复当前接待的计时（按规则允许时）"
        case .promise: "约定回复时间，到时自动生成回电任务"
        case .nextPane: "下一个窗格"
        case .previousPane: "上一个窗格"
        case .moveDown: "在窗格中下移"
        case .moveUp: "在窗格中上移"
        case .help: "显示全部按键"
        case .quit: "签出并退出：先写交接记录（仍有接待中的客户时会先确认）"
        case .send: "把回复发送给客户"
        case .stopReplying: "停止输入，已输入的内容会保留"
        case .moveCursor: "移动光标，或跳到开头、结尾"
        case .deleteText: "删除光标前的一个词，或光标前的全部内容"
        case .confirmPromise: "约定所输入的时间（留空则为半个工作日后）"
        case .cancelPromise: "不作约定"
        case .insertPhrase: "把话术放入回复栏（通话中则显示出来供朗读）"
        case .nextPhrase: "下一条话术"
        case .previousPhrase: "上一条话术"
        case .switchPhraseLanguage: "切换话术语言（中文、繁體、한국어、EN）"
        case .clearFilter: "清除筛选并返回"
        case .nextField: "下一项"
        case .previousField: "上一项"
        case .changeChoice: "更改类别或严重程度（类别也可按 1-7）"
        case .submitComplaint: "提交投诉（在最后一项按 Enter 也可以）"
        case .leaveForm: "离开投诉单，内容会原样保留"
        case .confirmQuit: "仍有接待中的客户，照样退出"
        case .keepWorking: "继续工作"
        case .scrollHelpDown: "向下滚动帮助"
        case .scrollHelpUp: "向上滚动帮助"
        case .pickState: "更改状态：空闲、离开（注明原因）或签出"
        case .endWrapUp: "立即结束整理，转为空闲"
        case .acceptOffer: "接听正在呼叫你的电话"
        case .declineOffer: "拒接正在呼叫你的电话，转给下一位坐席"
        case .becomeAvailable: "空闲：可以给你分配客户"
        case .awayBreak: "离开：休息"
        case .awayLunch: "离开：午餐"
        case .awayTraining: "离开：培训"
        case .awayCoaching: "离开：辅导"
        case .awayTechnical: "离开：技术问题"
        case .awayPrivate: "离开：私事（超过限时 3 分钟会提醒）"
        case .logOut: "签出：写交接记录后离开"
        case .closeStatePicker: "保持当前状态"
        case .dismissHandover: "关闭交接记录"
        case .saveHandover: "保存交接记录，签出并离开"
        case .cancelLogOut: "不签出，继续工作"
        case .openComplaints: "查看我的未结投诉，按下一个期限排序"
        case .nextComplaint: "下一条投诉"
        case .previousComplaint: "上一条投诉"
        case .openComplaint: "打开投诉：查看记录和下一步"
        case .closeComplaints: "返回工作台"
        case .judgeValid: "判定投诉成立"
        case .judgeInvalid: "判定不成立，并记下向客户所做的解释（随即关闭）"
        case .assignToMe: "分派给部门，由您负责"
        case .proposeSolution: "记录一个备选方案"
        case .offerSolution: "向客户提供下一个方案"
        case .refuseSolution: "客户拒绝了所提供的方案"
        case .acceptSolution: "客户接受了所提供的方案"
        case .approveComplaint: "批准方案（主管；重大投诉必须批准）"
        case .implementComplaint: "方案已落实并获客户认可；3 天后到期回访"
        case .followUpCall: "按回访话术进行，并记录客户满意度"
        case .archiveComplaint: "归档（须先回访）"
        case .scrollComplaintDown: "向下滚动"
        case .scrollComplaintUp: "向上滚动"
        case .backToList: "返回列表"
        case .confirmPrompt: "保存输入内容并执行这一步"
        case .cancelPrompt: "不执行"
        case .answerSatisfied: "客户满意：请教建议"
        case .answerNeutral: "客户感觉一般：询问可改进之处"
        case .answerDissatisfied: "客户不满意：询问问题所在"
        case .leaveScript: "离开话术，不做记录"
        case .editReply: "返回修改回复"
        case .sendAnyway: "按原文发送；此操作会记录在您名下"
        case .pickPhrase: "输入 / 加字母打开话术选择；↑/↓ 选择，Enter 插入光标处，Esc 关闭"
        case .saveAsPhrase: "把这条回复存为自己的话术（姓名会换成占位符）"
        case .confirmFill: "使用所输入的内容；答完最后一项后插入话术"
        case .cancelFill: "不插入"
        case .editParaphrase: "填写经客户确认的复述"
        case .editCause: "填写投诉原因"
        case .editCompensation: "填写给予的补偿"
        case .editAboutAgent: "填写投诉所涉及的客服（留空：无）"
        case .closeHelp: "关闭帮助"
        }
    }

    public func sectionTitle(_ mode: InputMode) -> String {
        switch mode {
        case .normal: "工作台"
        case .replying: "回复栏"
        case .promising: "约定回复时间"
        case .filteringPhrases: "话术筛选"
        case .editingComplaint: "投诉单"
        case .complaintList: "投诉列表"
        case .complaintDetail: "投诉详情"
        case .complaintPrompt: "投诉处理"
        case .followUpScript: "回访电话"
        case .wordingWarning: "用语检查"
        case .fillingPhrase: "填写话术"
        case .confirmingQuit: "退出"
        case .help: "帮助"
        case .readingHandover: "交接记录"
        case .pickingState: "你的状态"
        case .writingHandover: "签出"
        }
    }

    public var helpTitle: String { "按键 · j/k 滚动 · Esc 关闭" }

    public func paneTitle(_ pane: Pane) -> String {
        switch pane {
        case .queue: "排队"
        case .customer: "客户档案"
        case .phrases: "话术"
        case .complaint: "投诉"
        }
    }

    public func channelLabel(_ channel: Channel) -> String {
        switch channel {
        case .phone: "电话"
        case .chat: "在线"
        case .email: "邮件"
        case .callback: "回电"
        }
    }

    public func waitingCount(_ count: Int) -> String { "\(count) 位等待" }
    public var queueColumns: (channel: String, customer: String, waited: String, left: String) { ("渠道", "客户", "已等", "剩余") }
    public var noOneWaiting: String { "目前没有客户等待。" }
    public var activeLabel: String { "接待中" }
    public var selectContact: String { "选择或接入一位客户即可查看档案。" }
    public var member: String { "★ 会员" }
    public var notePrefix: String { "备注：" }
    public var transcript: String { "对话记录" }
    public var noMessages: String { "（还没有消息）" }
    public var openComplaints: String { "未结投诉" }
    public var orders: String { "订单" }
    public var noOrders: String { "（无）" }
    public var recentContacts: String { "最近联系" }
    public var firstContact: String { "（首次联系）" }
    public var typeToFilter: String { "按 / 筛选" }
    public var noPhraseMatches: String { "没有匹配的话术。" }

    public func phraseCategory(_ category: PhraseCategory) -> String {
        switch category {
        case .greeting: "问候"
        case .angryOpening: "安抚情绪"
        case .request: "请求与协商"
        case .acknowledgement: "应答"
        case .apology: "致歉"
        case .explanation: "解释说明"
        case .deferredAnswer: "约定答复"
        case .thanks: "致谢"
        case .hold: "等待与转接"
        case .closing: "结束语"
        case .followUp: "回访"
        case .farewell: "道别"
        case .personal: "我的话术"
        }
    }

    public func complaintField(_ field: ComplaintField) -> String {
        switch field {
        case .category: "类别"
        case .severity: "严重程度"
        case .account: "客户陈述"
        case .wants: "客户诉求"
        case .promisedReply: "答复时间"
        }
    }

    public func complaintCategory(_ category: ComplaintCategory) -> String {
        switch category {
        case .productQuality: "商品质量"
        case .price: "价格"
        case .promiseNotKept: "服务承诺未兑现"
        case .payment: "支付"
        case .delivery: "物流与收货"
        case .serviceOrAgent: "服务流程或客服"
        case .other: "其他"
        }
    }

    public func severity(_ severity: ComplaintSeverity) -> String {
        switch severity {
        case .minor: "一般"
        case .major: "重大"
        }
    }

    public func complaintState(_ state: ComplaintState) -> String {
        switch state {
        case .received: "已受理"
        case .judged: "已判定"
        case .assigned: "已分派"
        case .solutionProposed: "已提方案"
        case .approved: "已批准"
        case .implemented: "已解决"
        case .followedUp: "已回访"
        case .archived: "已归档"
        case .rejected: "不成立"
        }
    }

    public var chooseCategory: String { "请选择：空格或 1-7" }
    public var promisedTimeHint: String { "HH:MM、+2h、YYYY-MM-DD HH:MM" }
    public var readyToSubmit: String { "可以提交了。" }
    public func stillNeeded(_ fields: [String]) -> String { "尚需填写：" + fields.joined(separator: "、") }
    public func customerNumber(_ id: Int64) -> String { "客户 \(id)" }

    public var trainingBanner: String { "培训模式" }
    public func headerWaiting(_ count: Int) -> String { "等待 \(count)" }
    public func headerAtRisk(_ count: Int) -> String { "\(count) 将超时" }
    public func headerBreached(_ count: Int) -> String { "\(count) 已超时" }
    public var replyLabel: String { "回复" }
    public var replyPlaceholder: String { "按 r 回复在线咨询" }
    public var promiseLabel: String { "答复时间（HH:MM 或 +2h；直接回车：半个工作日后）" }

    public func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> [String] {
        ["终端窗口太小：\(width)x\(height)。", "Frontline 至少需要 \(minimumWidth)x\(minimumHeight)。", "请放大窗口，或按 q 退出。"]
    }

    public var complaintsTitle: String { "我的未结投诉" }
    public var noOpenComplaints: String { "没有未结投诉。您受理或负责的投诉会显示在这里。" }
    public func complaintHeading(_ id: Int64, _ customer: String) -> String { "投诉 \(id) · \(customer)" }
    public func detailLabel(_ label: ComplaintDetailLabel) -> String {
        switch label {
        case .received: "受理时间"
        case .due: "期限"
        case .overdue: "已逾期"
        case .owner: "负责人"
        case .department: "部门"
        case .channel: "渠道"
        case .paraphrase: "客服复述"
        case .cause: "原因"
        case .compensation: "补偿"
        case .aboutAgent: "涉及客服"
        case .explanation: "解释"
        case .solutions: "方案"
        case .followUps: "回访"
        case .history: "处理记录"
        case .raisedToSupervisor: "重大投诉：已上报主管"
        case .none: "（无）"
        }
    }
    public func solutionStatus(_ status: ComplaintSolution.Status) -> String {
        switch status {
        case .proposed: "备选"
        case .offered: "已提供"
        case .refused: "被拒绝"
        case .accepted: "已接受"
        }
    }
    public func satisfaction(_ satisfaction: ComplaintFollowUp.Satisfaction) -> String {
        switch satisfaction {
        case .satisfied: "满意"
        case .neutral: "一般"
        case .dissatisfied: "不满意"
        }
    }
    public func promptLabel(_ purpose: ComplaintPromptPurpose) -> String {
        switch purpose {
        case .rejectionExplanation: "向客户所做的解释"
        case .department: "部门"
        case .solution: "方案"
        case .paraphrase: "复述（已与客户确认）"
        case .cause: "原因"
        case .compensation: "补偿"
        case .aboutAgent: "涉及哪位客服的服务（留空：无）"
        case .followUpNote(let answer): "备注（\(satisfaction(answer))；可留空）"
        }
    }
    public var followUpTitle: String { "回访电话" }
    public var followUpSteps: [String] { ["1. 问候并自我介绍", "2. 询问客户是否满意", "3. 客户的回答：1 满意，2 一般，3 不满意", "4. 结束语"] }
    public func complaintNowIn(_ id: Int64, _ state: String) -> String { "投诉 \(id)：\(state)。" }
    public var noSolutionToOffer: String { "没有可提供的备选方案：按 s 提出方案。" }
    public var noSolutionOffered: String { "目前没有提供中的方案：按 o 提供。" }

    public var wordingTitle: String { "服务忌语 · e 修改 · y 仍然发送（会记录）" }
    public func wordingHit(_ words: String, _ suggestion: String) -> String { "“\(words)”——建议改用：\(suggestion)" }

    public func phraseSaved(_ code: String) -> String { "已存为您的话术 \(code)。" }
    public func fillLabel(_ placeholder: String) -> String {
        placeholder == "promised_time" ? "答复时间（如 今天 15:00）" : placeholder.hasPrefix("?") ? String(placeholder.dropFirst()) : placeholder
    }

    public var queueEmpty: String { "目前没有客户等待。" }
    public func took(_ channel: Channel, _ id: Int64) -> String {
        "已接入\(channelLabel(channel)) \(id)：" + (channel.isWritten ? "按 r 回复，/ 选话术。" : "请先问候客户，/ 选话术。")
    }
    public var sent: String { "已发送。" }
    public func wrappedUp(_ id: Int64) -> String { "已结束接待 \(id)。" }
    public var timerRunning: String { "计时已恢复。" }
    public func timerPaused(_ reason: String) -> String { "计时已暂停：\(reason)。" }
    public func promised(_ time: String) -> String { "已约定在 \(time) 前答复，届时会生成回电任务。" }
    public func complaintFiled(_ id: Int64) -> String { "投诉 \(id) 已提交。" }
    public var nothingToWrapUp: String { "没有接待中的客户可结束：按 n 接入。" }
    public var noActiveContact: String { "没有接待中的客户：按 n 接入。" }
    public var nothingToPromise: String { "没有接待中的客户可约定答复：按 n 接入。" }
    public func quitWhileHolding(_ held: Int) -> String { "您还有 \(held) 位客户在接待中。仍要退出吗？y/n" }
    public func workingOn(_ id: Int64) -> String { "正在处理 \(id)。" }
    public func heldBy(_ id: Int64, _ agent: String?) -> String { "\(id) 正由 \(agent ?? "其他客服") 接待。" }
    public var nothingToReply: String { "没有可回复的对象：请先接入在线咨询或邮件（n）。" }
    public var noLongerYours: String { "该客户已不由您接待。" }
    public var emptyReply: String { "回复内容为空。" }
    public func fillIn(_ placeholder: String) -> String { "发送前请填写 {{\(placeholder)}}。" }
    public var noPhraseForFilter: String { "没有符合筛选条件的话术。" }
    public func sayAloud(_ text: String) -> String { "请说：" + text }
    public func notATime(_ text: String) -> String { "“\(text)”不是有效时间：请用 HH:MM、YYYY-MM-DD HH:MM、+2h 或 +30m。" }
    public func takenByAnother(_ id: Int64) -> String { "\(id) 刚被其他客服接入。" }
    public func draftProblem(_ error: ComplaintDraftError) -> String {
        switch error {
        case .noCustomer: "请先接入或选择一位客户：投诉单必须对应客户。"
        case .missing(let field): "请填写“\(complaintField(field))”。"
        case .badPromisedTime(let text): notATime(text)
        }
    }

    public func presence(_ presence: AgentPresence, busy: Bool) -> String {
        if busy { return "忙碌" }
        switch presence {
        case .offline: return "离线"
        case .available: return "空闲"
        case .wrapUp: return "整理"
        case .away: return "离开"
        }
    }

    public func awayReason(_ reason: AwayReason) -> String {
        switch reason {
        case .break: "休息"
        case .lunch: "午餐"
        case .training: "培训"
        case .coaching: "辅导"
        case .technical: "技术问题"
        case .private: "私事"
        case .missedOffer: "未接来电"
        }
    }

    public func overLimit(_ limit: String) -> String { "超过 \(limit)！" }
    public func nowIn(_ state: String) -> String { "当前状态：\(state)。" }
    public var missedOffer: String { "你错过了一个来电，已设为离开。按 s 再按 a 恢复空闲。" }
    public var offerGone: String { "这个来电已不再呼叫你。" }
    public var nothingRinging: String { "没有来电在呼叫你。" }
    public var notInWrapUp: String { "你不在整理状态。" }
    public var stillLoggedIn: String { "仍在签入状态。" }
    public var statePickerTitle: String { "你的状态" }
    public func offerTitle(_ channel: Channel) -> String { channel == .callback ? "回访电话到期" : "来电" }
    public func offerCountdown(_ seconds: Int) -> String { "请在 \(seconds) 秒内接听" }
    public func handoverTitle(_ agent: String, _ time: String) -> String { "\(agent) 的交接记录，\(time)" }
    public var noHandoverNote: String { "（未写交接内容）" }
    public var openItemsTitle: String { "未完成事项" }
    public var noOpenItems: String { "没有未完成事项。" }
    public func openItemKind(_ kind: OpenItem.Kind) -> String {
        switch kind {
        case .contact: "接待"
        case .complaint: "投诉"
        case .callback: "回访"
        }
    }
    public var handoverLabel: String { "交接记录" }

    public func contactState(_ state: ContactState) -> String {
        switch state {
        case .waiting: "等待中"
        case .active: "接待中"
        case .ended: "已结束"
        case .abandoned: "已放弃"
        }
    }
    public func assignedToYou(_ channel: Channel, _ customer: String, _ id: Int64) -> String {
        "已分配给你：\(channelLabel(channel)) \(id)，\(customer)。" + (channel.isWritten ? "按 r 回复。" : "请先问候客户。")
    }
    public func assignedToYou(count: Int) -> String { "已有 \(count) 位客户分配给你。" }
}
