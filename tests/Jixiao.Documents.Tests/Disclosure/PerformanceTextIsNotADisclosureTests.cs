using Jixiao.Core.Review;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>
/// A 部门预算绩效文本 (performance targets only) is not a 预算公开 document: reading its title as a disclosure title made
/// R-DOC-001 demand ten budget tables of seed 002. Only a document that is a disclosure gets the disclosure rules.
/// </summary>
public class PerformanceTextIsNotADisclosureTests
{
    [Theory]
    [InlineData(Seeds.S000)]
    [InlineData(Seeds.S001)]
    [InlineData(Seeds.S002)]
    [InlineData(Seeds.S003)]
    public void Target_documents_without_budget_tables_carry_no_disclosure(string seed)
    {
        var document = DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;
        Assert.Null(document.Disclosure);
        Assert.DoesNotContain(ReviewRules.Default.Review(document), f => f.RuleId.StartsWith("R-DOC", StringComparison.Ordinal));
    }

    [Fact]
    public void The_full_disclosure_of_seed_004_is_one()
    {
        var document = DocumentImporter.CreateDefault().Import(Seeds.S004, Seeds.Bytes(Seeds.S004)).Document;
        Assert.NotNull(document.Disclosure);
    }
}
