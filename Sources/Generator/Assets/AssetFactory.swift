import DossierModel

/// Makes the assets of a dossier: identifiers with check digits, titles, classifications in
/// varied spellings, abstracts, claims, funding and secrecy, from a field of technology.
struct AssetFactory {
    let shares: FeatureShares

    /// One asset and, for a published patent, what its attachment needs.
    struct Made: Sendable {
        var asset: Asset
        var patent: PatentRecord?
    }

    /// An asset of (about) `type` in `technology`, held by `holder`, in a dossier filed on `filed`.
    func make(
        id: String, type requested: AssetType, technology: Technology, holder: Party, filed: CalendarDate,
        _ random: inout SeededRandom
    ) -> Made {
        let type = Self.fitting(requested, technology)
        var asset = Asset(id: id, type: type, owner: holder.id)
        var patent: PatentRecord?
        let statements = technology.statements(&random, shares).map { $0.filled(&random) }
        switch type {
        case .inventionPatent, .utilityModel, .patentApplication:
            patent = patentAsset(&asset, technology: technology, holder: holder, filed: filed, statements: statements, &random)
        case .designPatent:
            patent = designAsset(&asset, technology: technology, holder: holder, filed: filed, &random)
        default:
            otherAsset(&asset, technology: technology, holder: holder, filed: filed, statements: statements, &random)
        }
        if [.inventionPatent, .utilityModel, .patentApplication, .designPatent, .softwareCopyright, .icLayoutDesign, .plantVariety]
            .contains(type)
        {
            asset.funding = funding(holder: holder, &random)
            if random.chance(shares.secrecy) {
                asset.secrecy = random.weighted([(SecrecyStatus.defence, 3), (.stateSecret, 3), (.examinationPending, 4)])
            } else if random.chance(0.75) {
                asset.secrecy = SecrecyStatus.none
            }
        }
        return Made(asset: asset, patent: patent)
    }

    /// The requested type, or the nearest one the field can fill (a method cannot be a
    /// utility model; a design needs a product; a variety needs a breeding field).
    static func fitting(_ type: AssetType, _ technology: Technology) -> AssetType {
        switch type {
        case .utilityModel where technology.subject.isMethod:
            return technology.products.isEmpty ? .inventionPatent : .designPatent
        case .designPatent where technology.products.isEmpty,
            .softwareCopyright where technology.software.isEmpty,
            .icLayoutDesign where technology.extras.isEmpty,
            .plantVariety where technology.extras.isEmpty,
            .geographicalIndication where technology.extras.isEmpty:
            return .inventionPatent
        default:
            return type
        }
    }

    /// Invention patents, utility models and applications: numbers, claims, abstract, IPC.
    private func patentAsset(
        _ asset: inout Asset, technology: Technology, holder: Party, filed: CalendarDate, statements: [Bilingual],
        _ random: inout SeededRandom
    ) -> PatentRecord? {
        let us = asset.type == .inventionPatent && random.chance(0.06)
        let english = us || random.chance(0.2)
        let title = random.pick(technology.titles)
        asset.titles = [LocalisedText(lang: "zh", text: title.zh)]
        if english || random.chance(0.75) { asset.titles.append(LocalisedText(lang: "en", text: title.en)) }
        if us { asset.titles = [LocalisedText(lang: "en", text: title.en)] }
        asset.classifications = classifications(technology, &random)
        let writer = ClaimWriter(technology: technology, kindWord: asset.type == .utilityModel ? "实用新型" : "发明")
        let abstract = writer.abstract(statements: statements, &random)
        if !us { asset.abstracts.append(LocalisedText(lang: "zh", text: abstract.zh)) }
        if us || random.chance(0.85) { asset.abstracts.append(LocalisedText(lang: "en", text: abstract.en)) }
        let count = random.weighted([(5...8, 15), (9...12, 30), (13...16, 30), (17...20, 25)])
        let claims = writer.claims(count: random.int(in: count), statements: statements, &random)
        // Chinese claims, often with an English translation; English only for US patents
        // and for dossiers prepared in English. Each language numbers its claims from 1.
        var texts = english ? claims.map(\.en) : claims.map(\.zh)
        if !english, random.chance(0.75) { texts += claims.map(\.en) }
        asset.claims = texts.enumerated().map { Claim(number: String($0.offset % claims.count + 1), text: $0.element) }

        let inventors = (0..<random.int(in: 1...5)).map { _ in inventor(english: us, &random) }
        let applicant = holder.names.first { $0.lang == (us ? "en" : "zh") }?.original ?? holder.names[0].original
        if us {
            let grantDelay = random.int(in: 700...1300)
            let applied = DayCount.adding(-grantDelay - random.int(in: 30...2000), to: filed)
            let granted = DayCount.adding(grantDelay, to: applied)
            let number = IdentifierFactory.usPatent(year: granted.year, &random)
            let application = IdentifierFactory.usApplication(year: applied.year, &random)
            asset.identifiers = [
                Identifier(scheme: "US-patent", value: random.chance(0.5) ? number : String(number.dropFirst(2).dropLast(2))),
                Identifier(scheme: "US-application", value: application),
            ]
            return PatentRecord(
                country: "US", applicationNumber: application, applicationDate: applied,
                docNumber: String(number.dropFirst(2).dropLast(2)), kind: String(number.suffix(2)), publicationDate: granted,
                lang: "en", ipc: asset.classifications.compactMap(\.code), applicants: [applicant], inventors: inventors)
        }

        let typeDigit: Int
        let kind: Character
        let delay: Int
        var applied: CalendarDate
        switch asset.type {
        case .utilityModel:
            (typeDigit, kind, delay) = (2, "U", random.int(in: 150...400))
            applied = DayCount.adding(-delay - random.int(in: 30...2500), to: filed)
        case .patentApplication:
            (typeDigit, kind, delay) = (random.chance(0.85) ? 1 : 8, "A", random.int(in: 540...600))
            applied = DayCount.adding(-random.int(in: 60...1200), to: filed)
        default:
            (typeDigit, kind, delay) = (1, "B", random.int(in: 600...1300))
            applied = DayCount.adding(-delay - random.int(in: 30...2500), to: filed)
            if filed.year <= 2022, random.chance(0.03) {
                applied = CalendarDate(year: 2002, month: random.int(in: 1...12), day: random.int(in: 1...28))!
            }
        }
        let valid = !random.chance(shares.badApplicationCheckDigit)
        let number = IdentifierFactory.cnApplication(filed: applied, type: typeDigit, valid: valid, &random)
        asset.identifiers = [Identifier(scheme: "CN-application", value: number.written, normalised: number.canonical, checkValid: valid)]
        let published = DayCount.adding(delay, to: applied)
        guard published < filed else { return nil }
        // A grant keeps the number of its application's publication, about 18 months after filing.
        let numbered = kind == "B" ? DayCount.adding(random.int(in: 540...600), to: applied) : published
        let publication = IdentifierFactory.cnPublication(year: numbered.year, kind: kind, &random)
        if random.chance(0.7) { asset.identifiers.append(Identifier(scheme: "CN-publication", value: publication)) }
        return PatentRecord(
            country: "CN", applicationNumber: number.canonical, applicationDate: applied,
            docNumber: String(publication.dropFirst(2).dropLast()), kind: String(publication.last!), publicationDate: published,
            lang: english ? "en" : "zh", ipc: asset.classifications.compactMap(\.code), applicants: [applicant], inventors: inventors)
    }

    /// Design patents: a product name and a brief description, no claims or IPC.
    private func designAsset(
        _ asset: inout Asset, technology: Technology, holder: Party, filed: CalendarDate, _ random: inout SeededRandom
    ) -> PatentRecord? {
        let product = random.pick(technology.products)
        asset.titles = [LocalisedText(lang: "zh", text: product.zh)]
        if random.chance(0.6) { asset.titles.append(LocalisedText(lang: "en", text: product.en.capitalisedFirst)) }
        let view = random.pick([Bilingual.t("立体图", "perspective view"), .t("主视图", "front view")])
        asset.abstracts = [
            LocalisedText(
                lang: "zh",
                text:
                    "1．本外观设计产品的名称：\(product.zh)。2．本外观设计产品的用途：用于\(random.pick(technology.industries).zh)领域。3．本外观设计产品的设计要点：在于形状。4．最能表明设计要点的图片或照片：\(view.zh)。"
            )
        ]
        let delay = random.int(in: 120...300)
        let applied = DayCount.adding(-delay - random.int(in: 30...2000), to: filed)
        let valid = !random.chance(shares.badApplicationCheckDigit)
        let number = IdentifierFactory.cnApplication(filed: applied, type: 3, valid: valid, &random)
        asset.identifiers = [Identifier(scheme: "CN-application", value: number.written, normalised: number.canonical, checkValid: valid)]
        return nil
    }

    /// Software, layouts, varieties, marks, indications, trade secrets and other rights.
    private func otherAsset(
        _ asset: inout Asset, technology: Technology, holder: Party, filed: CalendarDate, statements: [Bilingual],
        _ random: inout SeededRandom
    ) {
        let year = random.int(in: max(2008, filed.year - 10)...filed.year)
        let summary = random.pick(technology.summaries)
        let body = ([summary] + statements).map { $0 }
        func describe(_ title: Bilingual) {
            asset.titles = [LocalisedText(lang: "zh", text: title.zh)]
            if random.chance(0.7) { asset.titles.append(LocalisedText(lang: "en", text: title.en)) }
            asset.abstracts = [LocalisedText(lang: "zh", text: body.map { $0.zh.hasSuffix("。") ? $0.zh : $0.zh + "。" }.joined())]
            if random.chance(0.5) {
                asset.abstracts.append(
                    LocalisedText(
                        lang: "en",
                        text: body.map { $0.en.capitalisedFirst.hasSuffix(".") ? $0.en.capitalisedFirst : $0.en.capitalisedFirst + "." }
                            .joined(separator: " ")))
            }
        }
        switch asset.type {
        case .softwareCopyright:
            let name = random.pick(technology.software)
            let version = "V\(random.int(in: 1...6)).\(random.int(in: 0...9))"
            describe(.t("\(name.zh)\(version)", "\(name.en) \(version)"))
            asset.identifiers = [
                Identifier(scheme: "software-registration", value: IdentifierFactory.softwareRegistration(year: year, &random))
            ]
        case .icLayoutDesign:
            describe(random.pick(technology.extras).filled(&random))
            let process = Bilingual.t(
                "该布图设计采用{28..180} nm CMOS工艺，芯片面积为{2..25} mm²。", "The layout is made in a {28..180} nm CMOS process on a die of {2..25} mm²."
            ).filled(&random)
            asset.abstracts[0].text += process.zh
            asset.identifiers = [
                Identifier(scheme: "ic-layout-registration", value: IdentifierFactory.icLayoutRegistration(year: year, &random))
            ]
        case .plantVariety:
            describe(random.pick(technology.extras).filled(&random))
            asset.identifiers = [Identifier(scheme: "plant-variety-right", value: IdentifierFactory.plantVarietyRight(year: year, &random))]
        case .trademark:
            // The mark is the holder's trade name, in Chinese characters or in capitals.
            let holderName = holder.names.first { $0.lang == "zh" }?.original ?? ""
            let trade = ChineseNames.tradeNames.first { holderName.contains($0.zh) } ?? random.pick(ChineseNames.tradeNames)
            let mark = random.chance(0.6) ? trade.zh : trade.en.uppercased()
            let product = technology.products.isEmpty ? random.pick(technology.industries) : random.pick(technology.products)
            asset.titles = [LocalisedText(lang: "zh", text: mark)]
            asset.abstracts = [LocalisedText(lang: "zh", text: "核定使用商品（第\(random.int(in: 1...42))类）：\(product.zh)。")]
            asset.identifiers = [
                Identifier(scheme: "trademark-registration", value: IdentifierFactory.trademarkRegistration(year: year, &random))
            ]
        case .geographicalIndication:
            describe(random.pick(technology.extras))
            asset.identifiers = [Identifier(scheme: "other", value: "AGI" + IdentifierFactory.pad(random.int(in: 1...3500), 5))]
        case .tradeSecret:
            let title = random.pick(technology.titles)
            describe(.t("\(title.zh)相关技术秘密", "Know-how relating to \(title.en.lowercasedFirst)"))
            let steps = technology.elements.map { $0.filled(&random) }
            asset.abstracts[0].text += "工艺要点：" + steps.map(\.zh).joined(separator: "；") + "。"
        default:
            let title = random.pick(technology.titles)
            describe(.t("\(title.zh)技术资料", "Technical documentation on \(title.en.lowercasedFirst)"))
        }
    }

    /// One to three classification symbols, the field's main one first, written in varied ways.
    private func classifications(_ technology: Technology, _ random: inout SeededRandom) -> [Classification] {
        let others = random.sample(Array(technology.ipc.dropFirst()), count: random.int(in: 0...2))
        return ([technology.ipc[0]] + others).map { code in
            Classification(scheme: random.chance(0.1) ? "CPC" : "IPC", raw: IdentifierFactory.ipcSpelling(code, &random), code: code)
        }
    }

    /// Public funding: often for universities, institutes and laboratories, rarely otherwise.
    private func funding(holder: Party, _ random: inout SeededRandom) -> Funding? {
        let publicHolder = [PartyKind.university, .researchInstitute, .nationalLaboratory].contains(holder.kind)
        if random.chance(publicHolder ? shares.fiscalFundingPublic : shares.fiscalFunding) {
            return Funding(
                fiscal: true,
                programme: random.weighted([
                    ("national-key-rd", 35), ("nsfc", 20), ("provincial-key-rd", 25), ("major-special-project", 8),
                    ("863-programme", 6), ("973-programme", 3), ("municipal-science-fund", 3),
                ]))
        }
        return random.chance(0.3) ? Funding(fiscal: false, programme: random.chance(0.5) ? "enterprise" : nil) : nil
    }

    /// An inventor's name as a patent document writes it.
    private func inventor(english: Bool, _ random: inout SeededRandom) -> String {
        let surname = random.pick(ChineseNames.surnames)
        let given = random.pick(ChineseNames.givenNames)
        return english ? "\(given.en) \(surname.en.capitalisedName)" : surname.zh + given.zh
    }
}
