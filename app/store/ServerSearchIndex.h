#pragma once

#include "domain/Result.h"

#include <QSet>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace counterpoint {

class Database;

// A project on a server narrows a search through pg_trgm's trigram indexes (issue 16 item 2):
// the rows whose text may hold a hit, asked with LIKE (case-sensitive) or ILIKE. The server folds
// case by its own rules (lower() in the columns' "C" collation for ILIKE, in the database's
// collation for the trigrams), which for some letters differ from Qt's case folding that the
// search compares with; a letter whose case class the server folds otherwise is asked as "_"
// (any one character), so the server's answer is never narrower than the search's.
class ServerSearchIndex
{
public:
    explicit ServerSearchIndex(const Database &database);

    struct Rows
    {
        bool narrowed = false; // false: no index to ask (pg_trgm missing); read every row
        QSet<QUuid> articles;
        QSet<QUuid> annotations; // by quote or comment
    };
    // The articles and annotations that hold every one of substrings.
    Result<Rows> candidates(const QStringList &substrings, bool caseSensitive) const;

    // The LIKE pattern that finds substring wherever the search would (%…%, specials escaped
    // with \), or empty when it would hold fewer than three literal characters in a row (a
    // trigram index cannot narrow with it). riskyFolds: case folds (Qt's) that the server
    // folds otherwise; ignored when caseSensitive.
    static QString likePattern(const QString &substring, bool caseSensitive,
                               const QSet<char32_t> &riskyFolds);

private:
    // Asked of the server once: whether the indexes are there, and how it folds case.
    struct Probe
    {
        bool indexed = false;
        std::optional<QSet<char32_t>> riskyFolds; // nullopt: not learned, fold nothing
    };
    Result<Probe> probe() const;

    const Database &m_database;
    mutable std::optional<Probe> m_probe;
};

} // namespace counterpoint
