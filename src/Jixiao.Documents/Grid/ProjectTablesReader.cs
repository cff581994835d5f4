using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Layouts.ProjectForm;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 从中性模型里分类为项目表的表格读项目（issue 21 的新路径）：
/// <list type="bullet">
/// <item>一项目一表（表单式）：每个“项目名称｜×××”标签行开始一个项目（一张网格里可连着几份表单）；主管部门、实施单位、
/// 资金总额（及其中财政拨款、其他资金）、年度目标由标签认出，取标签右边第一个不是标签的格；指标表头以下、下一个项目名称
/// 以上的行是指标。紧跟其后、只有指标表头的表（续表）接到上一个项目。</item>
/// <item>多项目宽表：项目名称是一列，合并单元格的跨度就是这个项目的行。</item>
/// </list>
/// 指标的一级、二级直接来自合并单元格；所有说法都来自共用词表。
/// </summary>
internal sealed class ProjectTablesReader(HeaderVocabulary vocabulary)
{
    public List<Project> Read(GridDocument document, IReadOnlyList<ClassifiedTable> tables, SourceText source)
    {
        var projects = new List<Project>();
        ProjectDraft? last = null;
        // A form whose table ends after its 项目名称 row (the page drew the rest as a table of its own): it is a
        // project only once the table after it gives its fields or indicators.
        ProjectDraft? pending = null;
        foreach (var t in tables)
        {
            switch (t.Kind)
            {
                case TableKind.Indicators when pending is not null && t.Header is { } header:
                    // 续表带着表单其余的栏（主管部门、资金、目标）和指标。
                    ContinueForm(t.Table, header, pending, source);
                    projects.Add(pending.Build(null));
                    last = pending;
                    pending = null;
                    break;
                case TableKind.Project:
                    var forms = Forms(t, source);
                    pending = null;
                    foreach (var f in forms)
                        if (IsStarted(f)) projects.Add(f.Build(null));
                    if (forms.Count > 0 && !IsStarted(forms[^1])) { pending = forms[^1]; last = null; }
                    else last = forms.Count > 0 ? forms[^1] : last;
                    break;
                case TableKind.Indicators when last is not null && t.Header is { } header:
                    // 续表：指标接到上一个项目。
                    last.Indicators.AddRange(GridRows.Indicators(t.Table, header, header.LastRow + 1, t.Table.RowCount, source, vocabulary));
                    projects[^1] = last.Build(null);
                    break;
                case TableKind.WideProject:
                    projects.AddRange(Wide(t, source));
                    last = null;
                    pending = null;
                    break;
                default:
                    last = null;
                    pending = null;
                    break;
            }
        }
        return projects;
    }

    /// <summary>表单已有资金、指标或指标表头之一：它是一个项目，不只是一行名称。</summary>
    private static bool IsStarted(ProjectDraft form) => form.Total is not null || form.Indicators.Count > 0 || form.HasIndicatorHeader;

    /// <summary>
    /// 只有项目名称的表单由下一张表接着写：这张表指标表头以上是表单的栏；第一行没有标签、只有一格字时，是被切开的
    /// 名称格的下半（“……补助资”｜“金”）。
    /// </summary>
    private void ContinueForm(GridTable table, TableHeader header, ProjectDraft form, SourceText source)
    {
        var first = table.RowCells(0).Where(c => c.Row == 0 && !c.IsEmpty).ToList();
        var from = 0;
        if (first is [var only] && vocabulary.FormLabel(only.Text) is null && vocabulary.Recognize(only.Text) is null)
        {
            form.Name += only.Text;
            from = 1;
        }
        form.Text.Append(TextNormalizer.RemoveWhitespace(string.Concat(table.Cells.Select(c => c.Text))));
        foreach (var cell in table.Cells)
            if (cell.Row >= from && cell.Row < header.Row && !cell.IsEmpty) ReadField(table, cell, form);
        form.Indicators.AddRange(GridRows.Indicators(table, header, header.LastRow + 1, table.RowCount, source, vocabulary));
    }

    private List<ProjectDraft> Forms(ClassifiedTable classified, SourceText source)
    {
        var table = classified.Table;
        // Rows where a form starts: a 项目名称 label with a value beside it.
        var starts = new List<(int Row, GridCell Label, string Name)>();
        foreach (var cell in table.Cells)
            if (!cell.IsEmpty && vocabulary.FormLabel(cell.Text) == "ProjectName" && ValueRightOf(table, cell) is { } name)
                starts.Add((cell.Row, cell, name));
        var forms = new List<ProjectDraft>();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i].Row;
            var to = i + 1 < starts.Count ? starts[i + 1].Row : table.RowCount;
            var form = new ProjectDraft(starts[i].Name, GridRows.LineOf(source, starts[i].Label));
            form.Text.Append(TextNormalizer.RemoveWhitespace(string.Concat(table.Cells.Where(c => c.Row >= from && c.Row < to).Select(c => c.Text))));
            var header = TableHeader.FindIndicatorHeader(table, from, to - from, vocabulary);
            var fieldsEnd = header?.Row ?? to;
            foreach (var cell in table.Cells)
                if (cell.Row > from && cell.Row < fieldsEnd && !cell.IsEmpty) ReadField(table, cell, form);
            if (header is not null)
            {
                form.HasIndicatorHeader = true;
                form.Indicators.AddRange(GridRows.Indicators(table, header, header.LastRow + 1, to, source, vocabulary));
            }
            // A form that is only its name row is kept when the table ends there: the next table may continue it.
            if (IsStarted(form) || to == table.RowCount && to - from == 1) forms.Add(form);
        }
        return forms;
    }

    private void ReadField(GridTable table, GridCell cell, ProjectDraft form)
    {
        // 资金总额（万元）, 项目资金（元）: the form's own money unit.
        if (DocumentFacts.UnitIn(cell.Text) is { } unit) form.Unit ??= unit;
        switch (vocabulary.FormLabel(cell.Text))
        {
            case "Supervisor": form.Supervisor ??= ValueRightOf(table, cell); break;
            case "Implementer": form.Implementer ??= ValueRightOf(table, cell); break;
            case "Total": form.Total ??= WrittenDecimal.TryParse(ValueRightOf(table, cell)); break;
            case "Fiscal": form.Fiscal ??= WrittenDecimal.TryParse(ValueRightOf(table, cell)); break;
            case "Other": form.Other ??= WrittenDecimal.TryParse(ValueRightOf(table, cell)); break;
            case "Goals":
                if (GoalsOf(table, cell) is { Length: > 0 } goals) form.GoalText ??= goals;
                break;
        }
    }

    /// <summary>标签右边第一个有字的格，它本身不是标签也不是列名时取它；否则 null。</summary>
    private string? ValueRightOf(GridTable table, GridCell label)
    {
        for (var c = label.LastColumn + 1; c < table.ColumnCount; c++)
        {
            var cell = table.CellAt(label.Row, c);
            if (cell is null || cell.IsEmpty) continue;
            return vocabulary.FormLabel(cell.Text) is null && vocabulary.Recognize(cell.Text) is null ? cell.Text : null;
        }
        return null;
    }

    /// <summary>年度目标：标签右边这一行其余的格连起来；右边是“实施期目标｜年度目标”这样的列名时，取“年度目标”下面的格。</summary>
    private string? GoalsOf(GridTable table, GridCell label)
    {
        // 总体目标 | 实施期总目标 | 年度目标, with the targets in the row below: the annual one is the document's.
        var annual = table.RowCells(label.Row).FirstOrDefault(c => c.Row == label.Row && c.Column > label.LastColumn && IsAnnualHeading(c.Text));
        if (annual is not null && annual.LastRow + 1 < table.RowCount)
        {
            var below = table.CellAt(annual.LastRow + 1, annual.Column);
            return below is null || below.IsEmpty ? null : below.Text;
        }
        var parts = new List<string>();
        for (var c = label.LastColumn + 1; c < table.ColumnCount; c++)
        {
            var cell = table.CellAt(label.Row, c);
            if (cell is null || cell.IsEmpty || cell.Column != c) continue;
            if (vocabulary.FormLabel(cell.Text) is not null) continue;
            parts.Add(cell.Text);
        }
        return parts.Count == 0 ? null : string.Concat(parts);
    }

    private static WrittenDecimal? Amount(GridTable table, int row, int column) =>
        column >= 0 ? WrittenDecimal.TryParse(table.TextAt(row, column)) : null;

    private static bool IsAnnualHeading(string text) => HeaderVocabulary.Normalize(text) is "年度目标" or "年度绩效目标";

    /// <summary>多项目宽表：项目名称列的每个（合并）单元格是一个项目，它跨的行是这个项目的指标行。</summary>
    private IEnumerable<Project> Wide(ClassifiedTable classified, SourceText source)
    {
        var table = classified.Table;
        var header = classified.Header!;
        var nameColumn = header.ColumnOf(TableColumn.ProjectName);
        var totalColumn = header.ColumnOf(TableColumn.Total);
        var goalsColumn = header.ColumnOf(TableColumn.Goals);
        var fiscalColumn = header.ColumnOf(TableColumn.Fiscal);
        var otherColumn = header.ColumnOf(TableColumn.Other);
        for (var r = header.LastRow + 1; r < table.RowCount; r++)
        {
            var cell = table.CellAt(r, nameColumn);
            if (cell is null || cell.Row != r || cell.IsEmpty || vocabulary.Recognize(cell.Text) is not null) continue;
            var end = cell.LastRow + 1;
            var indicators = GridRows.Indicators(table, header, r, end, source, vocabulary).ToList();
            var (code, name) = CodedName.Split(cell.Text, 10);
            yield return new Project
            {
                Code = code,
                Name = name,
                Budget = new ProjectBudget(Amount(table, r, totalColumn), Amount(table, r, fiscalColumn), Amount(table, r, otherColumn)),
                Goals = goalsColumn >= 0 ? GoalSplitter.Split(table.TextAt(r, goalsColumn)) : [],
                Indicators = indicators,
                SourceLine = GridRows.LineOf(source, cell),
            };
        }
    }
}
