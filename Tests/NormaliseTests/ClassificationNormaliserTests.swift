import DossierModel
import Foundation
import Testing

@testable import Normalise

@Suite struct ClassificationNormaliserTests {
    @Test(arguments: [
        // Spacing, case, padding.
        ("H01M4/58", "H01M 4/58"), ("H01M 4/58", "H01M 4/58"), ("H01M  4/58", "H01M 4/58"),
        ("h01m 4/58", "H01M 4/58"), ("H01M 0004/58", "H01M 4/58"), ("H01M-004/58", "H01M 4/58"),
        ("  H01M 4/58  ", "H01M 4/58"), ("Ｈ０１Ｍ ４／５８", "H01M 4/58"),
        // The 14-character fixed form.
        ("H01M0004580000", "H01M 4/58"), ("H01M0004000000", "H01M 4/00"), ("H01M0004582500", "H01M 4/5825"),
        ("C07D0401120000", "C07D 401/12"),
        // ST.36 text forms (realdata: EPO B510EP, JPO, ST.36 examples).
        ("H01M   4/58        20060101AFI20151012BHEP", "H01M 4/58"),
        ("B60N   3/12        20060101ALI20191025BHEP        ", "B60N 3/12"),
        ("C07C 231/06        20060101ALI19970721BHEP", "C07C 231/06"),
        ("A23L   3/349       20060101ALI20210219BHJP        ", "A23L 3/349"),
        ("A61M  31/    00            A I                    ", "A61M 31/00"),
        ("7C 07C  29/44   A", "C07C 29/44"),
        // Versions in brackets (CNIPA).
        ("C07D 401/12(2006.01)I", "C07D 401/12"), ("A24B   15/18    (2006.01)", "A24B 15/18"),
        ("C12R    1/645   (2006.01)", "C12R 1/645"), ("H01M 4/58 (2010.01)", "H01M 4/58"),
        // Subgroups: at least two digits, trailing zeros beyond two removed.
        ("H01M 4/00", "H01M 4/00"), ("H01M 4/5825", "H01M 4/5825"), ("H01M 4/580", "H01M 4/58"),
        ("H01M 4/5", "H01M 4/50"), ("H01M 10/0525", "H01M 10/0525"), ("B60L 11/1816", "B60L 11/1816"),
        // Subclass and main-group symbols.
        ("H01M", "H01M"), ("h01m", "H01M"), ("H01M 4", "H01M 4/00"), ("H01M 0004", "H01M 4/00"),
    ])
    func readsIpcSpellings(raw: String, code: String) {
        #expect(ClassificationNormaliser.canonical(raw) == code)
    }

    @Test(arguments: [
        "", "H", "H01", "I01M 4/58", "Z01M 4/58", "Y02E 60/10", "H1M 4/58", "H00M 4/58", "H01M 0/58",
        "H01M 4/", "H01M /58", "H01M 4/58X", "H01M 4/58 garbage", "H01M 4/5825999", "H01M 12345/00",
        "4/58", "H01M4.58", "H01M000458000", "600/585",
    ])
    func rejectsInvalidSymbols(raw: String) {
        #expect(ClassificationNormaliser.canonical(raw) == nil)
    }

    @Test func cpcAllowsSectionY() {
        #expect(ClassificationNormaliser.canonical("Y02E 60/10", scheme: "CPC") == "Y02E 60/10")
        #expect(ClassificationNormaliser.canonical("y02e60/10", scheme: "cpc") == "Y02E 60/10")
        #expect(ClassificationNormaliser.canonical("H01M 2004/028", scheme: "CPC") == "H01M 2004/028")
    }

    @Test func invalidSymbolIsReported() {
        let context = NormaliseContext(dossier: "JS-2")
        let bad = ClassificationNormaliser.normalise(Classification(scheme: "IPC", raw: "H01M 4/58X"), context: context)
        #expect(bad.code == nil)
        #expect(bad.raw == "H01M 4/58X")
        let good = ClassificationNormaliser.normalise(
            Classification(scheme: "IPC", raw: "H01M0004580000", source: "a.xml"), context: context)
        #expect(good == Classification(scheme: "IPC", raw: "H01M0004580000", code: "H01M 4/58", source: "a.xml"))
        #expect(context.collector.diagnostics.map(\.id) == ["classification.invalid"])
        #expect(context.collector.diagnostics.first?.message.contains("H01M 4/58X") == true)
    }

    /// Every IPC text of the real ST.36-family documents reads as a symbol.
    @Test func realSt36ClassificationTextsAreRead() throws {
        var texts: [String] = []
        for file in [
            "A-ip-records/epo-ep-patent-document/ep-v1-5-B1.xml", "A-ip-records/epo-ep-patent-document/ep-v1-5-A1.xml",
            "A-ip-records/cnipa/cn_old1.xml", "A-ip-records/jpo/jp_example3.xml",
        ] {
            let text = try String(contentsOf: realdata(file), encoding: .utf8)
            texts += matches(of: "<classification-ipcr><text>", until: "</text>", in: text)
            texts += matches(of: "<classification-ipcr>\n        <text>", until: "</text>", in: text)
            // JPO: the IPC block only; `classification-national` holds FI codes (`B01D53/14 311`).
            for block in matches(of: "<classification-ipc>", until: "</classification-ipc>", in: text) {
                texts += matches(of: "<main-clsf>", until: "</main-clsf>", in: block)
                texts += matches(of: "<further-clsf>", until: "</further-clsf>", in: block)
            }
        }
        #expect(texts.count >= 8)
        for text in texts {
            #expect(ClassificationNormaliser.canonical(text) != nil, "\(text)")
        }
    }
}

/// `ClassificationNormaliser.isCanonical` (the fast path of `canonical`) says yes exactly for
/// the symbols that `read` (the character-by-character reading) returns unchanged.
@Suite struct ClassificationFastPathTests {
    /// Symbols near the canonical form: every section, class, subclass and group shape,
    /// and spellings one character away from it.
    static var symbols: [String] {
        var out: [String] = []
        for section in ["A", "H", "Y", "Z", "a", "1"] {
            for klass in ["01", "00", "99", "1", "0A"] {
                for subclass in ["M", "m", "1", ""] {
                    let prefix = section + klass + subclass
                    out.append(prefix)
                    for group in ["4", "04", "0", "1234", "12345", "", "９"] {
                        for subgroup in ["58", "5", "00", "0", "580", "5825", "582501", "5825010", "123456", "", "5 "] {
                            out.append("\(prefix) \(group)/\(subgroup)")
                            out.append("\(prefix)\(group)/\(subgroup)")
                            out.append("\(prefix)  \(group)/\(subgroup)")
                        }
                        out.append("\(prefix) \(group)")
                    }
                }
            }
        }
        return out + ["H01M 4/58(2006.01)", "H01M 4/58 A", "H01M0004580000", "H01M 4//58", "H01M 4/5 8", "H01M /58", " H01M 4/58"]
    }

    @Test func fastPathAgreesWithTheReading() {
        var canonicalSeen = 0
        for cpc in [false, true] {
            for symbol in Self.symbols {
                let read = ClassificationNormaliser.read(symbol, cpc: cpc)
                #expect(ClassificationNormaliser.isCanonical(symbol, cpc: cpc) == (read == symbol), "\(symbol) cpc \(cpc)")
                #expect(ClassificationNormaliser.canonical(symbol, scheme: cpc ? "CPC" : "IPC") == read, "\(symbol) cpc \(cpc)")
                if read == symbol { canonicalSeen += 1 }
            }
        }
        #expect(canonicalSeen > 100)
    }
}
