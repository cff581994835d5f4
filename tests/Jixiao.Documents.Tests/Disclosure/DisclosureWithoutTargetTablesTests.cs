using System.Text;
using Jixiao.Core.Review;
using Jixiao.Documents.Layouts.Disclosure;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>
/// Issue 21 part 4: a document that carries budget tables but no target table a reader knows is read and checked as a
/// budget disclosure, never refused; the refusal is kept for files that are not budget documents at all, and then says
/// what the file is, read off its first page. A web page saved under a .pdf name is told so.
/// </summary>
public class DisclosureWithoutTargetTablesTests
{
    private static readonly DocumentImporter Importer = DocumentImporter.CreateDefault();

    private const string Tables = """
        2026年部门收支总表
        单位：万元
        项目	预算数
        一般公共预算拨款收入	120.00
        收入总计	120.00
        2026年部门收入总表
        单位：万元
        项目	合计	一般公共预算拨款收入
        合计	120.00	120.00
        2026年部门支出总表
        单位：万元
        项目	合计	基本支出	项目支出
        合计	120.00	100.00	20.00

        """;

    private static TargetResult Read(string text) => new(Importer.Import("budget.txt", Encoding.UTF8.GetBytes(text)));

    private sealed record TargetResult(ImportResult Result)
    {
        public Core.Model.TargetDocument Document => Result.Document;
    }

    [Fact]
    public void Budget_tables_beside_target_tables_in_a_form_no_reader_knows_are_read_and_checked_as_a_disclosure()
    {
        // The indicator header (一级指标 … 二级指标 … 指标内容) used to veto the disclosure layout, and no target-table
        // layout recognises this form: the whole file was refused.
        var text = "某某市某某局2026年部门综合预算\n一、部门预算情况说明\n本部门2026年收入预算120万元。\n" + Tables + """
            2026年部门专项业务经费绩效目标表
            年度绩效指标	一级指标	二级指标	指标内容	指标值	备注
            	产出指标	数量指标	培训人次	≥100人次
            	效益指标	社会效益指标	群众知晓率	≥90%

            """;
        var d = Read(text).Document;
        Assert.Equal(DisclosureLayout.LayoutName, d.Source.Layout);
        Assert.Equal(3, d.BudgetTables.Count);
        Assert.NotNull(d.Disclosure);
        Assert.Equal(2026, d.FiscalYear);
        _ = ReviewRules.Default.Review(d); // checked as a disclosure: the review runs on it
    }

    [Fact]
    public void A_budget_explanation_whose_tables_were_published_apart_is_a_disclosure()
    {
        var d = Read("""
            某某市发展和改革委员会
            2019 年部门综合预算说明
            一、部门主要职责及机构设置
            本部门的主要职责是……
            二、部门人员情况说明
            本部门编制 120 人。
            附件：2019 年部门综合预算公开报表

            """).Document;
        Assert.Equal(DisclosureLayout.LayoutName, d.Source.Layout);
        Assert.Equal(2019, d.FiscalYear);
    }

    [Fact]
    public void A_notice_is_not_a_budget_document_and_its_refusal_quotes_its_first_page()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("notice.txt", Encoding.UTF8.GetBytes("""
            某府办发〔2026〕11号
            某某市人民政府办公室
            关于印发某某工作规划的通知
            各区人民政府，市政府各部门：现将规划印发给你们，请认真贯彻执行。

            """)));
        Assert.Contains("不像部门预算或绩效目标文档", ex.Message, StringComparison.Ordinal);
        Assert.Contains("开头是“某府办发〔2026〕11号 某某市人民政府办公室 关于印发某某工作规划的通知", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_words_in_a_notice_without_a_disclosure_title_or_tables_do_not_make_it_one()
    {
        // 情况说明 alone (a notice's annex) is not a budget document: the refusal stays.
        Assert.Throws<DocumentReadException>(() => Importer.Import("notice.txt", Encoding.UTF8.GetBytes("""
            四川省人民政府办公厅关于印发应急预案管理实施办法的通知
            附件：编制情况说明
            一、起草背景

            """)));
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>2026年部门预算</title></head><body><p>部门预算</p></body></html>")]
    [InlineData("\r\n  <html lang=\"zh\"><body><table><tr><td>收支总表</td></tr></table></body></html>")]
    public void A_web_page_saved_with_a_pdf_name_is_told_it_is_a_web_page(string page)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("2026年部门预算.PDF", Encoding.UTF8.GetBytes(page)));
        Assert.Contains("这是一个网页文件，不是 PDF", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026年部门预算.PDF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_web_page_under_an_html_name_is_read_as_a_web_page()
    {
        var page = "<!DOCTYPE html>\n<html><body><p>今天天气很好。</p></body></html>";
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("page.html", Encoding.UTF8.GetBytes(page)));
        Assert.DoesNotContain("不是 PDF", ex.Message, StringComparison.Ordinal);
    }
}
