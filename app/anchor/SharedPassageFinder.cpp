#include "SharedPassageFinder.h"

#include <QCryptographicHash>

#include <algorithm>
#include <vector>

namespace counterpoint {

namespace {

constexpr uint64_t fnvOffset = 14695981039346656037ULL;
constexpr uint64_t fnvPrime = 1099511628211ULL;

// A text as its words: each a hash of its case-folded letters, and where it lies in the text.
struct Words
{
    std::vector<uint64_t> hashes;
    std::vector<int> starts;
    std::vector<int> ends;
    int size() const { return int(hashes.size()); }
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

Words wordsOf(const QString &text)
{
    Words words;
    const int size = int(text.size());
    words.hashes.reserve(size / 5);
    words.starts.reserve(size / 5);
    words.ends.reserve(size / 5);
    int at = 0;
    while (at < size) {
        if (!isWordCharacter(text[at])) {
            ++at;
            continue;
        }
        const int start = at;
        uint64_t hash = fnvOffset;
        while (at < size) {
            const QChar c = text[at];
            if (isWordCharacter(c)) {
                hash = (hash ^ c.toCaseFolded().unicode()) * fnvPrime;
                ++at;
            } else if (isApostrophe(c) && at + 1 < size && isWordCharacter(text[at + 1])) {
                ++at; // "Nvidia's" and "Nvidia’s" are one word, the same word
            } else {
                break;
            }
        }
        words.hashes.push_back(hash);
        words.starts.push_back(start);
        words.ends.push_back(at);
    }
    return words;
}

uint64_t shingleHash(const Words &words, int at, int length)
{
    uint64_t hash = fnvOffset;
    for (int i = at; i < at + length; ++i)
        hash = (hash ^ words.hashes[size_t(i)]) * fnvPrime + (hash >> 29);
    return hash;
}

struct Span
{
    int firstA = 0; // word indices, inclusive
    int lastA = -1;
    int firstB = 0;
    int lastB = -1;
    int matched = 0;
};

// Follows a shared run from the seed a[i] == b[j] in one direction (step +1 or -1), bridging
// gaps of up to maxGap words on either side when two shared words follow the gap.
void extend(const Words &a, const Words &b, int i, int j, int step, int maxGap, Span &span)
{
    auto same = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < a.size() && y < b.size() &&
               a.hashes[size_t(x)] == b.hashes[size_t(y)];
    };
    while (true) {
        if (same(i, j)) {
            ++span.matched;
            if (step > 0) {
                span.lastA = i;
                span.lastB = j;
            } else {
                span.firstA = i;
                span.firstB = j;
            }
            i += step;
            j += step;
            continue;
        }
        bool resumed = false;
        for (int skip = 1; skip <= 2 * maxGap && !resumed; ++skip) {
            for (int da = std::max(0, skip - maxGap); da <= std::min(skip, maxGap); ++da) {
                const int x = i + step * da;
                const int y = j + step * (skip - da);
                if (same(x, y) && same(x + step, y + step)) {
                    i = x;
                    j = y;
                    resumed = true;
                    break;
                }
            }
        }
        if (!resumed)
            return;
    }
}

QList<PassageMatch> matchWords(const Words &a, const Words &b, int minWords)
{
    QList<PassageMatch> found;
    const int k = std::clamp(minWords / 2, 2, 5); // seed length: short enough to seed around gaps
    if (a.size() < k || b.size() < k)
        return found;

    // Every k-word n-gram of a, sorted by hash, so b's can be looked up by binary search.
    struct Entry
    {
        uint64_t hash;
        int at;
    };
    std::vector<Entry> table;
    table.reserve(size_t(a.size() - k + 1));
    for (int i = 0; i + k <= a.size(); ++i)
        table.push_back({shingleHash(a, i, k), i});
    std::sort(table.begin(), table.end(), [](const Entry &x, const Entry &y) {
        return x.hash < y.hash || (x.hash == y.hash && x.at < y.at);
    });

    // Spans already followed, kept while b's position may still fall inside them.
    std::vector<Span> open;
    std::vector<Span> passages;
    for (int j = 0; j + k <= b.size(); ++j) {
        const uint64_t hash = shingleHash(b, j, k);
        auto range =
            std::equal_range(table.begin(), table.end(), Entry{hash, 0},
                             [](const Entry &x, const Entry &y) { return x.hash < y.hash; });
        if (range.second - range.first > SharedPassageFinder::maxSeedOccurrences)
            continue;
        open.erase(
            std::remove_if(open.begin(), open.end(), [j](const Span &s) { return s.lastB < j; }),
            open.end());
        for (auto entry = range.first; entry != range.second; ++entry) {
            const int i = entry->at;
            const bool covered = std::any_of(open.begin(), open.end(), [&](const Span &s) {
                return i >= s.firstA && i <= s.lastA && j >= s.firstB && j <= s.lastB;
            });
            if (covered)
                continue;
            Span span{i, i - 1, j, j - 1, 0};
            extend(a, b, i, j, +1, SharedPassageFinder::maxGapWords, span);
            if (span.matched == 0)
                continue; // a hash collision, not a shared n-gram
            extend(a, b, i - 1, j - 1, -1, SharedPassageFinder::maxGapWords, span);
            open.push_back(span);
            if (span.matched >= minWords)
                passages.push_back(span);
        }
    }

    std::sort(passages.begin(), passages.end(), [](const Span &x, const Span &y) {
        return x.firstA < y.firstA || (x.firstA == y.firstA && x.firstB < y.firstB);
    });
    for (const Span &s : passages) {
        const int wordsA = s.lastA - s.firstA + 1;
        const int wordsB = s.lastB - s.firstB + 1;
        found.append({a.starts[size_t(s.firstA)], a.ends[size_t(s.lastA)],
                      b.starts[size_t(s.firstB)], b.ends[size_t(s.lastB)], s.matched,
                      2.0 * s.matched / (wordsA + wordsB)});
    }
    return found;
}

} // namespace

SharedPassageFinder::SharedPassageFinder(int minWords)
    : m_minWords(std::max(2, minWords))
{}

QList<PassageMatch> SharedPassageFinder::find(const QString &first, const QString &second) const
{
    return matchWords(wordsOf(first), wordsOf(second), m_minWords);
}

QString SharedPassageFinder::passageKey(QStringView first, QStringView second)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    auto addWords = [&digest](QStringView text) {
        QString folded;
        folded.reserve(text.size());
        for (const QChar c : text) {
            if (isWordCharacter(c))
                folded.append(c.toCaseFolded());
            else if (!folded.isEmpty() && !folded.endsWith(u' ') && !isApostrophe(c))
                folded.append(u' ');
        }
        digest.addData(folded.trimmed().toUtf8());
    };
    addWords(first);
    digest.addData(QByteArrayView("\x1f", 1));
    addWords(second);
    return QString::fromLatin1(digest.result().first(16).toHex());
}

QList<SharedPassage> SharedPassageFinder::findAcross(const QList<Article> &articles,
                                                     const std::function<bool()> &stopped) const
{
    std::vector<Words> words;
    words.reserve(size_t(articles.size()));
    for (const Article &article : articles)
        words.push_back(wordsOf(article.text));
    QList<SharedPassage> shared;
    for (int x = 0; x < articles.size(); ++x) {
        for (int y = x + 1; y < articles.size(); ++y) {
            if (stopped && stopped())
                return {};
            const auto matches = matchWords(words[size_t(x)], words[size_t(y)], m_minWords);
            const QString &first = articles.at(x).text;
            const QString &second = articles.at(y).text;
            for (const PassageMatch &match : matches) {
                const QString key = passageKey(
                    QStringView(first).sliced(match.firstStart, match.firstEnd - match.firstStart),
                    QStringView(second).sliced(match.secondStart,
                                               match.secondEnd - match.secondStart));
                shared.append({articles.at(x).id, articles.at(y).id, match, key});
            }
        }
    }
    return shared;
}

} // namespace counterpoint
