#include "MemoTable.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreCodec.h"

#include <QSqlQuery>

namespace counterpoint {

namespace {

const QString columns =
    QStringLiteral("subject, article_id, actor_id, text, author, modified_at, version");

Memo memoFrom(const QSqlQuery &row)
{
    Memo memo;
    memo.subject = memoSubjectFrom(row.value(0).toString()).value_or(MemoSubject::Project);
    if (memo.subject == MemoSubject::Article)
        memo.subjectId = codec::idFrom(row.value(1));
    else if (memo.subject == MemoSubject::Actor)
        memo.subjectId = codec::idFrom(row.value(2));
    memo.text = row.value(3).toString();
    memo.author = row.value(4).toString();
    memo.modified = codec::timeFrom(row.value(5));
    memo.version = row.value(6).toLongLong();
    return memo;
}

// The condition that picks the subject's row, and its values.
QString whereSubject(MemoSubject subject)
{
    switch (subject) {
    case MemoSubject::Project:
        return QStringLiteral("subject = 'project'");
    case MemoSubject::Article:
        return QStringLiteral("subject = 'article' AND article_id = ?");
    case MemoSubject::Actor:
        break;
    }
    return QStringLiteral("subject = 'actor' AND actor_id = ?");
}

QVariantList subjectValues(const SqlDialect &sql, MemoSubject subject, const QUuid &id)
{
    if (subject == MemoSubject::Project)
        return {};
    return {sql.id(id)};
}

} // namespace

MemoTable::MemoTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

Result<std::optional<Memo>> MemoTable::of(MemoSubject subject, const QUuid &subjectId) const
{
    auto row = m_database.query(
        QStringLiteral("SELECT %1 FROM memo WHERE %2").arg(columns, whereSubject(subject)),
        subjectValues(m_sql, subject, subjectId));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Memo>();
    return std::optional<Memo>(memoFrom(*row));
}

Result<QList<Memo>> MemoTable::all() const
{
    // 'project' < 'article' < 'actor' is not the alphabet's order: say it.
    auto rows = m_database.query(
        QStringLiteral("SELECT %1 FROM memo ORDER BY CASE subject WHEN 'project' THEN 0 WHEN "
                       "'article' THEN 1 ELSE 2 END, article_id, actor_id")
            .arg(columns));
    if (!rows)
        return rows.error();
    QList<Memo> memos;
    while (rows->next())
        memos.append(memoFrom(*rows));
    return memos;
}

Result<Memo> MemoTable::put(Memo memo)
{
    auto before = of(memo.subject, memo.subjectId);
    if (!before)
        return before.error();
    memo.version = *before ? (*before)->version + 1 : 1;
    if (*before) {
        QVariantList values{memo.text, memo.author, m_sql.time(memo.modified), memo.version};
        values += subjectValues(m_sql, memo.subject, memo.subjectId);
        if (auto updated = m_database.execute(
                QStringLiteral("UPDATE memo SET text = ?, author = ?, modified_at = ?, "
                               "version = ? WHERE %1")
                    .arg(whereSubject(memo.subject)),
                values);
            !updated)
            return updated.error();
        return memo;
    }
    const QUuid article = memo.subject == MemoSubject::Article ? memo.subjectId : QUuid();
    const QUuid actor = memo.subject == MemoSubject::Actor ? memo.subjectId : QUuid();
    if (auto inserted = m_database.execute(
            QStringLiteral("INSERT INTO memo (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(columns),
            {toString(memo.subject), m_sql.optionalId(article), m_sql.optionalId(actor), memo.text,
             memo.author, m_sql.time(memo.modified), memo.version});
        !inserted)
        return inserted.error();
    return memo;
}

Result<int> MemoTable::remove(MemoSubject subject, const QUuid &subjectId)
{
    return m_database.execute(
        QStringLiteral("DELETE FROM memo WHERE %1").arg(whereSubject(subject)),
        subjectValues(m_sql, subject, subjectId));
}

} // namespace counterpoint
