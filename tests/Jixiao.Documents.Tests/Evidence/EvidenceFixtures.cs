using Jixiao.Core.Review;
using Jixiao.Documents.Evidence;
using Jixiao.Documents.Tests.RealDocuments;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Evidence;

/// <summary>Imports and reviews a real PDF or a seed once per test run and locates every finding.</summary>
public static class EvidenceFixtures
{
    public const string WelfareHome = "shanghai_putuo_welfare_home_2024_unit_budget.pdf";
    public const string FinanceBureau = "shanghai_putuo_finance_bureau_2025_dept.pdf";

    private static readonly Dictionary<string, Lazy<(ImportResult Import, IReadOnlyList<LocatedFinding> Findings)>> Cache =
        new[] { WelfareHome, FinanceBureau, RealDocs.Beijing, RealDocs.Yantai, RealDocs.Fuzhou, Seeds.S004 }
            .ToDictionary(f => f, f => new Lazy<(ImportResult, IReadOnlyList<LocatedFinding>)>(() => Load(f)));

    public static byte[] Bytes(string file) => file.EndsWith(".pdf", StringComparison.Ordinal) ? File.ReadAllBytes(RealDocs.PathOf(file)) : Seeds.Bytes(file);

    public static ImportResult Import(string file) => Cache[file].Value.Import;

    public static IReadOnlyList<LocatedFinding> Findings(string file) => Cache[file].Value.Findings;

    private static (ImportResult, IReadOnlyList<LocatedFinding>) Load(string file)
    {
        var result = DocumentImporter.CreateDefault().Import(file, Bytes(file));
        var locator = EvidenceLocator.For(result) ?? throw new InvalidOperationException("导入结果没有保留源文本");
        var findings = ReviewRules.Default.Review(result.Document).Select(f => new LocatedFinding(file, f, locator.Locate(f))).ToList();
        return (result, findings);
    }
}
