import FrontlineCore

/// The words of a report's text, in the console's three languages: what `frontline report`
/// prints (`--lang`) and what the wallboard's reports view shows.
public struct ReportLabels: Sendable {
    public var title: [ReportPeriod: String]
    public var team: String
    public var channels: String
    public var agents: String
    public var hours: String
    public var codes: String
    public var complaints: String
    public var followUps: String
    public var none: String
    /// Column heads of the channel table.
    public var channelColumns: [String]
    /// Column heads of the agent tables.
    public var agentColumns: [String]
    public var agentTimeColumns: [String]
    public var agentWorkColumns: [String]
    public var hourColumns: [String]
    public var complaintColumns: [String]
    public var followUpColumns: [String]
    public var allChannels: String

    public static func of(_ language: ConsoleLanguage) -> ReportLabels {
        switch language {
        case .en: english
        case .zhHans: chinese
        case .ko: korean
        }
    }

    public static let english = ReportLabels(
        title: [.daily: "Daily report", .weekly: "Weekly report", .monthly: "Monthly report", .custom: "Report"],
        team: "Team", channels: "Queues by channel", agents: "Agents", hours: "Queue and SL by hour",
        codes: "Contacts by wrap-up code", complaints: "Complaints by category, severity and state",
        followUps: "Follow-up coverage (policy: 100%)", none: "none",
        channelColumns: ["channel", "offered", "answered", "abandoned", "short", "SL", "SL2", "ASA", "AHT", "repeat 7d"],
        agentColumns: ["agent", "phone", "chat", "email", "callback", "AHT", "AHT p90", "FRT med", "FRT p90", "NRT med", "NRT p90"],
        agentTimeColumns: ["agent", "available", "busy", "wrap-up", "away", "breaches", "transfers", "hand-offs", "wording"],
        agentWorkColumns: ["agent", "complaints filed", "owned", "follow-ups done/due", "QA", "CSAT"],
        hourColumns: ["hour", "offered", "SL"],
        complaintColumns: ["category", "severity", "state", "count"],
        followUpColumns: ["rule", "due", "done", "coverage"],
        allChannels: "all")

    public static let chinese = ReportLabels(
        title: [.daily: "日报", .weekly: "周报", .monthly: "月报", .custom: "报表"],
        team: "团队", channels: "各渠道队列", agents: "坐席", hours: "每小时队列与服务水平",
        codes: "按小结代码统计", complaints: "投诉分类（类别、级别、状态）",
        followUps: "回访覆盖率（规定：100%）", none: "无",
        channelColumns: ["渠道", "进线", "接通", "放弃", "短放弃", "SL", "SL2", "平均应答", "平均处理", "7天重复"],
        agentColumns: ["坐席", "电话", "在线", "邮件", "回呼", "平均处理", "处理p90", "首次回复中位", "首次回复p90", "后续回复中位", "后续回复p90"],
        agentTimeColumns: ["坐席", "空闲", "忙碌", "小结", "离开", "超时", "转接", "转交", "违规用语"],
        agentWorkColumns: ["坐席", "登记投诉", "负责投诉", "回访完成/应做", "质检", "满意度"],
        hourColumns: ["时", "进线", "SL"],
        complaintColumns: ["类别", "级别", "状态", "数量"],
        followUpColumns: ["规则", "应做", "完成", "覆盖率"],
        allChannels: "全部")

    public static let korean = ReportLabels(
        title: [.daily: "일간 보고서", .weekly: "주간 보고서", .monthly: "월간 보고서", .custom: "보고서"],
        team: "팀", channels: "채널별 대기열", agents: "상담원", hours: "시간대별 대기열과 서비스 레벨",
        codes: "마무리 코드별 문의", complaints: "불만 분류 (유형, 심각도, 상태)",
        followUps: "사후 연락 이행률 (정책: 100%)", none: "없음",
        channelColumns: ["채널", "인입", "응대", "포기", "짧은 포기", "SL", "SL2", "평균 응답", "평균 처리", "7일 재문의"],
        agentColumns: ["상담원", "전화", "채팅", "이메일", "콜백", "평균 처리", "처리 p90", "첫 응답 중앙", "첫 응답 p90", "다음 응답 중앙", "다음 응답 p90"],
        agentTimeColumns: ["상담원", "대기", "통화 중", "마무리", "자리 비움", "위반", "이관", "부서 전달", "금지어"],
        agentWorkColumns: ["상담원", "접수 불만", "담당 불만", "사후 연락 완료/예정", "품질", "만족도"],
        hourColumns: ["시", "인입", "SL"],
        complaintColumns: ["유형", "심각도", "상태", "건수"],
        followUpColumns: ["규칙", "예정", "완료", "이행률"],
        allChannels: "전체")
}
