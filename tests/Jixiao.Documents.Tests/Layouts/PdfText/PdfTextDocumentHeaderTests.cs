using Jixiao.Core.Model;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.PdfText;

/// <summary>Department, fiscal year and units, by the general rules (not by seed).</summary>
public class PdfTextDocumentHeaderTests
{
    private const string Plan = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥10月底⇥12月底⇥\n⇥20%⇥⇥40%⇥70%⇥100%⇥\n绩效目标⇥1.目标";

    [Fact]
    public void 预算年度_line_gives_the_year_and_the_line_above_it_the_department()
    {
        var (document, _) = PdfTextSeeds.ReadSnippet("## 部门预算收支总表\n\n901 某市水利局\n\n预算年度：2025\n\n单位：万元\n\n" + PdfTextSeeds.Table(Plan));
        Assert.Equal(new Department("901", "某市水利局"), document.Department);
        Assert.Equal(2025, document.FiscalYear);
        Assert.Equal(MoneyUnit.TenThousandYuan, document.MoneyUnit);
    }

    [Fact]
    public void The_cover_gives_the_department_without_a_code_and_the_year()
    {
        var (document, _) = PdfTextSeeds.ReadSnippet("**某县农业农村局**  \n**2023 年部门预算绩效文本**  \n\n# 目 录\n\n" + PdfTextSeeds.Table(Plan));
        Assert.Equal(new Department(null, "某县农业农村局"), document.Department);
        Assert.Equal(2023, document.FiscalYear);
    }

    [Fact]
    public void A_cover_title_with_the_name_before_the_year()
    {
        var (document, _) = PdfTextSeeds.ReadSnippet("# 某市司法局 2024 年部门预算信息公开情况说明\n\n" + PdfTextSeeds.Table(Plan));
        Assert.Equal(new Department(null, "某市司法局"), document.Department);
        Assert.Equal(2024, document.FiscalYear);
    }

    [Fact]
    public void A_table_without_its_own_unit_takes_the_document_unit_and_a_unit_line_is_read()
    {
        var table = PdfTextSeeds.Table(Plan).Replace("单位：万元", "315002 某县司法局本级", StringComparison.Ordinal);
        var (document, _) = PdfTextSeeds.ReadSnippet("单位：元\n\n" + table);
        var p = Assert.Single(document.Projects);
        Assert.Equal(MoneyUnit.Yuan, p.MoneyUnit);
        Assert.Equal(new BudgetUnit("315002", "某县司法局本级"), p.Unit);
    }

    [Fact]
    public void Without_any_of_them_they_are_null()
    {
        var (document, _) = PdfTextSeeds.ReadSnippet(PdfTextSeeds.Table(Plan).Replace("单位：万元", "", StringComparison.Ordinal));
        Assert.Null(document.Department);
        Assert.Null(document.FiscalYear);
        Assert.Null(document.MoneyUnit);
        Assert.Null(Assert.Single(document.Projects).MoneyUnit);
    }
}
