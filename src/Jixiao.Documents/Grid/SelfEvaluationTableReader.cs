using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Core.Model.PrintedEvaluation;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 从中性模型读出印出的项目支出绩效自评表（issue 18），任何格式（PDF、docx、xlsx、HTML）都一样：按阅读顺序走过所有
/// 表格的行——“项目名称｜×××”开始一个项目；资金栏的表头格（年初预算数、全年预算数、全年执行数、分值、执行率、得分，
/// 词表 selfEvaluationLabels）下面第一行有数的是资金；写完成情况的指标表头（实际完成值、得分，词表 columns）之下是各行
/// 指标，列按表头的意义读（次序不限，一级、二级由合并单元格而来）；“总分”“合计”行给总分、分值和等级。表单部分与
/// 指标表分成两张表（xlsx 以空行隔开、PDF 分页）也一样读。只有找到写完成情况的表头、且读出指标行的才算一张自评表。
/// 每格记下页、第几张表、行、列和行文的行号。
/// </summary>
public sealed partial class SelfEvaluationTableReader(HeaderVocabulary vocabulary)
{
    public static SelfEvaluationTableReader Default { get; } = new(HeaderVocabulary.Default);

    public IReadOnlyList<PrintedSelfEvaluation> Read(GridDocument grid, SourceText source)
    {
        var pass = new Pass(vocabulary, source);
        foreach (var block in grid.Blocks)
        {
            if (block is GridParagraph paragraph) pass.Paragraph(paragraph);
            else if (block is GridTable table) pass.Table(table);
        }
        return pass.Finish();
    }

    [GeneratedRegex(@"(\d{4})\s*年度")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(\p{IsCJKUnifiedIdeographs}{1,4})$")]
    private static partial Regex ScoreAndGrade();

    /// <summary>一次读取的状态：当前项目和已读出的表。</summary>
    private sealed class Pass(HeaderVocabulary vocabulary, SourceText source)
    {
        private readonly List<PrintedSelfEvaluation> _done = [];
        private Project? _current;
        private int _tableIndex;
        private int? _year;
        private MoneyUnit? _unit;
        private string _title = "";

        public void Paragraph(GridParagraph paragraph)
        {
            Context(paragraph.Text);
            // “自评等级：优”印在表下：总分之后、下一个项目之前。
            if (_current is { TotalRead: true, Grade: null } && paragraph.Text.Split('：', ':') is [var label, var value]
                && vocabulary.SelfEvaluationLabel(label) == "Grade" && value.Trim().Length > 0)
                _current.Grade = new PrintedCell(value.Trim(), paragraph.Page, _tableIndex, 0, 0);
        }

        public void Table(GridTable table)
        {
            _tableIndex++;
            for (var r = 0; r < table.RowCount; r++) r = Row(table, r);
        }

        public IReadOnlyList<PrintedSelfEvaluation> Finish()
        {
            Emit();
            return _done;
        }

        /// <summary>读一行；返回读到的最后一行（两行的表头跳过第二行）。</summary>
        private int Row(GridTable table, int r)
        {
            var cells = table.RowCells(r).Where(c => c.Row == r && !c.IsEmpty).ToList();
            if (cells.Count == 0) return r;
            foreach (var cell in cells) Context(cell.Text);

            // 项目名称｜×××：一个新项目。
            foreach (var cell in cells)
                if (vocabulary.FormLabel(cell.Text) == "ProjectName" && ValueRight(table, r, cell) is { } name)
                {
                    Emit();
                    _current = new Project { Name = name.Text.Trim(), Title = _title, Year = _year, Unit = _unit, Table = _tableIndex, Page = cell.Page };
                    break;
                }

            if (_current is null || _current.Header is null)
            {
                var header = TableHeader.FindIndicatorHeader(table, r, 1, vocabulary);
                if (header is { IsOutcome: true } && (header.Has(TableColumn.Score) || header.Has(TableColumn.Actual)))
                {
                    _current ??= new Project { Title = _title, Year = _year, Unit = _unit, Table = _tableIndex, Page = table.Page };
                    _current.Header = header;
                    _current.HeaderTable = table;
                    return header.LastRow;
                }
                if (_current is not null) FormRow(table, r, cells);
                return r;
            }

            var p = _current;
            if (!ReferenceEquals(table, p.HeaderTable))
            {
                // 另一张表：续页重复印出表头的，换用它的列。
                var repeated = TableHeader.FindIndicatorHeader(table, r, 1, vocabulary);
                if (repeated is { IsOutcome: true })
                {
                    p.Header = repeated;
                    p.HeaderTable = table;
                    return repeated.LastRow;
                }
                if (table.ColumnCount != p.HeaderTable!.ColumnCount && !IsTotalRow(cells)) return r;
                p.HeaderTable = table;
            }
            if (IsTotalRow(cells))
            {
                TotalRow(table, r, cells, p);
                return r;
            }
            if (p.TotalRead)
            {
                // 总分下面一行的“等级｜优”。
                if (p.Grade is null) p.Grade = LabelledValue(table, r, cells, "Grade");
                return r;
            }
            Line(table, r, p);
            return r;
        }

        /// <summary>指标表头之前的表单行：项目编码，资金栏的表头和它下面的数。</summary>
        private void FormRow(GridTable table, int r, List<GridCell> cells)
        {
            var p = _current!;
            if (p.Code is null && LabelledValue(table, r, cells, "Code") is { } code) p.Code = code.Text.Trim();
            var columns = new Dictionary<string, int>();
            foreach (var cell in cells)
                if (vocabulary.SelfEvaluationLabel(cell.Text) is { } label and ("InitialBudget" or "YearBudget" or "Executed" or "ExecutionRate" or "Points" or "Score"))
                    columns.TryAdd(label, cell.Column);
            if (columns.Keys.Count(k => k is "InitialBudget" or "YearBudget" or "Executed" or "ExecutionRate") >= 2)
            {
                p.FundsColumns = columns;
                p.FundsTable = table;
                return;
            }
            if (p.FundsColumns is null || p.FundsRead || !ReferenceEquals(table, p.FundsTable)) return;
            PrintedCell? At(string label) =>
                p.FundsColumns.TryGetValue(label, out var c) && table.CellAt(r, c) is { IsEmpty: false } cell && cell.Row <= r
                    && cell.Column == c ? Cell(table, r, cell) : null;
            var figures = new[] { "InitialBudget", "YearBudget", "Executed", "ExecutionRate", "Points", "Score" }.Select(At).ToArray();
            if (!figures.Any(f => f is not null && PrintedNumber.Parse(f.Text) is not null)) return;
            (p.InitialBudget, p.YearBudget, p.Executed, p.ExecutionRate, p.ExecutionPoints, p.ExecutionScore) =
                (figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]);
            p.FundsRead = true;
        }

        private bool IsTotalRow(List<GridCell> cells) => vocabulary.SelfEvaluationLabel(cells[0].Text) == "Total";

        /// <summary>总分行：得分栏（或“得分｜×”）是总分，分值栏是满分，等级跟在“等级”标签后或得分之后的短字。</summary>
        private void TotalRow(GridTable table, int r, List<GridCell> cells, Project p)
        {
            var label = cells[0];
            var header = p.Header!;
            p.TotalRead = true;
            p.Total = LabelledValue(table, r, cells, "Score") ?? Under(table, r, header.ColumnOf(TableColumn.Score), label);
            p.TotalPoints = LabelledValue(table, r, cells, "Points") ?? Under(table, r, header.ColumnOf(TableColumn.Weight), label);
            p.Grade = LabelledValue(table, r, cells, "Grade");
            // 总分和等级挤在一格（“94.80合格”：有的打印把两栏之间的线漏了）：数是总分，后面的字是等级。
            if (p.Total is { } joined && PrintedNumber.Parse(joined.Text) is null && ScoreAndGrade().Match(joined.Text) is { Success: true } m)
            {
                p.Total = joined with { Text = m.Groups[1].Value };
                p.Grade ??= joined with { Text = m.Groups[2].Value };
            }
            if (p.Grade is null && p.Total is not null)
            {
                var after = cells.FirstOrDefault(c => c.Column > table.CellAt(r, header.ColumnOf(TableColumn.Score))?.LastColumn
                    && PrintedNumber.Parse(c.Text) is null && c.Text.Trim().Length <= 4 && vocabulary.SelfEvaluationLabel(c.Text) is null);
                if (after is not null) p.Grade = Cell(table, r, after);
            }
        }

        private void Line(GridTable table, int r, Project p)
        {
            var header = p.Header!;
            var nameColumn = header.ColumnOf(TableColumn.Level3) is var l3 and >= 0 ? l3 : header.ColumnOf(TableColumn.CombinedIndicator);
            var nameCell = table.CellAt(r, nameColumn);
            if (nameCell is null || nameCell.Row != r || nameCell.IsEmpty || vocabulary.Recognize(nameCell.Text) is not null) return;
            if (nameCell.Column == 0 && nameCell.ColumnSpan == table.ColumnCount) return; // 横跨整行的附注
            PrintedCell? At(TableColumn column) =>
                header.ColumnOf(column) is var c and >= 0 && table.CellAt(r, c) is { } cell && !ReferenceEquals(cell, nameCell) ? Cell(table, r, cell) : null;
            string? Text(TableColumn column) => header.ColumnOf(column) is var c and >= 0 && table.TextAt(r, c) is { Length: > 0 } t ? t.Trim() : null;
            p.Lines.Add(new PrintedEvaluationLine
            {
                Level1 = Text(TableColumn.Level1),
                Level2 = Text(TableColumn.Level2),
                Name = nameCell.Text.Trim(),
                Target = At(TableColumn.Value),
                Actual = At(TableColumn.Actual),
                Points = At(TableColumn.Weight),
                Score = At(TableColumn.Score),
                Reason = At(TableColumn.Deviation),
                Row = r + 1,
                SourceLine = GridRows.LineOf(source, nameCell),
            });
        }

        /// <summary>一行里标签（词表 selfEvaluationLabels 的 <paramref name="meaning"/>）右边那一格。</summary>
        private PrintedCell? LabelledValue(GridTable table, int r, List<GridCell> cells, string meaning)
        {
            foreach (var cell in cells)
                if (vocabulary.SelfEvaluationLabel(cell.Text) == meaning && ValueRight(table, r, cell) is { } value) return value;
            return null;
        }

        /// <summary>标签格右边第一个有字、本身不是标签的格。</summary>
        private PrintedCell? ValueRight(GridTable table, int r, GridCell label)
        {
            var next = table.CellAt(r, label.LastColumn + 1);
            if (next is null || next.IsEmpty || vocabulary.SelfEvaluationLabel(next.Text) is not null || vocabulary.FormLabel(next.Text) is not null) return null;
            return Cell(table, r, next);
        }

        /// <summary>某栏在这一行的格（不是行首标签跨过来的那一格）。</summary>
        private PrintedCell? Under(GridTable table, int r, int column, GridCell label)
        {
            if (column < 0 || table.CellAt(r, column) is not { IsEmpty: false } cell || ReferenceEquals(cell, label)) return null;
            return Cell(table, r, cell);
        }

        private PrintedCell Cell(GridTable table, int r, GridCell cell) =>
            new(cell.Text.Trim(), cell.Page, _tableIndex, r + 1, cell.Column + 1, GridRows.LineOf(source, cell));

        /// <summary>表名、年度和金额单位：印在表上方或表里的字。</summary>
        private void Context(string text)
        {
            // 指标表里的字（“≤7.2万元/年”“2024年度完成”）不是表的年度和单位。
            if (_current is { Header: not null }) return;
            if (YearPattern().Match(text) is { Success: true } m)
            {
                _year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (_current is not null) _current.Year = _year;
            }
            if (text.Length <= 40 && vocabulary.KindOfTitle(text) == TableKind.SelfEvaluation)
                _title = TextNormalizer.RemoveWhitespace(text);
            if (text.Length <= 20 && (text.Contains("万元", StringComparison.Ordinal) ? MoneyUnit.TenThousandYuan
                    : text.Contains("（元）", StringComparison.Ordinal) || text.Contains("单位：元", StringComparison.Ordinal) ? MoneyUnit.Yuan : (MoneyUnit?)null) is { } unit)
            {
                _unit = unit;
                if (_current is not null) _current.Unit = unit;
            }
        }

        private void Emit()
        {
            if (_current is { Header: not null, Lines.Count: > 0 } p) _done.Add(p.ToPrinted());
            _current = null;
        }
    }

    /// <summary>读取中的一个项目。</summary>
    private sealed class Project
    {
        public string? Name;
        public string? Code;
        public string Title = "";
        public int? Year;
        public MoneyUnit? Unit;
        public int Table;
        public int Page;
        public Dictionary<string, int>? FundsColumns;
        public GridTable? FundsTable;
        public bool FundsRead;
        public PrintedCell? InitialBudget, YearBudget, Executed, ExecutionRate, ExecutionPoints, ExecutionScore;
        public TableHeader? Header;
        public GridTable? HeaderTable;
        public readonly List<PrintedEvaluationLine> Lines = [];
        public bool TotalRead;
        public PrintedCell? Total, TotalPoints, Grade;

        public PrintedSelfEvaluation ToPrinted() => new()
        {
            Title = Title,
            FiscalYear = Year,
            ProjectName = Name,
            ProjectCode = Code,
            MoneyUnit = Unit,
            Table = Table,
            Page = Page,
            InitialBudget = InitialBudget,
            YearBudget = YearBudget,
            Executed = Executed,
            ExecutionRate = ExecutionRate,
            ExecutionPoints = ExecutionPoints,
            ExecutionScore = ExecutionScore,
            Lines = [.. Lines],
            Total = Total,
            TotalPoints = TotalPoints,
            Grade = Grade,
            HasReasonColumn = Header!.Has(TableColumn.Deviation),
        };
    }
}
