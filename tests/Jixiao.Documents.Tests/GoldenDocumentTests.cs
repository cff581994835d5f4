using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests;

/// <summary>
/// Each seed imports to the golden JSON beside this file (Golden/&lt;seed&gt;.json), written by us and checked
/// by reading the source beside it. Regenerate with scripts/update-golden.sh, then review the diff by eye.
/// </summary>
public class GoldenDocumentTests
{
    public static TheoryData<string> AllSeeds => new(Seeds.All);

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Seed_imports_to_its_golden_json(string seed)
    {
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", Path.ChangeExtension(seed, ".json"));
        Assert.True(File.Exists(golden), $"缺少金标准文件 {golden}");
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n").TrimEnd();
        var result = DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed));
        var actual = DocumentJsonWriter.ToJson(result.Document).ReplaceLineEndings("\n").TrimEnd();
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var i = 0;
            while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
            Assert.Fail($"{seed}: JSON 第 {i + 1} 行不同\n期望：{(i < e.Length ? e[i] : "（结束）")}\n实际：{(i < a.Length ? a[i] : "（结束）")}");
        }
        Assert.Empty(result.Unplaced);
    }
}
