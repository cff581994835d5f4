using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

public sealed class RuleCatalogueTests
{
    /// <summary>
    /// Every rule ID of RULES.md (sections Goals … The whole disclosure document), copied from it.
    /// </summary>
    private static readonly string[] RulesMd =
    [
        "R-GOAL-001", "R-GOAL-002", "R-GOAL-003", "R-GOAL-004",
        "R-COV-001", "R-COV-002", "R-COV-003", "R-COV-004", "R-COV-005", "R-COV-006", "R-COV-007",
        "R-VAL-001", "R-VAL-002", "R-VAL-003", "R-VAL-004", "R-VAL-005", "R-VAL-006", "R-VAL-007", "R-VAL-008", "R-VAL-009", "R-VAL-010", "R-VAL-011", "R-VAL-012",
        "R-CON-001", "R-CON-002", "R-CON-003", "R-CON-004", "R-CON-005", "R-CON-006", "R-CON-007",
        "R-DEP-001", "R-DEP-002", "R-DEP-003",
        "R-BUD-001", "R-BUD-002", "R-BUD-003", "R-BUD-004", "R-BUD-005", "R-BUD-006", "R-BUD-007", "R-BUD-008", "R-BUD-009",
        "R-DOC-001", "R-DOC-002", "R-DOC-003", "R-NUM-001", "R-NUM-002", "R-TXT-001", "R-TXT-002", "R-TXT-003", "R-TXT-004",
    ];

    /// <summary>
    /// Rules of Jixiao's own, where RULES.md is silent and a finance officer would expect a check (docs/review.md,
    /// "Rules of our own"); each is a warning from practice with its own help page.
    /// </summary>
    private static readonly string[] OwnRules = ["R-CON-008"];

    /// <summary>Issue 18's checks of printed 项目支出绩效自评表 (RULES.md "Self-evaluation scoring"), docs/review.md.</summary>
    private static readonly string[] SelfEvaluationRules = ["R-EVA-001", "R-EVA-002", "R-EVA-003", "R-EVA-004", "R-EVA-005"];

    [Fact]
    public void Every_rules_md_id_and_our_own_is_registered_once_and_nothing_else()
    {
        var expected = RulesMd.Concat(OwnRules).Concat(SelfEvaluationRules).Order(StringComparer.Ordinal).ToList();
        var registered = ReviewRules.Default.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(registered.Count, registered.Distinct().Count());
        Assert.Equal(expected, registered.Order(StringComparer.Ordinal));
        Assert.Equal(expected, RuleIds.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Our_own_rules_are_warnings_from_practice()
    {
        foreach (var d in ReviewRules.Default.Descriptors.Where(d => OwnRules.Contains(d.Id)))
        {
            Assert.Equal(Severity.Warning, d.DefaultSeverity);
            Assert.Contains("实践", d.Basis, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_descriptor_has_id_severity_basis_chinese_texts_and_a_help_page()
    {
        var root = RepositoryRoot();
        foreach (var d in ReviewRules.Default.Descriptors)
        {
            Assert.Matches(@"^R-(GOAL|COV|VAL|CON|DEP|BUD|DOC|NUM|TXT|EVA)-\d{3}$", d.Id);
            Assert.True(Enum.IsDefined(d.DefaultSeverity));
            Assert.False(string.IsNullOrWhiteSpace(d.Basis), d.Id);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d.Title);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d.MessageTemplate);
            Assert.Equal($"docs/rules/{d.Id}.md", d.HelpPath);
            Assert.True(File.Exists(Path.Combine(root, d.HelpPath)), $"missing {d.HelpPath}");
        }
    }

    [Fact]
    public void Every_rule_class_is_named_by_its_id()
    {
        foreach (var rule in ReviewRules.Default.Rules)
            Assert.StartsWith(rule.Descriptor.Id.Replace('-', '_') + "_", rule.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_descriptor_without_chinese_or_basis_cannot_be_made()
    {
        Assert.Throws<ArgumentException>(() => RuleDescriptor.Create("R-VAL-001", RuleFamily.Values, Severity.Error, "空", "empty value", "x"));
        Assert.Throws<ArgumentException>(() => RuleDescriptor.Create("R-VAL-001", RuleFamily.Values, Severity.Error, "空", "指标值为空", " "));
        Assert.Throws<ArgumentException>(() => RuleDescriptor.Create("R-XXX-001", RuleFamily.Values, Severity.Error, "空", "指标值为空", "x"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory");
    }
}
