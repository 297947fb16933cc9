import DossierModel

/// Writes the files that go beside `dossier.xml` in a bundle and records them in the
/// dossier: a plain-text contract, a plain-text technical description, an ST.36 document
/// per published patent (at most three) and an opaque PDF certificate.
enum AttachmentWriter {
    /// Adds the attachment references to `dossier` and returns the files they name.
    static func attach(to dossier: inout Dossier, patents: [String: PatentRecord], _ random: inout SeededRandom) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let contract = contractText(dossier, &random)
        let description = technicalDescription(dossier)
        let descriptionName = random.pick(["technical-description.txt", "docs/technical-description.txt"])
        let certificate = pdf(lines: certificateLines(dossier))
        files.append(GeneratedFile(path: "contract.txt", bytes: Array(contract.utf8)))
        files.append(GeneratedFile(path: descriptionName, bytes: Array(description.utf8)))
        files.append(GeneratedFile(path: "annex/ownership-certificate.pdf", bytes: certificate))
        dossier.attachments = [
            Attachment(href: "contract.txt", kind: "contract", format: .text, size: contract.utf8.count, text: contract),
            Attachment(
                href: descriptionName, kind: "technical-description", format: .text, size: description.utf8.count, text: description),
            Attachment(href: "annex/ownership-certificate.pdf", kind: "ownership-proof", format: .opaque, size: certificate.count),
        ]
        var written = 0
        for index in dossier.assets.indices {
            guard written < 3, let record = patents[dossier.assets[index].id] else { continue }
            let xml = PatentDocumentWriter.document(asset: dossier.assets[index], record: record)
            let path = "patents/\(record.publicationNumber).xml"
            files.append(GeneratedFile(path: path, bytes: Array(xml.utf8)))
            dossier.assets[index].attachments.append(
                Attachment(href: path, kind: "st36", format: .st36, size: xml.utf8.count, documentNumber: record.publicationNumber))
            written += 1
        }
        return files
    }

    /// A bilingual contract naming the parties, the rights, the price and the export clause.
    static func contractText(_ d: Dossier, _ random: inout SeededRandom) -> String {
        let t = d.transaction
        let title: Bilingual
        switch t.type {
        case .assignment: title = .t("专利权转让合同", "Patent Assignment Contract")
        case .applicationRightAssignment: title = .t("专利申请权转让合同", "Contract for the Assignment of Patent Application Rights")
        case .exclusiveLicence: title = .t("专利实施许可合同（独占许可）", "Patent Licence Contract (Exclusive Licence)")
        case .soleLicence: title = .t("专利实施许可合同（排他许可）", "Patent Licence Contract (Sole Licence)")
        case .nonExclusiveLicence: title = .t("专利实施许可合同（普通许可）", "Patent Licence Contract (Non-exclusive Licence)")
        case .openLicence: title = .t("专利开放许可实施合同", "Open Patent Licence Contract")
        case .acquisition: title = .t("股权收购协议", "Share Purchase Agreement")
        default: title = .t("股权转让及控制权变更协议", "Share Transfer and Change of Control Agreement")
        }
        var lines = [title.zh, title.en, ""]
        lines.append("合同编号 / Contract No.: \(t.contractRef ?? "—")")
        lines.append("签订日期 / Date of signature: \(DayCount.adding(-random.int(in: 5...90), to: d.filed!).description)")
        lines.append("")
        for (n, party) in d.parties.enumerated() where party.role != .agent {
            let label = n == 0 ? "甲方 / Party A" : n == 1 ? "乙方 / Party B" : "关联方 / Related party"
            lines.append("\(label) (\(party.role.rawValue)): \(party.names.map(\.original).joined(separator: " / "))")
            if let country = party.country { lines.append("    国家或地区 / Country: \(country.raw)") }
            if let address = party.address { lines.append("    地址 / Address: \(address)") }
            for identifier in party.identifiers { lines.append("    \(identifier.scheme): \(identifier.value)") }
        }
        lines += ["", "第一条 合同标的 / Article 1 Subject matter"]
        for asset in d.assets {
            let number = asset.identifiers.first?.value ?? "—"
            let name = asset.titles.first?.text ?? ""
            lines.append("  \(asset.id). [\(asset.type.rawValue)] \(number) 《\(name)》")
        }
        for summary in t.technologySummaries { lines.append("  " + summary.text) }
        lines += ["", "第二条 价款及支付方式 / Article 2 Price and payment"]
        if let value = t.value {
            lines.append("  合同总价款为\(value.currency ?? "") \(value.raw)，分\(random.int(in: 1...4))期支付。")
            lines.append("  The total price is \(value.currency ?? "") \(value.raw), payable in instalments.")
        }
        lines += [
            "", "第三条 技术资料交付 / Article 3 Delivery of technical documentation",
            "  甲方应在合同生效后\(random.int(in: 15...90))日内向乙方交付全部技术资料。",
            "  Party A shall deliver all technical documentation to Party B after the contract takes effect.",
            "", "第四条 保密 / Article 4 Confidentiality",
            "  双方对本合同涉及的技术秘密负有保密义务，保密期限为\(random.int(in: 3...10))年。",
            "  Both parties shall keep the know-how under this contract confidential.",
            "", "第五条 出口管制 / Article 5 Export control",
            "  本合同自取得技术出口许可证或技术出口合同登记证书之日起生效。",
            "  This contract takes effect once the technology export licence or the registration certificate of the technology export contract has been obtained.",
            "", "第六条 争议解决 / Article 6 Disputes",
            "  "
                + random.pick([
                    "提交中国国际经济贸易仲裁委员会仲裁。 / Disputes go to CIETAC arbitration.",
                    "向甲方所在地人民法院起诉。 / Disputes go to the people's court where Party A is domiciled.",
                ]),
            "", "（以下无正文 / The rest of this page is intentionally blank）", "",
        ]
        return lines.joined(separator: "\n")
    }

    /// A technical description: the summary, then each asset's title, abstract and claims.
    static func technicalDescription(_ d: Dossier) -> String {
        var lines = ["技术说明书 / Technical Description", "卷宗 / Dossier: \(d.id)", ""]
        for summary in d.transaction.technologySummaries { lines.append(summary.text) }
        for asset in d.assets {
            lines.append("")
            lines.append("== \(asset.id) \(asset.titles.map(\.text).joined(separator: " / ")) ==")
            for code in asset.classifications { lines.append("IPC: \(code.raw)") }
            for abstract in asset.abstracts { lines.append(abstract.text) }
            if !asset.claims.isEmpty {
                lines.append("主要技术特征 / Main technical features:")
                for claim in asset.claims.prefix(5) { lines.append("  \(claim.number ?? "-"). \(claim.text)") }
            }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// Lines for the ownership certificate (ASCII, as the PDF uses a standard font).
    static func certificateLines(_ d: Dossier) -> [String] {
        var lines = ["Certificate of ownership of intellectual property rights", "Dossier \(d.id)"]
        if let holder = d.parties.first {
            let english = holder.names.first { $0.lang == "en" }?.original ?? holder.identifiers.first?.value ?? holder.id
            lines.append("Right holder: \(english)")
        }
        for asset in d.assets {
            lines.append("\(asset.id) \(asset.type.rawValue) \(asset.identifiers.first?.value ?? "-")")
        }
        return lines.map { String($0.unicodeScalars.filter { $0.isASCII }.map(Character.init)) }
    }

    /// A minimal one-page PDF 1.4 document showing `lines` in Helvetica, with a correct
    /// cross-reference table.
    static func pdf(lines: [String]) -> [UInt8] {
        func escape(_ s: String) -> String {
            var out = ""
            for c in s {
                if c == "(" || c == ")" || c == "\\" { out.append("\\") }
                out.append(c)
            }
            return out
        }
        var content = "BT /F1 11 Tf 56 780 Td 14 TL\n"
        for line in lines { content += "(\(escape(line))) Tj T*\n" }
        content += "ET\n"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += IdentifierFactory.pad(offset, 10) + " 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
