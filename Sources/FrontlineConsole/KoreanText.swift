import FrontlineCore

/// The console in Korean.
public struct KoreanText: ConsoleText {
    public init() {}

    public var language: Language { .ko }

    public func short(_ action: Action) -> String {
        switch action {
        case .takeNext: "다음"
        case .takeOrOpen: "연결"
        case .reply: "답변"
        case .filterPhrases: "멘트"
        case .complaint: "불만"
        case .wrapUp: "종료"
        case .pauseOrResume: "일시정지"
        case .promise: "답변 약속"
        case .nextPane: "창 전환"
        case .help: "도움말"
        case .quit, .confirmQuit: "나가기"
        case .send: "보내기"
        case .stopReplying, .cancelPromise: "취소"
        case .confirmPromise: "확인"
        case .insertPhrase: "넣기"
        case .nextPhrase: "아래"
        case .previousPhrase: "위"
        case .switchPhraseLanguage: "언어"
        case .clearFilter, .closeHelp: "닫기"
        case .nextField: "다음 항목"
        case .changeChoice: "선택"
        case .submitComplaint: "접수"
        case .leaveForm: "나가기"
        case .keepWorking: "계속"
        case .scrollHelpDown: "스크롤"
        case .pickState: "상태"
        case .endWrapUp: "정리 끝"
        case .acceptOffer: "받기"
        case .declineOffer: "거절"
        case .becomeAvailable: "응대 가능"
        case .awayBreak: "휴식"
        case .awayLunch: "점심"
        case .awayTraining: "교육"
        case .awayCoaching: "코칭"
        case .awayTechnical: "기술 문제"
        case .awayPrivate: "개인 용무"
        case .logOut: "로그아웃"
        case .closeStatePicker, .dismissHandover: "닫기"
        case .saveHandover: "저장 후 로그아웃"
        case .cancelLogOut: "계속 근무"
        case .openComplaints: "불만 목록"
        case .nextComplaint: "아래"
        case .previousComplaint: "위"
        case .openComplaint: "열기"
        case .closeComplaints, .backToList, .leaveScript, .cancelPrompt: "돌아가기"
        case .judgeValid: "인정"
        case .judgeInvalid: "불인정"
        case .assignToMe: "배정"
        case .proposeSolution: "해결안"
        case .offerSolution: "제시"
        case .refuseSolution: "거절됨"
        case .acceptSolution: "수락됨"
        case .approveComplaint: "승인"
        case .implementComplaint: "해결"
        case .followUpCall: "재방문"
        case .archiveComplaint: "보관"
        case .confirmPrompt: "저장"
        case .answerSatisfied: "만족"
        case .answerNeutral: "보통"
        case .answerDissatisfied: "불만족"
        case .scrollComplaintDown, .scrollComplaintUp: ""
        case .editReply: "고치기"
        case .sendAnyway: "그대로 보내기"
        case .pickPhrase: "멘트 고르기"
        case .saveAsPhrase: "멘트로 저장"
        case .confirmFill: "다음"
        case .cancelFill: "취소"
        case .editParaphrase: "요약"
        case .editCause: "원인"
        case .editCompensation: "보상"
        case .editAboutAgent: "관련 상담원"
        case .previousPane, .moveDown, .moveUp, .moveCursor, .deleteText, .previousField, .scrollHelpUp: ""
        }
    }

    public func help(_ action: Action) -> String {
        switch action {
        case .takeNext: "가장 급한 다음 고객을 연결합니다"
        case .takeOrOpen: "선택한 고객을 연결합니다(이미 맡은 건이면 이어서 처리); 다른 창에서는 엽니다"
        case .reply: "진행 중인 채팅이나 메일에 답변합니다"
        case .filterPhrases: "입력하는 대로 멘트를 걸러 봅니다"
        case .complaint: "이 고객의 불만 접수서를 엽니다"
        case .wrapUp: "진행 중인 상담을 마칩니다"
        case .pauseOrResume: "정책이 허용하면 진행 중인 상담의 타이머를 멈추거나 다시 켭니다"
        case .promise: "답변 시간을 약속합니다. 그 시간에 콜백이 대기열에 올라옵니다"
        case .nextPane: "다음 창"
        case .previousPane: "이전 창"
        case .moveDown: "창 안에서 아래로"
        case .moveUp: "창 안에서 위로"
        case .help: "모든 키 보기"
        case .quit: "로그아웃하고 나가기: 인수인계 메모를 묻습니다(맡은 상담이 있으면 먼저 묻습니다)"
        case .send: "고객에게 답변을 보냅니다"
        case .stopReplying: "입력을 멈춥니다. 쓴 내용은 남아 있습니다"
        case .moveCursor: "커서를 옮기거나 처음, 끝으로 갑니다"
        case .deleteText: "커서 앞 단어 또는 커서 앞 내용 전체를 지웁니다"
        case .confirmPromise: "입력한 시간으로 약속합니다(비우면 반 근무일 뒤)"
        case .cancelPromise: "약속하지 않습니다"
        case .insertPhrase: "멘트를 답변 줄에 넣습니다(통화 중이면 읽을 수 있게 보여 줍니다)"
        case .nextPhrase: "다음 멘트"
        case .previousPhrase: "이전 멘트"
        case .switchPhraseLanguage: "멘트 언어 바꾸기(中文, 繁體, 한국어, EN)"
        case .clearFilter: "검색어를 지우고 돌아갑니다"
        case .nextField: "다음 항목"
        case .previousField: "이전 항목"
        case .changeChoice: "유형이나 심각도를 바꿉니다(유형은 1-7로도 선택)"
        case .submitComplaint: "불만을 접수합니다(마지막 항목에서 Enter도 됩니다)"
        case .leaveForm: "접수서에서 나갑니다. 입력한 내용은 그대로 남습니다"
        case .confirmQuit: "맡은 상담이 있어도 나갑니다"
        case .keepWorking: "계속 일합니다"
        case .scrollHelpDown: "도움말을 아래로 스크롤"
        case .scrollHelpUp: "도움말을 위로 스크롤"
        case .pickState: "상태 바꾸기: 대기, 사유가 있는 자리 비움, 로그아웃"
        case .endWrapUp: "정리를 지금 끝내고 응대 가능 상태로"
        case .acceptOffer: "울리는 전화를 받습니다"
        case .declineOffer: "울리는 전화를 거절합니다. 다음 상담원에게 갑니다"
        case .becomeAvailable: "응대 가능: 상담을 배정받을 수 있습니다"
        case .awayBreak: "자리 비움: 휴식"
        case .awayLunch: "자리 비움: 점심"
        case .awayTraining: "자리 비움: 교육"
        case .awayCoaching: "자리 비움: 코칭"
        case .awayTechnical: "자리 비움: 기술 문제"
        case .awayPrivate: "자리 비움: 개인 용무(제한 3분이 지나면 경고)"
        case .logOut: "로그아웃: 인수인계 메모를 쓰고 나갑니다"
        case .closeStatePicker: "지금 상태를 유지합니다"
        case .dismissHandover: "인수인계 메모 닫기"
        case .saveHandover: "인수인계 메모를 저장하고 로그아웃합니다"
        case .cancelLogOut: "로그아웃하지 않고 계속 근무합니다"
        case .openComplaints: "내가 맡은 처리 중인 불만을 다음 시한 순으로 봅니다"
        case .nextComplaint: "다음 불만"
        case .previousComplaint: "이전 불만"
        case .openComplaint: "불만을 엽니다: 이력과 다음 단계"
        case .closeComplaints: "상담 화면으로 돌아갑니다"
        case .judgeValid: "불만을 인정합니다"
        case .judgeInvalid: "불인정하고 고객에게 한 설명을 남깁니다(바로 종결)"
        case .assignToMe: "부서에 배정하고 내가 담당합니다"
        case .proposeSolution: "해결안 후보를 기록합니다"
        case .offerSolution: "다음 해결안을 고객에게 제시합니다"
        case .refuseSolution: "고객이 제시한 해결안을 거절했습니다"
        case .acceptSolution: "고객이 제시한 해결안을 수락했습니다"
        case .approveComplaint: "해결안을 승인합니다(책임자; 중대 불만은 필수)"
        case .implementComplaint: "해결안을 이행했고 고객이 받아들였습니다. 3일 뒤 재방문 전화가 올라옵니다"
        case .followUpCall: "재방문 전화 대본을 따라가며 고객 만족도를 기록합니다"
        case .archiveComplaint: "보관합니다(재방문 뒤)"
        case .scrollComplaintDown: "아래로 스크롤"
        case .scrollComplaintUp: "위로 스크롤"
        case .backToList: "목록으로 돌아갑니다"
        case .confirmPrompt: "입력한 내용을 저장하고 단계를 진행합니다"
        case .cancelPrompt: "진행하지 않습니다"
        case .answerSatisfied: "고객이 만족합니다: 제안을 여쭙니다"
        case .answerNeutral: "고객이 보통이라고 합니다: 개선할 점을 여쭙니다"
        case .answerDissatisfied: "고객이 불만족합니다: 무엇이 문제였는지 여쭙니다"
        case .leaveScript: "대본에서 나갑니다. 아무것도 기록하지 않습니다"
        case .editReply: "돌아가서 답변을 고칩니다"
        case .sendAnyway: "쓴 그대로 보냅니다. 내 이름으로 기록됩니다"
        case .pickPhrase: "/ 와 글자를 치면 멘트 목록이 열립니다. ↑/↓ 선택, Enter 는 커서 자리에 넣기, Esc 는 닫기"
        case .saveAsPhrase: "이 답변을 내 멘트로 저장합니다(이름은 자리표시자로 바뀝니다)"
        case .confirmFill: "입력한 값을 씁니다. 마지막 값을 넣으면 멘트가 들어갑니다"
        case .cancelFill: "넣지 않습니다"
        case .editParaphrase: "고객과 확인한 불만 요약을 적습니다"
        case .editCause: "원인을 적습니다"
        case .editCompensation: "드린 보상을 적습니다"
        case .editAboutAgent: "불만이 향한 상담원을 적습니다(비우면 없음)"
        case .closeHelp: "도움말 닫기"
        }
    }

    public func sectionTitle(_ mode: InputMode) -> String {
        switch mode {
        case .normal: "상담 화면"
        case .replying: "답변 줄"
        case .promising: "답변 약속 시간"
        case .filteringPhrases: "멘트 찾기"
        case .editingComplaint: "불만 접수서"
        case .complaintList: "불만 목록"
        case .complaintDetail: "불만 상세"
        case .complaintPrompt: "불만 처리"
        case .followUpScript: "재방문 전화"
        case .wordingWarning: "금지 표현 확인"
        case .fillingPhrase: "멘트 채우기"
        case .confirmingQuit: "나가기"
        case .help: "도움말"
        case .readingHandover: "인수인계 메모"
        case .pickingState: "내 상태"
        case .writingHandover: "로그아웃"
        }
    }

    public var helpTitle: String { "키 · j/k 스크롤 · Esc 닫기" }

    public func paneTitle(_ pane: Pane) -> String {
        switch pane {
        case .queue: "대기열"
        case .customer: "고객 정보"
        case .phrases: "응대 멘트"
        case .complaint: "불만 접수"
        }
    }

    public func channelLabel(_ channel: Channel) -> String {
        switch channel {
        case .phone: "전화"
        case .chat: "채팅"
        case .email: "메일"
        case .callback: "콜백"
        }
    }

    public func waitingCount(_ count: Int) -> String { "\(count)명 대기" }
    public var queueColumns: (channel: String, customer: String, waited: String, left: String) { ("채널", "고객", "대기", "남음") }
    public var noOneWaiting: String { "기다리는 고객이 없습니다." }
    public var activeLabel: String { "상담 중" }
    public var selectContact: String { "고객을 선택하거나 연결하면 정보가 보입니다." }
    public var member: String { "★ 회원" }
    public var notePrefix: String { "메모: " }
    public var transcript: String { "대화 내용" }
    public var noMessages: String { "(아직 메시지가 없습니다)" }
    public var openComplaints: String { "처리 중인 불만" }
    public var orders: String { "주문" }
    public var noOrders: String { "(없음)" }
    public var recentContacts: String { "최근 상담" }
    public var firstContact: String { "(첫 상담)" }
    public var typeToFilter: String { "/ 를 눌러 찾기" }
    public var noPhraseMatches: String { "맞는 멘트가 없습니다." }

    public func phraseCategory(_ category: PhraseCategory) -> String {
        switch category {
        case .greeting: "인사"
        case .angryOpening: "화난 고객 응대"
        case .request: "요청과 협의"
        case .acknowledgement: "맞장구"
        case .apology: "사과"
        case .explanation: "안내와 설명"
        case .deferredAnswer: "답변 약속"
        case .thanks: "감사"
        case .hold: "대기와 연결"
        case .closing: "마무리"
        case .followUp: "재방문 전화"
        case .farewell: "작별 인사"
        case .personal: "내 멘트"
        }
    }

    public func complaintField(_ field: ComplaintField) -> String {
        switch field {
        case .category: "유형"
        case .severity: "심각도"
        case .account: "고객 진술"
        case .wants: "고객 요구"
        case .promisedReply: "답변 시한"
        }
    }

    public func complaintCategory(_ category: ComplaintCategory) -> String {
        switch category {
        case .productQuality: "상품 품질"
        case .price: "가격"
        case .promiseNotKept: "서비스 약속 불이행"
        case .payment: "결제"
        case .delivery: "배송·수령"
        case .serviceOrAgent: "서비스 절차·상담원"
        case .other: "기타"
        }
    }

    public func severity(_ severity: ComplaintSeverity) -> String {
        switch severity {
        case .minor: "일반"
        case .major: "중대"
        }
    }

    public func complaintState(_ state: ComplaintState) -> String {
        switch state {
        case .received: "접수됨"
        case .judged: "판정됨"
        case .assigned: "배정됨"
        case .solutionProposed: "해결안 제시"
        case .approved: "승인됨"
        case .implemented: "해결됨"
        case .followedUp: "재방문 완료"
        case .archived: "보관됨"
        case .rejected: "불인정"
        }
    }

    public var chooseCategory: String { "선택: 스페이스 또는 1-7" }
    public var promisedTimeHint: String { "HH:MM, +2h, YYYY-MM-DD HH:MM" }
    public var readyToSubmit: String { "접수할 수 있습니다." }
    public func stillNeeded(_ fields: [String]) -> String { "아직 필요한 항목: " + fields.joined(separator: ", ") }
    public func customerNumber(_ id: Int64) -> String { "고객 \(id)" }

    public var trainingBanner: String { "교육 모드" }
    public func headerWaiting(_ count: Int) -> String { "대기 \(count)" }
    public func headerAtRisk(_ count: Int) -> String { "\(count) 임박" }
    public func headerBreached(_ count: Int) -> String { "\(count) 초과" }
    public var replyLabel: String { "답변" }
    public var replyPlaceholder: String { "r 을 눌러 채팅에 답변" }
    public var promiseLabel: String { "답변 시한(HH:MM 또는 +2h; 그냥 Enter: 반 근무일 뒤)" }

    public func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> [String] {
        ["터미널 창이 너무 작습니다: \(width)x\(height).", "Frontline 은 \(minimumWidth)x\(minimumHeight) 이상이 필요합니다.",
         "창을 키우거나 q 를 눌러 나가세요."]
    }

    public var complaintsTitle: String { "내가 맡은 처리 중인 불만" }
    public var noOpenComplaints: String { "처리 중인 불만이 없습니다. 접수하거나 맡은 불만이 여기 나타납니다." }
    public func complaintHeading(_ id: Int64, _ customer: String) -> String { "불만 \(id) · \(customer)" }
    public func detailLabel(_ label: ComplaintDetailLabel) -> String {
        switch label {
        case .received: "접수 시각"
        case .due: "시한"
        case .overdue: "시한 초과"
        case .owner: "담당자"
        case .department: "부서"
        case .channel: "채널"
        case .paraphrase: "상담원 요약"
        case .cause: "원인"
        case .compensation: "보상"
        case .aboutAgent: "관련 상담원"
        case .explanation: "설명"
        case .solutions: "해결안"
        case .followUps: "재방문"
        case .history: "처리 이력"
        case .raisedToSupervisor: "중대 불만: 책임자에게 보고됨"
        case .none: "(없음)"
        }
    }
    public func solutionStatus(_ status: ComplaintSolution.Status) -> String {
        switch status {
        case .proposed: "후보"
        case .offered: "제시됨"
        case .refused: "거절됨"
        case .accepted: "수락됨"
        }
    }
    public func satisfaction(_ satisfaction: ComplaintFollowUp.Satisfaction) -> String {
        switch satisfaction {
        case .satisfied: "만족"
        case .neutral: "보통"
        case .dissatisfied: "불만족"
        }
    }
    public func promptLabel(_ purpose: ComplaintPromptPurpose) -> String {
        switch purpose {
        case .rejectionExplanation: "고객에게 한 설명"
        case .department: "부서"
        case .solution: "해결안"
        case .paraphrase: "요약(고객과 확인함)"
        case .cause: "원인"
        case .compensation: "보상"
        case .aboutAgent: "어느 상담원의 서비스에 대한 불만인지(비우면 없음)"
        case .followUpNote(let answer): "메모(\(satisfaction(answer)); 비워도 됩니다)"
        }
    }
    public var followUpTitle: String { "재방문 전화" }
    public var followUpSteps: [String] { ["1. 인사하고 소개하기", "2. 만족하셨는지 여쭙기", "3. 고객 답변: 1 만족, 2 보통, 3 불만족", "4. 마무리"] }
    public func complaintNowIn(_ id: Int64, _ state: String) -> String { "불만 \(id): \(state)." }
    public var noSolutionToOffer: String { "제시할 해결안이 없습니다: s 로 해결안을 기록하세요." }
    public var noSolutionOffered: String { "제시 중인 해결안이 없습니다: o 로 제시하세요." }

    public var wordingTitle: String { "금지된 표현 · e 고치기 · y 그대로 보내기(기록됨)" }
    public func wordingHit(_ words: String, _ suggestion: String) -> String { "“\(words)” — 대신: \(suggestion)" }

    public func phraseSaved(_ code: String) -> String { "내 멘트 \(code)(으)로 저장했습니다." }
    public func fillLabel(_ placeholder: String) -> String {
        placeholder == "promised_time" ? "답변 시한(예: 오늘 15:00)" : placeholder.hasPrefix("?") ? String(placeholder.dropFirst()) : placeholder
    }

    public var queueEmpty: String { "기다리는 고객이 없습니다." }
    public func took(_ channel: Channel, _ id: Int64) -> String {
        "\(channelLabel(channel)) \(id) 연결: " + (channel.isWritten ? "r 로 답변, / 로 멘트." : "먼저 인사하세요. / 로 멘트.")
    }
    public var sent: String { "보냈습니다." }
    public func wrappedUp(_ id: Int64) -> String { "상담 \(id)을(를) 마쳤습니다." }
    public var timerRunning: String { "타이머가 다시 갑니다." }
    public func timerPaused(_ reason: String) -> String { "타이머 일시정지: \(reason)." }
    public func promised(_ time: String) -> String { "\(time)까지 답변하기로 약속했습니다. 그때 콜백이 올라옵니다." }
    public func complaintFiled(_ id: Int64) -> String { "불만 \(id)을(를) 접수했습니다." }
    public var nothingToWrapUp: String { "마칠 상담이 없습니다: n 으로 연결하세요." }
    public var noActiveContact: String { "진행 중인 상담이 없습니다: n 으로 연결하세요." }
    public var nothingToPromise: String { "답변을 약속할 상담이 없습니다: n 으로 연결하세요." }
    public func quitWhileHolding(_ held: Int) -> String { "맡은 상담이 \(held)건 있습니다. 그래도 나갈까요? y/n" }
    public func workingOn(_ id: Int64) -> String { "상담 \(id) 처리 중." }
    public func heldBy(_ id: Int64, _ agent: String?) -> String { "상담 \(id)은(는) \(agent ?? "다른 상담원")이(가) 맡고 있습니다." }
    public var nothingToReply: String { "답변할 상담이 없습니다: 먼저 채팅이나 메일을 연결하세요(n)." }
    public var noLongerYours: String { "이 상담은 더 이상 맡고 있지 않습니다." }
    public var emptyReply: String { "답변 내용이 비어 있습니다." }
    public func fillIn(_ placeholder: String) -> String { "보내기 전에 {{\(placeholder)}}을(를) 채우세요." }
    public var noPhraseForFilter: String { "검색어에 맞는 멘트가 없습니다." }
    public func sayAloud(_ text: String) -> String { "말씀하세요: " + text }
    public func notATime(_ text: String) -> String { "\"\(text)\"은(는) 시간이 아닙니다: HH:MM, YYYY-MM-DD HH:MM, +2h, +30m 중 하나로 쓰세요." }
    public func takenByAnother(_ id: Int64) -> String { "상담 \(id)은(는) 방금 다른 상담원이 연결했습니다." }
    public func draftProblem(_ error: ComplaintDraftError) -> String {
        switch error {
        case .noCustomer: "먼저 고객을 연결하거나 선택하세요: 불만은 고객에게 속합니다."
        case .missing(let field): "'\(complaintField(field))' 항목을 채우세요."
        case .badPromisedTime(let text): notATime(text)
        }
    }

    public func presence(_ presence: AgentPresence, busy: Bool) -> String {
        if busy { return "상담 중" }
        switch presence {
        case .offline: return "오프라인"
        case .available: return "응대 가능"
        case .wrapUp: return "정리"
        case .away: return "자리 비움"
        }
    }

    public func awayReason(_ reason: AwayReason) -> String {
        switch reason {
        case .break: "휴식"
        case .lunch: "점심"
        case .training: "교육"
        case .coaching: "코칭"
        case .technical: "기술 문제"
        case .private: "개인 용무"
        case .missedOffer: "놓친 전화"
        }
    }

    public func overLimit(_ limit: String) -> String { "\(limit) 초과!" }
    public func nowIn(_ state: String) -> String { "현재 상태: \(state)." }
    public var missedOffer: String { "전화를 놓쳐 자리 비움으로 바뀌었습니다. s, a를 누르면 응대 가능 상태가 됩니다." }
    public var offerGone: String { "그 전화는 더 이상 울리지 않습니다." }
    public var nothingRinging: String { "울리는 전화가 없습니다." }
    public var notInWrapUp: String { "정리 중이 아닙니다." }
    public var stillLoggedIn: String { "로그인 상태를 유지합니다." }
    public var statePickerTitle: String { "내 상태" }
    public func offerTitle(_ channel: Channel) -> String { channel == .callback ? "콜백 시간" : "전화 수신" }
    public func offerCountdown(_ seconds: Int) -> String { "\(seconds)초 안에 받으세요" }
    public func handoverTitle(_ agent: String, _ time: String) -> String { "\(agent)의 인수인계, \(time)" }
    public var noHandoverNote: String { "(메모 없음)" }
    public var openItemsTitle: String { "미결 업무" }
    public var noOpenItems: String { "미결 업무가 없습니다." }
    public func openItemKind(_ kind: OpenItem.Kind) -> String {
        switch kind {
        case .contact: "상담"
        case .complaint: "불만"
        case .callback: "콜백"
        }
    }
    public var handoverLabel: String { "인수인계 메모" }

    public func contactState(_ state: ContactState) -> String {
        switch state {
        case .waiting: "대기 중"
        case .active: "상담 중"
        case .ended: "종료"
        case .abandoned: "포기"
        }
    }
    public func assignedToYou(_ channel: Channel, _ customer: String, _ id: Int64) -> String {
        "배정됨: \(channelLabel(channel)) \(id), \(customer). " + (channel.isWritten ? "r 로 답변." : "먼저 인사하세요.")
    }
    public func assignedToYou(count: Int) -> String { "상담 \(count)건이 배정되었습니다." }
}
