import DossierModel

/// Makes parties: Chinese right holders of every kind, foreign receiving parties from many
/// countries (their country written in varied ways), agents and controllers.
///
/// Each party carries its ground truth where the model has a field for it: `Country.code` is
/// the country meant, `Identifier.checkValid` says whether the check character was made right.
struct PartyFactory {
    let shares: FeatureShares

    /// A Chinese party of `kind`, registered in `province`, working in `technology`'s field.
    func chinese(
        id: String, role: PartyRole, kind: PartyKind, province: Province, technology: Technology,
        _ random: inout SeededRandom
    ) -> Party {
        let city = random.pick(province.cities)
        let name = chineseName(kind: kind, province: province, city: city, technology: technology, &random)
        var names = [PartyName(lang: "zh", original: name.zh)]
        let englishShare = kind == .individual ? 0.5 : (kind == .enterprise ? 0.7 : 0.9)
        if random.chance(englishShare) { names.append(PartyName(lang: "en", original: name.en)) }
        var identifiers: [Identifier] = []
        if kind != .individual {
            let valid = !random.chance(shares.badUSCC)
            let code = IdentifierFactory.uscc(kind: kind, region: city.region, valid: valid, &random)
            identifiers.append(Identifier(scheme: "USCC", value: code, normalised: code, checkValid: valid))
        }
        let country = Country(raw: random.weighted(ForeignCountry.chinaSpellings), code: "CN")
        return Party(
            id: id, role: role, kind: kind, names: names, country: country, identifiers: identifiers,
            address: chineseAddress(province: province, city: city, &random))
    }

    /// A company (rarely a person) in `country`, in `technology`'s field or a general one.
    func foreign(
        id: String, role: PartyRole, country: ForeignCountry, technology: Technology, _ random: inout SeededRandom
    ) -> Party {
        let kind: PartyKind = random.weighted([(.enterprise, 94), (.individual, 3), (.other, 3)])
        var names: [PartyName]
        if kind == .individual {
            names = [PartyName(lang: "en", original: random.pick(ChineseNames.foreignPeople))]
        } else {
            let stem = random.pick(country.stems)
            let industry =
                random.chance(0.5)
                ? random.pick(technology.industries)
                : random.pick([
                    Bilingual.t("科技", "Technologies"), .t("工业", "Industries"), .t("控股", "Holdings"), .t("系统", "Systems"),
                    .t("材料", "Materials"),
                ])
            let form = random.pick(country.forms)
            let english =
                form.en.hasSuffix(" ")
                ? "\(form.en)\(stem.en) \(industry.en)"
                : "\(stem.en) \(industry.en) \(form.en)"
            names = [PartyName(lang: "en", original: english)]
            if random.chance(0.3) { names.append(PartyName(lang: "zh", original: stem.zh + industry.zh + form.zh)) }
        }
        var identifiers: [Identifier] = []
        if kind == .enterprise, random.chance(0.25) {
            identifiers.append(Identifier(scheme: "LEI", value: IdentifierFactory.lei(&random)))
        } else if kind == .individual {
            let passport = String(random.pick(Array("CEGKPX"))) + IdentifierFactory.pad(random.int(in: 0...99_999_999), 8)
            identifiers.append(Identifier(scheme: "passport", value: passport))
        }
        return Party(
            id: id, role: role, kind: kind, names: names, country: spelled(country, &random), identifiers: identifiers,
            address: Self.fill(random.pick(country.addresses), &random))
    }

    /// A receiving party named as on a published restricted-party list.
    func listed(id: String, role: PartyRole, _ random: inout SeededRandom) -> Party {
        let entity = random.pick(ForeignCountry.listedEntities)
        let country = (ForeignCountry.all + ForeignCountry.greaterChina).first { $0.code == entity.country }!
        return Party(
            id: id, role: role, kind: .enterprise, names: [PartyName(lang: "en", original: random.pick(entity.names))],
            country: spelled(country, &random), address: entity.address)
    }

    /// A receiving party whose country cannot be read.
    func unreadableCountry(id: String, role: PartyRole, technology: Technology, _ random: inout SeededRandom) -> Party {
        var party = foreign(id: id, role: role, country: random.pick(ForeignCountry.all), technology: technology, &random)
        party.country = Country(raw: random.pick(ForeignCountry.unreadableSpellings), code: nil)
        return party
    }

    /// A Chinese patent agency that files for the right holder.
    func agent(id: String, province: Province, _ random: inout SeededRandom) -> Party {
        let city = random.pick(province.cities)
        let trade = random.pick(ChineseNames.tradeNames)
        let name: Bilingual =
            random.chance(0.6)
            ? .t("\(city.zh)\(trade.zh)知识产权代理有限公司", "\(city.en) \(trade.en) Intellectual Property Agency Co., Ltd.")
            : .t("\(city.zh)\(trade.zh)专利代理事务所（普通合伙）", "\(city.en) \(trade.en) Patent Agency (General Partnership)")
        let code = IdentifierFactory.uscc(kind: .enterprise, region: city.region, valid: true, &random)
        var names = [PartyName(lang: "zh", original: name.zh)]
        if random.chance(0.5) { names.append(PartyName(lang: "en", original: name.en)) }
        return Party(
            id: id, role: .agent, kind: random.chance(0.7) ? .enterprise : .other, names: names,
            country: Country(raw: random.weighted(ForeignCountry.chinaSpellings), code: "CN"),
            identifiers: [Identifier(scheme: "USCC", value: code, normalised: code, checkValid: true)],
            address: chineseAddress(province: province, city: city, &random))
    }

    /// The government body that controls a state-owned enterprise.
    func stateOwner(id: String, province: Province, _ random: inout SeededRandom) -> Party {
        let city = random.pick(province.cities)
        let zh = "\(city.zh)市人民政府国有资产监督管理委员会"
        let en = "State-owned Assets Supervision and Administration Commission of the \(city.en) Municipal People's Government"
        let code = IdentifierFactory.uscc(kind: .government, region: city.region, valid: true, &random)
        return Party(
            id: id, role: .actualController, kind: .government,
            names: [PartyName(lang: "zh", original: zh), PartyName(lang: "en", original: en)],
            country: Country(raw: "CN", code: "CN"),
            identifiers: [Identifier(scheme: "USCC", value: code, normalised: code, checkValid: true)])
    }

    /// `country`'s name written one of the ways offices write it, with its code as truth.
    func spelled(_ country: ForeignCountry, _ random: inout SeededRandom) -> Country {
        Country(raw: random.weighted(country.spellings), code: country.code)
    }

    /// The name of a Chinese party of `kind`.
    private func chineseName(
        kind: PartyKind, province: Province, city: City, technology: Technology, _ random: inout SeededRandom
    ) -> Bilingual {
        let trade = random.pick(ChineseNames.tradeNames)
        let industry = random.pick(technology.industries)
        switch kind {
        case .stateOwnedEnterprise:
            return random.chance(0.3)
                ? .t("中国\(trade.zh)\(industry.zh)集团有限公司", "China \(trade.en) \(industry.en) Group Co., Ltd.")
                : .t("\(province.zhShort)\(trade.zh)\(industry.zh)集团有限公司", "\(province.en) \(trade.en) \(industry.en) Group Co., Ltd.")
        case .university:
            let pattern = random.pick(ChineseNames.universities)
            return .t(city.zh + pattern.zh, pattern.en.replacingPlaceholder(with: city.en))
        case .researchInstitute:
            return random.chance(0.5)
                ? .t("中国科学院\(city.zh)\(industry.zh)研究所", "\(city.en) Institute of \(industry.en), Chinese Academy of Sciences")
                : .t("\(province.zh)\(industry.zh)研究院", "\(province.en) Academy of \(industry.en)")
        case .nationalLaboratory:
            if random.chance(0.6) {
                return .t("\(industry.zh)全国重点实验室", "State Key Laboratory of \(industry.en)")
            }
            let place = random.pick(ChineseNames.laboratoryPlaces)
            return .t("\(place.zh)实验室", "\(place.en) Laboratory")
        case .individual:
            let surname = random.pick(ChineseNames.surnames)
            let given = random.pick(ChineseNames.givenNames)
            return .t(surname.zh + given.zh, random.chance(0.5) ? "\(surname.en) \(given.en)" : "\(given.en) \(surname.en.capitalisedName)")
        case .government:
            return .t("\(city.zh)市科学技术局", "\(city.en) Municipal Bureau of Science and Technology")
        case .other:
            return .t("\(trade.zh)\(industry.zh)产业技术创新联盟", "\(trade.en) \(industry.en) Industrial Technology Innovation Alliance")
        default:
            let form = random.weighted(ChineseNames.forms)
            return random.chance(0.7)
                ? .t("\(city.zh)\(trade.zh)\(industry.zh)\(form.zh)", "\(city.en) \(trade.en) \(industry.en) \(form.en)")
                : .t("\(trade.zh)\(industry.zh)\(form.zh)", "\(trade.en) \(industry.en) \(form.en)")
        }
    }

    /// A street address in `city`.
    private func chineseAddress(province: Province, city: City, _ random: inout SeededRandom) -> String {
        let place = province.zh == city.zh + "市" ? province.zh : "\(province.zh)\(city.zh)市"
        return "\(place)\(random.pick(city.districts))\(random.pick(ChineseNames.roads))\(random.int(in: 1...999))号"
    }

    /// A template with its numeric slots filled.
    static func fill(_ template: String, _ random: inout SeededRandom) -> String {
        Bilingual(template, template).filled(&random).zh
    }
}

extension String {
    /// The pattern with `%c` replaced by `place`.
    func replacingPlaceholder(with place: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let i = rest.firstIndex(of: "%") {
            out += rest[..<i]
            let next = rest.index(after: i)
            if next < rest.endIndex, rest[next] == "c" {
                out += place
                rest = rest[rest.index(after: next)...]
            } else {
                out.append("%")
                rest = rest[next...]
            }
        }
        return out + rest
    }

    /// `ZHANG` as `Zhang`.
    var capitalisedName: String { prefix(1).uppercased() + dropFirst().lowercased() }
}
