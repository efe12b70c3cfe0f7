#include "FuzzyMatcher.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace counterpoint {

namespace {

constexpr int blockBits = 64;

// Runs Myers' bit-vector recurrence over count text characters, charAt(i) giving the i-th, and
// reports after each the edit distance of the whole pattern against the best text ending there.
// Unanchored, a match may start anywhere (the top row costs nothing); anchored, it must start at
// the first character scanned (the top row costs one per character).
template<class CharAt, class Report>
void scan(int blocks, int patternLength, int count, bool anchored, CharAt charAt, Report report)
{
    if (blocks == 1) {
        // Most quotes fit one block: the same recurrence on plain variables.
        uint64_t pv = ~uint64_t(0);
        uint64_t mv = 0;
        int score = patternLength;
        const uint64_t high = uint64_t(1) << (patternLength - 1);
        for (int i = 0; i < count; ++i) {
            uint64_t eq = *charAt(i);
            const uint64_t xv = eq | mv;
            const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            uint64_t ph = mv | ~(xh | pv);
            uint64_t mh = pv & xh;
            score += (ph & high) ? 1 : (mh & high) ? -1 : 0;
            ph = (ph << 1) | (anchored ? 1 : 0);
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            report(i, score);
        }
        return;
    }
    std::vector<uint64_t> plus(size_t(blocks), ~uint64_t(0));
    std::vector<uint64_t> minus(size_t(blocks), 0);
    std::vector<int> score(static_cast<size_t>(blocks));
    for (int b = 0; b < blocks; ++b)
        score[b] = std::min((b + 1) * blockBits, patternLength);
    const uint64_t lastRow = uint64_t(1) << ((patternLength - 1) % blockBits);
    const uint64_t topRow = uint64_t(1) << (blockBits - 1);
    for (int i = 0; i < count; ++i) {
        const uint64_t *eqs = charAt(i);
        int carry = anchored ? 1 : 0;
        for (int b = 0; b < blocks; ++b) {
            const uint64_t high = b == blocks - 1 ? lastRow : topRow;
            uint64_t eq = eqs[b];
            const uint64_t pv = plus[b];
            const uint64_t mv = minus[b];
            const uint64_t xv = eq | mv;
            if (carry < 0)
                eq |= 1;
            const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            uint64_t ph = mv | ~(xh | pv);
            uint64_t mh = pv & xh;
            const int out = (ph & high) ? 1 : (mh & high) ? -1 : 0;
            ph <<= 1;
            mh <<= 1;
            if (carry < 0)
                mh |= 1;
            else if (carry > 0)
                ph |= 1;
            plus[b] = mh | ~(xv | ph);
            minus[b] = ph & xv;
            score[b] += out;
            carry = out;
        }
        report(i, score[blocks - 1]);
    }
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &pattern)
    : m_pattern(pattern)
{
    m_forward = buildMasks(m_pattern);
    QString reversed = m_pattern;
    std::reverse(reversed.begin(), reversed.end());
    m_reversed = buildMasks(reversed);
}

FuzzyMatcher::Masks FuzzyMatcher::buildMasks(QStringView pattern)
{
    Masks masks;
    masks.blocks = std::max(1, int((pattern.size() + blockBits - 1) / blockBits));
    int distinct = 0;
    auto idFor = [&](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (masks.asciiIds[u] == 0)
                masks.asciiIds[u] = ++distinct;
            return masks.asciiIds[u] - 1;
        }
        auto found = masks.otherIds.constFind(u);
        if (found != masks.otherIds.cend())
            return *found;
        masks.otherIds.insert(u, distinct);
        return distinct++;
    };
    std::vector<int> ids;
    ids.reserve(size_t(pattern.size()));
    for (const QChar c : pattern)
        ids.push_back(idFor(c));
    masks.absent = distinct;
    // ASCII ids are stored plus one so that zero means absent; turn that into the absent row.
    for (int &id : masks.asciiIds)
        id = id == 0 ? distinct : id - 1;
    masks.peq.assign(size_t(distinct + 1) * size_t(masks.blocks), 0);
    for (int i = 0; i < int(ids.size()); ++i)
        masks.peq[size_t(ids[i]) * masks.blocks + i / blockBits] |= uint64_t(1) << (i % blockBits);
    return masks;
}

const uint64_t *FuzzyMatcher::Masks::masksOf(QChar c) const
{
    const char16_t u = c.unicode();
    const int id = u < 128 ? asciiIds[u] : otherIds.value(u, absent);
    return peq.data() + size_t(id) * blocks;
}

QList<FuzzyMatch> FuzzyMatcher::search(QStringView text, int from, int to, int maxErrors,
                                       int maxMatches) const
{
    const int m = patternLength();
    from = std::clamp(from, 0, int(text.size()));
    to = std::clamp(to, from, int(text.size()));
    const int count = to - from;
    if (m == 0 || count == 0 || maxErrors < 0)
        return {};
    std::vector<int> scores(static_cast<size_t>(count));
    scan(
        m_forward.blocks, m, count, false, [&](int i) { return m_forward.masksOf(text[from + i]); },
        [&](int i, int score) { scores[size_t(i)] = score; });

    // The ends where the distance is locally least: neighbours of a good end are worse copies.
    struct End
    {
        int end;
        int errors;
    };
    std::vector<End> ends;
    for (int i = 0; i < count; ++i) {
        const int s = scores[size_t(i)];
        if (s > maxErrors)
            continue;
        if ((i > 0 && s > scores[size_t(i - 1)]) || (i + 1 < count && s >= scores[size_t(i + 1)]))
            continue;
        ends.push_back({from + i + 1, s});
    }
    std::stable_sort(ends.begin(), ends.end(),
                     [](const End &x, const End &y) { return x.errors < y.errors; });
    if (int(ends.size()) > maxMatches)
        ends.resize(size_t(maxMatches));

    QList<FuzzyMatch> matches;
    matches.reserve(qsizetype(ends.size()));
    for (const End &e : ends)
        matches.append({startFor(text, from, e.end, e.errors), e.end, e.errors});
    return matches;
}

// The start that gives the match ending at end its least distance: the reversed pattern scanned
// backwards from end, anchored there. Among equal distances the length nearest the pattern's wins.
int FuzzyMatcher::startFor(QStringView text, int from, int end, int maxErrors) const
{
    const int m = patternLength();
    const int lowest = std::max(from, end - m - maxErrors);
    const int count = end - lowest;
    int bestStart = std::max(lowest, end - m);
    int bestScore = std::numeric_limits<int>::max();
    int bestGap = std::numeric_limits<int>::max();
    scan(
        m_reversed.blocks, m, count, true,
        [&](int i) { return m_reversed.masksOf(text[end - 1 - i]); },
        [&](int i, int score) {
            const int gap = std::abs(i + 1 - m);
            if (score < bestScore || (score == bestScore && gap < bestGap)) {
                bestScore = score;
                bestGap = gap;
                bestStart = end - 1 - i;
            }
        });
    return bestStart;
}

int FuzzyMatcher::editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                {above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace counterpoint
