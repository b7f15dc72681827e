import ArgumentParser
import FrontlineCore

// The values the complaint and agent commands take by their raw names.
extension ComplaintState: ExpressibleByArgument {}
extension ComplaintCategory: ExpressibleByArgument {}
extension ComplaintSeverity: ExpressibleByArgument {}
extension ComplaintFollowUp.Satisfaction: ExpressibleByArgument {}
extension AgentRole: ExpressibleByArgument {}
