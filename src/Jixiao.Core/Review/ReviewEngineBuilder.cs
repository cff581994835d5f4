namespace Jixiao.Core.Review;

/// <summary>
/// A mutable builder that yields an immutable <see cref="ReviewEngine"/> (cf. Markdig's pipeline builder).
/// Each rule family joins through one <c>UseXxxRules()</c>; <c>UseDefaultRules()</c> names the default set.
/// </summary>
public sealed class ReviewEngineBuilder
{
    private readonly List<IReviewRule> _rules = [];

    public IReadOnlyList<IReviewRule> Rules => _rules;

    /// <summary>Adds a rule; a second rule with the same ID replaces nothing and is refused.</summary>
    public ReviewEngineBuilder Add(IReviewRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (_rules.Any(r => r.Descriptor.Id == rule.Descriptor.Id))
            throw new InvalidOperationException($"规则“{rule.Descriptor.Id}”已注册");
        _rules.Add(rule);
        return this;
    }

    public ReviewEngine Build() => new([.. _rules]);
}
