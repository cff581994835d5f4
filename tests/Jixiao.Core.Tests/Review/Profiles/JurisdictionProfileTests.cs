using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;
using Jixiao.Core.Review.Profiles.Jurisdictions;
using Jixiao.Core.Review.Rules.Disclosure;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Review.Disclosure.DisclosureBuild;

namespace Jixiao.Core.Tests.Review.Profiles;

/// <summary>Jurisdiction disclosure profiles (issue 16 must-hold 3): shipped as data, detected from the text, used by R-DOC-001/R-DEP-001/R-CON-004.</summary>
public sealed class JurisdictionProfileTests
{
    [Fact]
    public void Every_corpus_and_seed_province_has_a_profile_and_each_listed_set_is_well_formed()
    {
        string[] expected = ["北京市", "上海市", "江苏省", "福建省", "山东省", "陕西省", "广东省", "浙江省", "内蒙古自治区", "四川省", "河北省", "重庆市", "天津市"];
        Assert.Equal(expected.Order(), JurisdictionProfiles.All.Select(p => p.Name).Order());
        foreach (var p in JurisdictionProfiles.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.ReadFrom), p.Id);
            if (p.Tables is { } tables) Assert.All(tables, t => Assert.NotEmpty(t.Synonyms));
        }
        var shaanxi = JurisdictionProfiles.Find("shaanxi")!;
        Assert.Equal(10m, shaanxi.ExecutionRatePoints);
        Assert.True(shaanxi.OverallTarget);
        Assert.False(shaanxi.HasStateCapitalTable);
        Assert.True(JurisdictionProfiles.Find("陕西省") == shaanxi);
    }

    [Fact]
    public void A_malformed_profile_is_refused_with_the_entry_named()
    {
        var e = Assert.Throws<ReviewProfileException>(() => JurisdictionProfiles.Parse(
            """{ "profiles": [ { "id": "x", "name": "某省", "places": ["某省"], "tables": [ { "name": "收支总表", "kind": "Nope" } ] } ] }"""));
        Assert.Contains("收支总表", e.Message, StringComparison.Ordinal);
        Assert.Contains("Nope", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026年西安市财政局部门预算", "shaanxi")]
    [InlineData("2026年烟台市民政局部门预算", "shandong")]
    [InlineData("2026年珠海市商务局部门预算", "guangdong")]
    [InlineData("2026年上海市审计局部门预算", "shanghai")]
    public void The_jurisdiction_is_recognised_from_the_title(string title, string id)
    {
        var match = JurisdictionDetector.Detect(With(new DisclosureText { Title = title }));
        Assert.Equal(id, match?.Profile.Id);
        Assert.Contains(title, match!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_place_in_title_or_name_the_text_decides_only_when_one_place_clearly_dominates_and_the_file_name_never_counts()
    {
        var text = new DisclosureText { Paragraphs = [Paragraph("西安市某局负责全市工作。"), Paragraph("按照西安市的部署，配合陕西省完成。")] };
        var doc = With(text) with { Source = new DocumentSource("beijing_0e0df07.pdf", "disclosure") };
        Assert.Equal("shaanxi", JurisdictionDetector.Detect(doc)?.Profile.Id);
        var mixed = new DisclosureText { Paragraphs = [Paragraph("西安市与北京市合作。"), Paragraph("北京市、西安市交流。")] };
        Assert.Null(JurisdictionDetector.Detect(With(mixed)));
        Assert.Null(JurisdictionDetector.Detect(With(new DisclosureText()) with { Source = new DocumentSource("xian_1.pdf", "disclosure") }));
    }

    [Fact]
    public void An_unknown_province_gets_warnings_that_say_which_set_was_assumed_never_errors()
    {
        var doc = With(new DisclosureText { Title = "2026年某某市审计局部门预算", Sections = AllSections() }, Seed004.Table("三公"));
        var findings = Build.Review(doc).Of(RuleIds.RequiredPartMissing);
        Assert.Equal(8, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Contains("未能从文中认出所属地区，按财政部143号文的九张表核对", f.Message, StringComparison.Ordinal));
        // A province with a profile but no recorded set (浙江): warnings that name it.
        var zhejiang = Build.Review(doc with { Disclosure = doc.Disclosure! with { Title = "2026年嘉兴市审计局部门预算" } }).Of(RuleIds.RequiredPartMissing);
        Assert.All(zhejiang, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("浙江省的公开表清单未收录", zhejiang[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shaanxi_set_is_found_by_its_own_printed_names_and_an_empty_table_listed_in_the_catalogue_counts()
    {
        PrintedTitle[] printed =
        [
            new("部门综合预算收支总表", 1), new("部门综合预算收入总表", 2), new("部门综合预算支出总表", 3), new("部门综合预算财政拨款收支总表", 4),
            new("2022年部门综合预算一般公共预算支出明细表（按功能科目分）", 5), new("2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）", 6),
            new("2022年部门综合预算一般公共预算基本支出明细表（按功能科目分）", 7), new("2022年部门综合预算一般公共预算基本支出明细表（支出经济分类科目-不含上年结转）", 8),
            new("2022年部门综合预算政府性基金收支表（不含上年结转）", 9), new("部门综合预算专项业务经费支出表", 10),
            new("2022年部门综合预算财政拨款上年结转资金支出表", 11) { ListedEmpty = true },
            new("2022年部门综合预算政府采购（资产配置、购买服务）预算表（不含上年结转）", 12),
            new("2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）", 13),
            new("2022年部门预算专项业务经费绩效目标表", 14), new("2022年部门整体支出绩效目标表", 15),
        ];
        var text = new DisclosureText { Title = "西安市交通运输局2022年部门综合预算", Sections = AllSections(), PrintedTitles = printed };
        var findings = Build.Review(With(text)).Of(RuleIds.RequiredPartMissing);
        // Only 表16 is missing; no 国有资本经营 table is expected in 陕西's set; the set is known, so it is an error.
        var f = Assert.Single(findings);
        Assert.Contains("专项资金总体绩效目标表", f.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("按陕西省的公开口径", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_before_the_recorded_set_gets_warnings_that_say_so()
    {
        // 西安 2019: the 报表目录 lists 表1—表15 without the later 部门专项业务经费绩效目标表; the 陕西 set is read from 2022 on.
        PrintedTitle[] printed =
        [
            new("2019年部门综合预算收支总表", 1), new("2019年部门综合预算收入总表", 2), new("2019年部门综合预算支出总表", 3),
            new("2019年部门综合预算财政拨款收支总表", 4),
        ];
        var text = new DisclosureText { Title = "西安市安全生产监督管理局2019年部门综合预算", Sections = AllSections(), PrintedTitles = printed };
        var findings = Build.Review(With(text) with { FiscalYear = 2019 }).Of(RuleIds.RequiredPartMissing);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("陕西省的公开表清单读自2022年起的文件，2019年的清单未收录", findings[0].Message, StringComparison.Ordinal);
        // The same file dated 2022 is held to the set with certainty.
        Assert.Contains(Build.Review(With(text) with { FiscalYear = 2022 }).Of(RuleIds.RequiredPartMissing), f => f.Severity == Severity.Error);
        Assert.Equal(2022, JurisdictionProfiles.Find("shaanxi")!.TablesFrom);
    }

    [Fact]
    public void A_file_whose_cover_says_it_is_the_tables_attachment_misses_its_explanation_by_design()
    {
        var cover = new DisclosureText
        {
            Title = "2019年部门综合预算公开报表",
            Paragraphs = [Paragraph("附件2", line: 1), Paragraph("2019年部门综合预算公开报表", line: 2), Paragraph("部门名称：某某市审计局", line: 3)],
        };
        var doc = With(cover, Seed004.Table("三公"));
        var explanation = Assert.Single(Build.Review(doc).Of(RuleIds.RequiredPartMissing), f => f.Message.Contains("情况说明", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, explanation.Severity);
        Assert.Contains("本文件封面为“附件2 2019年部门综合预算公开报表”", explanation.Message, StringComparison.Ordinal);
        // Without the cover the missing explanation is an error, as before.
        var plain = With(cover with { Paragraphs = [Paragraph("部门名称：某某市审计局", line: 3)] }, Seed004.Table("三公"));
        Assert.Contains(Build.Review(plain).Of(RuleIds.RequiredPartMissing), f => f.Message.Contains("情况说明", StringComparison.Ordinal) && f.Severity == Severity.Error);
        // An attachment mark over something else (附件1 情况说明) is not a tables cover.
        Assert.Null(R_DOC_001_RequiredPartMissing.TablesAttachmentCover(cover with { Paragraphs = [Paragraph("附件1"), Paragraph("2019年部门预算情况说明")] }));
    }

    [Fact]
    public void A_final_accounts_document_is_held_to_no_budget_set_with_certainty()
    {
        var doc = With(new DisclosureText { Title = "2019年佛山市轨道交通局部门决算", Sections = [] }, Seed004.Table("三公"));
        var findings = Build.Review(doc).Of(RuleIds.RequiredPartMissing);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("部门决算", StringComparison.Ordinal));
    }

    [Fact]
    public void A_companion_file_holding_the_tables_makes_them_present()
    {
        // 北京: the explanation in one file (naming its attachment), the tables in another.
        var explanation = With(new DisclosureText { Title = "2026年北京市审计局部门预算", Sections = AllSections(), Paragraphs = [Paragraph("附件：北京市审计局2026年度部门预算报表")] });
        Assert.Equal(Severity.Warning, Assert.Single(Build.Review(explanation).Of(RuleIds.RequiredPartMissing)).Severity);
        var tables = Build.WithTables([.. new[] { "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算", "基本支出", "政府性基金", "三公" }.Select(Seed004.Table)]);
        var companionPrinted = tables with
        {
            Disclosure = new DisclosureText
            {
                PrintedTitles = [new("国有资本经营预算支出表", 1), new("政府采购预算明细表", 2), new("财政拨款政府购买服务明细表", 3), new("项目支出绩效目标表", 4), new("部门整体支出绩效目标表", 5)],
            },
        };
        var together = ReviewRules.Default.Review(explanation, companions: [companionPrinted]).Of(RuleIds.RequiredPartMissing);
        Assert.Empty(together);
    }

    [Fact]
    public void R_DEP_001_follows_whether_the_set_has_a_department_wide_target()
    {
        var shanghai = With(new DisclosureText { Title = "2026年上海市审计局部门预算", Sections = AllSections() }) with { Overall = null };
        Assert.Empty(Build.Review(shanghai).Of(RuleIds.OverallTargetMissing));
        var xian = With(new DisclosureText { Title = "2026年西安市审计局部门预算", Sections = AllSections() }) with { Overall = null };
        Assert.Contains("按陕西省的公开口径", Assert.Single(Build.Review(xian).Of(RuleIds.OverallTargetMissing)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_base_profile_wins_over_detection()
    {
        var profile = ReviewProfile.FromJson("""{ "name": "某市", "base": "shanghai", "overrides": [] }""");
        Assert.Equal("上海市", profile.Base?.Name);
        var xian = With(new DisclosureText { Title = "2026年西安市审计局部门预算", Sections = AllSections() }) with { Overall = null };
        Assert.NotEmpty(ReviewRules.Default.Review(xian).Of(RuleIds.OverallTargetMissing));
        Assert.Empty(ReviewRules.Default.Review(xian, profile).Of(RuleIds.OverallTargetMissing));
        Assert.Throws<ReviewProfileException>(() => ReviewProfile.FromJson("""{ "base": "atlantis" }"""));
    }
}
