#pragma once

#include "TextDiff.h"
#include "domain/Annotation.h"

#include <QList>
#include <QString>

#include <memory>

namespace counterpoint {

class QuoteWords;

// An annotation re-attached somewhere else than where it was, or to other words: for the user to
// review before the update is applied (issue 20, item 6).
struct ReanchorMatch
{
    qsizetype index = -1; // in the re-anchored list
    Annotation before;    // on the old text
    Annotation placed;    // moved or fuzzy, on the new text
    Annotation orphan;    // what it becomes if the user says it is not the same passage
};

// How many annotations ended in each anchor state, which were orphaned, and which were moved or
// matched approximately.
struct ReanchorSummary
{
    int exact = 0;
    int moved = 0;
    int fuzzy = 0;
    int orphaned = 0;
    QList<Annotation> orphans;
    QList<ReanchorMatch> matches; // in the order of the annotations

    void add(const Annotation &annotation);
    int total() const { return exact + moved + fuzzy + orphaned; }
};

// Finds annotations made on one version of an article again on the next. For each, in order:
//  exact    the passage is where it was, unchanged;
//  moved    the exact quote elsewhere: where the diff of the two versions says the passage went,
//           else the occurrence nearest to where its old position maps;
//  fuzzy    the quote within a bounded edit distance near that position, candidates scored by
//           the quote's, the prefix's and the suffix's similarity and by distance, as Hypothesis
//           does, and holding most of the quote's own words, weighed by their rarity (names and
//           figures), and away from where the diff puts the passage, all its figures, so that a
//           deleted paragraph's quote does not land on a sibling paragraph that shares its
//           other words;
//  orphaned the quote is kept and the range collapses to where the old start maps.
// Nothing is dropped. The diff is computed once, so most annotations cost one comparison.
class Reanchorer final
{
public:
    // Below these an approximate match is not the same passage.
    static constexpr double minQuoteSimilarity = 0.75;
    static constexpr double minWeakQuoteSimilarity = 0.5; // if its context agrees well
    static constexpr double minContextSimilarity = 0.75;
    // The share of the quote's word weight (QuoteWords) an approximate match must hold where
    // the diff says the passage went; elsewhere more, and every figure of the quote.
    static constexpr double minOwnWords = 0.6;
    static constexpr double minOwnWordsElsewhere = 0.9;
    // The fuzzy search looks this far around the expected position before the whole text.
    static constexpr int fuzzyWindow = 4096;
    // Characters × pattern blocks that whole-text fuzzy searches may scan in one run, so that a
    // rewritten long article still re-anchors in bounded time.
    static constexpr qint64 wholeTextFuzzyBudget = 8 * 1024 * 1024;
    // Quotes longer than this are not searched for approximately (the cost grows with their
    // length): the diff says whether enough of their text is left where they were.
    static constexpr int longQuote = 1024;
    // The nearest exact quote is looked for this far around the expected position first; the
    // rest are looked for in one pass over the text for all of them.
    static constexpr int exactWindow = 2048;

    Reanchorer(QString oldText, QString newText);
    ~Reanchorer();

    // The annotation placed on the new text: range, anchor state and (unless orphaned) quote.
    Annotation reanchor(const Annotation &annotation);
    QList<Annotation> reanchorAll(const QList<Annotation> &annotations,
                                  ReanchorSummary *summary = nullptr);

    const OffsetMap &offsetMap() const { return m_map; }

private:
    struct Placement
    {
        int start = -1;
        int end = -1;
    };
    // One annotation on its way: what it is, where it should be, what was found so far.
    struct Pending;
    Placement nearestExact(const QString &exact, int expected, int from, int to) const;
    bool placeQuickly(Pending &pending) const;
    void findExactEverywhere(QList<Pending *> &pending) const;
    void finish(Pending &pending);
    Placement bestFuzzy(const Pending &pending);
    Placement bestFuzzyIn(const Pending &pending, int from, int to) const;
    Placement keptByDiff(const Pending &pending) const;
    bool holdsOwnWords(const Pending &pending, int start, int end) const;
    double contextSimilarity(const TextQuote &quote, int start, int end) const;

    QString m_old;
    QString m_new;
    OffsetMap m_map;
    qint64 m_budget = wholeTextFuzzyBudget;
    std::unique_ptr<QuoteWords> m_words; // counted on the first approximate search
};

} // namespace counterpoint
