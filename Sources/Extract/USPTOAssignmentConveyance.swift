import DossierModel

/// What a USPTO conveyance text means for the review: the transaction type and the roles
/// the assignors and assignees take.
///
/// The text is free (`ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).`,
/// `RELEASE BY SECURED PARTY …`); it is read word by word, upper-cased, and the first rule
/// of the table below that matches decides. The order matters: a corrective assignment or
/// the release of a security interest also contains "assignment" or "security interest".
///
/// | rule | words | type | assignors / assignees |
/// |---|---|---|---|
/// | `correction` | CORRECTIVE, CORRECT, CORRECTION | `correction` | transferor / assignee |
/// | `release` | RELEASE, RELEASED, RELEASES, TERMINATION, SATISFACTION | `release` | transferor / assignee |
/// | `security` | SECURITY, SECURED, LIEN, MORTGAGE, PLEDGE, COLLATERAL | `security-interest` | transferor / assignee |
/// | `licence` | LICENSE, LICENCE, LICENSES, LICENCES | exclusive, sole or non-exclusive licence by the words; non-exclusive by default | licensor / licensee |
/// | `controller-change` | MERGER, MERGED, CHANGE OF NAME, NAME CHANGE, CONVERSION | `controller-change` | transferor / transferee |
/// | `address-change` | CHANGE OF ADDRESS | `address-change` | transferor / assignee |
/// | `assignment` | ASSIGNMENT, ASSIGNMENTS, ASSIGNS, TRANSFER, NUNC PRO TUNC | `assignment` | transferor / transferee |
///
/// The out-of-scope types (`correction`, `release`, `security-interest`,
/// `address-change`) pass no right: the assignees take the role `assignee`, which is neither
/// a receiving party nor in the dossier format's vocabulary, so the outbound test finds no
/// receiving party and the dossier is out of scope. Text that no rule reads returns nil:
/// the record is quarantined (`uspto.unknown-conveyance`), as an unknown transaction type
/// is in the dossier format.
struct USPTOAssignmentConveyance: Sendable, Hashable {
    /// The transaction type the dossier gets.
    var type: TransactionType
    /// The id of the rule that decided (`release`, `licence`, …).
    var rule: String
    /// The role of every assignor.
    var assignorRole: PartyRole
    /// The role of every assignee.
    var assigneeRole: PartyRole
    /// True when the conveyance passes a right (assignment, licence, controller change).
    var transfersRight: Bool

    /// A recorded security interest in the patents (a lien): the debtor keeps the right.
    static let securityInterest = TransactionType(rawValue: "security-interest")
    /// The release or termination of an earlier interest (a security interest, a licence):
    /// no right passes to the assignee.
    static let release = TransactionType(rawValue: "release")
    /// A corrective recording of an earlier conveyance, which is reviewed on its own.
    static let correction = TransactionType(rawValue: "correction")
    /// A change of the owner's address.
    static let addressChange = TransactionType(rawValue: "address-change")
    /// The types a USPTO assignment maps to that pass no right: out of scope.
    static let outOfScopeTypes: [TransactionType] = [securityInterest, release, correction, addressChange]
    /// The role of an assignee of a conveyance that passes no right: named, never a receiver.
    static let assigneeOnly = PartyRole(rawValue: "assignee")

    /// Reads a conveyance text; nil when no rule reads it.
    init?(text: String) {
        let words = Self.words(text)
        let set = Set(words)
        func has(_ candidates: String...) -> Bool { candidates.contains { set.contains($0) } }
        func phrase(_ p: String) -> Bool { Self.contains(words, Self.words(p)) }

        if has("CORRECTIVE", "CORRECT", "CORRECTION") {
            self.init(Self.correction, "correction", transfers: false)
        } else if has("RELEASE", "RELEASED", "RELEASES", "TERMINATION", "SATISFACTION") {
            self.init(Self.release, "release", transfers: false)
        } else if has("SECURITY", "SECURED", "LIEN", "MORTGAGE", "PLEDGE", "COLLATERAL") {
            self.init(Self.securityInterest, "security", transfers: false)
        } else if has("LICENSE", "LICENCE", "LICENSES", "LICENCES") {
            let type: TransactionType
            if has("NONEXCLUSIVE") || phrase("NON EXCLUSIVE") {
                type = .nonExclusiveLicence
            } else if has("EXCLUSIVE") {
                type = .exclusiveLicence
            } else if has("SOLE") {
                type = .soleLicence
            } else {
                type = .nonExclusiveLicence
            }
            self.init(type: type, rule: "licence", assignorRole: .licensor, assigneeRole: .licensee, transfersRight: true)
        } else if has("MERGER", "MERGED", "CONVERSION") || phrase("CHANGE OF NAME") || phrase("NAME CHANGE") {
            self.init(.controllerChange, "controller-change", transfers: true)
        } else if phrase("CHANGE OF ADDRESS") {
            self.init(Self.addressChange, "address-change", transfers: false)
        } else if has("ASSIGNMENT", "ASSIGNMENTS", "ASSIGNS", "TRANSFER") || phrase("NUNC PRO TUNC") {
            self.init(.assignment, "assignment", transfers: true)
        } else {
            return nil
        }
    }

    init(type: TransactionType, rule: String, assignorRole: PartyRole, assigneeRole: PartyRole, transfersRight: Bool) {
        self.type = type
        self.rule = rule
        self.assignorRole = assignorRole
        self.assigneeRole = assigneeRole
        self.transfersRight = transfersRight
    }

    private init(_ type: TransactionType, _ rule: String, transfers: Bool) {
        self.init(
            type: type, rule: rule, assignorRole: .transferor,
            assigneeRole: transfers ? .transferee : Self.assigneeOnly, transfersRight: transfers)
    }

    /// The upper-cased words of `text`, split on anything that is not a letter or a digit.
    static func words(_ text: String) -> [String] {
        text.uppercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// True when `phrase` occurs as consecutive words in `words`.
    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
            return true
        }
        return false
    }
}
