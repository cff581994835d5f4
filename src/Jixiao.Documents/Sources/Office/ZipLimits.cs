namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// How much an Office package may unpack to. A real 部门预算绩效 document is a few megabytes unpacked; the limits
/// are far above that and far below what would exhaust memory, so a zip bomb is refused before it is inflated.
/// </summary>
public sealed record ZipLimits(long MaxTotalUncompressedBytes, long MaxEntryUncompressedBytes, int MaxEntries, int MaxRatio)
{
    /// <summary>200 MB in total, 100 MB per part, 10 000 parts, a part over 1 MB may not unpack to more than 200× its packed size.</summary>
    public static ZipLimits Default { get; } = new(200L * 1024 * 1024, 100L * 1024 * 1024, 10_000, 200);

    /// <summary>Parts below this size are never judged by their ratio: a tiny XML part of repeated tags packs 1000:1 honestly.</summary>
    public const long RatioFloorBytes = 1024 * 1024;
}
