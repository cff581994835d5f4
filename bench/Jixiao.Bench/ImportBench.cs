using BenchmarkDotNet.Attributes;
using Jixiao.Documents;

namespace Jixiao.Bench;

/// <summary>Issue 10: importing seed 004 (read, detect, parse, build the model) — goal: warm median ≤ 3 ms.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ImportBench
{
    private byte[] _bytes = [];
    private readonly DocumentImporter _importer = DocumentImporter.CreateDefault();

    [Params("004_118d383ccab95c06.txt")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(SeedFiles.Path(Seed));

    [Benchmark]
    public int ImportSeed() => _importer.Import(Seed, _bytes).Document.Projects.Count;
}
