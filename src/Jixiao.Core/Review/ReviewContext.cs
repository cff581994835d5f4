using Jixiao.Core.Model;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review;

/// <summary>
/// One review of one document: the document, the facts computed once for all rules (normalized indicator
/// texts, recognised levels, budget-table views) and the findings reported so far. Not shared between reviews.
/// </summary>
public sealed class ReviewContext
{
    private readonly List<(FindingSortKey Key, Finding Finding)> _findings = [];
    private IReadOnlyList<BudgetTableView>? _tables;

    internal ReviewContext(TargetDocument document)
    {
        Document = document;
        var tables = new List<IndicatorTableFacts>(document.Projects.Count + 1);
        if (document.Overall is { Indicators.Count: > 0 } overall)
            tables.Add(new IndicatorTableFacts(0, null, overall.Indicators, document.MoneyUnit));
        for (var i = 0; i < document.Projects.Count; i++)
            tables.Add(new IndicatorTableFacts(i + 1, document.Projects[i], document.Projects[i].Indicators, document.MoneyUnit));
        IndicatorTables = tables;
        Projects = tables.Where(t => t.IsProject).ToArray();
    }

    public TargetDocument Document { get; }

    /// <summary>The jurisdiction's disclosure profile used for this review and why (configured or recognised), or null.</summary>
    public Profiles.Jurisdictions.JurisdictionMatch? Jurisdiction { get; init; }

    /// <summary>The other files of the same disclosure, reviewed together with this one (<c>jixiao check DIR</c>, <c>--with</c>).</summary>
    public IReadOnlyList<TargetDocument> Companions { get; init; } = [];

    /// <summary>The department-wide indicator table (index 0, when it has indicators) and every project's.</summary>
    public IReadOnlyList<IndicatorTableFacts> IndicatorTables { get; }

    /// <summary>Projects only (index 1…n).</summary>
    public IReadOnlyList<IndicatorTableFacts> Projects { get; }

    /// <summary>Budget disclosure tables, read by meaning; built on first use.</summary>
    public IReadOnlyList<BudgetTableView> BudgetTables =>
        _tables ??= Document.BudgetTables.Select((t, i) => new BudgetTableView(t, i + 1, Document.MoneyUnit, Document.FiscalYear)).ToArray();

    /// <summary>Reports a finding. <paramref name="content"/> is what the finding is about (its fingerprint source).</summary>
    public void Report(RuleDescriptor rule, FindingLocation where, string message, string content,
        Severity? severity = null, string? expected = null, string? actual = null, string? suggestion = null, Fixes.FindingFix? fix = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(where);
        var finding = new Finding
        {
            RuleId = rule.Id,
            Severity = severity ?? rule.DefaultSeverity,
            Where = where,
            Message = message,
            Basis = rule.Basis,
            Expected = expected,
            Actual = actual,
            Suggestion = suggestion,
            Fix = fix,
            Fingerprint = FindingFingerprint.Of(rule.Id, content),
        };
        _findings.Add((FindingSortKey.For(where, this), finding));
    }

    /// <summary>Reports on an indicator, with the indicator's own content as fingerprint.</summary>
    public void ReportIndicator(RuleDescriptor rule, IndicatorTableFacts table, IndicatorFacts indicator, string field, string message,
        Severity? severity = null, string? expected = null, string? actual = null, string? suggestion = null, Fixes.FindingFix? fix = null) =>
        Report(rule, FindingLocation.ForIndicator(table.Index, indicator.Index, field, indicator.SourceLine), message,
            table.IndicatorKey(indicator), severity, expected, actual, suggestion, fix);

    internal IEnumerable<(FindingSortKey Key, Finding Finding)> Reported => _findings;

    internal int TableSourceLine(string title)
    {
        foreach (var t in Document.BudgetTables)
            if (t.Title == title) return t.SourceLine;
        return 0;
    }
}
