using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// The workbook's stylesheet: a plain font, a bold one for labels and headers, wrapped text, and one number
/// format per count of printed decimals ("0.0" … "0.000000") so 20.00 is displayed as printed, not as 20.
/// Every font is 宋体 (SimSun), the face of the official documents, as in the Word publisher. After the plain and
/// ruled formats come the official form's own (<see cref="FormStyle"/>): title, 单位 line, ruled cells that wrap.
/// </summary>
internal static class XlsxStyles
{
    /// <summary>Figures with more decimals than this keep the General format.</summary>
    public const int MaxFixedDecimals = 6;
    private const uint FirstCustomFormatId = 164;
    private const uint FirstDecimalStyle = 3;

    /// <summary>The cellXfs index for a number printed with <paramref name="decimals"/> decimals; null for General.</summary>
    public static uint? ForDecimals(int decimals) =>
        decimals is > 0 and <= MaxFixedDecimals ? FirstDecimalStyle + (uint)(decimals - 1) : null;

    public static Stylesheet Create() => new(
        new NumberingFormats(Enumerable.Range(1, MaxFixedDecimals).Select(d => new NumberingFormat
        {
            NumberFormatId = FirstCustomFormatId + (uint)(d - 1),
            FormatCode = "0." + new string('0', d),
        }))
        { Count = MaxFixedDecimals },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = FontName }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = FontName }),
            new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = FontName }))
        { Count = 3 },
        // The first two fills are reserved by Excel (none, gray125).
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(AllCellFormats(0).Concat(AllCellFormats(1)).Concat(FormFormats())) { Count = 2 * RuledOffset + FormFormatCount });

    /// <summary>宋体: the face of the official documents (the Word publisher's East Asian font too).</summary>
    public const string FontName = "宋体";

    /// <summary>The cellXfs index of an official form's style.</summary>
    public static uint Of(FormStyle style) => 2 * RuledOffset + (uint)style;

    private const uint FormFormatCount = 5;

    /// <summary>In <see cref="FormStyle"/> order.</summary>
    private static IEnumerable<CellFormat> FormFormats()
    {
        static Alignment Align(HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical) =>
            new() { Horizontal = horizontal, Vertical = vertical, WrapText = true };
        yield return new CellFormat(Align(HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center))
        { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true };
        yield return new CellFormat(Align(HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center))
        { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true };
        yield return new CellFormat(Align(HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center))
        { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true };
        yield return new CellFormat(Align(HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center))
        { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true };
        yield return new CellFormat(Align(HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center))
        { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true };
    }

    /// <summary>Added to a cellXfs index for the same format ruled with thin borders (a printed table's cells).</summary>
    public const uint RuledOffset = FirstDecimalStyle + MaxFixedDecimals;

    /// <summary>In <see cref="XlsxStyle"/> order, then the fixed-decimal formats; with <paramref name="border"/> 1 ruled.</summary>
    private static IEnumerable<CellFormat> AllCellFormats(uint border)
    {
        foreach (var format in Unruled())
        {
            format.BorderId = border;
            if (border > 0) format.ApplyBorder = true;
            yield return format;
        }
    }

    private static IEnumerable<CellFormat> Unruled()
    {
        yield return new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 };
        yield return new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true };
        yield return new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
        { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true };
        for (var d = 1; d <= MaxFixedDecimals; d++)
            yield return new CellFormat
            {
                NumberFormatId = FirstCustomFormatId + (uint)(d - 1), FontId = 0, FillId = 0, BorderId = 0, FormatId = 0,
                ApplyNumberFormat = true,
            };
    }
}

/// <summary>The official form's cell formats, after the plain and ruled ones (<see cref="XlsxStyles.Of"/>).</summary>
internal enum FormStyle : uint
{
    /// <summary>The form's title: bold 16 pt, centred over the table.</summary>
    Title = 0,
    /// <summary>A heading or label line above a table (一、总体绩效目标, 年度绩效指标), bold, wrapped.</summary>
    Heading = 1,
    /// <summary>单位：万元, right-aligned over the table's right edge.</summary>
    RightAligned = 2,
    /// <summary>A ruled label cell (项目名称, 一级指标 …): bold, centred, wrapped.</summary>
    RuledLabel = 3,
    /// <summary>A ruled value cell: wrapped, vertically centred.</summary>
    RuledText = 4,
}
