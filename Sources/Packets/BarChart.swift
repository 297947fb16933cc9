/// A horizontal bar chart as inline SVG: one row per bar with its label, a `<rect>` whose
/// width is proportional to the count, and the count. No script, no external reference.
struct BarChart {
    /// One bar.
    struct Bar {
        var label: String
        var count: Int
        /// The fill colour (a CSS hex colour chosen by the renderer, never dossier text).
        var colour: String
    }

    var title: String
    var bars: [Bar]

    /// The width of the label column, the longest bar and the count column, in pixels.
    static let labelWidth = 300.0
    static let barMaximum = 300.0
    static let countWidth = 60.0
    static let rowHeight = 22.0
    static let barHeight = 14.0
    /// Labels longer than this many characters are shortened with `…` (the full label is in
    /// the row's `<title>`).
    static let labelLimit = 40

    /// The width of a bar for a count, to a tenth of a pixel: `barMaximum * count / maximum`.
    static func width(count: Int, maximum: Int) -> Double {
        guard maximum > 0, count > 0 else { return 0 }
        return (barMaximum * Double(count) / Double(maximum) * 10).rounded() / 10
    }

    /// The chart as an `<svg>` element.
    var svg: String {
        let maximum = bars.map(\.count).max() ?? 0
        let width = Self.labelWidth + Self.barMaximum + Self.countWidth
        let height = max(1, Double(bars.count)) * Self.rowHeight + 4
        var out =
            "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\">\n"
        out += "<title>\(HTMLText.escape(title))</title>\n"
        if bars.isEmpty {
            out += "<text x=\"0\" y=\"15\">none</text>\n"
        }
        for (row, bar) in bars.enumerated() {
            let top = Double(row) * Self.rowHeight + 2
            let textY = top + Self.barHeight - 2
            let barWidth = Self.width(count: bar.count, maximum: maximum)
            out += "<g><title>\(HTMLText.escape(bar.label)): \(bar.count)</title>"
            out += "<text x=\"0\" y=\"\(n(textY))\"\(HTMLText.langAttribute(bar.label))>\(HTMLText.escape(Self.shorten(bar.label)))</text>"
            out +=
                "<rect x=\"\(n(Self.labelWidth))\" y=\"\(n(top))\" width=\"\(n(barWidth))\" height=\"\(n(Self.barHeight))\" fill=\"\(HTMLText.escape(bar.colour))\" data-count=\"\(bar.count)\"></rect>"
            out += "<text x=\"\(n(Self.labelWidth + barWidth + 6))\" y=\"\(n(textY))\">\(bar.count)</text></g>\n"
        }
        out += "</svg>\n"
        return out
    }

    /// The label cut to `labelLimit` characters.
    static func shorten(_ label: String) -> String {
        label.count <= labelLimit ? label : String(label.prefix(labelLimit - 1)) + "…"
    }

    /// A coordinate without a useless `.0`.
    private func n(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
