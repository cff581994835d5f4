namespace Jixiao.Core.Review;

/// <summary>
/// One review rule. Implementations are stateless and thread-safe: everything a review needs lives in the
/// <see cref="ReviewContext"/> it is given; findings are reported through it.
/// </summary>
public interface IReviewRule
{
    RuleDescriptor Descriptor { get; }

    void Review(ReviewContext context);
}
