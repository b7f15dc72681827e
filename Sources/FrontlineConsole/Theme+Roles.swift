import FrontlineCore
import FrontlineScreen

extension SLAState {
    /// The colour a countdown takes in this state.
    var role: ThemeRole {
        switch self {
        case .ok: .slaOk
        case .warning: .slaWarning
        case .breached: .slaBreached
        }
    }
}
