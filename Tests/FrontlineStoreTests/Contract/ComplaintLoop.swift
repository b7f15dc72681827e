import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The complaint loop tests' helpers, shared by ComplaintLoopTests and ComplaintStatisticsTests.
extension StoreContractCase {
    /// A major delivery complaint filed by lin at t0 on a phone contact of 王芳. lin and park are
    /// on the roster, so either may own it.
    func fileMajorComplaint(_ database: any FrontlineStores) throws -> Complaint {
        for name in ["lin", "park"] where try database.agent(named: name) == nil {
            try database.addAgent(Agent(name: name, createdAt: t0))
        }
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        return try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                    severity: .major, account: "快递丢了", wants: "重新发货", promisedReplyAt: nil,
                                                    agent: "lin", receivedAt: t0))
    }

    /// Takes `steps` as lin (an agent), each one minute after the last, from minute `start`.
    @discardableResult
    func take(_ steps: [ComplaintStep], on id: Int64, in database: any FrontlineStores, by agent: String = "lin", role: AgentRole = .agent,
              from start: Int = 1) throws -> Complaint {
        var complaint: Complaint?
        for (index, step) in steps.enumerated() {
            complaint = try database.apply(step, to: id, by: agent, role: role, policy: policy, at: at(Double(60 * (start + index))))
        }
        return try XCTUnwrap(complaint)
    }
}
