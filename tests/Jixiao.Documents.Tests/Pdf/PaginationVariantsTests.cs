using Jixiao.Documents.Sources.Pdf;
using Jixiao.Documents.Tests.Office;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// A department reformats our .docx (column widths, spacing) before printing it to PDF, so any indicator row can land
/// at the top of a page with its 一级/二级 cells empty: LibreOffice closes a merged cell at the page break and draws its
/// continuation as empty cells. Each variant here puts such rows at a page top with the first column empty in every
/// row of the page's part of the table — the last row of a table alone (001, 002), the 二级 cell present but 一级
/// empty (001), several rows of one 一级 group (001), whole pages of rows under one merged cell (all seeds, rows
/// made tall by spacing) — and, with rows allowed to break across pages, rows whose text goes on at the top of the
/// next page (<see cref="SplitVariants"/>). Every variant imports to the same exchange JSON as the seed's text, compared as
/// <see cref="PdfRoundTripTests"/> compares LibreOffice's PDF (docs/real-documents.md, 分页与合并单元格).
/// </summary>
public class PaginationVariantsTests
{
    /// <summary>
    /// Found by converting a grid of variants and reading page tops (pdftotext, page images). Variants where
    /// LibreOffice itself drops rows or clips a row taller than a page (seen for 004 with some widths and with 180 pt
    /// spacing) are not here: no reader can recover what the PDF does not print.
    /// </summary>
    public static TheoryData<string, PaginationVariant> Variants => new()
    {
        { Seeds.S000, new PaginationVariant(1.0, 1.0, 120) },
        { Seeds.S001, new PaginationVariant(1.3, 1.0, 0) },
        { Seeds.S001, new PaginationVariant(1.3, 0.6, 6) },
        { Seeds.S001, new PaginationVariant(2.4, 0.7, 8) },
        { Seeds.S001, new PaginationVariant(1.0, 1.0, 120) },
        { Seeds.S002, new PaginationVariant(2.4, 0.7, 8) },
        { Seeds.S002, new PaginationVariant(1.0, 1.0, 120) },
        { Seeds.S003, new PaginationVariant(1.0, 1.0, 120) },
        { Seeds.S004, new PaginationVariant(1.0, 1.0, 120) },
    };

    /// <summary>Rows allowed to break across pages: a row's 三级指标, 确定依据 or 绩效目标 goes on at the top of the next page.</summary>
    public static TheoryData<string, PaginationVariant> SplitVariants => new()
    {
        { Seeds.S000, new PaginationVariant(1.4, 0.7, 4, RowsBreakAcrossPages: true) },
        { Seeds.S001, new PaginationVariant(1.0, 1.0, 0, RowsBreakAcrossPages: true) },
        { Seeds.S002, new PaginationVariant(1.0, 1.0, 0, RowsBreakAcrossPages: true) },
        { Seeds.S003, new PaginationVariant(1.0, 1.0, 0, RowsBreakAcrossPages: true) },
        { Seeds.S004, new PaginationVariant(1.4, 0.7, 4, RowsBreakAcrossPages: true) },
    };

    [Theory]
    [MemberData(nameof(SplitVariants))]
    public void Pdf_with_rows_split_over_pages_imports_to_the_same_document_as_the_text(string seed, PaginationVariant variant) =>
        Reformatted_pdf_imports_to_the_same_document_as_the_text(seed, variant);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Reformatted_pdf_imports_to_the_same_document_as_the_text(string seed, PaginationVariant variant) =>
        OfficeJson.AssertSame(
            PdfRoundTripTests.WithoutSpacesBesideCjk(OfficeJson.AsPublishedInWord(OfficeJson.OfText(seed))),
            PdfRoundTripTests.WithoutSpacesBesideCjk(OfficeJson.OfFile(PaginationVariants.PdfPath(seed, variant))),
            $"{seed} LibreOffice .pdf ({variant})");

    /// <summary>
    /// The fixture shows the case it is here for: a page that begins with rows of a table going on from the page
    /// before, all of them with an empty first cell (read back as empty cells, not left out). Fails when LibreOffice
    /// paginates differently, so the variant no longer tests anything.
    /// </summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public void Variant_starts_a_page_with_rows_whose_first_column_is_empty(string seed, PaginationVariant variant)
    {
        var path = PaginationVariants.PdfPath(seed, variant);
        var text = new PdfFormat().Read(Path.GetFileName(path), File.ReadAllBytes(path));
        var lines = text.Lines;
        var found = false;
        for (var i = 1; i < lines.Count && !found; i++)
        {
            var page = text.LocationOf(lines[i].Number)!.Page;
            if (page == text.LocationOf(lines[i - 1].Number)!.Page || !lines[i - 1].Text.Contains('\t')) continue;
            // The rows of the table at the top of this page, up to the first line that is no row or the page's end.
            var end = i;
            while (end < lines.Count && lines[end].Text.Contains('\t') && text.LocationOf(lines[end].Number)!.Page == page) end++;
            found = end > i && Enumerable.Range(i, end - i).All(k => lines[k].Text.StartsWith('\t'));
        }
        Assert.True(found, $"{seed}（{variant}）：LibreOffice 的分页已变，没有一页以首列全空的续表行开始。");
    }
}
