using Jixiao.Core.Model;
using Jixiao.Documents.Publishing;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing;

/// <summary>
/// A stored document prints under the body it is filed under (issue 20 item 6): a unit's document names the unit on
/// the cover and over every table with its department as 主管部门; a department's document names the department and
/// keeps its units' lines; no figure changes.
/// </summary>
public sealed class PublishingBodyTests
{
    private static readonly Department Register = new("301", "某某市司法局");

    [Fact]
    public void A_units_document_reads_back_as_the_units_with_the_department_as_supervisor()
    {
        var source = DocumentImporter.CreateDefault().Import(Seeds.S002, Seeds.Bytes(Seeds.S002)).Document;
        var published = new PublishingBody(Register, new BudgetUnit("301002", "某某市公证处")).ApplyTo(source);
        using var stream = new MemoryStream();
        DocxPublisher.Write(published, stream);

        var reread = DocumentImporter.CreateDefault().Import("公证处.docx", stream.ToArray()).Document;
        Assert.Equal("某某市公证处", reread.Department?.Name);
        Assert.NotEmpty(reread.Projects);
        Assert.All(reread.Projects, p => Assert.Equal("某某市公证处", p.Unit?.Name));
        Assert.All(reread.Projects, p => Assert.Equal("某某市司法局", p.Supervisor));
        Assert.Equal(source.Projects.Select(p => p.Budget.Total?.Text), reread.Projects.Select(p => p.Budget.Total?.Text));
        Assert.Equal(source.Projects.Select(p => p.Name), reread.Projects.Select(p => p.Name));
    }

    [Fact]
    public void A_departments_document_names_the_department_and_keeps_its_units_lines()
    {
        var source = DocumentImporter.CreateDefault().Import(Seeds.S002, Seeds.Bytes(Seeds.S002)).Document;
        var published = new PublishingBody(Register, null).ApplyTo(source);
        Assert.Equal(Register, published.Department);
        Assert.Equal(source.Projects.Select(p => p.Unit), published.Projects.Select(p => p.Unit));
        Assert.Equal(source.Projects.Select(p => p.Supervisor), published.Projects.Select(p => p.Supervisor));
        Assert.Equal("某某市司法局", new PublishingBody(Register, null).Name);
        Assert.Equal("某某市公证处", new PublishingBody(Register, new BudgetUnit(null, "某某市公证处")).Name);
    }
}
