using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Office;

/// <summary>
/// Issue 4 points 1–2: every seed, written as .docx and .xlsx by our own publisher and by a second producer
/// (LibreOffice converting our .docx to .odt and back, our .xlsx to .xls and back), imports to the same exchange
/// JSON as the seed's text, source block aside. The one documented difference (docs/office-formats.md) is applied
/// to the expected JSON of the Word files by <see cref="OfficeJson.AsPublishedInWord"/>.
/// </summary>
public class OfficeRoundTripTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Our_docx_imports_to_the_same_document_as_the_text(string seed) =>
        OfficeJson.AssertSame(OfficeJson.AsPublishedInWord(OfficeJson.OfText(seed)), OfficeJson.OfFile(OfficeFixtures.DocxPath(seed)), seed + " .docx");

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Our_xlsx_imports_to_the_same_document_as_the_text(string seed) =>
        OfficeJson.AssertSame(OfficeJson.OfText(seed), OfficeJson.OfFile(OfficeFixtures.XlsxPath(seed)), seed + " .xlsx");

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void LibreOffice_docx_imports_to_the_same_document_as_the_text(string seed) =>
        OfficeJson.AssertSame(OfficeJson.AsPublishedInWord(OfficeJson.OfText(seed)), OfficeJson.OfFile(OfficeFixtures.LibreOfficeRoundTripDocxPath(seed)), seed + " LibreOffice .docx");

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void LibreOffice_xlsx_imports_to_the_same_document_as_the_text(string seed) =>
        OfficeJson.AssertSame(OfficeJson.OfText(seed), OfficeJson.OfFile(OfficeFixtures.LibreOfficeRoundTripXlsxPath(seed)), seed + " LibreOffice .xlsx");

    [Fact]
    public void Word_files_state_their_pages_where_the_file_has_page_breaks()
    {
        var bytes = File.ReadAllBytes(OfficeFixtures.DocxPath(Seeds.S004));
        var text = Sources.SourceFormats.Detect(bytes).Read("004.docx", bytes);
        Assert.Equal("docx", text.EncodingName);
        // The cover ends in a page break: the first line is on page 1, the project tables later.
        Assert.Equal(1, text.LocationOf(1)!.Page);
        Assert.True(text.LocationOf(text.Lines.Count)!.Page > 1);
    }
}
