using Jixiao.Core.Model;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 由分了类的中性表格组装文档中按结构读取的部分（issue 21 的新路径）。现阶段它补上行文读取者读不出的部分——
/// 部门整体支出绩效目标表（无论哪种版式的文档里）——其余部分仍由各版式读取者读取，逐步迁移到这里
/// （docs/reading-by-structure.md 记录迁移到哪一步）。
/// </summary>
public sealed class GridAssembly(TableClassifier classifier, HeaderVocabulary vocabulary)
{
    public static GridAssembly Default { get; } = new(TableClassifier.Default, HeaderVocabulary.Default);

    /// <summary>由表格结构读出项目的文档的版式代码（界面上显示为“按表格结构读取”）。</summary>
    public const string Layout = "table-structure";

    /// <summary>
    /// 补全 <paramref name="document"/>：行文读取者没读出部门整体目标而表格里有整体表时，从表格读；没读出任何项目而
    /// 表格里有项目表时，项目从表格读。
    /// </summary>
    public TargetDocument Complete(TargetDocument document, SourceText source)
    {
        if (source.Grid is not { } grid) return document;
        var tables = classifier.Classify(grid);
        // Printed 项目支出绩效自评表 (a 决算 disclosure publishes them) are read as printed, for the R-EVA rules (issue 18).
        if (tables.Any(t => t.Kind == TableKind.SelfEvaluation)
            && new SelfEvaluationTableReader(vocabulary).Read(grid, source) is { Count: > 0 } printed)
        {
            document = document with { SelfEvaluations = printed };
            // A line reader that took a 自评表 for a target table read its outcomes as targets: those projects are not targets.
            var names = printed.Select(p => TextNormalizer.RemoveWhitespace(p.ProjectName ?? "")).ToHashSet(StringComparer.Ordinal);
            var kept = document.Projects.Where(p => !names.Contains(TextNormalizer.RemoveWhitespace(p.Name))).ToList();
            if (kept.Count < document.Projects.Count)
            {
                if (kept.Count == 0 && document.BudgetTables.Count == 0 && document.Disclosure is null)
                    return SelfEvaluationsOnly(source, printed);
                document = document with { Projects = kept };
            }
        }
        if (document.Overall is not null && document.Projects.Count > 0) return document;
        if (document.Overall is null)
        {
            var reader = new OverallTableReader(vocabulary);
            foreach (var classified in tables.Where(t => t.Kind == TableKind.Overall))
                if (reader.Read(grid, classified, source) is { } overall)
                {
                    document = document with { Overall = overall };
                    break;
                }
        }
        if (document.Projects.Count == 0 && new ProjectTablesReader(vocabulary).Read(grid, tables, source) is { Count: > 0 } projects)
            document = document with { Projects = projects, Source = document.Source with { Layout = Layout } };
        return document;
    }

    /// <summary>由印出的自评表读出的版式代码（只有自评表、没有目标表的文件）。</summary>
    public const string SelfEvaluationLayout = "self-evaluation";

    /// <summary>
    /// 没有哪个版式读取者认得、但表格里有印出的项目支出绩效自评表的文件：只含自评表的文档（年度、单位取自第一张表）；
    /// 没有时为 null。
    /// </summary>
    public TargetDocument? SelfEvaluationDocument(SourceText source)
    {
        if (source.Grid is not { } grid || !classifier.Classify(grid).Any(t => t.Kind == TableKind.SelfEvaluation)) return null;
        var printed = new SelfEvaluationTableReader(vocabulary).Read(grid, source);
        return printed.Count == 0 ? null : SelfEvaluationsOnly(source, printed);
    }

    private static TargetDocument SelfEvaluationsOnly(SourceText source, IReadOnlyList<Core.Model.PrintedEvaluation.PrintedSelfEvaluation> printed) =>
        new()
        {
            Source = new DocumentSource(source.FileName, SelfEvaluationLayout),
            FiscalYear = printed[0].FiscalYear,
            MoneyUnit = printed[0].MoneyUnit,
            SelfEvaluations = printed,
        };

    /// <summary>只按表格结构读出的项目（与版式读取者的结果对照用，见 docs/reading-by-structure.md）。</summary>
    public IReadOnlyList<Project> ReadProjects(SourceText source) =>
        source.Grid is { } grid ? new ProjectTablesReader(vocabulary).Read(grid, classifier.Classify(grid), source) : [];
}
