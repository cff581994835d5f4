using System.Globalization;

namespace Jixiao.Core.Review;

/// <summary>
/// What a review rule is: ID, family, default severity, Chinese title and message template, the clause it
/// comes from and its help page. Built only through <see cref="Create"/>, which checks the fields, so
/// every rule carries a complete descriptor (cf. roslyn-analyzers' DiagnosticDescriptorHelper).
/// </summary>
public sealed class RuleDescriptor
{
    private RuleDescriptor(string id, RuleFamily family, Severity severity, string title, string messageTemplate, string basis, RuleScope scope)
    {
        Scope = scope;
        Id = id;
        Family = family;
        DefaultSeverity = severity;
        Title = title;
        MessageTemplate = messageTemplate;
        Basis = basis;
    }

    /// <summary>R-VAL-005 etc.</summary>
    public string Id { get; }
    public RuleFamily Family { get; }
    public Severity DefaultSeverity { get; }
    /// <summary>Short Chinese title (规则名称).</summary>
    public string Title { get; }
    /// <summary>Chinese message with composite-format holes ({0}, {1} …) the rule fills.</summary>
    public string MessageTemplate { get; }
    /// <summary>The clause the rule comes from (审核依据).</summary>
    public string Basis { get; }
    /// <summary>What the rule's findings can depend on: one indicator table, or the whole document (<see cref="RuleScope"/>).</summary>
    public RuleScope Scope { get; }
    /// <summary>Repository-relative help page: <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    public string HelpPath => HelpPathFor(Id);

    public static string HelpPathFor(string id) => "docs/rules/" + id + ".md";

    /// <summary>The one way to make a descriptor; throws on an unknown ID or a field left empty.</summary>
    public static RuleDescriptor Create(string id, RuleFamily family, Severity severity, string title, string messageTemplate, string basis,
        RuleScope scope = RuleScope.Document)
    {
        if (!RuleIds.IsKnown(id)) throw new ArgumentException($"规则编号“{id}”不在 RuleIds 目录中", nameof(id));
        if (!ContainsChinese(title)) throw new ArgumentException($"{id}：规则名称须为中文", nameof(title));
        if (!ContainsChinese(messageTemplate)) throw new ArgumentException($"{id}：提示信息须为中文", nameof(messageTemplate));
        if (string.IsNullOrWhiteSpace(basis)) throw new ArgumentException($"{id}：须注明审核依据", nameof(basis));
        return new RuleDescriptor(id, family, severity, title, messageTemplate, basis, scope);
    }

    /// <summary>Fills the message template.</summary>
    public string Format(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageTemplate, args);

    internal static bool ContainsChinese(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var c in text)
            if (c is >= '\u4e00' and <= '\u9fff') return true;
        return false;
    }

    public override string ToString() => Id + " " + Title;
}
