#include "Reanchorer.h"

#include "FuzzyMatcher.h"
#include "QuoteWords.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace counterpoint {

namespace {

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

Reanchorer::~Reanchorer() = default;

struct Reanchorer::Pending
{
    const Annotation *annotation = nullptr;
    Annotation placed;
    QString exact;
    int expected = 0;
    bool done = false;
    Placement found; // the nearest exact occurrence, once looked for everywhere
    int distance = std::numeric_limits<int>::max();

    void place(const QString &text, int start, int end, AnchorState state)
    {
        // An approximate match must not cut a character in two.
        if (start > 0 && start < text.size() && text[start].isLowSurrogate())
            --start;
        if (end > 0 && end < text.size() && text[end].isLowSurrogate())
            ++end;
        if (state == AnchorState::Orphaned)
            end = start; // moved off a low surrogate, an orphan's range stays empty
        placed.start = start;
        placed.end = end;
        placed.anchorState = state;
        if (state != AnchorState::Orphaned)
            placed.quote = TextQuote::fromText(text, start, end);
        done = true;
    }
    void placeExact(const QString &text, int start)
    {
        const int end = start + int(exact.size());
        const bool same = start == annotation->start && end == annotation->end;
        place(text, start, end, same ? AnchorState::Exact : AnchorState::Moved);
    }
};

QList<Annotation> Reanchorer::reanchorAll(const QList<Annotation> &annotations,
                                          ReanchorSummary *summary)
{
    QList<Pending> work(annotations.size());
    QList<Pending *> searchEverywhere;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        Pending &p = work[i];
        p.annotation = &annotations.at(i);
        p.placed = annotations.at(i);
        if (!placeQuickly(p))
            searchEverywhere.append(&p);
    }
    findExactEverywhere(searchEverywhere);
    QList<Annotation> placed;
    placed.reserve(annotations.size());
    for (Pending &p : work) {
        if (!p.done)
            finish(p);
        if (summary) {
            summary->add(p.placed);
            const AnchorState state = p.placed.anchorState;
            if (state == AnchorState::Moved || state == AnchorState::Fuzzy) {
                // The orphan it would be, made as finish() makes one.
                Pending orphan;
                orphan.annotation = p.annotation;
                orphan.placed = *p.annotation;
                orphan.place(m_new, p.expected, p.expected, AnchorState::Orphaned);
                summary->matches.append({placed.size(), *p.annotation, p.placed, orphan.placed});
            }
        }
        placed.append(p.placed);
    }
    return placed;
}

Annotation Reanchorer::reanchor(const Annotation &annotation)
{
    return reanchorAll({annotation}).constFirst();
}

// Steps 1 to 3 of the class comment where they are cheap: false leaves the annotation for the
// search of the whole text.
bool Reanchorer::placeQuickly(Pending &p) const
{
    const Annotation &annotation = *p.annotation;
    const int oldLength = int(m_old.size());
    const bool rangeValid =
        annotation.start >= 0 && annotation.start < annotation.end && annotation.end <= oldLength;
    // The quote is what the user chose; the range only says where it was.
    p.exact = annotation.quote.exact;
    if (p.exact.isEmpty() && rangeValid)
        p.exact = m_old.mid(annotation.start, annotation.length());
    const int length = int(p.exact.size());
    p.expected = m_map.map(std::clamp(annotation.start, 0, oldLength));
    const QStringView newView(m_new);

    if (length == 0) {
        p.place(m_new, p.expected, p.expected, AnchorState::Orphaned);
        return true;
    }
    // 1. The diff kept the passage whole: it is where its start maps.
    if (rangeValid && annotation.length() == length &&
        m_map.isUnchanged(annotation.start, annotation.end) &&
        newView.mid(p.expected, length) == p.exact) {
        p.placeExact(m_new, p.expected);
        return true;
    }
    // 2. The quote still at its old range.
    if (rangeValid && annotation.end <= m_new.size() &&
        newView.mid(annotation.start, length) == p.exact) {
        p.placeExact(m_new, annotation.start);
        return true;
    }
    // 3. The exact quote near where the passage should be: if found well inside the window, no
    // occurrence outside it can be nearer.
    const Placement near = nearestExact(p.exact, p.expected, p.expected - exactWindow - length,
                                        p.expected + exactWindow + length);
    if (near.start >= 0 && std::abs(near.start - p.expected) <= exactWindow) {
        p.placeExact(m_new, near.start);
        return true;
    }
    return false;
}

// Step 3 for many quotes in one pass: a rolling hash of every window of the text's first
// `gram` characters is looked up among the quotes' first characters, and candidates are checked
// in full. Quotes shorter than that are searched one by one.
void Reanchorer::findExactEverywhere(QList<Pending *> &pending) const
{
    constexpr int gram = 8;
    constexpr uint64_t base = 1000003;
    constexpr int filterBits = 20;
    const QStringView text(m_new);
    const int size = int(text.size());

    struct Key
    {
        uint64_t hash;
        Pending *pending;
    };
    std::vector<Key> keys;
    for (Pending *p : pending) {
        if (p->exact.size() < gram) {
            p->found = nearestExact(p->exact, p->expected, 0, size);
            continue;
        }
        uint64_t hash = 0;
        for (int i = 0; i < gram; ++i)
            hash = hash * base + p->exact[i].unicode();
        keys.push_back({hash, p});
    }
    if (keys.empty() || size < gram)
        return;
    std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) { return x.hash < y.hash; });
    auto bucket = [](uint64_t hash) { return (hash * 0x9E3779B97F4A7C15ULL) >> (64 - filterBits); };
    std::vector<bool> filter(size_t(1) << filterBits);
    for (const Key &key : keys)
        filter[bucket(key.hash)] = true;

    uint64_t highest = 1; // base^(gram - 1), to take the leaving character out
    for (int i = 1; i < gram; ++i)
        highest *= base;
    uint64_t hash = 0;
    for (int i = 0; i < gram; ++i)
        hash = hash * base + text[i].unicode();
    for (int at = 0;; ++at) {
        if (filter[bucket(hash)]) {
            auto range =
                std::equal_range(keys.begin(), keys.end(), Key{hash, nullptr},
                                 [](const Key &x, const Key &y) { return x.hash < y.hash; });
            for (auto key = range.first; key != range.second; ++key) {
                Pending &p = *key->pending;
                const int distance = std::abs(at - p.expected);
                if (distance < p.distance && text.mid(at, p.exact.size()) == p.exact) {
                    p.distance = distance;
                    p.found = {at, at + int(p.exact.size())};
                }
            }
        }
        if (at + gram >= size)
            break;
        hash = (hash - text[at].unicode() * highest) * base + text[at + gram].unicode();
    }
}

// Steps 3 (with what the whole-text search found) to 5.
void Reanchorer::finish(Pending &p)
{
    if (p.found.start >= 0) {
        p.placeExact(m_new, p.found.start);
        return;
    }
    const Placement fuzzy = p.exact.size() > longQuote ? keptByDiff(p) : bestFuzzy(p);
    if (fuzzy.start >= 0) {
        p.place(m_new, fuzzy.start, fuzzy.end, AnchorState::Fuzzy);
        return;
    }
    // Orphaned: kept, with its old quote, at the place its passage used to be.
    p.place(m_new, p.expected, p.expected, AnchorState::Orphaned);
}

Reanchorer::Placement Reanchorer::nearestExact(const QString &exact, int expected, int from,
                                               int to) const
{
    const QStringView text(m_new);
    const int size = int(text.size());
    const int length = int(exact.size());
    from = std::clamp(from, 0, size);
    to = std::clamp(to, from, size);
    const QStringView window = text.mid(from, to - from);
    const int anchor = std::clamp(expected - from, 0, int(window.size()));
    // The first occurrence at or after the expected place, and the last before it.
    const qsizetype after = window.indexOf(exact, anchor);
    qsizetype before = -1;
    if (anchor > 0)
        before =
            window.left(std::min<qsizetype>(window.size(), anchor - 1 + length)).lastIndexOf(exact);
    qsizetype best = after;
    if (before >= 0 && (after < 0 || anchor - before < after - anchor))
        best = before;
    if (best < 0)
        return {};
    return {from + int(best), from + int(best) + length};
}

Reanchorer::Placement Reanchorer::keptByDiff(const Pending &p) const
{
    const Annotation &a = *p.annotation;
    if (a.start < 0 || a.start >= a.end || a.end > m_old.size())
        return {};
    const int start = m_map.map(a.start);
    const int end = m_map.map(a.end);
    const int kept = m_map.keptWithin(a.start, a.end);
    // Kept characters against the longer of the two passages: insertions count as changes too.
    const double similarity = double(kept) / std::max(a.length(), end - start);
    if (end <= start || similarity < minQuoteSimilarity)
        return {};
    return {start, end};
}

Reanchorer::Placement Reanchorer::bestFuzzy(const Pending &p)
{
    const int expected = p.expected;
    const int length = int(p.exact.size());
    const int size = int(m_new.size());
    if (!m_words)
        m_words = std::make_unique<QuoteWords>(m_old);
    const int slack = std::max(fuzzyWindow, length);
    const int from = std::max(0, expected - slack - length);
    const int to = std::min(size, expected + slack + 2 * length);
    const Placement local = bestFuzzyIn(p, from, to);
    if (local.start >= 0 || (from == 0 && to == size))
        return local;
    const qint64 cost = qint64(size) * ((length + 63) / 64);
    if (cost > m_budget)
        return {};
    m_budget -= cost;
    return bestFuzzyIn(p, 0, size);
}

Reanchorer::Placement Reanchorer::bestFuzzyIn(const Pending &p, int from, int to) const
{
    const Annotation &annotation = *p.annotation;
    const int expected = p.expected;
    const QString &exact = p.exact;
    const int length = int(exact.size());
    // The search allows up to half the quote in errors; acceptance below is stricter.
    const FuzzyMatcher matcher(exact);
    const QList<FuzzyMatch> matches = matcher.search(m_new, from, to, length / 2);

    Placement best;
    double bestScore = -1;
    for (FuzzyMatch match : matches) {
        // A space the quote does not have at its ends is not part of the passage.
        while (match.start < match.end && m_new[match.start].isSpace() && !exact.front().isSpace())
            ++match.start;
        while (match.start < match.end && m_new[match.end - 1].isSpace() && !exact.back().isSpace())
            --match.end;
        if (match.end <= match.start)
            continue;
        const double quoteSimilarity = 1.0 - double(match.errors) / length;
        const double context = contextSimilarity(annotation.quote, match.start, match.end);
        // A short quote says little on its own: its context must agree too.
        const bool accepted =
            (quoteSimilarity >= minQuoteSimilarity && (length >= 16 || context >= 0.5)) ||
            (quoteSimilarity >= minWeakQuoteSimilarity && context >= minContextSimilarity);
        if (!accepted || !holdsOwnWords(p, match.start, match.end))
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

// Sentences alike in all but their names and figures are not the same passage. Where the diff
// says the passage went (most of the match lies within where the old range maps), an edit may
// have changed a figure; elsewhere the quote's figures must all be there.
bool Reanchorer::holdsOwnWords(const Pending &p, int start, int end) const
{
    const Annotation &a = *p.annotation;
    bool inPlace = false;
    if (a.start >= 0 && a.start < a.end && a.end <= m_old.size()) {
        const int mappedStart = m_map.map(a.start);
        const int mappedEnd = m_map.map(a.end);
        const int overlap = std::min(end, mappedEnd) - std::max(start, mappedStart);
        inPlace = 2 * overlap >= end - start;
    }
    const QuoteWords::Kept kept =
        m_words->kept(p.exact, QStringView(m_new).mid(start, end - start));
    if (inPlace)
        return kept.share >= minOwnWords;
    return kept.everyFigure && kept.share >= minOwnWordsElsewhere;
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
