#include "Reanchorer.h"

#include "FuzzyMatcher.h"

#include <algorithm>
#include <cmath>

namespace counterpoint {

namespace {

// Windows, growing, in which the nearest exact occurrence is looked for before the whole text:
// a moved passage is nearly always close, and a deleted one should not cost a full scan each.
constexpr int exactWindows[] = {2048, 65536};

double similarity(QStringView expected, QStringView found)
{
    if (expected.isEmpty())
        return 1.0;
    const int distance = FuzzyMatcher::editDistance(expected, found);
    return std::max(0.0, 1.0 - double(distance) / double(expected.size()));
}

} // namespace

void ReanchorSummary::add(const Annotation &annotation)
{
    switch (annotation.anchorState) {
    case AnchorState::Exact:
        ++exact;
        break;
    case AnchorState::Moved:
        ++moved;
        break;
    case AnchorState::Fuzzy:
        ++fuzzy;
        break;
    case AnchorState::Orphaned:
        ++orphaned;
        orphans.append(annotation);
        break;
    }
}

Reanchorer::Reanchorer(QString oldText, QString newText)
    : m_old(std::move(oldText))
    , m_new(std::move(newText))
    , m_map(TextDiff::offsetMap(m_old, m_new))
{}

QList<Annotation> Reanchorer::reanchorAll(const QList<Annotation> &annotations,
                                          ReanchorSummary *summary)
{
    QList<Annotation> placed;
    placed.reserve(annotations.size());
    for (const Annotation &annotation : annotations) {
        placed.append(reanchor(annotation));
        if (summary)
            summary->add(placed.last());
    }
    return placed;
}

Annotation Reanchorer::reanchor(const Annotation &annotation)
{
    Annotation placed = annotation;
    const int oldLength = int(m_old.size());
    const bool rangeValid =
        annotation.start >= 0 && annotation.start < annotation.end && annotation.end <= oldLength;
    // The quote is what the user chose; the range only says where it was.
    QString exact = annotation.quote.exact;
    if (exact.isEmpty() && rangeValid)
        exact = m_old.mid(annotation.start, annotation.length());
    const int length = int(exact.size());
    const int expected = m_map.map(std::clamp(annotation.start, 0, oldLength));
    const QStringView newView(m_new);

    auto place = [&](int start, int end, AnchorState state) {
        placed.start = start;
        placed.end = end;
        placed.anchorState = state;
        if (state != AnchorState::Orphaned)
            placed.quote = TextQuote::fromText(m_new, start, end);
        return placed;
    };
    auto exactOrMoved = [&](int start) {
        const bool same = start == annotation.start && start + length == annotation.end;
        return place(start, start + length, same ? AnchorState::Exact : AnchorState::Moved);
    };

    if (length == 0)
        return place(expected, expected, AnchorState::Orphaned);

    // 1. The diff kept the passage whole: it is where its start maps.
    if (rangeValid && annotation.length() == length &&
        m_map.isUnchanged(annotation.start, annotation.end) &&
        newView.mid(expected, length) == exact)
        return exactOrMoved(expected);
    // 2. The quote still at its old range.
    if (rangeValid && annotation.end <= m_new.size() &&
        newView.mid(annotation.start, length) == exact)
        return exactOrMoved(annotation.start);
    // 3. The exact quote nearest to where the passage should be.
    const Placement near = nearestExact(exact, expected);
    if (near.start >= 0)
        return exactOrMoved(near.start);
    // 4. An approximate match of the quote, judged with its context.
    const Placement fuzzy = bestFuzzy(annotation, expected);
    if (fuzzy.start >= 0)
        return place(fuzzy.start, fuzzy.end, AnchorState::Fuzzy);
    // 5. Orphaned: kept, with its old quote, at the place its passage used to be.
    return place(expected, expected, AnchorState::Orphaned);
}

Reanchorer::Placement Reanchorer::nearestExact(const QString &exact, int expected) const
{
    const QStringView text(m_new);
    const int size = int(text.size());
    const int length = int(exact.size());
    auto nearestIn = [&](int from, int to) -> Placement {
        from = std::clamp(from, 0, size);
        to = std::clamp(to, from, size);
        const QStringView window = text.mid(from, to - from);
        const int anchor = expected - from;
        // The first occurrence at or after the expected place, and the last before it.
        const qsizetype after = window.indexOf(exact, std::clamp(anchor, 0, int(window.size())));
        qsizetype before = -1;
        if (anchor > 0)
            before = window.left(std::min<qsizetype>(window.size(), anchor - 1 + length))
                         .lastIndexOf(exact);
        qsizetype best = after;
        if (before >= 0 && (after < 0 || anchor - before < after - anchor))
            best = before;
        if (best < 0)
            return {};
        return {from + int(best), from + int(best) + length};
    };
    for (const int half : exactWindows) {
        if (half >= size)
            break;
        const Placement found = nearestIn(expected - half - length, expected + half + length);
        // Only an occurrence well inside the window is surely the nearest in the whole text.
        if (found.start >= 0 && std::abs(found.start - expected) <= half)
            return found;
    }
    return nearestIn(0, size);
}

Reanchorer::Placement Reanchorer::bestFuzzy(const Annotation &annotation, int expected)
{
    const int length = int(annotation.quote.exact.size());
    const int size = int(m_new.size());
    const int slack = std::max(fuzzyWindow, length);
    const int from = std::max(0, expected - slack - length);
    const int to = std::min(size, expected + slack + 2 * length);
    const Placement local = bestFuzzyIn(annotation, expected, from, to);
    if (local.start >= 0 || (from == 0 && to == size))
        return local;
    const qint64 cost = qint64(size) * ((length + 63) / 64);
    if (cost > m_budget)
        return {};
    m_budget -= cost;
    return bestFuzzyIn(annotation, expected, 0, size);
}

Reanchorer::Placement Reanchorer::bestFuzzyIn(const Annotation &annotation, int expected, int from,
                                              int to) const
{
    const QString &exact = annotation.quote.exact;
    const int length = int(exact.size());
    // The search allows up to half the quote in errors; acceptance below is stricter.
    const FuzzyMatcher matcher(exact);
    const QList<FuzzyMatch> matches = matcher.search(m_new, from, to, length / 2);

    Placement best;
    double bestScore = -1;
    for (const FuzzyMatch &match : matches) {
        if (match.end <= match.start)
            continue;
        const double quoteSimilarity = 1.0 - double(match.errors) / length;
        const double context = contextSimilarity(annotation.quote, match.start, match.end);
        // A short quote says little on its own: its context must agree too.
        const bool accepted =
            (quoteSimilarity >= minQuoteSimilarity && (length >= 16 || context >= 0.5)) ||
            (quoteSimilarity >= minWeakQuoteSimilarity && context >= minContextSimilarity);
        if (!accepted)
            continue;
        const double distance =
            std::abs(match.start - expected) / double(std::max(1, int(m_new.size())));
        // The weights of Hypothesis' text-quote anchoring: quote first, context, then position.
        const double score = 50 * quoteSimilarity + 40 * context + 2 * (1.0 - distance);
        if (score > bestScore) {
            bestScore = score;
            best = {match.start, match.end};
        }
    }
    return best;
}

double Reanchorer::contextSimilarity(const TextQuote &quote, int start, int end) const
{
    const QStringView text(m_new);
    const int prefixLength = int(quote.prefix.size());
    const int prefixStart = std::max(0, start - prefixLength);
    const double prefix = similarity(quote.prefix, text.mid(prefixStart, start - prefixStart));
    const double suffix = similarity(quote.suffix, text.mid(end, quote.suffix.size()));
    return (prefix + suffix) / 2;
}

} // namespace counterpoint
