using Jixiao.Documents.Text;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// Located evidence of one finding (审核意见的出处): the page it is on, the words quoted from the file, and on a PDF
/// the area(s) to box. <see cref="Areas"/> holds one box per page when the text concerned runs over a page break;
/// <see cref="Box"/> is the first. Lines are 1-based source lines (0 when the finding has no place in the text).
/// </summary>
public sealed record FindingEvidence(int? Page, string? Quote, IReadOnlyList<PageArea> Areas, int FirstLine, int LastLine)
{
    public static readonly FindingEvidence None = new(null, null, [], 0, 0);

    /// <summary>The box on the first page, or null (plain text, .docx, or no source line).</summary>
    public PageBox? Box => Areas.Count > 0 ? Areas[0].Box : null;

    /// <summary>True when the finding can be drawn on a PDF page.</summary>
    public bool HasBox => Areas.Count > 0;
}

/// <summary>A box on one page of a PDF (page 1-based; box in points, origin bottom-left).</summary>
public readonly record struct PageArea(int Page, PageBox Box);
