/// Whether this database was made for trainee mode (every screen then says TRAINING).
public protocol TrainingMark: Sendable {
    func isTrainingDatabase() throws -> Bool
}
