using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>The real disclosures in $JIXIAO_SHARED/realdocs (read, never copied into the project).</summary>
internal static class RealDocs
{
    public const string PutuoFinance = "shanghai_putuo_finance_bureau_2025_dept.pdf";
    public const string PutuoWelfare = "shanghai_putuo_welfare_home_2024_unit_budget.pdf";
    public const string Beijing = "beijing_justice_2026_tables.pdf";
    public const string Yantai = "yantai_justice_2026.pdf";
    public const string Fuzhou = "fuzhou_civil_affairs_2026.pdf";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Seeds.SharedDirectory, "realdocs", name));
}
