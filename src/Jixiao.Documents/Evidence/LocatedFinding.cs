using Jixiao.Core.Review;

namespace Jixiao.Documents.Evidence;

/// <summary>A finding with its evidence and the file it is about (the file matters in a batch's one CSV).</summary>
public sealed record LocatedFinding(string File, Finding Finding, FindingEvidence Evidence);
