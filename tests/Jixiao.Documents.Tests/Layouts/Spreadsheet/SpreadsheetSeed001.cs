using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.Spreadsheet;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>Seed 001 read once by the spreadsheet layout, shared by the tests that check it against the source.</summary>
public static class SpreadsheetSeed001
{
    private static readonly Lazy<(SpreadsheetReadResult Result, ReadContext Context)> Read = new(() =>
    {
        var context = new ReadContext();
        return (new SpreadsheetLayout().ReadDetailed(Seeds.Text(Seeds.S001), context), context);
    });

    public static SpreadsheetReadResult Result => Read.Value.Result;

    public static ReadContext Context => Read.Value.Context;
}
