import Yams

/// A node of a YAML reference file with its position in the file: what every loader of a
/// reference file (catalogues, routing tables, calendars, clock settings, and the pipeline
/// definition in Pipeline) walks. It hides Yams, which only this module imports.
public struct ReferenceNode {
    let node: Yams.Node

    init(_ node: Yams.Node) {
        self.node = node
    }

    /// The node's 1-based line and column, when the parser recorded them.
    public var mark: (line: Int, column: Int)? {
        node.mark.map { ($0.line, $0.column) }
    }

    /// The node as a mapping, nil for a scalar or a sequence.
    public var mapping: Mapping? {
        node.mapping.map(Mapping.init)
    }

    /// The node as a scalar, nil for a mapping or a sequence.
    public var scalar: Scalar? {
        node.scalar.map(Scalar.init)
    }

    /// The items of a sequence, nil for a scalar or a mapping.
    public var sequence: [ReferenceNode]? {
        node.sequence.map { $0.map(ReferenceNode.init) }
    }

    /// A scalar's text and whether it was written plain (not quoted, not a block).
    public struct Scalar {
        let scalar: Yams.Node.Scalar

        /// The text as written, without quotes.
        public var string: String { scalar.string }

        /// True when written plain: only a plain `~` or `null` means null.
        public var isPlain: Bool { scalar.style == .plain }
    }

    /// The key-value pairs of a mapping, in file order.
    public struct Mapping: Sequence {
        let mapping: Yams.Node.Mapping

        /// The value of the key written `key`.
        public subscript(key: String) -> ReferenceNode? {
            mapping[key].map(ReferenceNode.init)
        }

        public func makeIterator() -> AnyIterator<(key: ReferenceNode, value: ReferenceNode)> {
            var pairs = mapping.makeIterator()
            return AnyIterator {
                pairs.next().map { (ReferenceNode($0.key), ReferenceNode($0.value)) }
            }
        }
    }
}
