extension Array {
    /// Removes the elements at `gone`, then puts `added[j]` at index `positions[j]` of the result
    /// (ascending, counted in the result); the others keep their order. Elements kept are moved
    /// through the buffer, never copied: on a queue of thousands, copying each entry (a contact
    /// with its strings, a retain and release per string) was a read's whole cost, and
    /// `MutableCollection.swapAt` and `removeSubranges` copy.
    mutating func replace(removing gone: RangeSet<Int>, inserting added: [Element], atResultPositions positions: [Int]) {
        precondition(added.count == positions.count, "one position per element added")
        if !gone.isEmpty {
            let kept = withUnsafeMutableBufferPointer { buffer in
                var write = 0
                for read in buffer.indices where !gone.contains(read) {
                    buffer.swapAt(write, read)   // a move: the buffer's own swap
                    write += 1
                }
                return write
            }
            removeLast(count - kept)
        }
        guard !added.isEmpty else { return }
        var source = count - 1
        append(contentsOf: added)   // room at the end; every slot of it is filled again below
        withUnsafeMutableBufferPointer { buffer in
            var target = buffer.count - 1
            for j in added.indices.reversed() {
                while target > positions[j] {
                    buffer.swapAt(target, source)
                    source -= 1
                    target -= 1
                }
                buffer[target] = added[j]
                target -= 1
            }
        }
    }
}
