namespace Jixiao.Data;

/// <summary>Which documents to list and which page of them (1-based; <see cref="PageSize"/> at most <see cref="MaxPageSize"/>).</summary>
public sealed record DocumentListFilter(int? JurisdictionId = null, int? DepartmentId = null, int? FiscalYear = null,
    int Page = 1, int PageSize = DocumentListFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;
}

/// <summary>One page of a document list and the number of documents in the whole list.</summary>
public sealed record DocumentListPage(IReadOnlyList<DocumentSummary> Items, int Total, int Page, int PageSize)
{
    public bool HasNext => (long)Page * PageSize < Total;
}
