#pragma once

#include <functional>

#include "domain/Article.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace counterpoint {

// A passage two texts share: first[firstStart, firstEnd) and second[secondStart, secondEnd), in
// UTF-16 offsets of each canonical text, from the first shared word to the last.
struct PassageMatch
{
    int firstStart = 0;
    int firstEnd = 0;
    int secondStart = 0;
    int secondEnd = 0;
    int words = 0;           // words found in both, in order
    double similarity = 0.0; // 2 × words shared / (words in first + words in second)

    friend bool operator==(const PassageMatch &, const PassageMatch &) = default;
};

// A shared passage between two articles of a project, for "same claim as" suggestions.
struct SharedPassage
{
    QUuid firstArticle;
    QUuid secondArticle;
    PassageMatch match;
    // Names the passage by its words (case-folded, without punctuation) in both articles, so a
    // dismissed suggestion stays dismissed when an article's text moves around it.
    QString key;
};

// Finds passages that occur in two texts, such as one statement quoted by two outlets. Texts are
// compared as words, case-folded, without punctuation, quote marks or apostrophes, so curly and
// straight quotes, spacing and capitals do not matter; a few words added, dropped or changed are
// bridged as long as the passage resumes within maxGapWords. Seeds are shared runs of a few words
// found through a sorted table of word n-gram hashes, so the cost grows with the texts' length,
// not its square.
class SharedPassageFinder final
{
public:
    static constexpr int defaultMinWords = 8;
    static constexpr int maxGapWords = 3;
    // An n-gram this common in the first text is boilerplate, not a seed worth following.
    static constexpr int maxSeedOccurrences = 32;

    explicit SharedPassageFinder(int minWords = defaultMinWords);

    int minWords() const { return m_minWords; }

    // The passages of at least minWords shared words, in the order of the first text.
    QList<PassageMatch> find(const QString &first, const QString &second) const;
    // The key of a passage from its text in each article.
    static QString passageKey(QStringView first, QStringView second);
    // The same for every pair of articles (each pair once, in the order given). Asked between
    // pairs, stopped can end the search early (a window closing): then the answer is empty, as
    // part of one would say that the rest share nothing.
    QList<SharedPassage> findAcross(const QList<Article> &articles,
                                    const std::function<bool()> &stopped = {}) const;

private:
    int m_minWords;
};

} // namespace counterpoint
