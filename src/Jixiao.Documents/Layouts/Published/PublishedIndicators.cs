using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// Reads a published 绩效指标 table: the header row names the columns the document has (一级/二级/三级指标,
/// 绩效指标描述, 指标性质, 指标值, 权重, 指标值确定依据); an empty 一级 or 二级 cell is a merged cell and
/// inherits from the row above, as the publisher merges them while they repeat. A row that repeats the header (a PDF
/// prints it again on each page the table runs onto) is skipped.
/// </summary>
internal static class PublishedIndicators
{
    public static bool IsHeader(IReadOnlyList<string> row) => row.Count >= 3 && row[0] == "一级指标" && row[1] == "二级指标";

    public static List<Indicator> Read(IReadOnlyList<string> header, IEnumerable<(IReadOnlyList<string> Cells, int Line)> rows)
    {
        var indicators = new List<Indicator>();
        int Column(string name) => header.ToList().IndexOf(name);
        int name = Column("三级指标"), description = Column("绩效指标描述"), nature = Column("指标性质"),
            value = Column("指标值"), weight = Column("权重"), basis = Column("指标值确定依据");
        string? level1 = null, level2 = null;
        foreach (var (cells, line) in rows)
        {
            // The header printed again at the top of a page (a PDF repeats it) is not an indicator.
            if (cells.SequenceEqual(header, StringComparer.Ordinal)) continue;
            string? Cell(int i) => i >= 0 && i < cells.Count && cells[i].Length > 0 ? cells[i] : null;
            var first = Cell(0);
            var second = Cell(1);
            if (first is not null) { level1 = first; level2 = second; }
            else if (second is not null) level2 = second;
            var v = Cell(value);
            var n = Cell(nature);
            indicators.Add(new Indicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = Cell(name) ?? "",
                Description = Cell(description),
                Nature = n,
                Value = v,
                Weight = WrittenDecimal.TryParse(Cell(weight)),
                Basis = Cell(basis),
                Target = v is null ? null : TargetValue.Parse(n, v),
                SourceLine = line,
            });
        }
        return indicators;
    }
}
