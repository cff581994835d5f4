namespace Jixiao.Core.Model.Disclosure;

/// <summary>
/// A line printed on its own that names a table (…收支总表, …支出明细表（按支出功能分类科目）), whether or not a table reader
/// read a table under it: what a checker sees on the page. R-DOC-001 looks for a jurisdiction's table names among them.
/// </summary>
public sealed record PrintedTitle(string Text, int SourceLine)
{
    /// <summary>
    /// Not printed as a page but listed in the 报表目录 as an empty table with its reason (陕西: “表11⇥…上年结转资金支出表⇥是⇥不涉及”):
    /// the disclosure says the table is empty, which is how that jurisdiction publishes one.
    /// </summary>
    public bool ListedEmpty { get; init; }
}
