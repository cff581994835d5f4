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

    private readonly IReadOnlySet<int>? _scope;
    private IReadOnlyList<IndicatorTableFacts>? _allTables, _allProjects, _scopedTables, _scopedProjects;
    private bool? _layoutHasBasis;

    /// <param name="document">The document reviewed.</param>
    /// <param name="scope">
    /// The indicator tables (0 = the department-wide table, 1…n the projects) the <see cref="RuleScope.Project"/> rules
    /// look at; null for all of them. <see cref="RuleScope.Document"/> rules always see every table.
    /// </param>
    internal ReviewContext(TargetDocument document, IReadOnlySet<int>? scope = null)
    {
        Document = document;
        _scope = scope;
    }

    public TargetDocument Document { get; }

    /// <summary>The jurisdiction's disclosure profile used for this review and why (configured or recognised), or null.</summary>
    public Profiles.Jurisdictions.JurisdictionMatch? Jurisdiction { get; init; }

    /// <summary>The other files of the same disclosure, reviewed together with this one (<c>jixiao check DIR</c>, <c>--with</c>).</summary>
    public IReadOnlyList<TargetDocument> Companions { get; init; } = [];

    /// <summary>Set by the engine while a <see cref="RuleScope.Project"/> rule runs: it then sees only the tables in scope.</summary>
    internal bool InProjectRule { get; set; }

    /// <summary>The department-wide indicator table (index 0, when it has indicators) and every project's.</summary>
    public IReadOnlyList<IndicatorTableFacts> IndicatorTables => InProjectRule && _scope is not null
        ? _scopedTables ??= Tables(_scope.Contains)
        : _allTables ??= Tables(_ => true);

    /// <summary>Projects only (index 1…n).</summary>
    public IReadOnlyList<IndicatorTableFacts> Projects => InProjectRule && _scope is not null
        ? _scopedProjects ??= IndicatorTables.Where(t => t.IsProject).ToArray()
        : _allProjects ??= IndicatorTables.Where(t => t.IsProject).ToArray();

    /// <summary>
    /// Whether the layout has a 指标值确定依据 column: some indicator of the document, in any table, has a basis. A fact
    /// of the whole document that project-scoped rules may read (R-VAL-011).
    /// </summary>
    public bool LayoutHasBasis => _layoutHasBasis ??=
        Document.Overall is { } o && o.Indicators.Any(HasBasis) || Document.Projects.Any(p => p.Indicators.Any(HasBasis));

    /// <summary>
    /// Everything of the whole document a <see cref="RuleScope.Project"/> rule may read besides its own table. While
    /// these are equal, a change to one table cannot change another table's findings.
    /// </summary>
    public ReviewFacts Facts => new(Document.FiscalYear, Document.MoneyUnit, Jurisdiction, LayoutHasBasis);

    private static bool HasBasis(Indicator i) => !string.IsNullOrWhiteSpace(i.Basis);

    private IndicatorTableFacts[] Tables(Func<int, bool> include)
    {
        var tables = new List<IndicatorTableFacts>();
        if (Document.Overall is { Indicators.Count: > 0 } overall && include(0))
            tables.Add(new IndicatorTableFacts(0, null, overall.Indicators, Document.MoneyUnit));
        for (var i = 0; i < Document.Projects.Count; i++)
            if (include(i + 1))
                tables.Add(new IndicatorTableFacts(i + 1, Document.Projects[i], Document.Projects[i].Indicators, Document.MoneyUnit));
        return [.. tables];
    }

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
