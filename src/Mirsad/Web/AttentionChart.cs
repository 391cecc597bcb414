using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Mirsad.Core.Articles;

namespace Mirsad.Web;

/// <summary>
/// The geometry of a keyword's "attention over time" chart: one bar per month, drawn as server-side SVG
/// (no script, no inline style: bars are classed rects with a title each, so the chart reads without
/// JavaScript and with a screen reader).
/// </summary>
public sealed record AttentionChart(int Width, int Height, IReadOnlyList<AttentionChart.Bar> Bars, IReadOnlyList<AttentionChart.Tick> Ticks, int Max, string Summary)
{
    private const int PlotHeight = 120;
    private const int AxisHeight = 18;
    private const int MaxBarWidth = 24;
    private const int PlotWidth = 640;

    /// <summary>Builds the chart of <paramref name="months"/> (consecutive, oldest first); null when there is nothing to draw.</summary>
    public static AttentionChart? From(IReadOnlyList<MonthCount> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count == 0)
        {
            return null;
        }

        var max = Math.Max(1, months.Max(m => m.Count));
        var step = Math.Min(MaxBarWidth, PlotWidth / (double)months.Count);
        var barWidth = Math.Max(1, step * 0.8);
        var bars = new List<Bar>(months.Count);
        var ticks = new List<(double X, string Label)>();
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var height = m.Count == 0 ? 0 : Math.Max(1, PlotHeight * m.Count / (double)max);
            var label = string.Create(CultureInfo.InvariantCulture, $"{Links.MonthName(m.Year, m.Month)}: {m.Count} {(m.Count == 1 ? "article" : "articles")}");
            bars.Add(new Bar(Round(i * step), Round(PlotHeight - height), Round(barWidth), Round(height), label));
            if (m.Month == 1 || i == 0)
            {
                ticks.Add((i * step, m.Year.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var peak = months.MaxBy(m => m.Count)!;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"Articles per month, {Links.MonthName(months[0].Year, months[0].Month)} to {Links.MonthName(months[^1].Year, months[^1].Month)}; most in {Links.MonthName(peak.Year, peak.Month)} ({peak.Count}).");
        var width = (int)Math.Ceiling(Math.Max(step * months.Count, 120));
        return new AttentionChart(width, PlotHeight + AxisHeight, bars, ThinOut(ticks), max, summary);
    }

    // Year labels closer than a label's width apart are dropped, keeping the first.
    private static List<Tick> ThinOut(List<(double X, string Label)> ticks)
    {
        var kept = new List<(double X, string Label)>(ticks.Count);
        foreach (var tick in ticks)
        {
            if (kept.Count == 0 || tick.X - kept[^1].X >= 34)
            {
                kept.Add(tick);
            }
        }

        return kept.Select(t => new Tick(Round(t.X), t.Label)).ToList();
    }

    private static string Round(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>One month's bar, with the text its title shows.</summary>
    public sealed record Bar(string X, string Y, string Width, string Height, string Label);

    /// <summary>A year label under the bars.</summary>
    public sealed record Tick(string X, string Label)
    {
        /// <summary>The SVG text element (written out here because Razor reserves the &lt;text&gt; tag).</summary>
        public HtmlString Markup => new(string.Create(
            CultureInfo.InvariantCulture,
            $"<text class=\"tick\" x=\"{HtmlEncoder.Default.Encode(X)}\" y=\"{AxisY}\">{HtmlEncoder.Default.Encode(Label)}</text>"));
    }

    /// <summary>The y coordinate of the year labels.</summary>
    public static int AxisY => PlotHeight + AxisHeight - 4;
}
