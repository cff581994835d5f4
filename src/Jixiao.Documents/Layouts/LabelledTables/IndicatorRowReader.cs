using Jixiao.Documents.Vocabulary;
using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Documents.Layouts.LabelledTables;

/// <summary>
/// Turns the rows of one indicator table into <see cref="Indicator"/>s by the header's columns. Cells merged down
/// over several rows reach us as empty cells below the first, so an empty 一级指标 / 二级指标 inherits from the row
/// above. Where the table prints the unit in a column of its own (绩效度量单位), the value is the 指标值 cell
/// followed by that unit (3000 + 万元 → 3000万元): the model has no unit field and the review reads units from the value.
/// One instance per table: the inheritance must not cross from one project into the next.
/// </summary>
internal sealed class IndicatorRowReader(HeaderColumns columns)
{
    private string? _level1;
    private string? _level2;

    /// <summary>The indicator of a row; null (with the reason) when the row has no indicator name.</summary>
    public Indicator? Read(IReadOnlyList<string> cells, int line, out string? problem)
    {
        problem = null;
        string? level1, level2, name;
        if (columns.Has(TableColumn.CombinedIndicator) && !columns.Has(TableColumn.Level3))
        {
            var combined = columns.Cell(cells, TableColumn.CombinedIndicator);
            (level1, level2, name) = combined is null ? (null, null, null) : CombinedIndicatorName.Split(combined);
        }
        else
        {
            level1 = Joined(columns.Cell(cells, TableColumn.Level1));
            level2 = Joined(columns.Cell(cells, TableColumn.Level2));
            name = columns.Cell(cells, TableColumn.Level3);
        }
        if (level1 is not null) { _level1 = level1; if (level2 is null) _level2 = null; }
        if (level2 is not null) _level2 = level2;

        var written = columns.Cell(cells, TableColumn.Value);
        var unit = columns.Cell(cells, TableColumn.Unit);
        var value = written is null ? null
            : unit is null || written.EndsWith(unit, StringComparison.Ordinal) ? written : written + unit;
        var nature = columns.Cell(cells, TableColumn.Nature);
        if (name is null)
        {
            if (value is not null) problem = "这一行有指标值但没有三级指标名称";
            return null;
        }
        return new Indicator
        {
            Level1 = _level1,
            Level2 = _level2,
            Name = name,
            Description = columns.Cell(cells, TableColumn.Description),
            Value = value,
            Nature = nature,
            Weight = WrittenDecimal.TryParse(columns.Cell(cells, TableColumn.Weight)),
            Basis = columns.Cell(cells, TableColumn.Basis),
            Target = value is null ? null : TargetValue.Parse(nature, value),
            SourceLine = line,
        };
    }

    /// <summary>Level names are short labels: a label wrapped over lines comes back with a space inside (服务对象满意度 指标).</summary>
    private static string? Joined(string? level) => level is null ? null : Jixiao.Documents.Text.TextNormalizer.RemoveWhitespace(level);
}
