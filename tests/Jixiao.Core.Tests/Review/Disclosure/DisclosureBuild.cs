using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Disclosure;

/// <summary>Disclosure texts built by hand from sentences copied out of the seeds and the real documents.</summary>
internal static class DisclosureBuild
{
    public static ExplanationStatement Statement(StatementSubject subject, string amount, string quote, MoneyUnit unit = MoneyUnit.TenThousandYuan,
        int line = 10) => new()
    {
        Subject = subject, Amount = WrittenDecimal.TryParse(amount)!.Value, Unit = unit, Quote = quote, FirstLine = line, LastLine = line,
    };

    public static DisclosureParagraph Paragraph(string text, int line = 10, DisclosureSectionKind? section = DisclosureSectionKind.Explanation, bool heading = false) =>
        new(text, line, line) { Section = section, IsHeading = heading };

    /// <summary>Seed 004's nine tables with a disclosure text.</summary>
    public static TargetDocument Seed004With(DisclosureText text) =>
        Build.WithTables([.. AllSeed004Tables()]) with { Disclosure = text };

    public static TargetDocument With(DisclosureText text, params BudgetTable[] tables) => Build.WithTables(tables) with { Disclosure = text };

    public static IEnumerable<BudgetTable> AllSeed004Tables()
    {
        foreach (var key in new[] { "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算财政拨款支出表", "基本支出表", "政府性基金", "国有资本经营", "三公" })
            yield return Seed004.Table(key);
    }

    /// <summary>Every part of the text present (seed 004 has them all).</summary>
    public static IReadOnlyList<DisclosureSection> AllSections() =>
        Enum.GetValues<DisclosureSectionKind>().Select(k => new DisclosureSection(k, k.ToString(), 1)).ToArray();
}
