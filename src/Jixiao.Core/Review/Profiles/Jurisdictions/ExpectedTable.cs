using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Profiles.Jurisdictions;

/// <summary>
/// 一张应公开的表：本地区的表名，认出它的表名文字（同义写法），以及它的结构种类（按表名和表头读出该种类的表也算有）。
/// </summary>
public sealed record ExpectedTable(string Name, BudgetTableKind? Kind, IReadOnlyList<string> Synonyms)
{
    /// <summary>Whether a printed or read title names this table: a synonym inside the title, spaces ignored.</summary>
    public bool IsNamedBy(string title)
    {
        var compact = JurisdictionText.Compact(title);
        foreach (var s in Synonyms)
            if (compact.Contains(JurisdictionText.Compact(s), StringComparison.Ordinal)) return true;
        return false;
    }
}
