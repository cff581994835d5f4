using Jixiao.Data;

namespace Jixiao.Web.Api;

/// <summary>
/// A document as the API shows it: the store's summary, version and projects. The full model (all goals, indicators
/// and disclosure tables, values exactly as written) is the jixiao.document/1 JSON at <c>/json</c>.
/// </summary>
public sealed record DocumentResponse(DocumentSummary Summary, string StateName, int Version, IReadOnlyList<ProjectSummary> Projects, string? ReturnNote,
    long RowVersion)
{
    public static DocumentResponse Of(DocumentDetail d) =>
        new(d.Summary, d.Summary.State.ToChinese(), d.Version, d.Projects, d.ReturnNote, d.RowVersion);
}

/// <summary>A project with its indicators (绩效指标), goals (绩效目标) and review findings (审核意见).</summary>
public sealed record ProjectResponse(ProjectSummary Summary, DocumentSummary Document, string? Purpose, IReadOnlyList<string> Goals,
    IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<FindingView> Findings, bool CanEdit, long RowVersion)
{
    public static ProjectResponse Of(ProjectDetail p) =>
        new(p.Summary, p.Document, p.Model.Purpose, p.Model.Goals, p.Indicators, p.Findings, p.CanEdit, p.RowVersion);
}
