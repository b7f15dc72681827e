import FrontlineScreen

/// ` TRAINING ` in its own colour, first on the top line of every screen of a training database.
enum TrainingBanner {
    /// Draws it at (x, y); returns the columns it took.
    @discardableResult
    static func render(_ text: any ConsoleText, into buffer: inout ScreenBuffer, x: Int, y: Int) -> Int {
        buffer.write(" \(text.trainingBanner) ", x: x, y: y, role: .training)
    }
}
