#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace counterpoint {

// An approximate occurrence of a pattern: text[start, end) is within `errors` edits of it.
struct FuzzyMatch
{
    int start = 0;
    int end = 0;
    int errors = 0;
};

// Finds a pattern in a text allowing insertions, deletions and substitutions, with the
// bit-parallel algorithm of Myers (1999) in blocks of 64 pattern characters: the Bitap family
// that diff-match-patch and Hypothesis (approx-string-match) use. It costs one pass over the
// searched text per 64 characters of pattern, whatever the number of errors allowed.
class FuzzyMatcher final
{
public:
    explicit FuzzyMatcher(const QString &pattern);

    int patternLength() const { return int(m_pattern.size()); }

    // The best few occurrences in text[from, to) with at most maxErrors edits, fewest errors
    // first: for each, the end where the edit distance is locally least and the start that
    // aligns best with it.
    QList<FuzzyMatch> search(QStringView text, int from, int to, int maxErrors,
                             int maxMatches = 16) const;

    // Levenshtein distance, for short strings such as a quote's prefix and suffix.
    static int editDistance(QStringView a, QStringView b);

private:
    // Per distinct pattern character, one bit mask per block of 64 pattern positions.
    struct Masks
    {
        int blocks = 0;
        std::vector<uint64_t> peq; // (distinct + 1) * blocks; the last row, all zero, is "other"
        int absent = 0;            // the id of characters not in the pattern
        int asciiIds[128] = {};
        QHash<char16_t, int> otherIds;
        const uint64_t *masksOf(QChar c) const;
    };
    static Masks buildMasks(QStringView pattern);
    int startFor(QStringView text, int from, int end, int maxErrors) const;

    QString m_pattern;
    Masks m_forward;
    Masks m_reversed;
};

} // namespace counterpoint
