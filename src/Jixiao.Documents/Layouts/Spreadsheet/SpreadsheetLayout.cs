using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Forms exported from Excel, one row a line, cells tab-separated, merged cells as empty cells: a
/// 部门（单位）整体支出绩效目标申报表 and any number of …项目绩效目标表 (docs/layouts/spreadsheet.md).
/// Stateless, so one instance serves every thread.
/// </summary>
public sealed class SpreadsheetLayout : ILayoutReader
{
    public string Name => "spreadsheet";

    public double Detect(SourceText text) => SpreadsheetDetector.Score(text);

    public TargetDocument Read(SourceText text, ReadContext context) => ReadDetailed(text, context).Document;

    /// <summary>Reads the document and also returns the empty template rows (模板空行) it passed over.</summary>
    public SpreadsheetReadResult ReadDetailed(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var heading = new DocumentHeading();
        var templateRows = new List<EmptyTemplateRow>();
        var projects = new List<Project>();
        OverallTarget? overall = null;
        DeclarationFormReader? form = null;
        ProjectTableReader? project = null;
        int? titleYear = null;

        void FinishSection()
        {
            if (form is not null)
            {
                overall = form.Finish();
                form = null;
            }
            if (project is not null && project.Finish(templateRows) is { } p) projects.Add(p);
            project = null;
        }

        foreach (var line in text.Lines)
        {
            var row = new SheetRow(line);
            if (row.IsEmpty) continue;
            switch (SheetTitle.Classify(row))
            {
                case SheetTitleKind.DeclarationForm when overall is null && form is null:
                    FinishSection();
                    form = new DeclarationFormReader(heading, context, templateRows);
                    continue;
                case SheetTitleKind.DeclarationForm:
                    FinishSection();
                    context.Unplace(row.Line, row.Text, "文档中有第二张整体支出绩效目标申报表，只导入第一张");
                    continue;
                case SheetTitleKind.ProjectTable:
                    FinishSection();
                    titleYear ??= SheetTitle.Year(row.SoleCell!);
                    project = new ProjectTableReader(row, projects.Count + 1, context);
                    continue;
            }
            if (form is not null) form.Add(row);
            else if (project is not null) project.Add(row);
            else if (!heading.TryRead(row)) context.Unplace(row.Line, row.Text, "表格之外无法识别的行");
        }
        FinishSection();

        var unit = heading.MoneyUnit ?? projects.Select(p => p.MoneyUnit).FirstOrDefault(u => u is not null);
        var document = new TargetDocument
        {
            Source = new DocumentSource(text.FileName, Name),
            Department = heading.DepartmentName is { } name ? new Department(null, name) : null,
            FiscalYear = heading.FiscalYear ?? titleYear,
            MoneyUnit = unit,
            Overall = overall,
            Projects = projects.Select(p => p.MoneyUnit is null ? p with { MoneyUnit = unit } : p).ToList(),
        };
        return new SpreadsheetReadResult(document, templateRows);
    }
}
