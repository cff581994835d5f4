using Jixiao.Data;
using Jixiao.Data.Security;

namespace Jixiao.Web.Components.Shared;

/// <summary>What kept a page from showing its content: 404, 403 or another store refusal, with its Chinese message.</summary>
public enum PageProblemKind
{
    NotFound,
    Forbidden,
    Refused,
}

public sealed record PageProblem(PageProblemKind Kind, string Message)
{
    /// <summary>Classifies a store exception. Its message is already Chinese and says where and what (contract).</summary>
    public static PageProblem From(JixiaoException e) => e switch
    {
        NotFoundException => new PageProblem(PageProblemKind.NotFound, e.Message),
        AccessDeniedException => new PageProblem(PageProblemKind.Forbidden, e.Message),
        _ => new PageProblem(PageProblemKind.Refused, e.Message),
    };
}
