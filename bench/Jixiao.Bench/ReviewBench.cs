using BenchmarkDotNet.Attributes;
using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Documents;

namespace Jixiao.Bench;

/// <summary>Issue 3: reviewing seed 004 after import (all default rules) — goal: warm ≤ 5 ms.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReviewBench
{
    private TargetDocument _document = null!;
    private readonly ReviewEngine _engine = ReviewRules.Default;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = File.ReadAllBytes(SeedFiles.Path("004_118d383ccab95c06.txt"));
        _document = DocumentImporter.CreateDefault().Import("004_118d383ccab95c06.txt", bytes).Document;
    }

    [Benchmark]
    public int ReviewSeed004() => _engine.Review(_document).Count;
}
