extension MatchText {
    /// What NFKC and case folding make of each single-scalar character of the European
    /// scripts and the symbol blocks (`°`, `³`, `℃`, `μ`, `é`, `ß`, `±`, `₂`, `①`), worked out
    /// once with the character-by-character path (`appendFolded`) and looked up by
    /// `MatchText.init` afterwards.
    ///
    /// That path folds a character by itself, whatever stands beside it, so its result for a
    /// character that is one scalar is a fixed value; the byte loop only takes the table when
    /// the next scalar has a fast fold too, that is, when no combining mark follows that would
    /// make the two one character. A scalar is in the table when it is a starter (canonical
    /// combining class 0) of a letter, number, symbol, punctuation or space category (never
    /// a mark, a control or a format character, so it never joins the character before it),
    /// and its fold is either one separator (`-`, a dash, a space) or bytes without a
    /// separator, the same whether a space came before or not. Anything else stays on the
    /// character path. Folding through Foundation cost about 1.4 µs a character, a tenth of
    /// `reclassify --full` on texts with units and formulae. `MatchTextReferenceTests` checks
    /// every scalar of the table, alone and beside combining marks, jamo and kana voicing
    /// marks, against the reference implementation.
    struct ScalarFolds: Sendable {
        /// The scalars the table covers.
        static let range: ClosedRange<UInt32> = 0x80...0x24FF

        /// The blocks whose scalars may be in it.
        static let blocks: [ClosedRange<UInt32>] = [
            0x00A0...0x024F,  // Latin-1 Supplement, Latin Extended-A and -B
            0x0370...0x03FF,  // Greek and Coptic
            0x0400...0x04FF,  // Cyrillic
            0x1E00...0x1EFF,  // Latin Extended Additional
            0x2000...0x22FF,  // punctuation, super- and subscripts, currency, letterlike, number forms, arrows, mathematical operators
            0x2460...0x24FF,  // enclosed alphanumerics
        ]

        static let shared = ScalarFolds()

        /// Per scalar of `range`: 0 when it has no entry, `separator`, or the offset of its
        /// bytes in `bytes` shifted left by 8 and their count.
        private let slots: [UInt32]
        private let bytes: [UInt8]
        private static let separator = UInt32.max

        private init() {
            var slots = [UInt32](repeating: 0, count: Int(Self.range.count))
            var bytes: [UInt8] = []
            for block in Self.blocks {
                for value in block {
                    guard let scalar = Unicode.Scalar(value), Self.mayStandAlone(scalar) else { continue }
                    let character = Character(scalar)
                    let slot = Int(value - Self.range.lowerBound)
                    if MatchText.isSeparator(character) {
                        slots[slot] = Self.separator
                        continue
                    }
                    var afterWord: [UInt8] = []
                    var afterSpace: [UInt8] = []
                    var spaceAfterWord = false
                    var spaceAfterSpace = true
                    MatchText.appendFolded(character, to: &afterWord, lastWasSpace: &spaceAfterWord)
                    MatchText.appendFolded(character, to: &afterSpace, lastWasSpace: &spaceAfterSpace)
                    guard !afterWord.isEmpty, afterWord.count < 256, afterWord == afterSpace, !spaceAfterWord, !spaceAfterSpace,
                        !afterWord.contains(0x20)
                    else { continue }
                    slots[slot] = UInt32(bytes.count) << 8 | UInt32(afterWord.count)
                    bytes.append(contentsOf: afterWord)
                }
            }
            self.slots = slots
            self.bytes = bytes
        }

        /// A starter of a category that neither joins the character before it nor is
        /// dropped: letters, numbers, symbols, punctuation, spaces.
        static func mayStandAlone(_ scalar: Unicode.Scalar) -> Bool {
            let properties = scalar.properties
            guard properties.canonicalCombiningClass == .notReordered, !properties.isGraphemeExtend else { return false }
            switch properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
                .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator:
                return true
            default:
                return false
            }
        }

        /// The fast fold of a scalar of `range`, or nil when it has none.
        @inline(__always)
        func fold(of value: UInt32) -> FastFold? {
            let slot = slots[Int(value - Self.range.lowerBound)]
            switch slot {
            case 0: return nil
            case Self.separator: return .separator
            default: return .folded(slot)
            }
        }

        /// Calls `body` with each byte of a `.folded` slot.
        @inline(__always)
        func forEachByte(of slot: UInt32, _ body: (UInt8) -> Void) {
            let start = Int(slot >> 8)
            for index in start..<(start + Int(slot & 0xFF)) { body(bytes[index]) }
        }
    }
}
