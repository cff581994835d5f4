using Jixiao.Documents.Layouts.Disclosure;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>
/// The "word-table" layout: 项目绩效目标表 exported from Word as text, one table cell per tab-indented line,
/// rows separated by blank lines, merged cells as empty cell lines (see docs/layouts/word-table.md).
/// </summary>
public sealed class WordTableReader : ILayoutReader
{
    public string Name => "word-table";

    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordTableDetector.Score(text);
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);

        var tables = ProjectTableGrouper.Group(WordCellScanner.Scan(text.Lines));
        var projects = new List<Project>(tables.Count);
        foreach (var table in tables)
        {
            var project = ProjectTableReader.Read(table, context);
            if (project is not null) projects.Add(project);
        }

        var moneyUnit = MostCommonMoneyUnit(projects);
        for (var i = 0; i < projects.Count; i++)
            if (projects[i].MoneyUnit is null && moneyUnit is not null)
                projects[i] = projects[i] with { MoneyUnit = moneyUnit };

        var overall = OverallProseReader.Read(text.Lines, context);

        var fiscalYear = FiscalYearInference.Infer(text.Lines, projects);
        return new TargetDocument
        {
            Source = new DocumentSource(text.FileName, Name),
            Department = DepartmentInference.Infer(text.Lines, projects),
            FiscalYear = fiscalYear,
            Disclosure = DisclosureReader.Read(text, fiscalYear),
            BudgetTables = BudgetTableReader.Read(text.Lines, context),
            MoneyUnit = moneyUnit,
            Overall = overall,
            Projects = projects,
        };
    }

    /// <summary>The unit most tables state (the first on a tie); each table keeps its own in Project.MoneyUnit.</summary>
    private static MoneyUnit? MostCommonMoneyUnit(List<Project> projects)
    {
        int wan = 0, yuan = 0;
        MoneyUnit? first = null;
        foreach (var p in projects)
        {
            if (p.MoneyUnit is not { } u) continue;
            first ??= u;
            if (u == MoneyUnit.TenThousandYuan) wan++; else yuan++;
        }
        if (first is null) return null;
        return wan == yuan ? first : wan > yuan ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan;
    }
}
