import DossierModel

/// Builds dossier number `index` of a corpus from its own pseudo-random stream, so that a
/// dossier depends only on the seed, its index and the options, never on its neighbours.
struct DossierBuilder {
    let options: GeneratorOptions

    /// The dossier, with bundle attachments when `bundled`.
    func build(index: Int, bundled: Bool) -> GeneratedDossier {
        var random = SeededRandom(seed: options.seed, index: UInt64(index))
        let shares = options.shares
        let province = options.province.flatMap(Province.named(_:)) ?? random.weighted(Province.all.map { ($0, $0.weight) })
        let year = random.int(in: options.filingYears)
        let daysInYear =
            DayCount.days(CalendarDate(year: year + 1, month: 1, day: 1)!) - DayCount.days(CalendarDate(year: year, month: 1, day: 1)!)
        let filed = DayCount.adding(random.below(daysInYear), to: CalendarDate(year: year, month: 1, day: 1)!)
        // Serials rise with the index and never repeat within a corpus.
        let serial = 1 + index * 3 + random.below(3)
        let id = "\(province.prefix)-\(year)-\(IdentifierFactory.pad(serial, 6))"

        let type = random.weighted([
            (TransactionType.assignment, 28), (.exclusiveLicence, 12), (.soleLicence, 8), (.nonExclusiveLicence, 16),
            (.controllerChange, 6), (.acquisition, 8), (.openLicence, 5), (.applicationRightAssignment, 17),
        ])
        let technology =
            random.chance(shares.controlledTechnology)
            ? random.pick(Technology.controlledFields) : random.pick(Technology.ordinaryFields)

        let parties = makeParties(type: type, province: province, technology: technology, &random)
        let holder = parties[0]
        let receiver = parties[1]

        let assetCount = random.weighted([(1, 25), (2, 30), (3, 22), (4, 13), (5, 10)]) + (type == .acquisition ? 1 : 0)
        let factory = AssetFactory(shares: shares)
        var assets: [Asset] = []
        var patents: [String: PatentRecord] = [:]
        var keys: [String] = []
        var textBytes = 0
        var n = 0
        // Keep a dossier between about 5 and 30 KB: stop adding assets once their text is
        // large, and add one more while it is small.
        while (n < assetCount && textBytes < 18_000) || (textBytes < 4_500 && n < 8) {
            n += 1
            let field = n > 1 && random.chance(0.15) ? random.pick(Technology.ordinaryFields) : technology
            // The first asset is a patent or an application: what most transfers are about.
            let patentTypes: [AssetType] = [.inventionPatent, .utilityModel, .patentApplication]
            let choices =
                n == 1
                ? field.assetTypes.filter { patentTypes.contains(AssetFactory.fitting($0.0, field)) } : field.assetTypes
            let type = choices.isEmpty ? AssetType.inventionPatent : random.weighted(choices)
            var made = factory.make(id: "A\(n)", type: type, technology: field, holder: holder, filed: filed, &random)
            if random.chance(shares.ownershipMismatch) {
                made.asset.owner = random.chance(0.5) ? nil : receiver.id
            }
            textBytes += Self.textSize(made.asset)
            assets.append(made.asset)
            if let patent = made.patent { patents[made.asset.id] = patent }
            if !keys.contains(field.key) { keys.append(field.key) }
        }

        // The summary names the field, the main steps or parts and how many rights move.
        let summary = random.pick(technology.summaries)
        let points = technology.elements.map { $0.filled(&random) }
        let verb = Self.verb(type)
        var summaries = [
            LocalisedText(
                lang: "zh", text: "\(summary.zh)技术要点：\(points.map(\.zh).joined(separator: "；"))。本次\(verb.zh)涉及知识产权\(assets.count)项。")
        ]
        if random.chance(0.8) {
            let rights = assets.count == 1 ? "right" : "rights"
            summaries.append(
                LocalisedText(
                    lang: "en",
                    text:
                        "\(summary.en) Main points: \(ClaimWriter.list(points.map(\.en), separator: "; ")). The \(verb.en) covers \(assets.count) \(rights)."
                ))
        }
        let transaction = Transaction(
            type: type, track: track(type, &random), value: value(type, &random),
            contractRef: contractReference(province: province, year: year, &random), technologySummaries: summaries)

        var dossier = Dossier(
            id: id, filedRaw: filed.description, filed: filed,
            office: Office(province: province.code, channel: random.weighted([("online", 80), ("counter", 15), ("post", 5)])),
            transaction: transaction, parties: parties, assets: assets, source: SourceLocation(file: "generated"))
        var officeExtension: OfficeExtension?
        if random.chance(shares.extensionElements) {
            officeExtension = OfficeExtension(
                namespace: "urn:\(province.code.lowercased()):intake:1",
                intakeReference: "\(province.prefix)-IN-\(year)-\(IdentifierFactory.pad(random.int(in: 1...999_999), 6))",
                received:
                    "\(filed.description)T\(IdentifierFactory.pad(random.int(in: 8...17), 2)):\(IdentifierFactory.pad(random.below(60), 2)):00+08:00"
            )
        }
        var files: [GeneratedFile] = []
        if bundled {
            var attachmentRandom = SeededRandom(seed: options.seed, index: UInt64(index), salt: 1)
            files = AttachmentWriter.attach(to: &dossier, patents: patents, &attachmentRandom)
        }
        return GeneratedDossier(index: index, dossier: dossier, technologies: keys, files: files, officeExtension: officeExtension)
    }

    /// The right holder first, then the receiving party, then controllers and the agent.
    private func makeParties(
        type: TransactionType, province: Province, technology: Technology, _ random: inout SeededRandom
    ) -> [Party] {
        let shares = options.shares
        let factory = PartyFactory(shares: shares)
        var (holderRole, receiverRole) = Self.roles(type)
        if type == .controllerChange, random.chance(0.5) { (holderRole, receiverRole) = (.transferor, .actualController) }

        let holderKinds: [(PartyKind, Int)]
        if type == .acquisition || type == .controllerChange {
            holderKinds = [(.enterprise, 75), (.stateOwnedEnterprise, 25)]
        } else if technology.controlled {
            holderKinds = [
                (.enterprise, 35), (.stateOwnedEnterprise, 18), (.university, 20), (.researchInstitute, 15), (.nationalLaboratory, 8),
                (.individual, 3), (.other, 1),
            ]
        } else {
            holderKinds = [
                (.enterprise, 70), (.stateOwnedEnterprise, 7), (.university, 8), (.researchInstitute, 5), (.individual, 7),
                (.government, 1), (.other, 2),
            ]
        }
        var holder: Party
        if random.chance(shares.foreignHolder) {
            holder = factory.foreign(
                id: "P1", role: holderRole, country: random.weighted(ForeignCountry.all.map { ($0, $0.weight) }), technology: technology,
                &random)
        } else {
            holder = factory.chinese(
                id: "P1", role: holderRole, kind: random.weighted(holderKinds), province: province, technology: technology, &random)
        }

        let receiver: Party
        if random.chance(shares.domesticOnly) {
            let other = random.weighted(Province.all.map { ($0, $0.weight) })
            receiver = factory.chinese(
                id: "P2", role: receiverRole, kind: random.chance(0.85) ? .enterprise : .stateOwnedEnterprise, province: other,
                technology: technology, &random)
        } else if random.chance(shares.listedParty) {
            receiver = factory.listed(id: "P2", role: receiverRole, &random)
        } else if random.chance(shares.unknownCountry) {
            receiver = factory.unreadableCountry(id: "P2", role: receiverRole, technology: technology, &random)
        } else if random.chance(shares.hongKongMacaoTaiwan) {
            receiver = factory.foreign(
                id: "P2", role: receiverRole, country: random.weighted(ForeignCountry.greaterChina.map { ($0, $0.weight) }),
                technology: technology, &random)
        } else {
            receiver = factory.foreign(
                id: "P2", role: receiverRole, country: random.weighted(ForeignCountry.all.map { ($0, $0.weight) }), technology: technology,
                &random)
        }
        var parties = [holder, receiver]
        if receiverRole == .actualController { parties[0].controlledBy = ["P2"] }

        if random.chance(shares.actualController), receiver.kind != .individual {
            let id = "P\(parties.count + 1)"
            var parent: Party
            if random.chance(0.15) {
                parent = factory.chinese(
                    id: id, role: .actualController, kind: .enterprise, province: random.weighted(Province.all.map { ($0, $0.weight) }),
                    technology: technology, &random)
            } else {
                parent = factory.foreign(
                    id: id, role: .actualController, country: random.weighted(ForeignCountry.all.map { ($0, $0.weight) }),
                    technology: technology, &random)
            }
            parent.kind = .enterprise
            parties[1].controlledBy = [id]
            parties.append(parent)
        }
        if holder.kind == .stateOwnedEnterprise, random.chance(0.4) {
            let id = "P\(parties.count + 1)"
            parties[0].controlledBy.append(id)
            parties.append(factory.stateOwner(id: id, province: province, &random))
        }
        if random.chance(shares.agent) {
            parties.append(factory.agent(id: "P\(parties.count + 1)", province: province, &random))
        }
        return parties
    }

    /// Bytes of the text an asset carries, roughly what it adds to the XML.
    static func textSize(_ asset: Asset) -> Int {
        (asset.titles + asset.abstracts).reduce(0) { $0 + $1.text.utf8.count }
            + asset.claims.reduce(0) { $0 + $1.text.utf8.count + 30 } + 400
    }

    /// The roles of the right holder and the receiving party in a transaction of `type`.
    static func roles(_ type: TransactionType) -> (PartyRole, PartyRole) {
        switch type {
        case .exclusiveLicence, .soleLicence, .nonExclusiveLicence, .openLicence: (.licensor, .licensee)
        case .acquisition, .controllerChange: (.target, .acquirer)
        default: (.transferor, .transferee)
        }
    }

    /// What the summary calls the transaction.
    static func verb(_ type: TransactionType) -> Bilingual {
        switch type {
        case .exclusiveLicence, .soleLicence, .nonExclusiveLicence, .openLicence: .t("许可", "licence")
        case .acquisition: .t("并购", "acquisition")
        case .controllerChange: .t("实际控制人变更", "change of control")
        default: .t("转让", "transfer")
        }
    }

    /// The track hint, mostly written, sometimes left to the pipeline.
    private func track(_ type: TransactionType, _ random: inout SeededRandom) -> String? {
        guard random.chance(0.85) else { return nil }
        return type == .acquisition || type == .controllerChange ? "foreign-acquisition" : "technology-export"
    }

    /// The contract value, in CNY or USD, spread over five orders of magnitude (integer
    /// arithmetic only, so that every platform writes the same digits).
    private func value(_ type: TransactionType, _ random: inout SeededRandom) -> MonetaryValue? {
        guard random.chance(0.95) else { return nil }
        let usd = random.chance(0.3)
        var scale = 1
        let exponents: ClosedRange<Int>
        switch type {
        case .acquisition, .controllerChange: exponents = 5...7
        case .nonExclusiveLicence, .openLicence, .soleLicence: exponents = 3...5
        default: exponents = 3...5
        }
        for _ in 0..<random.int(in: exponents) { scale *= 10 }
        let whole = random.int(in: 10...999) * scale / (usd ? 7 : 1)
        let text =
            random.chance(0.8)
            ? "\(whole).00"
            : "\(whole + random.below(1000)).\(IdentifierFactory.pad(random.below(100), 2))"
        return MonetaryValue(currency: usd ? "USD" : "CNY", raw: text, amount: text)
    }

    /// A contract reference in one of the styles offices use.
    private func contractReference(province: Province, year: Int, _ random: inout SeededRandom) -> String? {
        guard random.chance(0.9) else { return nil }
        return random.pick([
            "HT-\(year)-\(IdentifierFactory.pad(random.int(in: 1...9999), 4))",
            "\(province.prefix)-TL-\(year)\(IdentifierFactory.pad(random.int(in: 1...999), 3))",
            "CON\(year)\(IdentifierFactory.pad(random.int(in: 1...99_999), 5))",
        ])
    }
}
