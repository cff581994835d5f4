using System.Runtime.CompilerServices;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Layouts.Disclosure;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 版式“按表格结构读取”（table-structure，issue 21）：PDF 的一项目一表的表单（烟台、福州、西安……）从中性模型读，
/// 按表头和表单标签的意义，不再靠行文的版式读取者。多项目宽表（北京预算12表）暂仍由 Layouts/WideProjectTable 读。部门取多数表单写的
/// 主管部门，没有时取部门整体表的“部门名称”；年度、预算公开表和情况说明仍由共用的读取者从行文读。
/// 表头带“绩效指标描述”列的项目表是种子及本系统自己印出的版式（PdfText 还读它的资金支出计划），不在此列。
/// </summary>
public sealed class TableStructureLayout(TableClassifier classifier, HeaderVocabulary vocabulary) : ILayoutReader
{
    public TableStructureLayout() : this(TableClassifier.Default, HeaderVocabulary.Default) { }

    public string Name => GridAssembly.Layout;

    /// <summary>中性模型里读得出项目时的把握：高于按行文读的版式（表单式最高 0.95），所以 PDF 的项目表以表格结构为准。</summary>
    private const double Score = 0.97;

    // Detection reads the projects already; Read takes them from here instead of reading them twice.
    private readonly ConditionalWeakTable<GridDocument, IReadOnlyList<Project>> read = [];

    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Grid is not { FormatName: "pdf" } grid) return 0;
        var tables = classifier.Classify(grid);
        // Wide tables (北京 预算12表) stay with Layouts/WideProjectTable for now: its 部门整体 table gives the department
        // and overall target the grid's OverallTableReader does not read there yet.
        if (!tables.Any(t => t.Kind is TableKind.Project) || tables.Any(t => t.Kind is TableKind.WideProject)) return 0;
        if (tables.Any(t => t.Kind is TableKind.Project && t.Header is { } h && h.Has(TableColumn.Description))) return 0;
        return Projects(text, grid, tables).Count > 0 ? Score : 0;
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var grid = text.Grid ?? throw new InvalidOperationException("按表格结构读取需要中性模型。");
        var tables = classifier.Classify(grid);
        var unit = text.Lines.Select(l => DocumentFacts.UnitIn(l.Text)).FirstOrDefault(u => u is not null);
        var year = DocumentFacts.FiscalYear(text.Lines);
        var projects = Projects(text, grid, tables);
        return new TargetDocument
        {
            Source = new DocumentSource(text.FileName, Name),
            Department = SupervisingDepartment(projects) ?? NamedDepartment(tables),
            FiscalYear = year,
            // Disclosure parts printed in the same file (预算公开表, 情况说明) are read by the shared readers.
            Disclosure = DisclosureReader.Read(text, year),
            BudgetTables = BudgetTableReader.Read(text.Lines, context),
            MoneyUnit = unit,
            Projects = [.. projects.Select(p => p.MoneyUnit is null ? p with { MoneyUnit = unit } : p)],
        };
    }

    private IReadOnlyList<Project> Projects(SourceText text, GridDocument grid, IReadOnlyList<ClassifiedTable> tables) =>
        read.GetValue(grid, _ => new ProjectTablesReader(vocabulary).Read(grid, tables, text));

    /// <summary>部门是多数表单写的主管部门（225_烟台市司法局 → 编码 225）。</summary>
    private static Department? SupervisingDepartment(IReadOnlyList<Project> projects)
    {
        var most = projects.Where(p => p.Supervisor is not null).GroupBy(p => p.Supervisor!)
            .OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        if (most is null) return null;
        var (code, name) = CodedName.Split(most, 1);
        return new Department(code, name);
    }

    /// <summary>部门整体表里“部门名称｜×××”标签右边的名称（宽表没有主管部门一栏）。</summary>
    private Department? NamedDepartment(IReadOnlyList<ClassifiedTable> tables)
    {
        foreach (var classified in tables.Where(t => t.Kind == TableKind.Overall))
            foreach (var cell in classified.Table.Cells)
            {
                if (cell.IsEmpty || vocabulary.FormLabel(cell.Text) != "Department") continue;
                var name = classified.Table.TextAt(cell.Row, cell.LastColumn + 1).Trim();
                if (name.Length > 0) return new Department(null, name);
            }
        return null;
    }
}
