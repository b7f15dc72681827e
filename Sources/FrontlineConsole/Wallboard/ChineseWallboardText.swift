import FrontlineCore

/// 实时看板（简体中文）。
public struct ChineseWallboardText: WallboardText {
    public init() {}

    public var console: any ConsoleText { ChineseText() }

    public func short(_ action: WallboardAction) -> String {
        switch action {
        case .nextSection, .previousSection: "区域"
        case .moveDown, .pickDown, .scrollDown: "下"
        case .moveUp, .pickUp, .scrollUp: "上"
        case .open: "查看"
        case .reassign: "转派"
        case .setAway: "暂离"
        case .logOut: "下线"
        case .endWrapUp: "结束整理"
        case .toggleLarge: "大字"
        case .help: "帮助"
        case .quit: "退出"
        case .pick: "选择"
        case .cancel: "取消"
        case .close: "关闭"
        }
    }

    public func help(_ action: WallboardAction) -> String {
        switch action {
        case .nextSection: "下一个区域：队列、坐席、放弃来电、投诉"
        case .previousSection: "上一个区域"
        case .moveDown: "选择下一行"
        case .moveUp: "选择上一行"
        case .open: "只读查看所选接待（客户档案和对话记录）或坐席（今日状态记录、手上的接待）"
        case .reassign: "把所选接待转派给选定的坐席"
        case .setAway: "把所选坐席设为暂离，并选择原因"
        case .logOut: "把所选坐席设为下线"
        case .endWrapUp: "结束所选坐席的事后整理"
        case .toggleLarge: "在完整看板和墙面大字之间切换"
        case .help: "显示所有按键"
        case .quit: "离开看板"
        case .pick: "选择高亮的一行"
        case .pickDown: "高亮下一行"
        case .pickUp: "高亮上一行"
        case .cancel: "不做更改，关闭列表"
        case .scrollDown: "向下滚动"
        case .scrollUp: "向上滚动"
        case .close: "返回看板"
        }
    }

    public var boardKeys: String { "实时看板" }
    public var pickingKeys: String { "选择坐席或原因" }
    public var detailKeys: String { "查看接待或坐席" }

    public var title: String { "实时看板" }
    public func serviceLevelToday(_ percent: String) -> String { "今日服务水平 \(percent)" }
    public func waitingNow(_ count: Int) -> String { "等待 \(count)" }
    public var channelColumns: [String] { ["渠道", "等待", "最长等待", "已接", "放弃", "SL", "平均等待", "平均处理"] }
    public var atRisk: String { "即将超时" }
    public var breached: String { "已超时" }
    public var awayTooLong: String { "暂离过久" }
    public var noAlerts: String { "没有警报：所有计时都在时限内，没有人暂离过久。" }
    public var queueTitle: String { "队列" }
    public var queueColumns: [String] { ["渠道", "客户", "已等", "剩余", "坐席"] }
    public var nobodyWaiting: String { "没有人在等待。" }
    public var agentsTitle: String { "坐席" }
    public var agentColumns: [String] { ["坐席", "状态", "原因", "时长", "当前接待", "已处理", "超时"] }
    public var noAgents: String { "还没有坐席：frontline agents add 姓名" }

    public func state(_ state: AgentState) -> String {
        switch state {
        case .offline: "下线"
        case .available: "空闲"
        case .busy: "忙碌"
        case .wrapUp: "整理"
        case .away: "暂离"
        }
    }

    public var abandonedTitle: String { "放弃的来电" }
    public var noAbandoned: String { "今天没有放弃的来电。" }
    public var complaintsTitle: String { "重大或逾期投诉" }
    public var noComplaints: String { "无。" }
    public var overdue: String { "逾期" }
    public var chartTitle: String { "今日" }
    public func chartQueue(peak: Int) -> String { "队列（峰值 \(peak)）" }
    public var chartServiceLevel: String { "SL" }
    public var waitingLabel: String { "等待" }
    public var longestLabel: String { "最长" }

    public func reassignTitle(_ id: Int64) -> String { "把接待 \(id) 转派给" }
    public func awayTitle(_ agent: String) -> String { "\(agent) 暂离原因" }
    public var nobodyLoggedIn: String { "没有已登录的坐席可以接手。" }
    public func contactTitle(_ id: Int64, _ customer: String) -> String { "接待 \(id) · \(customer) · 只读" }
    public func agentTitle(_ agent: String) -> String { "\(agent) · 只读" }
    public var heldContacts: String { "手上的接待" }
    public var stateLogToday: String { "今日状态" }
    public var none: String { "无" }
    public func setBy(_ agent: String) -> String { "由 \(agent)" }

    public func reassigned(_ id: Int64, _ agent: String) -> String { "接待 \(id) 已转派给 \(agent)。" }
    public func wentAway(_ agent: String, _ reason: String) -> String { "\(agent) 已暂离（\(reason)）。" }
    public func loggedOut(_ agent: String) -> String { "\(agent) 已下线。" }
    public func wrapUpEnded(_ agent: String) -> String { "\(agent) 的整理已结束。" }
    public var selectContact: String { "请先在队列中选择一个接待（按 Tab 切到队列）。" }
    public var selectAgent: String { "请先选择一位坐席（按 Tab 切到坐席）。" }
    public var noContactToOpen: String { "这条投诉没有可查看的接待。" }

    public var setByRouting: String { "由自动分配设置（未接来电）" }
    public var consoleGone: String { "客户端未登出即关闭" }
    public func role(_ role: AgentRole) -> String {
        switch role {
        case .agent: "坐席"
        case .supervisor: "主管"
        case .trainee: "实习生"
        }
    }
}
