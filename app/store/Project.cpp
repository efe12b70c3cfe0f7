#include "Project.h"

#include "Database.h"
#include "PrefetchedRows.h"
#include "SqliteReader.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <tuple>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace counterpoint {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
QUuid idFrom(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}
QVariant optionalId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id));
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
// Reads what timeText() wrote ("2026-11-23T09:38:35.123Z") by hand: QDateTime::fromString()
// costs microseconds a call, too much for the 100,000 rows of a large project's list.
QDateTime timeFrom(const QVariant &value)
{
    const QString text = value.toString();
    const auto digits = [&text](int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; ++i) {
            const int digit = text.at(i).unicode() - u'0';
            if (digit < 0 || digit > 9)
                return -1;
            number = number * 10 + digit;
        }
        return number;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(10) == u'T' && text.at(19) == u'.' &&
        text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// QDateTime holds milliseconds, as the database does, so a stored time reads back equal.
QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QString systemUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without USER set; the account database still knows.
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

Error notFound(const QString &what)
{
    return {Error::Code::NotFound, what};
}

// A name clash told in the words of the list it happened in; other errors pass through.
Error nameTaken(const Error &error, const QString &message)
{
    return error.code == Error::Code::Duplicate ? Error{Error::Code::Duplicate, message} : error;
}

// Sets, actors and tags are unique by name, compared as a reader would: without case.
template<class Item> std::optional<Item> findByName(const QList<Item> &items, const QString &name)
{
    for (const Item &item : items) {
        if (item.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return item;
    }
    return std::nullopt;
}

constexpr auto annotationColumns =
    "id, article_id, set_id, kind, start_pos, end_pos, exact, prefix, suffix, actor_id, "
    "comment, author, created_at, modified_at, anchor_state";

Annotation annotationFrom(const QSqlQuery &row)
{
    Annotation a;
    a.id = idFrom(row.value(0));
    a.articleId = idFrom(row.value(1));
    a.setId = idFrom(row.value(2));
    a.kind = annotationKindFromString(row.value(3).toString()).value_or(AnnotationKind::Note);
    a.start = row.value(4).toInt();
    a.end = row.value(5).toInt();
    a.quote = {row.value(6).toString(), row.value(7).toString(), row.value(8).toString()};
    a.actorId = idFrom(row.value(9));
    a.comment = row.value(10).toString();
    a.author = row.value(11).toString();
    a.created = timeFrom(row.value(12));
    a.modified = timeFrom(row.value(13));
    a.anchorState = anchorStateFromString(row.value(14).toString()).value_or(AnchorState::Exact);
    return a;
}

// The same columns as UTF-8 bytes, through Qt SQL: a blob reads without SQLite translating it to
// UTF-16 and Qt copying it into a QString, which an export would only convert back to UTF-8.
constexpr auto storedAnnotationQuery =
    "SELECT CAST(id AS BLOB), CAST(article_id AS BLOB), CAST(set_id AS BLOB), CAST(kind AS BLOB), "
    "start_pos, end_pos, CAST(exact AS BLOB), CAST(prefix AS BLOB), CAST(suffix AS BLOB), "
    "CAST(actor_id AS BLOB), CAST(comment AS BLOB), CAST(author AS BLOB), "
    "CAST(created_at AS BLOB), CAST(modified_at AS BLOB), CAST(anchor_state AS BLOB) "
    "FROM annotation";
constexpr auto storedTagQuery =
    "SELECT CAST(annotation_id AS BLOB), CAST(tag_id AS BLOB) FROM annotation_tag"
    " ORDER BY annotation_id, tag_id";
// Through SqliteReader the bytes of a UTF-8 file's text come as they are without a cast, which
// would only copy them once more (a quarter of the time SQLite takes for the rows).
constexpr auto readerAnnotationQuery =
    "SELECT id, article_id, set_id, kind, start_pos, end_pos, exact, prefix, suffix, actor_id, "
    "comment, author, created_at, modified_at, anchor_state FROM annotation";
constexpr auto readerTagQuery =
    "SELECT annotation_id, tag_id FROM annotation_tag ORDER BY annotation_id, tag_id";

// True when text is already what idText() writes, as it is for every id the app stored.
bool isIdText(QByteArrayView text)
{
    // Which bytes may stand where: a table, as this runs for several ids of every row.
    static const auto lowerHex = [] {
        std::array<bool, 256> table{};
        for (const char c : std::string_view("0123456789abcdef"))
            table[static_cast<unsigned char>(c)] = true;
        return table;
    }();
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' ||
        text[23] != '-')
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        if (!lowerHex[static_cast<unsigned char>(text[i])] && i != 8 && i != 13 && i != 18 &&
            i != 23)
            return false;
    }
    return true;
}

// The 128 bits of an id in idText() form, to sort and compare ids as two numbers.
struct IdKey
{
    quint64 high = 0;
    quint64 low = 0;

    explicit IdKey(QByteArrayView text)
    {
        int digits = 0;
        for (const char c : text) {
            const int nibble = c >= '0' && c <= '9'   ? c - '0'
                               : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                      : -1;
            if (nibble < 0)
                continue; // the dashes
            quint64 &half = digits++ < 16 ? high : low;
            half = half << 4 | quint64(nibble);
        }
    }
    friend bool operator<(const IdKey &a, const IdKey &b)
    {
        return a.high != b.high ? a.high < b.high : a.low < b.low;
    }
};

// A column's bytes as a QByteArray: Qt SQL's own buffer is shared, SqliteReader's (valid only
// until the next row) copied.
QByteArray ownedBytes(const QByteArray &text)
{
    return text;
}
QByteArray ownedBytes(QByteArrayView text)
{
    return text.toByteArray();
}

// An id column that is not NULL as idText(idFrom(value)) gives it; the stored bytes themselves
// when they already are that text.
template<class Text> QByteArray storedIdText(const Text &text)
{
    if (isIdText(text))
        return ownedBytes(text);
    return idText(QUuid::fromString(QString::fromUtf8(text))).toUtf8();
}

// The same for any id column of a row, empty for NULL.
template<class Rows> QByteArray storedIdText(const Rows &rows, int column)
{
    return rows.isNull(column) ? QByteArray() : storedIdText(rows.text(column));
}

// The same, into a buffer reused from row to row: resize(0) keeps its memory when no one else
// holds it, so reading 100,000 rows does not cost ten allocations each.
void assignBytes(QByteArray &to, const QByteArray &text)
{
    to = text; // Qt SQL's buffer, shared
}
void assignBytes(QByteArray &to, QByteArrayView text)
{
    to.resize(0);
    to.append(text);
}
template<class Rows> void assignIdText(QByteArray &to, const Rows &rows, int column)
{
    if (rows.isNull(column))
        to.resize(0);
    else if (const auto text = rows.text(column); isIdText(text))
        assignBytes(to, text);
    else
        to = storedIdText(text);
}

// True when text is already what timeText() writes for the time it names.
bool isTimeText(QByteArrayView text)
{
    static constexpr char shape[] = "0000-00-00T00:00:00.000Z";
    if (text.size() != 24)
        return false;
    for (qsizetype i = 0; i < 24; ++i) {
        const bool digit = text.at(i) >= '0' && text.at(i) <= '9';
        if (shape[i] == '0' ? !digit : text.at(i) != shape[i])
            return false;
    }
    const auto number = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text.at(i) - '0');
        return value;
    };
    return QDate::isValid(number(0, 4), number(5, 2), number(8, 2)) &&
           QTime::isValid(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
}

template<class Text> QByteArray storedTimeText(const Text &text)
{
    if (isTimeText(text))
        return ownedBytes(text);
    return timeText(timeFrom(QString::fromUtf8(text))).toUtf8();
}

template<class Text> void assignTimeText(QByteArray &to, const Text &text)
{
    if (isTimeText(text))
        assignBytes(to, text);
    else
        to = storedTimeText(text);
}

// Each kind or state with its stored name, to match a column's bytes against.
template<class Kind> QList<std::pair<Kind, QByteArray>> storedNames(const QList<Kind> &all)
{
    QList<std::pair<Kind, QByteArray>> names;
    for (const Kind kind : all)
        names.append({kind, toString(kind).toUtf8()});
    return names;
}

// A kind or state column as annotationFrom() reads it, with the same default, matched as bytes
// first.
template<class Kind>
Kind storedKind(QByteArrayView text, const QList<std::pair<Kind, QByteArray>> &names,
                std::optional<Kind> (*parse)(const QString &), Kind fallback)
{
    for (const auto &[kind, name] : names) {
        if (text == QByteArrayView(name))
            return kind;
    }
    return parse(QString::fromUtf8(text)).value_or(fallback);
}

constexpr auto relationColumns = "id, from_id, to_id, kind, comment, author, created_at";

Relation relationFrom(const QSqlQuery &row)
{
    Relation r;
    r.id = idFrom(row.value(0));
    r.fromId = idFrom(row.value(1));
    r.toId = idFrom(row.value(2));
    r.kind = relationKindFromString(row.value(3).toString()).value_or(RelationKind::Rebuts);
    r.comment = row.value(4).toString();
    r.author = row.value(5).toString();
    r.created = timeFrom(row.value(6));
    return r;
}

// Every relation in the order relations() gives them, the one SQL text for both connections.
constexpr auto relationQuery = "SELECT id, from_id, to_id, kind, comment, author, created_at FROM "
                               "relation ORDER BY created_at";

// The same row read through SqliteReader, as Qt SQL would convert it.
Relation relationFrom(const PrefetchedRows &row)
{
    const auto string = [&row](int column) { return QString::fromUtf8(row.text(column)); };
    const auto id = [&row](int column) {
        const QByteArrayView text = row.text(column);
        return QUuid::fromString(QUtf8StringView(text.data(), text.size()));
    };
    Relation r;
    r.id = id(0);
    r.fromId = id(1);
    r.toId = id(2);
    r.kind = relationKindFromString(string(3)).value_or(RelationKind::Rebuts);
    r.comment = string(4);
    r.author = string(5);
    r.created = timeFrom(string(6));
    return r;
}

constexpr auto articleColumns = "id, title, publisher, author, url, published, format, "
                                "source_file_name, original, canonical_text, content_hash, "
                                "imported_at";

Article articleFrom(const QSqlQuery &row)
{
    Article a;
    a.id = idFrom(row.value(0));
    a.title = row.value(1).toString();
    a.publisher = row.value(2).toString();
    a.author = row.value(3).toString();
    a.url = row.value(4).toString();
    a.published = row.value(5).toString();
    a.format = articleFormatFromString(row.value(6).toString());
    a.sourceFileName = row.value(7).toString();
    a.original = row.value(8).toByteArray();
    a.text = row.value(9).toString();
    a.contentHash = row.value(10).toString();
    a.importedAt = timeFrom(row.value(11));
    return a;
}

bool splitsSurrogatePair(const QString &text, int position)
{
    return position > 0 && position < text.size() && text.at(position).isLowSurrogate() &&
           text.at(position - 1).isHighSurrogate();
}

// Tag ids of many annotations in one pass, so listing 100,000 annotations stays two queries.
Status attachTags(const Database &database, QList<Annotation> &annotations, const QString &sql,
                  const QVariantList &values)
{
    auto rows = database.query(sql, values);
    if (!rows)
        return rows.error();
    QHash<QUuid, qsizetype> indexOf;
    indexOf.reserve(annotations.size());
    for (qsizetype i = 0; i < annotations.size(); ++i)
        indexOf.insert(annotations.at(i).id, i);
    while (rows->next()) {
        const auto found = indexOf.constFind(idFrom(rows->value(0)));
        if (found != indexOf.constEnd())
            annotations[*found].tagIds.append(idFrom(rows->value(1)));
    }
    return success();
}

} // namespace

bool readingOrder(const Annotation &a, const Annotation &b)
{
    return std::tie(a.articleId, a.start, a.end) < std::tie(b.articleId, b.start, b.end);
}

Project::Project(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_author(systemUserName())
{}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::open(const QString &path, const OpenOptions &options)
{
    auto database = Database::openSqlite(path, options);
    if (!database)
        return database.error();
    std::unique_ptr<Project> project(new Project(std::move(database).value()));

    auto info = project->m_database->query(
        QStringLiteral("SELECT value FROM project_info WHERE key = 'default_set'"));
    if (!info)
        return info.error();
    if (info->next()) {
        project->m_defaultSetId = idFrom(info->value(0));
    } else if (!project->isReadOnly()) {
        // A new project starts with one set, "Default", that new annotations go to.
        auto created = project->write([&]() -> Status {
            auto set = project->addAnnotationSet({QUuid(), tr("Default"), QString()});
            if (!set)
                return set.error();
            project->m_defaultSetId = set->id;
            auto stored = project->m_database->execute(
                QStringLiteral("INSERT INTO project_info (key, value) VALUES ('default_set', ?)"),
                {idText(set->id)});
            if (!stored)
                return stored.error();
            return success();
        });
        if (!created)
            return created.error();
    }
    return project;
}

QString Project::filePath() const
{
    return m_database->filePath();
}
QString Project::name() const
{
    return QFileInfo(filePath()).completeBaseName();
}
bool Project::isReadOnly() const
{
    return m_database->isReadOnly();
}
QString Project::readOnlyNotice() const
{
    return m_database->readOnlyNotice();
}
int Project::schemaVersion() const
{
    return m_database->schemaVersion();
}
QString Project::author() const
{
    return m_author;
}
void Project::setAuthor(const QString &author)
{
    m_author = author;
}
QUuid Project::defaultAnnotationSetId() const
{
    return m_defaultSetId;
}

Status Project::checkWritable() const
{
    if (isReadOnly())
        return Error{Error::Code::ReadOnly,
                     tr("Cannot change %1: it is open read-only.").arg(m_database->displayName())};
    return success();
}

void Project::afterCommit(std::function<void()> notify)
{
    if (m_bulkDepth > 0)
        return; // writeInBulk() announces all of it with one reset()
    m_pendingNotifications.append(std::move(notify));
}

template<class T> Result<T> Project::inWrite(const std::function<Result<T>()> &work)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();

    if (m_writeDepth > 0) {
        // Nested: a savepoint, so a failing part can be undone while the caller goes on.
        Savepoint savepoint(*m_database, m_writeDepth);
        if (auto begun = savepoint.begin(); !begun)
            return begun.error();
        const qsizetype pending = m_pendingNotifications.size();
        ++m_writeDepth;
        Result<T> result = work();
        --m_writeDepth;
        if (result) {
            if (auto released = savepoint.release(); !released)
                result = released.error();
        }
        if (!result) {
            m_pendingNotifications.resize(pending);
            m_textCache.clear();
        }
        return result;
    }

    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    ++m_writeDepth;
    Result<T> result = work();
    --m_writeDepth;
    if (result) {
        if (auto committed = transaction.commit(); !committed)
            result = committed.error();
    }
    if (!result) {
        transaction.rollback();
        m_pendingNotifications.clear();
        m_textCache.clear();
        return result;
    }
    // Views hear of a change only once it is stored for good.
    const auto notifications = std::exchange(m_pendingNotifications, {});
    for (const auto &notify : notifications)
        notify();
    return result;
}

Status Project::write(const std::function<Status()> &work)
{
    return inWrite<Done>(work);
}

Status Project::writeInBulk(const std::function<Status()> &work)
{
    const bool outermost = m_bulkDepth == 0 && m_writeDepth == 0;
    ++m_bulkDepth;
    Status status = inWrite<Done>(work);
    --m_bulkDepth;
    if (status && outermost)
        emit reset();
    else if (status && m_writeDepth > 0)
        afterCommit([this] { emit reset(); });
    return status;
}

// ---------------------------------------------------------------------------------------------
// Articles

Result<QList<ArticleSummary>> Project::articleSummaries() const
{
    auto rows = m_database->query(QStringLiteral(
        "SELECT a.id, a.title, a.publisher, a.published,"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = 'claim'),"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = "
        "'counterclaim'),"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = 'source'),"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = 'note')"
        " FROM article a ORDER BY a.imported_at, a.title"));
    if (!rows)
        return rows.error();
    QList<ArticleSummary> summaries;
    while (rows->next()) {
        summaries.append({idFrom(rows->value(0)), rows->value(1).toString(),
                          rows->value(2).toString(), rows->value(3).toString(),
                          rows->value(4).toInt(), rows->value(5).toInt(), rows->value(6).toInt(),
                          rows->value(7).toInt()});
    }
    return summaries;
}

Result<Article> Project::article(const QUuid &id) const
{
    auto row = m_database->query(u"SELECT " + QLatin1StringView(articleColumns) +
                                     u" FROM article WHERE id = ?",
                                 {idText(id)});
    if (!row)
        return row.error();
    if (!row->next())
        return notFound(
            tr("There is no article %1 in %2.").arg(idText(id), m_database->displayName()));
    return articleFrom(*row);
}

Result<QString> Project::articleText(const QUuid &id) const
{
    if (const auto cached = m_textCache.constFind(id); cached != m_textCache.constEnd())
        return *cached;
    auto row = m_database->query(QStringLiteral("SELECT canonical_text FROM article WHERE id = ?"),
                                 {idText(id)});
    if (!row)
        return row.error();
    if (!row->next())
        return notFound(
            tr("There is no article %1 in %2.").arg(idText(id), m_database->displayName()));
    const QString text = row->value(0).toString();
    m_textCache.insert(id, text);
    return text;
}

Result<QUuid> Project::findArticleByHash(const QString &contentHash) const
{
    auto row = m_database->query(QStringLiteral("SELECT id FROM article WHERE content_hash = ?"),
                                 {contentHash});
    if (!row)
        return row.error();
    return row->next() ? idFrom(row->value(0)) : QUuid();
}

Result<Article> Project::addArticle(Article article)
{
    if (article.id.isNull())
        article.id = QUuid::createUuid();
    if (!article.importedAt.isValid())
        article.importedAt = now();
    return inWrite<Article>([&]() -> Result<Article> {
        auto stored = m_database->execute(
            u"INSERT INTO article (" + QLatin1StringView(articleColumns) +
                u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {idText(article.id), article.title, article.publisher, article.author, article.url,
             article.published, toString(article.format), article.sourceFileName, article.original,
             article.text, article.contentHash, timeText(article.importedAt)});
        if (!stored)
            return stored.error();
        afterCommit([this, id = article.id] { emit articleAdded(id); });
        return article;
    });
}

Status Project::updateArticleDetails(const Article &article)
{
    return write([&]() -> Status {
        auto updated = m_database->execute(
            QStringLiteral("UPDATE article SET title = ?, publisher = ?, author = ?, url = ?, "
                           "published = ? WHERE id = ?"),
            {article.title, article.publisher, article.author, article.url, article.published,
             idText(article.id)});
        if (!updated)
            return updated.error();
        if (*updated == 0)
            return notFound(tr("There is no article %1 in %2.")
                                .arg(idText(article.id), m_database->displayName()));
        afterCommit([this, id = article.id] { emit articleChanged(id); });
        return success();
    });
}

Status Project::removeArticle(const QUuid &id)
{
    return write([&]() -> Status {
        auto removed =
            m_database->execute(QStringLiteral("DELETE FROM article WHERE id = ?"), {idText(id)});
        if (!removed)
            return removed.error();
        if (*removed == 0)
            return notFound(
                tr("There is no article %1 in %2.").arg(idText(id), m_database->displayName()));
        m_textCache.remove(id);
        afterCommit([this, id] { emit articleRemoved(id); });
        return success();
    });
}

Status Project::replaceArticleContent(const Article &newContent,
                                      const QList<Annotation> &reanchored)
{
    return write([&]() -> Status {
        auto current = article(newContent.id);
        if (!current)
            return current.error();
        auto before = annotationsOfArticle(newContent.id);
        if (!before)
            return before.error();
        QHash<QUuid, Annotation> previous;
        for (const Annotation &annotation : std::as_const(*before))
            previous.insert(annotation.id, annotation);
        // An annotation left out would keep a range that means nothing on the new text.
        for (const Annotation &annotation : reanchored) {
            if (!previous.contains(annotation.id))
                return Error{Error::Code::Invalid, tr("Annotation %1 does not belong to “%2”.")
                                                       .arg(idText(annotation.id), current->title)};
        }
        if (reanchored.size() != previous.size())
            return Error{Error::Code::Invalid,
                         tr("Every annotation of “%1” must be placed on its new version.")
                             .arg(current->title)};

        auto next = m_database->query(
            QStringLiteral(
                "SELECT coalesce(max(version), 0) + 1 FROM article_version WHERE article_id = ?"),
            {idText(current->id)});
        if (!next)
            return next.error();
        const int version = next->next() ? next->value(0).toInt() : 1;
        const QDateTime replacedAt = now();
        auto kept = m_database->execute(
            QStringLiteral("INSERT INTO article_version (id, article_id, version, format,"
                           " source_file_name, original, canonical_text, content_hash,"
                           " imported_at, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {idText(QUuid::createUuid()), idText(current->id), version, toString(current->format),
             current->sourceFileName, current->original, current->text, current->contentHash,
             timeText(current->importedAt), timeText(replacedAt)});
        if (!kept)
            return kept.error();
        // The title, publisher and other details stay as the user may have edited them.
        auto updated = m_database->execute(
            QStringLiteral("UPDATE article SET format = ?, source_file_name = ?, original = ?,"
                           " canonical_text = ?, content_hash = ?, imported_at = ? WHERE id = ?"),
            {toString(newContent.format), newContent.sourceFileName, newContent.original,
             newContent.text, newContent.contentHash, timeText(replacedAt), idText(current->id)});
        if (!updated)
            return updated.error().code == Error::Code::Duplicate
                       ? Error{Error::Code::Duplicate,
                               tr("The new version of “%1” is already in the project as another "
                                  "article.")
                                   .arg(current->title)}
                       : updated.error();
        m_textCache.insert(current->id, newContent.text);

        for (Annotation annotation : reanchored) {
            const Annotation &old = previous.value(annotation.id);
            annotation.tagIds = old.tagIds;
            annotation.modified = replacedAt;
            if (annotation.anchorState != AnchorState::Orphaned) {
                if (annotation.start < 0 || annotation.end > newContent.text.size() ||
                    annotation.start >= annotation.end)
                    return Error{Error::Code::Invalid,
                                 tr("The new range %1–%2 of an annotation lies outside “%3”.")
                                     .arg(annotation.start)
                                     .arg(annotation.end)
                                     .arg(current->title)};
                annotation.quote =
                    TextQuote::fromText(newContent.text, annotation.start, annotation.end);
            } else {
                annotation.quote = old.quote; // an orphan keeps its words until re-attached
            }
            auto stored = m_database->execute(
                QStringLiteral("UPDATE annotation SET start_pos = ?, end_pos = ?, exact = ?,"
                               " prefix = ?, suffix = ?, anchor_state = ?, modified_at = ?"
                               " WHERE id = ?"),
                {annotation.start, annotation.end, annotation.quote.exact, annotation.quote.prefix,
                 annotation.quote.suffix, toString(annotation.anchorState),
                 timeText(annotation.modified), idText(annotation.id)});
            if (!stored)
                return stored.error();
            afterCommit([this, annotation] { emit annotationChanged(annotation); });
        }
        afterCommit([this, id = current->id] { emit articleChanged(id); });
        return success();
    });
}

Result<QList<ArticleVersion>> Project::articleVersions(const QUuid &articleId) const
{
    auto rows = m_database->query(
        QStringLiteral("SELECT id, article_id, version, format, source_file_name, original,"
                       " canonical_text, content_hash, imported_at, replaced_at"
                       " FROM article_version WHERE article_id = ? ORDER BY version"),
        {idText(articleId)});
    if (!rows)
        return rows.error();
    QList<ArticleVersion> versions;
    while (rows->next()) {
        versions.append({idFrom(rows->value(0)), idFrom(rows->value(1)), rows->value(2).toInt(),
                         articleFormatFromString(rows->value(3).toString()),
                         rows->value(4).toString(), rows->value(5).toByteArray(),
                         rows->value(6).toString(), rows->value(7).toString(),
                         timeFrom(rows->value(8)), timeFrom(rows->value(9))});
    }
    return versions;
}

Result<QUuid> Project::resolveArticle(const QString &idOrTitle) const
{
    const QString wanted = idOrTitle.trimmed();
    if (wanted.isEmpty())
        return Error{Error::Code::Invalid, tr("No article was named.")};
    auto rows = m_database->query(QStringLiteral("SELECT id, title FROM article"));
    if (!rows)
        return rows.error();
    QList<QUuid> byId;
    QList<QUuid> byTitle;
    QStringList titles;
    while (rows->next()) {
        const QString id = rows->value(0).toString();
        const QString title = rows->value(1).toString();
        if (id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            title.compare(wanted, Qt::CaseInsensitive) == 0)
            return idFrom(id);
        if (wanted.size() >= 4 && id.startsWith(wanted, Qt::CaseInsensitive))
            byId.append(idFrom(id));
        if (title.startsWith(wanted, Qt::CaseInsensitive)) {
            byTitle.append(idFrom(id));
            titles.append(u'“' + title + u'”');
        }
    }
    if (byId.size() == 1)
        return byId.first();
    if (byId.isEmpty() && byTitle.size() == 1)
        return byTitle.first();
    if (byId.size() > 1 || byTitle.size() > 1)
        return Error{Error::Code::Ambiguous,
                     tr("“%1” names more than one article (%2); give more of the title or the id.")
                         .arg(wanted, titles.join(u", "))};
    return notFound(
        tr("No article in %1 has the id or title “%2”.").arg(m_database->displayName(), wanted));
}

// ---------------------------------------------------------------------------------------------
// Annotation sets, actors, tags: small named lists

Result<QList<AnnotationSet>> Project::annotationSets() const
{
    auto rows = m_database->query(
        QStringLiteral("SELECT id, name, description FROM annotation_set ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<AnnotationSet> sets;
    while (rows->next())
        sets.append({idFrom(rows->value(0)), rows->value(1).toString(), rows->value(2).toString()});
    return sets;
}

Result<AnnotationSet> Project::addAnnotationSet(AnnotationSet set)
{
    set.name = set.name.trimmed();
    if (set.name.isEmpty())
        return Error{Error::Code::Invalid, tr("An annotation set needs a name.")};
    if (set.id.isNull())
        set.id = QUuid::createUuid();
    return inWrite<AnnotationSet>([&]() -> Result<AnnotationSet> {
        auto stored = m_database->execute(
            QStringLiteral("INSERT INTO annotation_set (id, name, description) VALUES (?, ?, ?)"),
            {idText(set.id), set.name, set.description});
        if (!stored)
            return nameTaken(stored.error(),
                             tr("There is already an annotation set called “%1”.").arg(set.name));
        afterCommit([this] { emit annotationSetsChanged(); });
        return set;
    });
}

Result<AnnotationSet> Project::ensureAnnotationSet(const QString &name)
{
    auto existing = annotationSets();
    if (!existing)
        return existing.error();
    if (auto found = findByName(*existing, name))
        return *found;
    return addAnnotationSet({QUuid(), name, QString()});
}

Status Project::renameAnnotationSet(const QUuid &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{Error::Code::Invalid, tr("An annotation set needs a name.")};
    return write([&]() -> Status {
        auto updated =
            m_database->execute(QStringLiteral("UPDATE annotation_set SET name = ? WHERE id = ?"),
                                {name.trimmed(), idText(id)});
        if (!updated)
            return updated.error();
        afterCommit([this] { emit annotationSetsChanged(); });
        return success();
    });
}

Status Project::removeAnnotationSet(const QUuid &id)
{
    if (id == m_defaultSetId)
        return Error{Error::Code::Invalid, tr("The default annotation set cannot be removed.")};
    return write([&]() -> Status {
        auto used = m_database->query(
            QStringLiteral("SELECT count(*) FROM annotation WHERE set_id = ?"), {idText(id)});
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toInt() > 0)
            return Error{
                Error::Code::Invalid,
                tr("The annotation set still holds %n annotation(s); move or remove them first.",
                   nullptr, used->value(0).toInt())};
        auto removed = m_database->execute(
            QStringLiteral("DELETE FROM annotation_set WHERE id = ?"), {idText(id)});
        if (!removed)
            return removed.error();
        afterCommit([this] { emit annotationSetsChanged(); });
        return success();
    });
}

Result<QList<Actor>> Project::actors() const
{
    auto rows =
        m_database->query(QStringLiteral("SELECT id, name, description FROM actor ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<Actor> actors;
    while (rows->next())
        actors.append(
            {idFrom(rows->value(0)), rows->value(1).toString(), rows->value(2).toString()});
    return actors;
}

Result<Actor> Project::addActor(Actor actor)
{
    actor.name = actor.name.trimmed();
    if (actor.name.isEmpty())
        return Error{Error::Code::Invalid, tr("An actor needs a name.")};
    if (actor.id.isNull())
        actor.id = QUuid::createUuid();
    return inWrite<Actor>([&]() -> Result<Actor> {
        auto stored = m_database->execute(
            QStringLiteral("INSERT INTO actor (id, name, description) VALUES (?, ?, ?)"),
            {idText(actor.id), actor.name, actor.description});
        if (!stored)
            return nameTaken(stored.error(),
                             tr("There is already an actor called “%1”.").arg(actor.name));
        afterCommit([this] { emit actorsChanged(); });
        return actor;
    });
}

Result<Actor> Project::ensureActor(const QString &name)
{
    auto existing = actors();
    if (!existing)
        return existing.error();
    if (auto found = findByName(*existing, name))
        return *found;
    return addActor({QUuid(), name, QString()});
}

Status Project::updateActor(const Actor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return Error{Error::Code::Invalid, tr("An actor needs a name.")};
    return write([&]() -> Status {
        auto updated = m_database->execute(
            QStringLiteral("UPDATE actor SET name = ?, description = ? WHERE id = ?"),
            {actor.name.trimmed(), actor.description, idText(actor.id)});
        if (!updated)
            return updated.error();
        afterCommit([this] { emit actorsChanged(); });
        return success();
    });
}

Status Project::removeActor(const QUuid &id)
{
    return write([&]() -> Status {
        auto removed =
            m_database->execute(QStringLiteral("DELETE FROM actor WHERE id = ?"), {idText(id)});
        if (!removed)
            return removed.error();
        afterCommit([this] { emit actorsChanged(); });
        return success();
    });
}

Result<QList<Tag>> Project::tags() const
{
    auto rows = m_database->query(QStringLiteral("SELECT id, name, color FROM tag ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<Tag> tags;
    while (rows->next())
        tags.append({idFrom(rows->value(0)), rows->value(1).toString(),
                     QColor::fromString(rows->value(2).toString())});
    return tags;
}

Result<Tag> Project::addTag(Tag tag)
{
    tag.name = tag.name.trimmed();
    if (tag.name.isEmpty())
        return Error{Error::Code::Invalid, tr("A tag needs a name.")};
    if (tag.id.isNull())
        tag.id = QUuid::createUuid();
    if (!tag.color.isValid())
        tag.color = defaultTagColor(tag.name);
    return inWrite<Tag>([&]() -> Result<Tag> {
        auto stored = m_database->execute(
            QStringLiteral("INSERT INTO tag (id, name, color) VALUES (?, ?, ?)"),
            {idText(tag.id), tag.name, tag.color.name()});
        if (!stored)
            return nameTaken(stored.error(),
                             tr("There is already a tag called “%1”.").arg(tag.name));
        afterCommit([this] { emit tagsChanged(); });
        return tag;
    });
}

Result<Tag> Project::ensureTag(const QString &name)
{
    auto existing = tags();
    if (!existing)
        return existing.error();
    if (auto found = findByName(*existing, name))
        return *found;
    return addTag({QUuid(), name, QColor()});
}

Status Project::updateTag(const Tag &tag)
{
    if (tag.name.trimmed().isEmpty())
        return Error{Error::Code::Invalid, tr("A tag needs a name.")};
    return write([&]() -> Status {
        auto updated =
            m_database->execute(QStringLiteral("UPDATE tag SET name = ?, color = ? WHERE id = ?"),
                                {tag.name.trimmed(), tag.color.name(), idText(tag.id)});
        if (!updated)
            return updated.error();
        afterCommit([this] { emit tagsChanged(); });
        return success();
    });
}

Status Project::removeTag(const QUuid &id)
{
    return write([&]() -> Status {
        auto removed =
            m_database->execute(QStringLiteral("DELETE FROM tag WHERE id = ?"), {idText(id)});
        if (!removed)
            return removed.error();
        afterCommit([this] { emit tagsChanged(); });
        return success();
    });
}

// ---------------------------------------------------------------------------------------------
// Annotations

Status Project::forEachAnnotation(const std::function<void(Annotation &&)> &visit) const
{
    // Tags first, so each annotation is complete when it is handed on and nothing needs to
    // hold every row at once.
    auto tagRows = m_database->query(QStringLiteral(
        "SELECT annotation_id, tag_id FROM annotation_tag ORDER BY annotation_id, tag_id"));
    if (!tagRows)
        return tagRows.error();
    QHash<QUuid, QList<QUuid>> tagsOf;
    while (tagRows->next())
        tagsOf[idFrom(tagRows->value(0))].append(idFrom(tagRows->value(1)));
    // Table order, no ORDER BY: sorting makes SQLite visit the rows through the index in random
    // order, three times slower on a large project.
    auto rows =
        m_database->query(u"SELECT " + QLatin1StringView(annotationColumns) + u" FROM annotation");
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Annotation annotation = annotationFrom(*rows);
        annotation.tagIds = tagsOf.value(annotation.id);
        visit(std::move(annotation));
    }
    return success();
}

StoredAnnotation storedAnnotationOf(const Annotation &annotation)
{
    const auto id = [](const QUuid &value) { return idText(value).toUtf8(); };
    StoredAnnotation a;
    a.id = id(annotation.id);
    a.articleId = id(annotation.articleId);
    a.setId = id(annotation.setId);
    a.kind = annotation.kind;
    a.start = annotation.start;
    a.end = annotation.end;
    a.exact = annotation.quote.exact.toUtf8();
    a.prefix = annotation.quote.prefix.toUtf8();
    a.suffix = annotation.quote.suffix.toUtf8();
    a.actorId = annotation.actorId.isNull() ? QByteArray() : id(annotation.actorId);
    for (const QUuid &tagId : std::as_const(annotation.tagIds))
        a.tagIds.append(id(tagId));
    a.comment = annotation.comment.toUtf8();
    a.author = annotation.author.toUtf8();
    a.created = timeText(annotation.created).toUtf8();
    a.modified = timeText(annotation.modified).toUtf8();
    a.anchorState = annotation.anchorState;
    return a;
}

namespace {

// The long way, for a file whose text is not kept in UTF-8: each Annotation formatted as the
// stored text of a UTF-8 file would read.
Status forEachStoredAnnotationOf(const Project &project,
                                 const std::function<void(StoredAnnotation &&)> &visit)
{
    return project.forEachAnnotation(
        [&visit](Annotation &&annotation) { visit(storedAnnotationOf(annotation)); });
}

} // namespace

namespace {

// Qt SQL's rows read as SqliteReader::Rows are, for readStoredAnnotations().
class QtRows
{
public:
    explicit QtRows(QSqlQuery query)
        : m_query(std::move(query))
    {}
    Result<bool> next() { return m_query.next(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    QByteArray text(int column) const { return m_query.value(column).toByteArray(); }

private:
    QSqlQuery m_query;
};

// The rows of a UTF-8 file as StoredAnnotations, through Qt SQL or SqliteReader alike: query
// runs one statement and gives its Rows; tagSql and annotationSql select the columns of
// storedTagQuery and storedAnnotationQuery.
template<class Query>
Status readStoredAnnotations(const Query &query, const char *tagSql, const char *annotationSql,
                             const std::function<void(StoredAnnotation &&)> &visit)
{
    // Tags first, as in forEachAnnotation(); sorted by annotation into one flat list and found
    // by binary search, which costs far less than a hash of 100,000 small lists. The sort is
    // stable, so each annotation's tags keep the order they were stored in.
    struct TagOf
    {
        IdKey annotation;
        QByteArray tagId;
    };
    std::vector<TagOf> tagsOf;
    auto tagRows = query(tagSql);
    if (!tagRows)
        return tagRows.error();
    QHash<QByteArray, QByteArray> tagIds; // one copy of each tag's id, shared by every mention
    for (;;) {
        auto row = tagRows->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        // Looked up by the bytes as read, copied only for the first mention of each tag. NULL
        // (which the schema does not allow) stays apart from an empty text.
        QByteArray tagId;
        if (!tagRows->isNull(1)) {
            const auto readTagId = tagRows->text(1);
            auto known =
                tagIds.constFind(QByteArray::fromRawData(readTagId.data(), readTagId.size()));
            if (known == tagIds.constEnd())
                known = tagIds.insert(ownedBytes(readTagId), storedIdText(*tagRows, 1));
            tagId = *known;
        }
        const auto annotationId = tagRows->text(0);
        tagsOf.push_back(
            {isIdText(annotationId) ? IdKey(annotationId) : IdKey(storedIdText(*tagRows, 0)),
             tagId});
    }
    const auto byAnnotation = [](const TagOf &a, const TagOf &b) {
        return a.annotation < b.annotation;
    };
    std::stable_sort(tagsOf.begin(), tagsOf.end(), byAnnotation);
    // The sorted keys on their own, searched once a row: 16 bytes an entry rather than 40 keeps
    // more of the binary search in cache.
    std::vector<IdKey> tagKeys;
    tagKeys.reserve(tagsOf.size());
    for (const TagOf &tag : tagsOf)
        tagKeys.push_back(tag.annotation);

    auto rows = query(annotationSql);
    if (!rows)
        return rows.error();
    static const auto kinds = storedNames(allAnnotationKinds());
    static const auto states = storedNames(QList<AnchorState>{
        AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned});
    // One row object for all rows, its buffers reused (see assignBytes()); a visitor that keeps
    // a column shares it, and the next row's write then leaves that copy alone.
    StoredAnnotation a;
    for (;;) {
        auto row = rows->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        assignIdText(a.id, *rows, 0);
        assignIdText(a.articleId, *rows, 1);
        assignIdText(a.setId, *rows, 2);
        a.kind = storedKind(rows->text(3), kinds, annotationKindFromString, AnnotationKind::Note);
        a.start = rows->integer(4);
        a.end = rows->integer(5);
        assignBytes(a.exact, rows->text(6));
        assignBytes(a.prefix, rows->text(7));
        assignBytes(a.suffix, rows->text(8));
        assignIdText(a.actorId, *rows, 9);
        const auto [first, last] = std::equal_range(tagKeys.begin(), tagKeys.end(), IdKey(a.id));
        a.tagIds.clear(); // keeps the capacity
        for (auto key = first; key != last; ++key)
            a.tagIds.append(tagsOf[size_t(key - tagKeys.begin())].tagId);
        assignBytes(a.comment, rows->text(10));
        assignBytes(a.author, rows->text(11));
        assignTimeText(a.created, rows->text(12));
        assignTimeText(a.modified, rows->text(13));
        a.anchorState =
            storedKind(rows->text(14), states, anchorStateFromString, AnchorState::Exact);
        visit(std::move(a));
    }
    return success();
}

} // namespace

Status Project::forEachStoredAnnotation(const std::function<void(StoredAnnotation &&)> &visit,
                                        QList<Relation> *relations) const
{
    // CAST(... AS BLOB) hands over the file's own encoding: a project kept in UTF-16 (none this
    // app creates) goes the long way.
    auto encoding = m_database->query(QStringLiteral("PRAGMA encoding"));
    if (!encoding)
        return encoding.error();
    if (!encoding->next() || encoding->value(0).toString() != u"UTF-8") {
        if (auto read = forEachStoredAnnotationOf(*this, visit); !read)
            return read;
        return readRelations(relations);
    }

    // Through a connection of our own when the file opens that way, in one read transaction so
    // the annotations and their tags come from one snapshot. Not inside a write: that connection
    // would not see what this one has not committed yet.
    if (m_writeDepth == 0) {
        if (auto reader = SqliteReader::open(m_database->readerUri(), m_database->filePath(),
                                             m_database->busyTimeoutMs())) {
            SqliteReadTransaction snapshot(**reader);
            if (auto begun = snapshot.begin(); !begun)
                return begun.error();
            // Each statement read ahead on a second thread while this one hands its rows on.
            const auto query = [&reader](const char *sql) -> Result<PrefetchedRows> {
                auto rows = (*reader)->query(sql);
                if (!rows)
                    return rows.error();
                return PrefetchedRows(std::move(*rows));
            };
            if (auto read =
                    readStoredAnnotations(query, readerTagQuery, readerAnnotationQuery, visit);
                !read)
                return read.error();
            if (relations) {
                relations->clear();
                auto rows = query(relationQuery);
                if (!rows)
                    return rows.error();
                for (;;) {
                    auto row = rows->next();
                    if (!row)
                        return row.error();
                    if (!*row)
                        break;
                    relations->append(relationFrom(*rows));
                }
            }
            return snapshot.commit();
        }
    }

    // Qt SQL when the file cannot be opened by SQLite directly.
    const auto query = [this](const char *sql) -> Result<QtRows> {
        auto rows = m_database->query(QString::fromLatin1(sql));
        if (!rows)
            return rows.error();
        return QtRows(std::move(*rows));
    };
    if (auto read = readStoredAnnotations(query, storedTagQuery, storedAnnotationQuery, visit);
        !read)
        return read;
    return readRelations(relations);
}

Status Project::readRelations(QList<Relation> *relations) const
{
    if (!relations)
        return success();
    auto all = this->relations();
    if (!all)
        return all.error();
    *relations = std::move(all).value();
    return success();
}

Result<qsizetype> Project::annotationCount() const
{
    auto row = m_database->query(QStringLiteral("SELECT count(*) FROM annotation"));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : 0;
}

Result<QSet<QUuid>> Project::annotationIds() const
{
    auto rows = m_database->query(QStringLiteral("SELECT id FROM annotation"));
    if (!rows)
        return rows.error();
    QSet<QUuid> ids;
    while (rows->next())
        ids.insert(idFrom(rows->value(0)));
    return ids;
}

Result<QList<Annotation>> Project::annotations() const
{
    QList<Annotation> annotations;
    Status read = forEachAnnotation(
        [&annotations](Annotation &&annotation) { annotations.append(std::move(annotation)); });
    if (!read)
        return read.error();
    std::sort(annotations.begin(), annotations.end(), readingOrder);
    return annotations;
}

Result<QList<Annotation>> Project::annotationsOfArticle(const QUuid &articleId) const
{
    auto rows =
        m_database->query(u"SELECT " + QLatin1StringView(annotationColumns) +
                              u" FROM annotation WHERE article_id = ? ORDER BY start_pos, end_pos",
                          {idText(articleId)});
    if (!rows)
        return rows.error();
    QList<Annotation> annotations;
    while (rows->next())
        annotations.append(annotationFrom(*rows));
    if (auto tagged =
            attachTags(*m_database, annotations,
                       QStringLiteral("SELECT t.annotation_id, t.tag_id FROM annotation_tag t"
                                      " JOIN annotation a ON a.id = t.annotation_id"
                                      " WHERE a.article_id = ? ORDER BY t.annotation_id, t.tag_id"),
                       {idText(articleId)});
        !tagged)
        return tagged.error();
    return annotations;
}

Result<Annotation> Project::annotation(const QUuid &id) const
{
    auto row = m_database->query(u"SELECT " + QLatin1StringView(annotationColumns) +
                                     u" FROM annotation WHERE id = ?",
                                 {idText(id)});
    if (!row)
        return row.error();
    if (!row->next())
        return notFound(
            tr("There is no annotation %1 in %2.").arg(idText(id), m_database->displayName()));
    QList<Annotation> one{annotationFrom(*row)};
    if (auto tagged = attachTags(
            *m_database, one,
            QStringLiteral(
                "SELECT annotation_id, tag_id FROM annotation_tag WHERE annotation_id = ?"
                " ORDER BY tag_id"),
            {idText(id)});
        !tagged)
        return tagged.error();
    return one.first();
}

namespace {

enum class TagWrite { New, Replace };

// Sorts the annotation's tags into the order every read gives them back in (by id, which both
// back ends can sort by; neither keeps the order rows were written in), then stores them.
Status writeAnnotationTags(const Database &database, Annotation &annotation, TagWrite mode)
{
    std::sort(annotation.tagIds.begin(), annotation.tagIds.end(),
              [](const QUuid &a, const QUuid &b) { return idText(a) < idText(b); });
    if (mode == TagWrite::Replace) {
        auto cleared =
            database.execute(QStringLiteral("DELETE FROM annotation_tag WHERE annotation_id = ?"),
                             {idText(annotation.id)});
        if (!cleared)
            return cleared.error();
    }
    QSet<QUuid> seen;
    for (const QUuid &tagId : annotation.tagIds) {
        if (seen.contains(tagId))
            continue;
        seen.insert(tagId);
        auto stored = database.execute(
            QStringLiteral("INSERT INTO annotation_tag (annotation_id, tag_id) VALUES (?, ?)"),
            {idText(annotation.id), idText(tagId)});
        if (!stored)
            return stored.error();
    }
    return success();
}

} // namespace

Result<Annotation> Project::addAnnotation(Annotation annotation)
{
    return inWrite<Annotation>([&]() -> Result<Annotation> {
        auto text = articleText(annotation.articleId);
        if (!text)
            return text.error();
        if (annotation.anchorState != AnchorState::Orphaned) {
            if (annotation.start < 0 || annotation.end > text->size() ||
                annotation.start >= annotation.end)
                return Error{Error::Code::Invalid,
                             tr("The range %1–%2 does not lie inside the article's text (0–%3).")
                                 .arg(annotation.start)
                                 .arg(annotation.end)
                                 .arg(text->size())};
            if (splitsSurrogatePair(*text, annotation.start) ||
                splitsSurrogatePair(*text, annotation.end))
                return Error{Error::Code::Invalid, tr("The range %1–%2 splits a character in two.")
                                                       .arg(annotation.start)
                                                       .arg(annotation.end)};
            annotation.quote = TextQuote::fromText(*text, annotation.start, annotation.end);
        }
        if (annotation.id.isNull())
            annotation.id = QUuid::createUuid();
        if (annotation.setId.isNull())
            annotation.setId = m_defaultSetId;
        if (annotation.author.isEmpty())
            annotation.author = m_author;
        if (!annotation.created.isValid())
            annotation.created = now();
        if (!annotation.modified.isValid())
            annotation.modified = annotation.created;

        auto stored = m_database->execute(
            u"INSERT INTO annotation (" + QLatin1StringView(annotationColumns) +
                u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {idText(annotation.id), idText(annotation.articleId), idText(annotation.setId),
             toString(annotation.kind), annotation.start, annotation.end, annotation.quote.exact,
             annotation.quote.prefix, annotation.quote.suffix, optionalId(annotation.actorId),
             annotation.comment, annotation.author, timeText(annotation.created),
             timeText(annotation.modified), toString(annotation.anchorState)});
        if (!stored)
            return stored.error();
        if (auto tagged = writeAnnotationTags(*m_database, annotation, TagWrite::New); !tagged)
            return tagged.error();
        afterCommit([this, annotation] { emit annotationAdded(annotation); });
        return annotation;
    });
}

Result<Annotation> Project::updateAnnotation(Annotation annotation)
{
    return inWrite<Annotation>([&]() -> Result<Annotation> {
        auto before = this->annotation(annotation.id);
        if (!before)
            return before.error();
        if (annotation.articleId != before->articleId)
            return Error{Error::Code::Invalid, tr("An annotation cannot move to another article.")};
        if (annotation.anchorState != AnchorState::Orphaned) {
            auto text = articleText(annotation.articleId);
            if (!text)
                return text.error();
            if (annotation.start < 0 || annotation.end > text->size() ||
                annotation.start >= annotation.end ||
                splitsSurrogatePair(*text, annotation.start) ||
                splitsSurrogatePair(*text, annotation.end))
                return Error{Error::Code::Invalid,
                             tr("The range %1–%2 does not lie inside the article's text.")
                                 .arg(annotation.start)
                                 .arg(annotation.end)};
            annotation.quote = TextQuote::fromText(*text, annotation.start, annotation.end);
        }
        if (annotation.setId.isNull())
            annotation.setId = m_defaultSetId;
        if (!annotation.modified.isValid() || annotation.modified == before->modified)
            annotation.modified = now();
        auto updated = m_database->execute(
            QStringLiteral("UPDATE annotation SET set_id = ?, kind = ?, start_pos = ?, end_pos = ?,"
                           " exact = ?, prefix = ?, suffix = ?, actor_id = ?, comment = ?,"
                           " modified_at = ?, anchor_state = ? WHERE id = ?"),
            {idText(annotation.setId), toString(annotation.kind), annotation.start, annotation.end,
             annotation.quote.exact, annotation.quote.prefix, annotation.quote.suffix,
             optionalId(annotation.actorId), annotation.comment, timeText(annotation.modified),
             toString(annotation.anchorState), idText(annotation.id)});
        if (!updated)
            return updated.error();
        if (auto tagged = writeAnnotationTags(*m_database, annotation, TagWrite::Replace); !tagged)
            return tagged.error();
        annotation.author = before->author;
        annotation.created = before->created;
        afterCommit([this, annotation] { emit annotationChanged(annotation); });
        return annotation;
    });
}

Status Project::removeAnnotation(const QUuid &id)
{
    return write([&]() -> Status {
        auto before = annotation(id);
        if (!before)
            return before.error();
        auto links = relationsOf(id);
        if (!links)
            return links.error();
        auto removed = m_database->execute(QStringLiteral("DELETE FROM annotation WHERE id = ?"),
                                           {idText(id)});
        if (!removed)
            return removed.error();
        for (const Relation &relation : std::as_const(*links))
            afterCommit([this, relation] { emit relationRemoved(relation); });
        afterCommit(
            [this, id, articleId = before->articleId] { emit annotationRemoved(id, articleId); });
        return success();
    });
}

Result<QUuid> Project::resolveAnnotation(const QString &idOrPrefix) const
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    if (wanted.size() < 4)
        return Error{
            Error::Code::Invalid,
            tr("“%1” is too short to name an annotation: give at least 4 characters of its id.")
                .arg(idOrPrefix)};
    QString pattern = wanted;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    auto rows = m_database->query(
        QStringLiteral("SELECT id FROM annotation WHERE id LIKE ? ESCAPE '\\' LIMIT 2"),
        {QString(pattern + u'%')});
    if (!rows)
        return rows.error();
    QList<QUuid> found;
    while (rows->next())
        found.append(idFrom(rows->value(0)));
    if (found.isEmpty())
        return notFound(
            tr("No annotation in %1 has the id “%2”.").arg(m_database->displayName(), idOrPrefix));
    if (found.size() > 1)
        return Error{
            Error::Code::Ambiguous,
            tr("“%1” names more than one annotation; give more of its id.").arg(idOrPrefix)};
    return found.first();
}

// ---------------------------------------------------------------------------------------------
// Relations

// ---------------------------------------------------------------------------------------------
// Dismissed shared passages

Result<QList<DismissedPassage>> Project::dismissedPassages() const
{
    auto rows = m_database->query(
        QStringLiteral("SELECT first_article, second_article, passage_key FROM dismissed_passage"
                       " ORDER BY dismissed_at"));
    if (!rows)
        return rows.error();
    QList<DismissedPassage> passages;
    while (rows->next())
        passages.append(
            {idFrom(rows->value(0)), idFrom(rows->value(1)), rows->value(2).toString()});
    return passages;
}

Status Project::dismissPassage(const DismissedPassage &passage)
{
    return write([&]() -> Status {
        // Dismissing twice is not an error: a second analyst may have done it first.
        auto present = m_database->query(
            QStringLiteral("SELECT 1 FROM dismissed_passage WHERE first_article = ? AND"
                           " second_article = ? AND passage_key = ?"),
            {idText(passage.firstArticle), idText(passage.secondArticle), passage.key});
        if (!present)
            return present.error();
        if (present->next())
            return success();
        auto stored = m_database->execute(
            QStringLiteral("INSERT INTO dismissed_passage (first_article, second_article,"
                           " passage_key, dismissed_at) VALUES (?, ?, ?, ?)"),
            {idText(passage.firstArticle), idText(passage.secondArticle), passage.key,
             timeText(now())});
        if (!stored)
            return stored.error();
        afterCommit([this] { emit dismissedPassagesChanged(); });
        return success();
    });
}

Status Project::undismissPassage(const DismissedPassage &passage)
{
    return write([&]() -> Status {
        auto removed = m_database->execute(
            QStringLiteral("DELETE FROM dismissed_passage WHERE first_article = ? AND"
                           " second_article = ? AND passage_key = ?"),
            {idText(passage.firstArticle), idText(passage.secondArticle), passage.key});
        if (!removed)
            return removed.error();
        afterCommit([this] { emit dismissedPassagesChanged(); });
        return success();
    });
}

Result<QList<Relation>> Project::relations() const
{
    auto rows = m_database->query(QString::fromLatin1(relationQuery));
    if (!rows)
        return rows.error();
    QList<Relation> relations;
    while (rows->next())
        relations.append(relationFrom(*rows));
    return relations;
}

Result<QList<Relation>> Project::relationsOf(const QUuid &annotationId) const
{
    auto rows =
        m_database->query(u"SELECT " + QLatin1StringView(relationColumns) +
                              u" FROM relation WHERE from_id = ? OR to_id = ? ORDER BY created_at",
                          {idText(annotationId), idText(annotationId)});
    if (!rows)
        return rows.error();
    QList<Relation> relations;
    while (rows->next())
        relations.append(relationFrom(*rows));
    return relations;
}

Result<Relation> Project::addRelation(Relation relation)
{
    if (relation.fromId == relation.toId)
        return Error{Error::Code::Invalid, tr("An annotation cannot be linked to itself.")};
    if (relation.id.isNull())
        relation.id = QUuid::createUuid();
    if (relation.author.isEmpty())
        relation.author = m_author;
    if (!relation.created.isValid())
        relation.created = now();
    return inWrite<Relation>([&]() -> Result<Relation> {
        for (const QUuid &end : {relation.fromId, relation.toId}) {
            if (auto exists = annotation(end); !exists)
                return exists.error();
        }
        auto existing = m_database->query(
            QStringLiteral("SELECT id FROM relation WHERE from_id = ? AND to_id = ? AND kind = ?"),
            {idText(relation.fromId), idText(relation.toId), toString(relation.kind)});
        if (!existing)
            return existing.error();
        if (existing->next())
            return Error{Error::Code::Duplicate,
                         tr("These two annotations are already linked that way.")};
        auto stored =
            m_database->execute(u"INSERT INTO relation (" + QLatin1StringView(relationColumns) +
                                    u") VALUES (?, ?, ?, ?, ?, ?, ?)",
                                {idText(relation.id), idText(relation.fromId),
                                 idText(relation.toId), toString(relation.kind), relation.comment,
                                 relation.author, timeText(relation.created)});
        if (!stored)
            return stored.error();
        afterCommit([this, relation] { emit relationAdded(relation); });
        return relation;
    });
}

Status Project::removeRelation(const QUuid &id)
{
    return write([&]() -> Status {
        auto row = m_database->query(u"SELECT " + QLatin1StringView(relationColumns) +
                                         u" FROM relation WHERE id = ?",
                                     {idText(id)});
        if (!row)
            return row.error();
        if (!row->next())
            return notFound(
                tr("There is no relation %1 in %2.").arg(idText(id), m_database->displayName()));
        const Relation relation = relationFrom(*row);
        auto removed =
            m_database->execute(QStringLiteral("DELETE FROM relation WHERE id = ?"), {idText(id)});
        if (!removed)
            return removed.error();
        afterCommit([this, relation] { emit relationRemoved(relation); });
        return success();
    });
}

} // namespace counterpoint
