import FrontlineCore

/// 실시간 현황판 (한국어).
public struct KoreanWallboardText: WallboardText {
    public init() {}

    public var console: any ConsoleText { KoreanText() }

    public func short(_ action: WallboardAction) -> String {
        switch action {
        case .nextSection, .previousSection: "영역"
        case .moveDown, .pickDown, .scrollDown: "아래"
        case .moveUp, .pickUp, .scrollUp: "위"
        case .open: "보기"
        case .reassign: "재배정"
        case .setAway: "자리 비움"
        case .logOut: "오프라인"
        case .endWrapUp: "정리 끝"
        case .toggleLarge: "큰 글씨"
        case .help: "도움말"
        case .quit: "나가기"
        case .pick: "선택"
        case .cancel: "취소"
        case .close: "닫기"
        }
    }

    public func help(_ action: WallboardAction) -> String {
        switch action {
        case .nextSection: "다음 영역: 대기열, 상담원, 포기 전화, 불만"
        case .previousSection: "이전 영역"
        case .moveDown: "다음 줄 선택"
        case .moveUp: "이전 줄 선택"
        case .open: "선택한 상담(고객 정보와 대화 기록) 또는 상담원(오늘의 상태 기록, 맡은 상담)을 읽기 전용으로 보기"
        case .reassign: "선택한 상담을 고른 상담원에게 재배정"
        case .setAway: "선택한 상담원을 사유와 함께 자리 비움으로 설정"
        case .logOut: "선택한 상담원을 오프라인으로 설정"
        case .endWrapUp: "선택한 상담원의 후처리 끝내기"
        case .toggleLarge: "전체 현황판과 벽면용 큰 글씨 전환"
        case .help: "모든 키 보기"
        case .quit: "현황판 나가기"
        case .pick: "강조된 줄 선택"
        case .pickDown: "다음 줄 강조"
        case .pickUp: "이전 줄 강조"
        case .cancel: "바꾸지 않고 목록 닫기"
        case .scrollDown: "아래로 스크롤"
        case .scrollUp: "위로 스크롤"
        case .close: "현황판으로 돌아가기"
        }
    }

    public var boardKeys: String { "실시간 현황판" }
    public var pickingKeys: String { "상담원 또는 사유 고르기" }
    public var detailKeys: String { "상담 또는 상담원 보기" }

    public var title: String { "실시간 현황판" }
    public func serviceLevelToday(_ percent: String) -> String { "오늘 서비스 수준 \(percent)" }
    public func waitingNow(_ count: Int) -> String { "대기 \(count)" }
    public var channelColumns: [String] { ["채널", "대기", "최장 대기", "응답", "포기", "SL", "평균 대기", "평균 처리"] }
    public var atRisk: String { "임박" }
    public var breached: String { "초과" }
    public var awayTooLong: String { "자리 비움 초과" }
    public var noAlerts: String { "경고 없음: 모든 타이머가 기한 안이고 오래 자리를 비운 사람이 없습니다." }
    public var queueTitle: String { "대기열" }
    public var queueColumns: [String] { ["채널", "고객", "대기", "남음", "상담원"] }
    public var nobodyWaiting: String { "대기 중인 고객이 없습니다." }
    public var agentsTitle: String { "상담원" }
    public var agentColumns: [String] { ["상담원", "상태", "사유", "경과", "현재 상담", "처리", "초과"] }
    public var noAgents: String { "상담원이 없습니다: frontline agents add 이름" }

    public func state(_ state: AgentState) -> String {
        switch state {
        case .offline: "오프라인"
        case .available: "대기 가능"
        case .busy: "상담중"
        case .wrapUp: "후처리"
        case .away: "자리 비움"
        }
    }

    public var abandonedTitle: String { "포기한 전화" }
    public var noAbandoned: String { "오늘 포기한 전화가 없습니다." }
    public var complaintsTitle: String { "중대 또는 기한 초과 불만" }
    public var noComplaints: String { "없음." }
    public var overdue: String { "기한 초과" }
    public var chartTitle: String { "오늘" }
    public func chartQueue(peak: Int) -> String { "대기열 (최대 \(peak))" }
    public var chartServiceLevel: String { "SL" }
    public var waitingLabel: String { "대기" }
    public var longestLabel: String { "최장" }

    public func reassignTitle(_ id: Int64) -> String { "상담 \(id) 재배정 대상" }
    public func awayTitle(_ agent: String) -> String { "\(agent) 자리 비움 사유" }
    public var nobodyLoggedIn: String { "받을 수 있는 로그인한 상담원이 없습니다." }
    public func contactTitle(_ id: Int64, _ customer: String) -> String { "상담 \(id) · \(customer) · 읽기 전용" }
    public func agentTitle(_ agent: String) -> String { "\(agent) · 읽기 전용" }
    public var heldContacts: String { "맡은 상담" }
    public var stateLogToday: String { "오늘의 상태" }
    public var none: String { "없음" }
    public func setBy(_ agent: String) -> String { "설정: \(agent)" }

    public func reassigned(_ id: Int64, _ agent: String) -> String { "상담 \(id) 을(를) \(agent) 에게 재배정했습니다." }
    public func wentAway(_ agent: String, _ reason: String) -> String { "\(agent): 자리 비움 (\(reason))." }
    public func loggedOut(_ agent: String) -> String { "\(agent): 오프라인." }
    public func wrapUpEnded(_ agent: String) -> String { "\(agent) 의 후처리가 끝났습니다." }
    public var selectContact: String { "먼저 대기열에서 상담을 선택하세요 (Tab 으로 대기열)." }
    public var selectAgent: String { "먼저 상담원을 선택하세요 (Tab 으로 상담원)." }
    public var noContactToOpen: String { "이 불만에는 열어 볼 상담이 없습니다." }

    public var setByRouting: String { "자동 배정이 변경 (전화 놓침)" }
    public var consoleGone: String { "로그아웃 없이 콘솔 종료" }
    public func role(_ role: AgentRole) -> String {
        switch role {
        case .agent: "상담원"
        case .supervisor: "관리자"
        case .trainee: "수습 상담원"
        }
    }
}
