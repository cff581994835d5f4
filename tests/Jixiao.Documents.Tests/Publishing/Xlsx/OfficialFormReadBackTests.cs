using System.Text.Json.Nodes;
using Jixiao.Core.Model;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Publishing.Xlsx;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Xlsx;

/// <summary>
/// The official-form workbook reads back through the neutral model (layout published-xlsx) to the document it was
/// written from, also where the form has blank cells: the neutral model keeps only columns where some cell begins,
/// so a blank 预算数 beside a stated 财政资金, a blank month of the plan or a blank 绩效指标描述 must not shift the
/// values after it; and a project without a 预算单位 reads back without one (Word prints the department there).
/// </summary>
public class OfficialFormReadBackTests
{
    [Fact]
    public void Blank_cells_of_the_form_do_not_shift_the_values_after_them()
    {
        var seed = DocumentImporter.CreateDefault().Import(Seeds.S002, Seeds.Bytes(Seeds.S002)).Document;
        var first = seed.Projects[0];
        var indicators = first.Indicators.Select((i, k) => i with { Description = k == 1 ? "只有这一条写了描述" : null }).ToList();
        var edited = first with
        {
            Unit = null,
            Budget = new ProjectBudget(null, WrittenDecimal.TryParse("12.50"), null),
            SpendingPlan = new SpendingPlan([new SpendingPlanPoint(6, WrittenDecimal.TryParse("40")!.Value), new SpendingPlanPoint(12, WrittenDecimal.TryParse("100")!.Value)]),
            Indicators = indicators,
        };
        var document = seed with { Projects = [edited, .. seed.Projects.Skip(1)] };

        using var stream = new MemoryStream();
        XlsxPublisher.Write(document, stream);
        var read = DocumentImporter.CreateDefault().Import("正式表样.xlsx", stream.ToArray());

        Assert.Equal("published-xlsx", read.Document.Source.Layout);
        Assert.Equal(Json(document), Json(read.Document));
        Assert.Null(read.Document.Projects[0].Unit);
        Assert.Null(read.Document.Projects[0].Budget.Total);
        Assert.Equal("12.50", read.Document.Projects[0].Budget.Fiscal?.Text);
        Assert.Equal("只有这一条写了描述", read.Document.Projects[0].Indicators[1].Description);
        Assert.Null(read.Document.Projects[0].Indicators[0].Description);
    }

    private static string Json(TargetDocument document)
    {
        var node = JsonNode.Parse(DocumentJsonWriter.ToJson(document))!.AsObject();
        node.Remove("source");
        return node.ToJsonString();
    }
}
