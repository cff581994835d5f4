using Jixiao.Core.Model;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.RealDocuments;

/// <summary>
/// The real PDFs from other provinces in $JIXIAO_SHARED/realdocs (../shared/realdocs beside the checkout), each imported
/// once per test run: PDF extraction takes seconds and every test of a file reads the same result.
/// </summary>
public static class RealDocs
{
    public const string Beijing = "beijing_justice_2026_tables.pdf";
    public const string Yantai = "yantai_justice_2026.pdf";
    public const string Fuzhou = "fuzhou_civil_affairs_2026.pdf";

    private static readonly Dictionary<string, Lazy<ImportResult>> Imports = new[] { Beijing, Yantai, Fuzhou }
        .ToDictionary(f => f, f => new Lazy<ImportResult>(() => DocumentImporter.CreateDefault().Import(f, File.ReadAllBytes(PathOf(f)))));

    public static string PathOf(string file) => Path.Combine(Seeds.SharedDirectory, "realdocs", file);

    public static ImportResult Import(string file) => Imports[file].Value;

    public static TargetDocument Document(string file) => Import(file).Document;

    /// <summary>The indicator of a project by its 三级指标 name; fails the test when it is missing or not unique.</summary>
    public static Indicator IndicatorNamed(Project project, string name) => Assert.Single(project.Indicators, i => i.Name == name);
}
