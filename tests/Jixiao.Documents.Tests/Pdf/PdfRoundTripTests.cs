using Jixiao.Documents.Tests.Office;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// Issue 4, PDF: every seed, published as PDF by LibreOffice (from our .docx) and by our own PDF writer, imports to
/// the same exchange JSON as the seed's text (the source block aside, which names the file and layout).
/// </summary>
public class PdfRoundTripTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void LibreOffice_pdf_imports_to_the_same_document_as_the_text(string seed) =>
        OfficeJson.AssertSame(OfficeJson.OfText(seed), OfficeJson.OfFile(PdfFixtures.LibreOfficePdfPath(seed)), seed + " LibreOffice .pdf");

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Our_pdf_imports_to_the_same_document_as_the_text(string seed) =>
        OfficeJson.AssertSame(OfficeJson.OfText(seed), OfficeJson.OfFile(PdfFixtures.OwnPdfPath(seed)), seed + " our .pdf");
}
