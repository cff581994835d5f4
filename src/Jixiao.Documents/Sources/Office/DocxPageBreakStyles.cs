using System.Xml;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// The paragraph styles of a Word file (word/styles.xml) that start a new page (段前分页, w:pageBreakBefore), with
/// basedOn chains and the document defaults resolved once, so each paragraph of the body costs one set lookup.
/// A paragraph without w:pStyle, or naming a style the file does not define, takes the default paragraph style.
/// </summary>
internal sealed class DocxPageBreakStyles
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static readonly DocxPageBreakStyles None = new(new Dictionary<string, bool>(), defaultBreaks: false);

    /// <summary>Every paragraph style the file defines → whether it begins on a new page.</summary>
    private readonly Dictionary<string, bool> _breaks;
    private readonly bool _defaultBreaks;

    private DocxPageBreakStyles(Dictionary<string, bool> breaks, bool defaultBreaks)
    {
        _breaks = breaks;
        _defaultBreaks = defaultBreaks;
    }

    /// <summary>True when a paragraph in style <paramref name="styleId"/> (null: no w:pStyle) begins on a new page.</summary>
    public bool BreaksBefore(string? styleId) =>
        styleId is not null && _breaks.TryGetValue(styleId, out var breaks) ? breaks : _defaultBreaks;

    /// <summary>Reads the styles part of <paramref name="mainPart"/> (by its relationship), or <see cref="None"/> when there is none.</summary>
    public static DocxPageBreakStyles Read(OfficePackage package, string mainPart)
    {
        string? part = null;
        foreach (var (type, target) in package.Relationships(mainPart).Values)
            if (type.EndsWith("/styles", StringComparison.Ordinal) && package.Has(target)) part = target;
        if (part is null) return None;
        return package.Guard(part, () =>
        {
            using var reader = package.OpenXml(part);
            return reader is null ? None : Read(reader);
        });
    }

    private static DocxPageBreakStyles Read(XmlReader reader)
    {
        // Style id → (basedOn, own pageBreakBefore when stated); only paragraph styles matter.
        var styles = new Dictionary<string, (string? BasedOn, bool? Breaks)>(StringComparer.Ordinal);
        bool? documentDefault = null;
        string? defaultStyle = null;
        string? style = null;
        string? basedOn = null;
        bool? breaks = null;
        var inDefaults = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == W)
            {
                if (reader.LocalName == "style" && style is not null) styles[style] = (basedOn, breaks);
                if (reader.LocalName is "style") style = null;
                if (reader.LocalName is "pPrDefault") inDefaults = false;
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != W) continue;
            switch (reader.LocalName)
            {
                case "pPrDefault":
                    inDefaults = !reader.IsEmptyElement;
                    break;
                case "style":
                    var type = reader.GetAttribute("type", W);
                    style = type is null or "paragraph" ? reader.GetAttribute("styleId", W) : null;
                    basedOn = null;
                    breaks = null;
                    if (style is not null && IsOn(reader.GetAttribute("default", W))) defaultStyle = style;
                    if (reader.IsEmptyElement && style is not null) styles[style] = (null, null);
                    if (reader.IsEmptyElement) style = null;
                    break;
                case "basedOn" when style is not null:
                    basedOn = reader.GetAttribute("val", W);
                    break;
                case "pageBreakBefore" when style is not null:
                    breaks = IsOn(reader.GetAttribute("val", W));
                    break;
                case "pageBreakBefore" when inDefaults:
                    documentDefault = IsOn(reader.GetAttribute("val", W));
                    break;
                case "pPrChange" or "rPrChange":
                    // The properties before a tracked change are history, not the style's.
                    reader.Skip();
                    break;
            }
        }

        var resolved = new Dictionary<string, bool>(styles.Count, StringComparer.Ordinal);
        foreach (var id in styles.Keys) resolved[id] = Resolve(styles, id, documentDefault ?? false);
        var defaultBreaks = defaultStyle is not null && resolved.TryGetValue(defaultStyle, out var d) ? d : documentDefault ?? false;
        return new DocxPageBreakStyles(resolved, defaultBreaks);
    }

    /// <summary>The style's own setting, else its basedOn ancestors', else the document default (a cycle ends the chain).</summary>
    private static bool Resolve(Dictionary<string, (string? BasedOn, bool? Breaks)> styles, string id, bool documentDefault)
    {
        string? current = id;
        for (var depth = 0; current is not null && depth < 32 && styles.TryGetValue(current, out var entry); depth++)
        {
            if (entry.Breaks is { } breaks) return breaks;
            current = entry.BasedOn;
        }
        return documentDefault;
    }

    /// <summary>An OOXML on/off value: absent means on.</summary>
    public static bool IsOn(string? value) => value is null || value is "1" or "true" or "on";
}
