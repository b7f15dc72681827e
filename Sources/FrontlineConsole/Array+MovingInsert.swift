extension Array {
    /// Puts `added[j]` at index `positions[j]` of the result (ascending, counted in the result),
    /// the elements held keeping their order. Those held are moved (swapped), never copied: on a
    /// queue of thousands, copying each entry (a contact with its strings) was a read's whole cost.
    mutating func insert(_ added: [Element], atResultPositions positions: [Int]) {
        precondition(added.count == positions.count, "one position per element added")
        guard !added.isEmpty else { return }
        var source = count - 1
        append(contentsOf: added)   // room at the end; every slot of it is filled again below
        var target = count - 1
        for j in added.indices.reversed() {
            while target > positions[j] {
                swapAt(target, source)
                source -= 1
                target -= 1
            }
            self[target] = added[j]
            target -= 1
        }
    }
}
