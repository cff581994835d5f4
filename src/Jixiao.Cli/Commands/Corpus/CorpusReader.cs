using System.Globalization;
using System.Text;
using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Documents;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Cli.Commands.Corpus;

/// <summary>
/// Reads one corpus file as <c>jixiao import</c> and <c>check</c> do (<see cref="FileImport"/>, then the review), and
/// measures the invariants that need no hand count (<see cref="CorpusWording"/>).
/// </summary>
internal static class CorpusReader
{
    public static CorpusEntry Read(FileInfo file)
    {
        var reason = new StringWriter();
        var result = FileImport.TryImport(file, reason);
        if (result is null)
            return new CorpusEntry(file.Name) { Refusal = OneLine(reason.ToString().Replace("错误：", "", StringComparison.Ordinal)) };

        var d = result.Document;
        string? reviewFailure = null;
        try
        {
            ReviewRules.Default.Review(d);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            reviewFailure = $"审核出错（{ex.GetType().Name}：{OneLine(ex.Message)}）";
        }
        var (weightTables, weightMismatches) = WeightTotals(d, result.Source);
        var classified = result.Source?.Grid is { } grid ? TableClassifier.Default.Classify(grid) : null;
        var kinds = classified?.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Count());
        if (d.Overall is { } overall && classified is not null && OverallWeightTotal(classified) is { } overallTotal)
        {
            weightTables++;
            var read = overall.Indicators.Sum(i => i.Weight?.Value ?? 0m);
            if (read != overallTotal)
                weightMismatches.Add($"部门整体表头印{overallTotal.ToString(CultureInfo.InvariantCulture)}分，读出权重合计{read.ToString(CultureInfo.InvariantCulture)}");
        }
        var (stated, statedMismatch) = StatedProjects(d, result.Source);
        return new CorpusEntry(file.Name)
        {
            Layout = d.Source.Layout,
            Projects = d.Projects.Count,
            Indicators = d.Projects.Sum(p => p.Indicators.Count),
            BudgetTables = d.BudgetTables.Count,
            Overall = d.Overall is not null,
            WithoutIndicators = d.Projects.Where(p => p.Indicators.Count == 0).Select(p => Shorten(p.Name)).ToList(),
            HeaderNames = d.Projects.Where(p => IsHeaderOrAmount(p.Name)).Select(p => p.Name).ToList(),
            WeightTables = weightTables,
            WeightMismatches = weightMismatches,
            Stated = stated,
            StatedMismatch = statedMismatch,
            ReviewFailure = reviewFailure,
            UnreadOverallTitle = d.Overall is null ? OverallTitle(result.Source) : null,
            UnreadTargetHeaders = d.Projects.Count == 0 && d.Overall is null ? TargetHeaders(result.Source, kinds) : 0,
            TableKinds = kinds,
        };
    }

    /// <summary>The weight total the first 部门整体 table prints in its header (分值权重（90分）), when it prints one.</summary>
    private static decimal? OverallWeightTotal(IReadOnlyList<ClassifiedTable> classified)
    {
        foreach (var t in classified)
        {
            if (t.Kind != TableKind.Overall || t.Header is not { } header) continue;
            foreach (var text in t.Table.OwnTexts(header.Row))
            {
                var m = CorpusWording.WeightTotal().Match(Compact(text));
                if (m.Success) return decimal.Parse(m.Groups["total"].Value, CultureInfo.InvariantCulture);
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// Target tables on the pages, whatever was read from them: by the classifier where the format has a neutral model
    /// (self-evaluation and monitoring tables are not target tables), else lines that head a 绩效指标 table.
    /// </summary>
    private static int TargetHeaders(SourceText? source, IReadOnlyDictionary<TableKind, int>? kinds) =>
        kinds is not null
            ? new[] { TableKind.Project, TableKind.WideProject, TableKind.Indicators, TableKind.Overall }.Sum(k => kinds.GetValueOrDefault(k))
            : source?.Lines.Count(l => CorpusWording.TargetTableHeader.All(w => l.Text.Contains(w, StringComparison.Ordinal))) ?? 0;

    /// <summary>
    /// The first line titling a 部门整体 target table (spaces removed) with the table under it: an indicator header
    /// (一级指标 … 二级指标) within the next lines. A title in a list of contents has no table under it.
    /// </summary>
    private static string? OverallTitle(SourceText? source)
    {
        if (source is null) return null;
        var lines = source.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Contains('\t', StringComparison.Ordinal)) continue;
            var title = Compact(lines[i].Text);
            if (!CorpusWording.OverallTableTitle().IsMatch(title)) continue;
            for (var j = i + 1; j < lines.Count && j <= i + CorpusWording.TitleToHeaderLines; j++)
                if (CorpusWording.TargetTableHeader.All(w => lines[j].Text.Contains(w, StringComparison.Ordinal))) return title;
        }
        return null;
    }

    public static bool IsHeaderOrAmount(string name)
    {
        var compact = Compact(name);
        return compact.Length == 0 || CorpusWording.HeaderWords.Contains(compact)
            || CorpusWording.AmountHeading().IsMatch(compact) || CorpusWording.Amount().IsMatch(compact);
    }

    /// <summary>
    /// For each project whose table header prints a weight total (between the table's first line and its first
    /// indicator row), the weights read must sum to it.
    /// </summary>
    private static (int Tables, List<string> Mismatches) WeightTotals(TargetDocument d, SourceText? source)
    {
        var mismatches = new List<string>();
        var tables = 0;
        if (source is null) return (0, mismatches);
        foreach (var p in d.Projects)
        {
            var first = p.Indicators.Where(i => i.SourceLine > 0).Select(i => i.SourceLine).DefaultIfEmpty(0).Min();
            if (p.SourceLine <= 0 || first < p.SourceLine) continue;
            decimal? printed = null;
            for (var n = p.SourceLine; n <= first && n <= source.Lines.Count && printed is null; n++)
            {
                var m = CorpusWording.WeightTotal().Match(Compact(source.Lines[n - 1].Text));
                if (m.Success) printed = decimal.Parse(m.Groups["total"].Value, CultureInfo.InvariantCulture);
            }
            if (printed is not { } total) continue;
            tables++;
            var read = p.Indicators.Sum(i => i.Weight?.Value ?? 0m);
            if (read != total)
                mismatches.Add($"“{Shorten(p.Name)}”表头印{total.ToString(CultureInfo.InvariantCulture)}分，读出权重合计{read.ToString(CultureInfo.InvariantCulture)}");
        }
        return (tables, mismatches);
    }

    /// <summary>The first statement of the project count and total (涉及一级预算项目6个，预算资金3056.57万元) against the projects read.</summary>
    private static (string? Stated, string? Mismatch) StatedProjects(TargetDocument d, SourceText? source)
    {
        if (source is null) return (null, null);
        var all = new StringBuilder();
        foreach (var line in source.Lines) all.Append(Compact(line.Text));
        var text = all.ToString();
        foreach (var pattern in CorpusWording.StatedProjects)
        {
            var m = pattern.Match(text);
            if (!m.Success || CorpusWording.Count(m.Groups["count"].Value) is not { } count) continue;
            var amount = decimal.Parse(m.Groups["amount"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var read = d.Projects.Sum(p => p.Budget.Total is { } t
                ? MoneyUnits.Convert(t.Value, p.MoneyUnit ?? d.MoneyUnit ?? MoneyUnit.TenThousandYuan, MoneyUnit.TenThousandYuan) : 0m);
            var stated = $"{count}个 {Amount(amount)}万元";
            var problems = new List<string>();
            if (count != d.Projects.Count)
            {
                // Forms printed per unit or twice carry one name several times: say so; the page shows which it is.
                var names = d.Projects.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count();
                problems.Add(names == d.Projects.Count ? $"读出{d.Projects.Count}个项目" : $"读出{d.Projects.Count}个项目（名称只有{names}个不同：有同名的项目表）");
            }
            if (Math.Abs(read - amount) > 0.01m) problems.Add($"读出预算合计{Amount(read)}万元");
            return (stated, problems.Count == 0 ? null : $"文中写“{m.Value}”，{string.Join("，", problems)}");
        }
        return (null, null);
    }

    private static string Amount(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    private static string OneLine(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Shorten(string name)
    {
        var one = OneLine(name);
        return one.Length <= 40 ? one : string.Concat(one.AsSpan(0, 40), "…");
    }
}
