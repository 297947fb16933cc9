import DossierModel

/// The inline CSS of the packet and summary pages: A4 print layout, a font stack that covers
/// Chinese, and one colour per outcome with text on it at WCAG AA contrast or better.
public enum PageStyle {
    /// Fonts tried in order: common Latin faces, then common CJK faces, then the generic.
    static let fontStack =
        #""Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif"#
    /// Fonts for Chinese text (`:lang(zh)`), CJK faces first.
    static let cjkFontStack =
        #""Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans", sans-serif"#

    /// The background colour of an outcome's banner (white text sits on it).
    public static func colour(_ outcome: Outcome) -> String {
        switch outcome {
        case .prohibited: "#9b1c1c"
        case .ipSecurityReview: "#a3410b"
        case .exportLicence: "#7a5200"
        case .acquisitionReview: "#5b2a86"
        case .registration: "#1d6b3a"
        case .outOfScope: "#4b5563"
        case .quarantined: "#27272a"
        }
    }

    /// The shared CSS, with one rule per outcome colour.
    public static var css: String {
        var rules = base
        for outcome in Outcome.allCases {
            rules += ".outcome-\(outcome.rawValue) { --c: \(colour(outcome)); }\n"
        }
        return rules
    }

    private static let base = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
        *, *::before, *::after { box-sizing: border-box; }
        html { font-family: \(fontStack); font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
        :lang(zh) { font-family: \(cjkFontStack); }
        body { max-width: 190mm; margin: 0 auto; padding: 14px; }
        h1 { font-size: 17pt; margin: 0 0 4px; }
        h2 { font-size: 12.5pt; margin: 18px 0 6px; padding-bottom: 2px; border-bottom: 2px solid #1a1a1a; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 11pt; margin: 0 0 4px; break-after: avoid; page-break-after: avoid; }
        p { margin: 4px 0; }
        ul { margin: 4px 0; padding-left: 20px; }
        code, .mono { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Menlo, Consolas, monospace; font-size: 9pt; overflow-wrap: break-word; }
        .hash { word-break: break-all; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8.5pt; color: #444444; margin: 0; }
        .facts { color: #333333; }
        .id { overflow-wrap: anywhere; }
        .outcome { --c: #27272a; background: var(--c); color: #ffffff; border: 3px solid var(--c); border-radius: 4px; padding: 10px 14px; margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
        .outcome .label { text-transform: uppercase; letter-spacing: 0.1em; font-size: 8.5pt; margin: 0; }
        .outcome .value { font-size: 20pt; font-weight: 700; margin: 0; letter-spacing: 0.02em; }
        .outcome .consequence { margin: 2px 0 0; font-size: 11pt; }
        table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
        th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #bdbdbd; overflow-wrap: break-word; }
        th { background: #f0f0f0; font-weight: 600; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        .flags li { margin: 2px 0; }
        .flag-kind { font-weight: 700; }
        .hit { border: 1px solid #9e9e9e; border-left: 6px solid #1a1a1a; border-radius: 3px; padding: 8px 10px; margin: 8px 0; break-inside: avoid; page-break-inside: avoid; }
        .hit.not-counting { border-left-color: #9e9e9e; background: #fafafa; }
        .status { display: inline-block; font-weight: 700; font-size: 8.5pt; text-transform: uppercase; padding: 1px 6px; border: 1px solid #1a1a1a; border-radius: 3px; }
        .evidence { margin: 4px 0; padding-left: 20px; }
        .snippet { overflow-wrap: break-word; }
        mark { background: #ffe14d; color: #000000; padding: 0 1px; font-weight: 600; }
        .negated mark { background: #e0e0e0; text-decoration: line-through; }
        .verdict-fails, .meets-no { color: #9b1c1c; font-weight: 700; }
        .verdict-passes, .meets-yes { color: #1d6b3a; font-weight: 700; }
        .verdict-unverified { color: #7a5200; font-weight: 700; }
        .muted { color: #4a4a4a; }
        .due { font-weight: 700; white-space: nowrap; }
        footer { margin-top: 20px; font-size: 8.5pt; color: #444444; border-top: 1px solid #bdbdbd; padding-top: 4px; }
        .chart { margin: 4px 0 12px; }
        .chart text { font-size: 11px; fill: #1a1a1a; }
        @media print {
          html { font-size: 9.5pt; }
          body { max-width: none; padding: 0; }
          .outcome { background: #ffffff; color: #000000; border: 2px solid var(--c); border-left-width: 14px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .outcome .value { color: var(--c); }
          a { color: inherit; text-decoration: none; }
          .chart, .hit, tr, .outcome { break-inside: avoid; page-break-inside: avoid; }
          h2 { break-after: avoid; page-break-after: avoid; }
        }

        """
}
