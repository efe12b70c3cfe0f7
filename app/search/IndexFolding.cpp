#include "IndexFolding.h"

#include "log/LogCategories.h"

#include <QChar>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace counterpoint::search {

namespace {

QString threeOf(char32_t c)
{
    const QString one = QString::fromUcs4(&c, 1);
    return one + one + one;
}

// The case folds (Qt's) of the letters SQLite's trigram tokenizer folds otherwise: a letter x
// such that the index folds x and Qt's fold of x apart. Asked of SQLite itself, once: an index
// in memory of each such letter, and of its fold, three times over, read back through fts5vocab.
// Empty (nullopt) when SQLite could not be asked: then no letter is trusted.
std::optional<QSet<char32_t>> computeRiskyFolds()
{
    const QString name = u"counterpoint-folding-" + QUuid::createUuid().toString(QUuid::Id128);
    std::optional<QSet<char32_t>> risky;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            QList<char32_t> letters;
            bool ok =
                query.exec(
                    QStringLiteral("CREATE VIRTUAL TABLE f USING fts5(x, tokenize='trigram')")) &&
                query.exec(
                    QStringLiteral("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")) &&
                db.transaction();
            if (ok && query.prepare(QStringLiteral("INSERT INTO f (rowid, x) VALUES (?, ?)"))) {
                for (char32_t c = 1; c <= 0x10FFFF && ok; ++c) {
                    if (c >= 0xD800 && c < 0xE000)
                        continue;
                    const char32_t folded = QChar::toCaseFolded(c);
                    if (folded == c)
                        continue;
                    const qint64 row = 2 * qint64(letters.size()) + 1;
                    letters.append(c);
                    query.addBindValue(row);
                    query.addBindValue(threeOf(c));
                    ok = query.exec();
                    query.addBindValue(row + 1);
                    query.addBindValue(threeOf(folded));
                    ok = ok && query.exec();
                }
            }
            ok = ok && db.commit();
            if (ok && query.exec(QStringLiteral("SELECT doc, term FROM v ORDER BY doc"))) {
                QHash<qint64, QString> terms;
                while (query.next())
                    terms.insert(query.value(0).toLongLong(), query.value(1).toString());
                QSet<char32_t> found;
                for (qsizetype i = 0; i < letters.size(); ++i) {
                    const qint64 row = 2 * qint64(i) + 1;
                    if (terms.value(row) != terms.value(row + 1) || !terms.contains(row))
                        found.insert(QChar::toCaseFolded(letters[i]));
                }
                risky = found;
            }
            if (!ok || !risky)
                qCWarning(lcStore) << "cannot ask SQLite how its search index folds case:"
                                   << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return risky;
}

const std::optional<QSet<char32_t>> &riskyFolds()
{
    static const std::optional<QSet<char32_t>> risky = computeRiskyFolds();
    return risky;
}

} // namespace

bool indexMayNarrow(const QString &substring, bool caseSensitive)
{
    const QList<uint> codePoints = substring.toUcs4();
    if (codePoints.size() < 3)
        return false;
    if (caseSensitive)
        return true; // the same letters fold the same way on both sides
    const auto &risky = riskyFolds();
    if (!risky)
        return false;
    for (const uint c : codePoints) {
        if (risky->contains(QChar::toCaseFolded(char32_t(c))))
            return false;
    }
    return true;
}

} // namespace counterpoint::search
