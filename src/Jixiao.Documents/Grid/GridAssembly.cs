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
        // Nothing to complete: no table needs classifying on this import.
        if (source.Grid is not { } grid || document.Overall is not null && document.Projects.Count > 0) return document;
        var tables = classifier.Classify(grid);
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

    /// <summary>只按表格结构读出的项目（与版式读取者的结果对照用，见 docs/reading-by-structure.md）。</summary>
    public IReadOnlyList<Project> ReadProjects(SourceText source) =>
        source.Grid is { } grid ? new ProjectTablesReader(vocabulary).Read(grid, classifier.Classify(grid), source) : [];
}
