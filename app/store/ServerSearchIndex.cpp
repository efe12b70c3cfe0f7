#include "ServerSearchIndex.h"

#include "Database.h"
#include "StoreCodec.h"
#include "log/LogCategories.h"

#include <QChar>
#include <QSqlQuery>
#include <QVariant>

namespace counterpoint {

namespace {

// Every letter whose case fold (Qt's) is another letter, and those folds, as two strings of
// single letters between spaces (a space keeps lower() from reading a letter in the context of
// its neighbours, as a final sigma would be).
struct FoldProbe
{
    QList<char32_t> letters;
    QString lettersText;
    QString foldsText;
};

FoldProbe foldProbe()
{
    FoldProbe probe;
    for (char32_t c = 1; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c < 0xE000)
            continue;
        const char32_t folded = QChar::toCaseFolded(c);
        if (folded == c)
            continue;
        probe.letters.append(c);
        probe.lettersText += QString::fromUcs4(&c, 1) + u' ';
        probe.foldsText += QString::fromUcs4(&folded, 1) + u' ';
    }
    return probe;
}

QStringList lettersOf(const QString &lowered)
{
    return lowered.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

ServerSearchIndex::ServerSearchIndex(const Database &database)
    : m_database(database)
{}

QString ServerSearchIndex::likePattern(const QString &substring, bool caseSensitive,
                                       const QSet<char32_t> &riskyFolds)
{
    QString pattern = QStringLiteral("%");
    int run = 0;
    int longestRun = 0;
    for (const char32_t c : QStringView(substring).toUcs4()) {
        if (!caseSensitive && riskyFolds.contains(QChar::toCaseFolded(c))) {
            pattern += u'_';
            run = 0;
            continue;
        }
        if (c == u'%' || c == u'_' || c == u'\\')
            pattern += u'\\';
        pattern += QString::fromUcs4(&c, 1);
        longestRun = std::max(longestRun, ++run);
    }
    if (longestRun < 3)
        return {};
    return pattern + u'%';
}

Result<ServerSearchIndex::Probe> ServerSearchIndex::probe() const
{
    if (m_probe)
        return *m_probe;
    Probe probe;
    auto indexed = m_database.query(
        QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND "
                       "indexname IN ('article_text_trigram', 'annotation_exact_trigram', "
                       "'annotation_comment_trigram')"));
    if (!indexed)
        return indexed.error();
    probe.indexed = indexed->next() && indexed->value(0).toInt() == 3;
    if (probe.indexed) {
        // ILIKE compares lower() in the columns' collation ("C"); the trigrams are folded in the
        // database's. A letter is safe when both fold it as they fold its Qt case fold.
        static const FoldProbe letters = foldProbe();
        auto lowered = m_database.query(
            QStringLiteral("SELECT lower(?::text COLLATE \"C\"), lower(?::text COLLATE \"C\"), "
                           "lower(?::text), lower(?::text)"),
            {letters.lettersText, letters.foldsText, letters.lettersText, letters.foldsText});
        if (!lowered)
            return lowered.error();
        if (lowered->next()) {
            const QStringList cLetters = lettersOf(lowered->value(0).toString());
            const QStringList cFolds = lettersOf(lowered->value(1).toString());
            const QStringList dLetters = lettersOf(lowered->value(2).toString());
            const QStringList dFolds = lettersOf(lowered->value(3).toString());
            const qsizetype n = letters.letters.size();
            if (cLetters.size() == n && cFolds.size() == n && dLetters.size() == n &&
                dFolds.size() == n) {
                QSet<char32_t> risky;
                for (qsizetype i = 0; i < n; ++i) {
                    if (cLetters.at(i) != cFolds.at(i) || dLetters.at(i) != dFolds.at(i))
                        risky.insert(QChar::toCaseFolded(letters.letters.at(i)));
                }
                probe.riskyFolds = risky;
            } else {
                qCWarning(lcStore) << "the server's lower() changed the number of letters; a "
                                      "search that ignores case reads every text";
            }
        }
    }
    m_probe = probe;
    return probe;
}

Result<ServerSearchIndex::Rows> ServerSearchIndex::candidates(const QStringList &substrings,
                                                              bool caseSensitive) const
{
    Rows rows;
    auto known = probe();
    if (!known)
        return known.error();
    if (!known->indexed || (!caseSensitive && !known->riskyFolds))
        return rows;
    QStringList patterns;
    for (const QString &substring : substrings) {
        const QString pattern =
            likePattern(substring, caseSensitive, known->riskyFolds.value_or(QSet<char32_t>()));
        if (!pattern.isEmpty())
            patterns.append(pattern);
    }
    if (patterns.isEmpty())
        return rows;
    const QString like = caseSensitive ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    QStringList inArticle;
    QStringList inAnnotation;
    QVariantList articleValues;
    QVariantList annotationValues;
    for (const QString &pattern : std::as_const(patterns)) {
        inArticle.append(u"canonical_text " + like + u" ?");
        articleValues.append(pattern);
        inAnnotation.append(u"(exact " + like + u" ? OR comment " + like + u" ?)");
        annotationValues.append(pattern);
        annotationValues.append(pattern);
    }
    auto articles = m_database.query(u"SELECT id FROM article WHERE " + inArticle.join(u" AND "),
                                     articleValues);
    if (!articles)
        return articles.error();
    while (articles->next())
        rows.articles.insert(codec::idFrom(articles->value(0)));
    auto annotations = m_database.query(
        u"SELECT id FROM annotation WHERE " + inAnnotation.join(u" AND "), annotationValues);
    if (!annotations)
        return annotations.error();
    while (annotations->next())
        rows.annotations.insert(codec::idFrom(annotations->value(0)));
    rows.narrowed = true;
    return rows;
}

} // namespace counterpoint
