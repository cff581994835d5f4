namespace Jixiao.Data;

/// <summary>Which documents to list and which page of them (1-based; <see cref="PageSize"/> at most <see cref="MaxPageSize"/>).</summary>
public sealed record DocumentListFilter(int? JurisdictionId = null, int? DepartmentId = null, int? FiscalYear = null,
    int Page = 1, int PageSize = DocumentListFilter.DefaultPageSize)
{
    public const int DefaultPageSize = PageRequest.DefaultPageSize;
    public const int MaxPageSize = PageRequest.MaxPageSize;

    public PageRequest Paging => new(Page, PageSize);
}
