using System.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Cli.Commands.Corpus;

/// <summary>
/// The corpus report (docs/corpus-report.md): every document file of a folder read in parallel, listed sorted by
/// name, with what was read, why a file was refused, and the invariants that need no hand count. Deterministic: no
/// timings, no paths, no dates, so the committed report is a regression test (tests/Jixiao.Cli.Tests/Corpus).
/// </summary>
internal static class CorpusReport
{
    public static IReadOnlyList<CorpusEntry> ReadAll(DirectoryInfo folder)
    {
        var files = folder.EnumerateFiles()
            .Where(f => Check.BatchCheck.Extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        var entries = new CorpusEntry[files.Length];
        // Largest first, so the long files do not end up alone at the end on a small machine.
        var order = Enumerable.Range(0, files.Length).OrderByDescending(i => files[i].Length).ToArray();
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => entries[i] = CorpusReader.Read(files[i]));
        return entries;
    }

    public const string Header = """
        # 语料报告（corpus report）

        由 `jixiao corpus ../shared/corpus --out docs/corpus-report.md`（或 `bench/corpus-report.sh`）生成，请勿手改。
        每个文件按 `jixiao import` / `check` 的同一路径读取（识别格式 → 识别版式 → 读取 → 审核），按文件名排序；
        报告里没有耗时、路径和日期，所以读取结果一变，这份文件就变，测试 `tests/Jixiao.Cli.Tests/Corpus` 就失败。
        改动读取代码后请重新生成并把差异一并提交。

        列的含义：
        - **结果**：读出，或被拒绝（原因见下文“拒绝与例外”，即用户看到的中文提示）。
        - **表格**：读出的表格种类。目标表 = 项目绩效目标表；整体 = 部门整体绩效目标；公开表 = 预算公开表（收支总表……）。
        - **按表头分类**：中性模型（PDF 的框线网格）里的表格按自己的表头和表名分出的种类与张数（`TableClassifier`，
          词表 `src/Jixiao.Documents/Vocabulary/table-vocabulary.json`）：项目表（一项目一表）、多项目表、指标表（续表）、
          整体、自评表、监控表、公开表；跨页续排的表已接成一张。自评表、监控表不算目标表。
        - **项目 / 指标 / 公开表**：读出的项目数、项目绩效指标数、预算公开表张数。
        - **无指标**：没有读出任何指标的项目数（不变量：每个项目至少一个指标）。
        - **表头当项目**：项目名称是表头词（如“当年财政拨款预算金额”）或金额的项目数（不变量：应为 0）。
        - **权重**：表头印有权重合计（如“分值权重（90分）”）的项目表和部门整体表中，读出的权重之和与之相符的张数 / 印有合计的张数。
        - **声明**：文中写明的项目个数与金额（如“涉及一级预算项目6个，预算资金3056.57万元”）与读出的项目是否一致；
          “—”表示文中没有这样的声明（只认 `CorpusWording` 中列出的说法，报告不猜）。
        - **例外**：不变量不成立的条数，逐条列在下文；页面上有绩效指标表头（一级指标、二级指标）却什么目标也没读出，或印有部门整体绩效目标表标题（其下有指标表头）却没读出部门整体目标，也各算一条。

        """;

    /// <summary>The classifier's table kinds in a fixed order, e.g. 项目表9·整体1·公开表12 (other tables not counted).</summary>
    private static string Kinds(IReadOnlyDictionary<TableKind, int>? kinds)
    {
        if (kinds is null) return "—";
        var parts = KindNames.Where(k => kinds.GetValueOrDefault(k.Kind) > 0).Select(k => $"{k.Name}{kinds[k.Kind]}").ToList();
        return parts.Count == 0 ? "无" : string.Join("·", parts);
    }

    private static readonly (TableKind Kind, string Name)[] KindNames =
    [
        (TableKind.Project, "项目表"), (TableKind.WideProject, "多项目表"), (TableKind.Indicators, "指标表"),
        (TableKind.Overall, "整体"), (TableKind.SelfEvaluation, "自评表"), (TableKind.Monitoring, "监控表"), (TableKind.Budget, "公开表"),
    ];

    public static string Render(IReadOnlyList<CorpusEntry> entries)
    {
        var o = new StringBuilder();
        o.Append(Header.ReplaceLineEndings("\n"));
        o.Append("| 文件 | 结果 | 版式 | 表格 | 按表头分类 | 项目 | 指标 | 公开表 | 无指标 | 表头当项目 | 权重 | 声明 | 例外 |\n");
        o.Append("|---|---|---|---|---|---:|---:|---:|---:|---:|---|---|---:|\n");
        foreach (var e in entries)
        {
            if (e.Refused)
            {
                o.Append($"| {e.File} | 拒绝 | — | — | — | 0 | 0 | 0 | — | — | — | — | — |\n");
                continue;
            }
            var kinds = new List<string>();
            if (e.Projects > 0) kinds.Add("目标表");
            if (e.Overall) kinds.Add("整体");
            if (e.BudgetTables > 0) kinds.Add("公开表");
            var weights = e.WeightTables == 0 ? "—" : $"{e.WeightTables - e.WeightMismatches.Count}/{e.WeightTables}";
            var stated = e.Stated is null ? "—" : e.StatedMismatch is null ? "符" : "不符";
            o.Append($"| {e.File} | 读出 | {e.Layout} | {(kinds.Count == 0 ? "无" : string.Join("、", kinds))} | {Kinds(e.TableKinds)} | {e.Projects} | {e.Indicators} | {e.BudgetTables} | {e.WithoutIndicators.Count} | {e.HeaderNames.Count} | {weights} | {stated} | {e.Exceptions} |\n");
        }

        o.Append("\n## 拒绝与例外\n\n");
        var any = false;
        foreach (var e in entries.Where(e => e.Refused || e.Exceptions > 0))
        {
            any = true;
            o.Append($"### {e.File}\n\n");
            if (e.Refusal is not null) o.Append($"- 拒绝：{Cell(e.Refusal)}\n");
            if (e.WithoutIndicators.Count > 0)
                o.Append($"- {e.WithoutIndicators.Count} 个项目没有读出指标：{Cell(string.Join("、", e.WithoutIndicators.Take(5).Select(n => $"“{n}”")))}{(e.WithoutIndicators.Count > 5 ? "……" : "")}\n");
            if (e.HeaderNames.Count > 0)
                o.Append($"- 项目名称是表头词或金额：{Cell(string.Join("、", e.HeaderNames.Select(n => $"“{n}”")))}\n");
            foreach (var w in e.WeightMismatches) o.Append($"- 权重合计不符：{Cell(w)}\n");
            if (e.StatedMismatch is not null) o.Append($"- 项目声明不符：{Cell(e.StatedMismatch)}\n");
            if (e.UnreadTargetHeaders > 0)
                o.Append($"- 页面上有 {e.UnreadTargetHeaders} 处绩效指标表头（一级指标、二级指标），但既没有读出项目，也没有读出部门整体目标：这些目标表的版式还读不了，文件按预算公开读取和审核\n");
            if (e.UnreadOverallTitle is not null)
                o.Append($"- 页面上有部门整体绩效目标表（“{Cell(e.UnreadOverallTitle)}”），但没有读出部门整体目标\n");
            if (e.ReviewFailure is not null) o.Append($"- {Cell(e.ReviewFailure)}\n");
            o.Append('\n');
        }
        if (!any) o.Append("无。\n\n");

        var read = entries.Where(e => !e.Refused).ToList();
        o.Append("## 合计\n\n");
        o.Append($"文件 {entries.Count} 个：读出 {read.Count}，拒绝 {entries.Count - read.Count}；");
        o.Append($"读出目标表的文件 {read.Count(e => e.Projects > 0)} 个，项目 {read.Sum(e => e.Projects)} 个，指标 {read.Sum(e => e.Indicators)} 个，");
        o.Append($"没有指标的项目 {read.Sum(e => e.WithoutIndicators.Count)} 个，表头当项目 {read.Sum(e => e.HeaderNames.Count)} 个；");
        o.Append($"部门整体 {read.Count(e => e.Overall)} 个；预算公开表 {read.Sum(e => e.BudgetTables)} 张；");
        o.Append($"印有权重合计的项目表 {read.Sum(e => e.WeightTables)} 张，其中不符 {read.Sum(e => e.WeightMismatches.Count)} 张；");
        o.Append($"声明项目数的文件 {read.Count(e => e.Stated is not null)} 个，其中不符 {read.Count(e => e.StatedMismatch is not null)} 个；");
        o.Append($"有目标表头却未读出目标的文件 {read.Count(e => e.UnreadTargetHeaders > 0)} 个，印有部门整体表却未读出的文件 {read.Count(e => e.UnreadOverallTitle is not null)} 个；有例外的文件 {read.Count(e => e.Exceptions > 0)} 个。\n");
        return o.ToString();
    }

    /// <summary>Text inside a Markdown line: one line, no table-breaking pipe.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
