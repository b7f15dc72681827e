import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

extension StoreContractCase {
    /// Takes complaint `id` to resolved, all by "lin": judged valid, assigned to `department`,
    /// a solution proposed a minute apart from `receivedAt`; offered, accepted and implemented
    /// in the two minutes up to `implementedAt`, which is when its follow-up starts.
    func resolveComplaint(_ id: Int64, in database: any FrontlineStores, department: String, solution: String, policy: SLAPolicy,
                          receivedAt: Date, implementedAt: Date) throws {
        for (minute, step) in [ComplaintStep.judge(valid: true, explanation: nil), .assign(department: department, owner: "lin"),
                               .proposeSolution(solution)].enumerated() {
            _ = try database.apply(step, to: id, by: "lin", role: .agent, policy: policy, at: receivedAt.addingTimeInterval(Double(60 * (minute + 1))))
        }
        let proposed = try XCTUnwrap(try database.solutions(complaintId: id).first?.id)
        for (minutesBefore, step) in [(2.0, ComplaintStep.offer(solutionId: proposed)), (1, .accept(solutionId: proposed)), (0, .implement)] {
            _ = try database.apply(step, to: id, by: "lin", role: .agent, policy: policy, at: implementedAt.addingTimeInterval(-60 * minutesBefore))
        }
    }
}
