using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Jixiao.Web.Components.Shared.Charts;

/// <summary>SVG pieces the charts share: numbers written for SVG, and text elements with their content encoded.</summary>
public static class SvgText
{
    public static string Num(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// An SVG text element (Razor reserves &lt;text&gt; for itself, so it is written as markup); the content is
    /// HTML-encoded, so a project name is always text.
    /// </summary>
    public static MarkupString Label(decimal x, decimal y, string content, string anchor, int size, string? testId,
        string? fill = null, string? title = null, string? transform = null) =>
        new($"<text x=\"{Num(x)}\" y=\"{Num(y)}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{fill ?? "#333"}\""
            + (transform is null ? "" : $" transform=\"{transform}\"")
            + (testId is null ? "" : $" data-testid=\"{testId}\"")
            + ">"
            + (title is null ? "" : $"<title>{System.Net.WebUtility.HtmlEncode(title)}</title>")
            + $"{System.Net.WebUtility.HtmlEncode(content)}</text>");

    /// <summary>A name cut to <paramref name="length"/> characters with “…” (the full name is in the element's title).</summary>
    public static string Short(string name, int length) =>
        name.Length <= length ? name : name[..(length - 1)] + "…";
}
