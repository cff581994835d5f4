namespace Jixiao.Cli.Commands.Corpus;

/// <summary>What reading one corpus file gave: refused and why, or what was read and which invariants did not hold.</summary>
internal sealed record CorpusEntry(string File)
{
    /// <summary>The Chinese message the file was refused with; null when it was read.</summary>
    public string? Refusal { get; init; }
    public string? Layout { get; init; }
    public int Projects { get; init; }
    public int Indicators { get; init; }
    public int BudgetTables { get; init; }
    public bool Overall { get; init; }
    /// <summary>Projects with no indicator read.</summary>
    public IReadOnlyList<string> WithoutIndicators { get; init; } = [];
    /// <summary>Project names that are a header word or an amount.</summary>
    public IReadOnlyList<string> HeaderNames { get; init; } = [];
    /// <summary>Tables that print a weight total (分值权重（90分）), and the ones whose weights read sum to something else.</summary>
    public int WeightTables { get; init; }
    public List<string> WeightMismatches { get; init; } = [];
    /// <summary>The document's statement of its project count and total, and how the projects read compare, when it states one.</summary>
    public string? Stated { get; init; }
    public string? StatedMismatch { get; init; }
    /// <summary>Lines whose cells head a 绩效指标 table (一级指标 … 二级指标) when no project and no 部门整体 target was read from them.</summary>
    public int UnreadTargetHeaders { get; init; }
    /// <summary>The first 部门整体 target-table title printed when no 部门整体 target was read; null otherwise.</summary>
    public string? UnreadOverallTitle { get; init; }
    /// <summary>The neutral model's tables by kind (classified by their own headers); null where the format has no model.</summary>
    public IReadOnlyDictionary<Jixiao.Documents.Vocabulary.TableKind, int>? TableKinds { get; init; }
    /// <summary>Why the review could not run on the document; null when it ran.</summary>
    public string? ReviewFailure { get; init; }

    public bool Refused => Refusal is not null;

    public int Exceptions =>
        (WithoutIndicators.Count > 0 ? 1 : 0) + (HeaderNames.Count > 0 ? 1 : 0) + WeightMismatches.Count
        + (StatedMismatch is not null ? 1 : 0) + (ReviewFailure is not null ? 1 : 0) + (UnreadTargetHeaders > 0 ? 1 : 0) + (UnreadOverallTitle is not null ? 1 : 0);
}
