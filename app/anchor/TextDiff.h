#pragma once

#include <QList>
#include <QString>

namespace counterpoint {

// Where the offsets of an old text went in a new text, learned from a word-level diff of the two.
// Offsets in unchanged stretches map exactly; offsets inside a changed stretch map in proportion
// across its replacement, which is only a hint: callers verify what they find there.
class OffsetMap final
{
public:
    // One stretch the two texts share: old[oldStart, oldStart + length) == new[newStart, …).
    struct Stretch
    {
        int oldStart = 0;
        int newStart = 0;
        int length = 0;
    };

    OffsetMap() = default;
    OffsetMap(QList<Stretch> stretches, int oldLength, int newLength);

    // The new offset of an old one (clamped to the new text).
    int map(int oldOffset) const;
    // Whether old[start, end) lies inside one shared stretch, so its text is unchanged.
    bool isUnchanged(int start, int end) const;
    // How many characters of old[start, end) the new text kept.
    int keptWithin(int start, int end) const;
    const QList<Stretch> &stretches() const { return m_stretches; }

private:
    QList<Stretch> m_stretches; // sorted by oldStart (and newStart)
    int m_oldLength = 0;
    int m_newLength = 0;
};

// A diff of two texts by words, whitespace and punctuation, in the manner of Myers' O(ND)
// algorithm with linear space (as diff-match-patch bisects). Comparing tokens instead of
// characters keeps the number of differences, and so the running time, small for scattered edits
// to long texts. The search gives up on a part with more than maxDifferences token differences
// and treats that part as replaced, so even unrelated texts cost bounded time.
class TextDiff final
{
public:
    static constexpr int defaultMaxDifferences = 6000;

    static OffsetMap offsetMap(const QString &oldText, const QString &newText,
                               int maxDifferences = defaultMaxDifferences);
};

} // namespace counterpoint
