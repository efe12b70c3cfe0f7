#include "TextDiff.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace counterpoint {

namespace {

// A text cut into words, whitespace runs and single other characters, each token as a hash.
struct Tokens
{
    std::vector<size_t> hashes;
    std::vector<int> starts; // one more than hashes: the text's length closes the last token
};

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c.isSurrogate() || c.isMark())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

Tokens tokenize(const QString &text)
{
    Tokens tokens;
    const QStringView view(text);
    const int size = int(text.size());
    tokens.hashes.reserve(size / 3);
    tokens.starts.reserve(size / 3 + 1);
    int at = 0;
    while (at < size) {
        const CharClass kind = classOf(view[at]);
        int end = at + 1;
        if (kind != CharClass::Other) {
            while (end < size && classOf(view[end]) == kind)
                ++end;
        }
        tokens.starts.push_back(at);
        tokens.hashes.push_back(qHash(view.mid(at, end - at)));
        at = end;
    }
    tokens.starts.push_back(size);
    return tokens;
}

struct TokenStretch
{
    int a = 0;
    int b = 0;
    int length = 0;
};

struct Split
{
    int x = 0;
    int y = 0;
};

// The middle of a shortest edit script of a[0, n) and b[0, m) (Myers 1986, section 4b, after
// diff-match-patch's diff_bisect), or nothing when it takes more than maxD differences.
std::optional<Split> bisect(const size_t *a, int n, const size_t *b, int m, int maxD)
{
    const int maxSteps = std::min((n + m + 1) / 2, maxD);
    const int offset = maxSteps + 1;
    const int length = 2 * offset + 1;
    std::vector<int> v1(length, -1);
    std::vector<int> v2(length, -1);
    v1[offset + 1] = 0;
    v2[offset + 1] = 0;
    const int delta = n - m;
    // With an odd delta the forward path meets the reverse one; with an even one the reverse.
    const bool front = (delta % 2) != 0;
    int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    for (int d = 0; d < maxSteps; ++d) {
        for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
            const int k1Offset = offset + k1;
            int x1 = (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]))
                         ? v1[k1Offset + 1]
                         : v1[k1Offset - 1] + 1;
            int y1 = x1 - k1;
            while (x1 < n && y1 < m && a[x1] == b[y1]) {
                ++x1;
                ++y1;
            }
            v1[k1Offset] = x1;
            if (x1 > n) {
                k1end += 2;
            } else if (y1 > m) {
                k1start += 2;
            } else if (front) {
                const int k2Offset = offset + delta - k1;
                if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 &&
                    x1 >= n - v2[k2Offset])
                    return Split{x1, y1};
            }
        }
        for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
            const int k2Offset = offset + k2;
            int x2 = (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]))
                         ? v2[k2Offset + 1]
                         : v2[k2Offset - 1] + 1;
            int y2 = x2 - k2;
            while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                ++x2;
                ++y2;
            }
            v2[k2Offset] = x2;
            if (x2 > n) {
                k2end += 2;
            } else if (y2 > m) {
                k2start += 2;
            } else if (!front) {
                const int k1Offset = offset + delta - k2;
                if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1) {
                    const int x1 = v1[k1Offset];
                    const int y1 = offset + x1 - k1Offset;
                    if (x1 >= n - x2)
                        return Split{x1, y1};
                }
            }
        }
    }
    return std::nullopt;
}

struct Part
{
    int a0, a1, b0, b1;
};

// Appends the stretches a[part] and b[part] share, in no particular order.
void commonStretches(const std::vector<size_t> &a, const std::vector<size_t> &b, Part whole,
                     int maxDifferences, std::vector<TokenStretch> &common)
{
    // A work list instead of recursion: a pathological input cannot exhaust the stack.
    std::vector<Part> work{whole};
    while (!work.empty()) {
        Part part = work.back();
        work.pop_back();
        int prefix = 0;
        while (part.a0 + prefix < part.a1 && part.b0 + prefix < part.b1 &&
               a[part.a0 + prefix] == b[part.b0 + prefix])
            ++prefix;
        if (prefix > 0)
            common.push_back({part.a0, part.b0, prefix});
        part.a0 += prefix;
        part.b0 += prefix;
        int suffix = 0;
        while (part.a1 - suffix > part.a0 && part.b1 - suffix > part.b0 &&
               a[part.a1 - 1 - suffix] == b[part.b1 - 1 - suffix])
            ++suffix;
        if (suffix > 0)
            common.push_back({part.a1 - suffix, part.b1 - suffix, suffix});
        part.a1 -= suffix;
        part.b1 -= suffix;
        const int n = part.a1 - part.a0;
        const int m = part.b1 - part.b0;
        if (n == 0 || m == 0)
            continue;
        const auto split = bisect(a.data() + part.a0, n, b.data() + part.b0, m, maxDifferences);
        // No split within the budget (or none that makes progress): the part counts as replaced.
        if (!split || (split->x == 0 && split->y == 0) || (split->x == n && split->y == m))
            continue;
        work.push_back({part.a0, part.a0 + split->x, part.b0, part.b0 + split->y});
        work.push_back({part.a0 + split->x, part.a1, part.b0 + split->y, part.b1});
    }
}

// A sentence or line of tokens: [first, last) and a hash of them all.
struct Segment
{
    int first;
    int last;
    size_t hash;
};

// Cuts a token list after each line break and each sentence end (".", "!" or "?" then space).
std::vector<Segment> segmentsOf(const QString &text, const Tokens &tokens)
{
    std::vector<Segment> segments;
    const int count = int(tokens.hashes.size());
    int first = 0;
    size_t hash = 0;
    for (int t = 0; t < count; ++t) {
        hash = hash * 1000003u ^ tokens.hashes[size_t(t)];
        const int start = tokens.starts[size_t(t)];
        const QChar c = text[start];
        bool ends = false;
        if (c.isSpace()) {
            const int end = tokens.starts[size_t(t) + 1];
            ends = QStringView(text).mid(start, end - start).contains(u'\n');
            if (!ends && t > 0) {
                const QChar previous = text[tokens.starts[size_t(t) - 1]];
                ends = previous == u'.' || previous == u'!' || previous == u'?';
            }
        }
        if (ends || t == count - 1) {
            segments.push_back({first, t + 1, hash});
            first = t + 1;
            hash = 0;
        }
    }
    return segments;
}

// Pairs of segments that occur exactly once in each text and in the same order in both (the
// longest such chain, as patience diff finds it): safe anchors that cut one large diff into
// many small ones, so scattered edits cost little however many there are.
std::vector<std::pair<int, int>> uniqueAnchors(const std::vector<Segment> &a,
                                               const std::vector<Segment> &b)
{
    QHash<size_t, int> inA; // hash → index, or -1 when repeated
    QHash<size_t, int> inB;
    auto count = [](const std::vector<Segment> &segments, QHash<size_t, int> &where) {
        where.reserve(qsizetype(segments.size()));
        for (int i = 0; i < int(segments.size()); ++i) {
            auto found = where.find(segments[size_t(i)].hash);
            if (found == where.end())
                where.insert(segments[size_t(i)].hash, i);
            else
                *found = -1;
        }
    };
    count(a, inA);
    count(b, inB);
    std::vector<std::pair<int, int>> pairs; // (index in a, index in b), by index in a
    for (int i = 0; i < int(a.size()); ++i) {
        const int j = inB.value(a[size_t(i)].hash, -1);
        if (j >= 0 && inA.value(a[size_t(i)].hash) == i)
            pairs.emplace_back(i, j);
    }
    // Longest increasing subsequence of the b indices, by patience sorting.
    std::vector<int> tails; // index into pairs of the smallest tail of each length
    std::vector<int> previous(pairs.size(), -1);
    for (int p = 0; p < int(pairs.size()); ++p) {
        auto at =
            std::lower_bound(tails.begin(), tails.end(), pairs[size_t(p)].second,
                             [&](int q, int value) { return pairs[size_t(q)].second < value; });
        if (at != tails.begin())
            previous[size_t(p)] = *(at - 1);
        if (at == tails.end())
            tails.push_back(p);
        else
            *at = p;
    }
    std::vector<std::pair<int, int>> chain;
    for (int p = tails.empty() ? -1 : tails.back(); p >= 0; p = previous[size_t(p)])
        chain.push_back(pairs[size_t(p)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

// How good a place the gap between text[at - 1] and text[at] is for an edit to begin or end,
// after diff-match-patch's semantic score: paragraph breaks best, then line breaks, sentence
// ends, spaces, punctuation, and the inside of a word worst.
int boundaryScore(const QString &text, int at)
{
    if (at <= 0 || at >= text.size())
        return 6;
    const QChar before = text[at - 1];
    const QChar after = text[at];
    if (before == u'\n' && after == u'\n')
        return 5;
    if (before == u'\n' || after == u'\n')
        return 4;
    if ((before == u'.' || before == u'!' || before == u'?') && after.isSpace())
        return 3;
    if (before.isSpace() || after.isSpace())
        return 2;
    if (!before.isLetterOrNumber() || !after.isLetterOrNumber())
        return 1;
    return 0;
}

// A pure insertion or deletion can often slide along the text with the same result ("ab|cab|"
// deleting "cab" or "abc"). Slides each to the place with the best boundaries, so that a deleted
// paragraph is the paragraph and not a shifted copy of it: offsets in it then map to where it was.
void alignEdits(QList<OffsetMap::Stretch> &stretches, const QString &oldText,
                const QString &newText)
{
    for (qsizetype k = 0; k + 1 < stretches.size(); ++k) {
        OffsetMap::Stretch &left = stretches[k];
        OffsetMap::Stretch &right = stretches[k + 1];
        const int oldGap = right.oldStart - (left.oldStart + left.length);
        const int newGap = right.newStart - (left.newStart + left.length);
        if ((oldGap == 0) == (newGap == 0))
            continue; // a replacement (or nothing): it cannot slide
        const QString &text = oldGap > 0 ? oldText : newText;
        const int gapStart = oldGap > 0 ? left.oldStart + left.length : left.newStart + left.length;
        const int gap = std::max(oldGap, newGap);
        int back = 0;
        while (back < left.length && text[gapStart - 1 - back] == text[gapStart + gap - 1 - back])
            ++back;
        int ahead = 0;
        while (ahead < right.length && gapStart + gap + ahead < text.size() &&
               text[gapStart + ahead] == text[gapStart + gap + ahead])
            ++ahead;
        int bestShift = 0;
        int bestScore = boundaryScore(text, gapStart) + boundaryScore(text, gapStart + gap);
        for (int shift = -back; shift <= ahead; ++shift) {
            const int score =
                boundaryScore(text, gapStart + shift) + boundaryScore(text, gapStart + gap + shift);
            // On a tie the later place wins, as in diff-match-patch: whole lines, not "\nline".
            if (score >= bestScore) {
                bestScore = score;
                bestShift = shift;
            }
        }
        left.length += bestShift;
        right.oldStart += bestShift;
        right.newStart += bestShift;
        right.length -= bestShift;
    }
    stretches.removeIf([](const OffsetMap::Stretch &s) { return s.length <= 0; });
}

} // namespace

OffsetMap::OffsetMap(QList<Stretch> stretches, int oldLength, int newLength)
    : m_stretches(std::move(stretches))
    , m_oldLength(oldLength)
    , m_newLength(newLength)
{
    std::sort(m_stretches.begin(), m_stretches.end(),
              [](const Stretch &x, const Stretch &y) { return x.oldStart < y.oldStart; });
}

int OffsetMap::map(int oldOffset) const
{
    const int offset = std::clamp(oldOffset, 0, m_oldLength);
    // The last stretch starting at or before the offset.
    auto after = std::upper_bound(m_stretches.cbegin(), m_stretches.cend(), offset,
                                  [](int value, const Stretch &s) { return value < s.oldStart; });
    int gapOldStart = 0;
    int gapNewStart = 0;
    if (after != m_stretches.cbegin()) {
        const Stretch &s = *(after - 1);
        if (offset <= s.oldStart + s.length)
            return s.newStart + (offset - s.oldStart);
        gapOldStart = s.oldStart + s.length;
        gapNewStart = s.newStart + s.length;
    }
    const int gapOldEnd = after == m_stretches.cend() ? m_oldLength : after->oldStart;
    const int gapNewEnd = after == m_stretches.cend() ? m_newLength : after->newStart;
    if (gapOldEnd <= gapOldStart)
        return std::clamp(gapNewStart, 0, m_newLength);
    // Inside a replaced stretch: the same fraction of the way across its replacement.
    const qint64 into = qint64(offset - gapOldStart) * (gapNewEnd - gapNewStart);
    return std::clamp(gapNewStart + int(into / (gapOldEnd - gapOldStart)), 0, m_newLength);
}

bool OffsetMap::isUnchanged(int start, int end) const
{
    auto after = std::upper_bound(m_stretches.cbegin(), m_stretches.cend(), start,
                                  [](int value, const Stretch &s) { return value < s.oldStart; });
    if (after == m_stretches.cbegin())
        return false;
    const Stretch &s = *(after - 1);
    return end <= s.oldStart + s.length;
}

int OffsetMap::keptWithin(int start, int end) const
{
    auto at = std::upper_bound(m_stretches.cbegin(), m_stretches.cend(), start,
                               [](int value, const Stretch &s) { return value < s.oldStart; });
    if (at != m_stretches.cbegin())
        --at;
    int kept = 0;
    for (; at != m_stretches.cend() && at->oldStart < end; ++at)
        kept +=
            std::max(0, std::min(end, at->oldStart + at->length) - std::max(start, at->oldStart));
    return kept;
}

OffsetMap TextDiff::offsetMap(const QString &oldText, const QString &newText, int maxDifferences)
{
    const Tokens a = tokenize(oldText);
    const Tokens b = tokenize(newText);
    // Unique sentences and lines both texts keep fix the large-scale alignment; Myers' diff then
    // runs between each two of them.
    const std::vector<Segment> segmentsA = segmentsOf(oldText, a);
    const std::vector<Segment> segmentsB = segmentsOf(newText, b);
    std::vector<TokenStretch> common;
    Part gap{0, 0, 0, 0};
    for (const auto &[i, j] : uniqueAnchors(segmentsA, segmentsB)) {
        const Segment &x = segmentsA[size_t(i)];
        const Segment &y = segmentsB[size_t(j)];
        gap.a1 = x.first;
        gap.b1 = y.first;
        commonStretches(a.hashes, b.hashes, gap, maxDifferences, common);
        common.push_back({x.first, y.first, x.last - x.first});
        gap = {x.last, x.last, y.last, y.last};
    }
    gap.a1 = int(a.hashes.size());
    gap.b1 = int(b.hashes.size());
    commonStretches(a.hashes, b.hashes, gap, maxDifferences, common);
    std::sort(common.begin(), common.end(),
              [](const TokenStretch &x, const TokenStretch &y) { return x.a < y.a; });

    QList<OffsetMap::Stretch> stretches;
    stretches.reserve(qsizetype(common.size()));
    for (const TokenStretch &t : common) {
        const int oldStart = a.starts[t.a];
        const int newStart = b.starts[t.b];
        // Equal hashes mean equal tokens but for a vanishingly rare collision: take the shorter.
        const int length =
            std::min(a.starts[t.a + t.length] - oldStart, b.starts[t.b + t.length] - newStart);
        if (!stretches.isEmpty()) {
            OffsetMap::Stretch &last = stretches.last();
            if (last.oldStart + last.length == oldStart &&
                last.newStart + last.length == newStart) {
                last.length += length;
                continue;
            }
        }
        stretches.append({oldStart, newStart, length});
    }
    alignEdits(stretches, oldText, newText);
    return OffsetMap(std::move(stretches), int(oldText.size()), int(newText.size()));
}

} // namespace counterpoint
