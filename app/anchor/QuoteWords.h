#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace counterpoint {

// The words of a quote, weighed by how rare each is in the text the quote was made on, and how
// much of that weight a passage found for it still holds. Characters say two sentences are
// alike; in a repetitive article ("Ashford council approved 4.2 million", "Selby council
// approved 5.3 million") they are, and only the rare words (names, figures) say whether a
// passage is the quote's own (issue 20, item 6).
class QuoteWords final
{
public:
    // Counts every word of text once; then weight() and keptShare() answer for any quote of it.
    explicit QuoteWords(QStringView text);

    // Runs of letters and digits, case-folded; a figure keeps its inner points and commas
    // ("4.2", "1,500"), since its digits alone are not the figure.
    static QStringList wordsOf(QStringView text);

    // Rarer words weigh more: log(1 + words in the text / occurrences of this one).
    double weight(const QString &word) const;

    struct Kept
    {
        double share = 1.0;      // of the quote's word weight; 1 when it has no words
        bool everyFigure = true; // every word with a digit in it is there
    };
    // What of the quote's words the passage holds: a word counts as held when the passage has
    // it, or for a word of letters one close to it ("lobster" for "lobsters", a fixed typo);
    // figures must be the same.
    Kept kept(QStringView quote, QStringView passage) const;

private:
    QHash<QString, int> m_counts;
    qsizetype m_total = 0;
};

} // namespace counterpoint
