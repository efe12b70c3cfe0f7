#include "QuoteWords.h"

#include "FuzzyMatcher.h"

#include <cmath>

namespace counterpoint {

namespace {

bool hasDigit(const QString &word)
{
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// Close enough to be the same word edited: one edit in a short word, two in a long one.
bool closeTo(const QString &word, const QString &other)
{
    if (hasDigit(word) || hasDigit(other) || word.size() < 4)
        return false;
    const int allowed = word.size() <= 6 ? 1 : 2;
    if (std::abs(int(word.size()) - int(other.size())) > allowed)
        return false;
    return FuzzyMatcher::editDistance(word, other) <= allowed;
}

} // namespace

QuoteWords::QuoteWords(QStringView text)
{
    const QStringList words = wordsOf(text);
    m_total = words.size();
    m_counts.reserve(words.size() / 4);
    for (const QString &word : words)
        ++m_counts[word];
}

QStringList QuoteWords::wordsOf(QStringView text)
{
    QStringList words;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size) {
            if (text[i].isLetterOrNumber()) {
                ++i;
                continue;
            }
            // A point or comma between digits is part of the figure.
            const bool inFigure = (text[i] == u'.' || text[i] == u',') && i + 1 < size &&
                                  text[i - 1].isDigit() && text[i + 1].isDigit();
            if (!inFigure)
                break;
            ++i;
        }
        words.append(text.mid(start, i - start).toString().toCaseFolded());
    }
    return words;
}

double QuoteWords::weight(const QString &word) const
{
    const int count = std::max(1, m_counts.value(word));
    return std::log(1.0 + double(std::max<qsizetype>(m_total, 1)) / count);
}

QuoteWords::Kept QuoteWords::kept(QStringView quote, QStringView passage) const
{
    Kept result;
    const QStringList quoteWords = wordsOf(quote);
    const QStringList passageWords = wordsOf(passage);
    // Each word of the passage holds one word of the quote at most.
    QHash<QString, int> available;
    for (const QString &word : passageWords)
        ++available[word];
    double total = 0;
    double kept = 0;
    QStringList missing;
    for (const QString &word : quoteWords) {
        const double w = weight(word);
        total += w;
        auto found = available.find(word);
        if (found != available.end() && *found > 0) {
            --*found;
            kept += w;
        } else {
            missing.append(word);
        }
    }
    for (const QString &word : std::as_const(missing)) {
        if (hasDigit(word)) {
            result.everyFigure = false;
            continue;
        }
        for (auto it = available.begin(); it != available.end(); ++it) {
            if (it.value() > 0 && closeTo(word, it.key())) {
                --it.value();
                kept += weight(word);
                break;
            }
        }
    }
    if (total > 0)
        result.share = kept / total;
    return result;
}

} // namespace counterpoint
