using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// Reads the rows of one project's 绩效指标 table. A row with a 三级指标 is an indicator; merged (blank)
/// 一级指标 / 二级指标 cells inherit from the row above. A row without a 三级指标 continues the row above
/// (a cell broken across lines or pages, e.g. <c>→→→→→认可度</c>): each of its cells is joined to the same
/// field of the previous indicator by the wrap rule (<see cref="CellText.Join"/>).
/// </summary>
internal sealed class IndicatorTableBuilder
{
    private readonly List<Draft> _rows = [];
    private IndicatorColumns? _columns;

    public bool Started => _columns is not null;

    /// <summary>A header row, first or repeated after a page break.</summary>
    public void SetHeader(TableRow header) => _columns = IndicatorColumns.FromHeader(header);

    public void Add(TableRow row, ReadContext context)
    {
        var columns = _columns!;
        for (var i = 0; i < row.Cells.Length; i++)
            if (row.Cells[i].Length > 0 && !columns.Holds(i))
                context.Unplace(row.Line, row.Source, $"第 {i + 1} 列“{row.Cells[i]}”不在绩效指标表的任何表头之下，未读入");

        var name = row[columns.Name];
        if (name.Length == 0)
        {
            if (_rows.Count == 0)
            {
                context.Unplace(row.Line, row.Source, "绩效指标行没有三级指标，且上方没有可续接的指标行");
                return;
            }
            _rows[^1].Continue(row, columns);
            return;
        }

        // A 二级指标 is inherited only inside the same 一级指标 block: a printed 一级指标 opens a new block.
        var previous = _rows.Count > 0 ? _rows[^1] : null;
        var level1 = NullIfEmpty(row[columns.Level1]);
        var draft = new Draft(row.Line)
        {
            Level1 = level1 ?? previous?.Level1,
            Level2 = NullIfEmpty(row[columns.Level2]) ?? (level1 is null ? previous?.Level2 : null),
            Name = name,
            Description = NullIfEmpty(row[columns.Description]),
            Value = NullIfEmpty(row[columns.Value]),
            Nature = NullIfEmpty(row[columns.Nature]),
            Weight = NullIfEmpty(row[columns.Weight]),
            Basis = NullIfEmpty(row[columns.Basis]),
        };
        _rows.Add(draft);
    }

    public IReadOnlyList<Indicator> Build(ReadContext context) => _rows.Select(r => r.Build(context)).ToList();

    private static string? NullIfEmpty(string cell) => cell.Length == 0 ? null : cell;

    /// <summary>An indicator row while its continuation lines may still come.</summary>
    private sealed class Draft(int line)
    {
        public int Line { get; } = line;
        public string? Level1 { get; set; }
        public string? Level2 { get; set; }
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public string? Value { get; set; }
        public string? Nature { get; set; }
        public string? Weight { get; set; }
        public string? Basis { get; set; }

        public void Continue(TableRow row, IndicatorColumns c)
        {
            Level1 = Append(Level1, row[c.Level1]);
            Level2 = Append(Level2, row[c.Level2]);
            Description = Append(Description, row[c.Description]);
            Value = Append(Value, row[c.Value]);
            Nature = Append(Nature, row[c.Nature]);
            Weight = Append(Weight, row[c.Weight]);
            Basis = Append(Basis, row[c.Basis]);
        }

        public Indicator Build(ReadContext context)
        {
            WrittenDecimal? weight = null;
            if (Weight is not null)
            {
                weight = WrittenDecimal.TryParse(Weight.TrimEnd('%', '％'));
                if (weight is null) context.Unplace(Line, Weight, $"权重“{Weight}”不是数字，未读入");
            }
            return new Indicator
            {
                Level1 = Level1,
                Level2 = Level2,
                Name = Name,
                Description = Description,
                Value = Value,
                Nature = Nature,
                Weight = weight,
                Basis = Basis,
                Target = Value is null ? null : TargetValue.Parse(Nature, Value),
                SourceLine = Line,
            };
        }

        private static string? Append(string? field, string tail) => tail.Length == 0 ? field : CellText.Join(field, tail);
    }
}
