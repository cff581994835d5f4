using System.Globalization;
using System.Xml;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// Prints a numeric cell the way its number format shows it, for the formats budget tables use: General (the
/// stored digits), fixed decimals (0.00, #,##0.00) and percentages (0%, 0.00%). The digits come from the stored
/// value as a decimal, never through a binary float, except for General values stored with float noise or an
/// exponent, which are printed to 15 significant digits as Excel shows them. Other formats (dates, currency
/// symbols) print the stored value unchanged.
/// </summary>
internal static class CellNumberFormat
{
    /// <summary>cellXfs index → (decimals, percent, thousands separator); null = General.</summary>
    internal sealed class Table(List<Pattern?> styles)
    {
        public static Table Empty { get; } = new([]);

        public string Format(int style, string raw)
        {
            var pattern = style >= 0 && style < styles.Count ? styles[style] : null;
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return raw;
            if (pattern is null) return General(raw, value);
            if (pattern.Percent) value *= 100;
            var format = (pattern.Thousands ? "#,##0" : "0") + (pattern.Decimals > 0 ? "." + new string('0', pattern.Decimals) : "");
            return value.ToString(format, CultureInfo.InvariantCulture) + (pattern.Percent ? "%" : "");
        }

        private static string General(string raw, decimal value)
        {
            var plain = raw.Length > 0 && raw.AsSpan().IndexOfAny('e', 'E') < 0;
            var digits = raw.Count(char.IsAsciiDigit);
            if (plain && digits <= 15) return raw;
            var rounded = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("G15", CultureInfo.InvariantCulture);
            return decimal.TryParse(rounded, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
        }
    }

    internal sealed record Pattern(int Decimals, bool Percent, bool Thousands);

    /// <summary>Reads styles.xml: the custom numFmts and the numFmtId of every cellXfs entry.</summary>
    public static Table Read(XmlReader? reader)
    {
        if (reader is null) return Table.Empty;
        using (reader)
        {
            var custom = new Dictionary<int, string>();
            var styles = new List<Pattern?>();
            var inCellXfs = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
                if (reader.NodeType != XmlNodeType.Element) continue;
                switch (reader.LocalName)
                {
                    case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), out var id):
                        custom[id] = reader.GetAttribute("formatCode") ?? "";
                        break;
                    case "cellXfs":
                        inCellXfs = !reader.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        var numFmt = int.TryParse(reader.GetAttribute("numFmtId"), out var n) ? n : 0;
                        styles.Add(PatternOf(numFmt, custom));
                        break;
                }
            }
            return new Table(styles);
        }
    }

    private static Pattern? PatternOf(int id, Dictionary<int, string> custom) => id switch
    {
        0 => null,
        1 => new Pattern(0, false, false),
        2 => new Pattern(2, false, false),
        3 => new Pattern(0, false, true),
        4 => new Pattern(2, false, true),
        9 => new Pattern(0, true, false),
        10 => new Pattern(2, true, false),
        _ => custom.TryGetValue(id, out var code) ? Parse(code) : null,
    };

    /// <summary>The first section of a custom code, when it is a plain number pattern (0.00, #,##0.0, 0.0%); else General.</summary>
    private static Pattern? Parse(string code)
    {
        var section = code.Split(';')[0].Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        if (section.Length == 0 || section.Equals("General", StringComparison.OrdinalIgnoreCase) || section.Equals("@", StringComparison.Ordinal)) return null;
        foreach (var c in section)
            if (c is not ('0' or '#' or ',' or '.' or '%' or ' ' or '_' or ')' or '(' or '-')) return null;
        var dot = section.IndexOf('.');
        var decimals = dot < 0 ? 0 : section[(dot + 1)..].Count(c => c is '0' or '#');
        return new Pattern(decimals, section.Contains('%'), section.Contains(','));
    }
}
