#include "NamedListTable.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreCodec.h"
#include "StoreMessages.h"

namespace counterpoint {

namespace {

// What differs between the three lists: the table, its third column and the words.
template<class Item> struct NamedList;

template<> struct NamedList<AnnotationSet>
{
    static QString table() { return QStringLiteral("annotation_set"); }
    static QStringList otherColumns() { return {QStringLiteral("description")}; }
    static QVariantList other(const AnnotationSet &set, const SqlDialect &)
    {
        return {set.description};
    }
    static AnnotationSet from(const QUuid &id, const QString &name, const QVariantList &other)
    {
        return {id, name, other.value(0).toString()};
    }
    static void complete(AnnotationSet &) {}
    static QString needsName(const QString &file)
    {
        return StoreMessages::tr("An annotation set in %1 needs a name.").arg(file);
    }
    static QString taken(const QString &name, const QString &file)
    {
        return StoreMessages::tr("There is already an annotation set called “%1” in %2.")
            .arg(name, file);
    }
    static QString missing(const QUuid &id, const QString &file)
    {
        return StoreMessages::tr("There is no annotation set %1 in %2.")
            .arg(codec::idText(id), file);
    }
};

template<> struct NamedList<Actor>
{
    static QString table() { return QStringLiteral("actor"); }
    static QStringList otherColumns() { return {QStringLiteral("description")}; }
    static QVariantList other(const Actor &actor, const SqlDialect &)
    {
        return {actor.description};
    }
    static Actor from(const QUuid &id, const QString &name, const QVariantList &other)
    {
        return {id, name, other.value(0).toString()};
    }
    static void complete(Actor &) {}
    static QString needsName(const QString &file)
    {
        return StoreMessages::tr("An actor in %1 needs a name.").arg(file);
    }
    static QString taken(const QString &name, const QString &file)
    {
        return StoreMessages::tr("There is already an actor called “%1” in %2.").arg(name, file);
    }
    static QString missing(const QUuid &id, const QString &file)
    {
        return StoreMessages::tr("There is no actor %1 in %2.").arg(codec::idText(id), file);
    }
};

template<> struct NamedList<Tag>
{
    static QString table() { return QStringLiteral("tag"); }
    // Schema 12 (issue 20) added the parent: null for a top-level tag.
    static QStringList otherColumns()
    {
        return {QStringLiteral("color"), QStringLiteral("parent_id")};
    }
    static QVariantList other(const Tag &tag, const SqlDialect &sql)
    {
        return {tag.color.name(), sql.optionalId(tag.parentId)};
    }
    static Tag from(const QUuid &id, const QString &name, const QVariantList &other)
    {
        const QVariant parent = other.value(1);
        return {id, name, QColor::fromString(other.value(0).toString()),
                parent.isNull() ? QUuid() : codec::idFrom(parent)};
    }
    static void complete(Tag &tag)
    {
        if (!tag.color.isValid())
            tag.color = defaultTagColor(tag.name);
    }
    static QString needsName(const QString &file)
    {
        return StoreMessages::tr("A tag in %1 needs a name.").arg(file);
    }
    static QString taken(const QString &name, const QString &file)
    {
        return StoreMessages::tr("There is already a tag called “%1” in %2.").arg(name, file);
    }
    static QString missing(const QUuid &id, const QString &file)
    {
        return StoreMessages::tr("There is no tag %1 in %2.").arg(codec::idText(id), file);
    }
};

} // namespace

template<class Item>
NamedListTable<Item>::NamedListTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

template<class Item> QString NamedListTable<Item>::file() const
{
    return m_database.displayName();
}

template<class Item> Result<QList<Item>> NamedListTable<Item>::all() const
{
    using List = NamedList<Item>;
    const QStringList others = List::otherColumns();
    auto rows = m_database.query(QStringLiteral("SELECT id, name, %1 FROM %2 ORDER BY name")
                                     .arg(others.join(u", "), List::table()));
    if (!rows)
        return rows.error();
    QList<Item> items;
    while (rows->next()) {
        QVariantList other;
        for (int i = 0; i < others.size(); ++i)
            other.append(rows->value(2 + i));
        items.append(List::from(codec::idFrom(rows->value(0)), rows->value(1).toString(), other));
    }
    return items;
}

template<class Item>
Result<std::optional<Item>> NamedListTable<Item>::findByName(const QString &name) const
{
    // Compared here rather than in SQL: Qt compares case across all of Unicode, SQLite's NOCASE
    // only in ASCII. The lists are short.
    auto items = all();
    if (!items)
        return items.error();
    const QString wanted = name.trimmed();
    for (const Item &item : std::as_const(*items)) {
        if (item.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<Item>(item);
    }
    return std::optional<Item>();
}

template<class Item> Result<Item> NamedListTable<Item>::prepare(Item item) const
{
    item.name = item.name.trimmed();
    if (item.name.isEmpty())
        return Error{Error::Code::Invalid, NamedList<Item>::needsName(file())};
    if (item.id.isNull())
        item.id = QUuid::createUuid();
    NamedList<Item>::complete(item);
    return item;
}

template<class Item> Status NamedListTable<Item>::insert(const Item &item)
{
    using List = NamedList<Item>;
    const QStringList others = List::otherColumns();
    const QVariantList values =
        QVariantList{m_sql.id(item.id), item.name} + List::other(item, m_sql);
    QStringList marks(values.size(), QStringLiteral("?"));
    auto stored = m_database.execute(QStringLiteral("INSERT INTO %1 (id, name, %2) VALUES (%3)")
                                         .arg(List::table(), others.join(u", "), marks.join(u", ")),
                                     values);
    if (!stored)
        return messages::nameTaken(stored.error(), List::taken(item.name, file()));
    return success();
}

template<class Item> Status NamedListTable<Item>::update(const Item &item)
{
    using List = NamedList<Item>;
    const QString name = item.name.trimmed();
    if (name.isEmpty())
        return Error{Error::Code::Invalid, List::needsName(file())};
    QStringList sets;
    for (const QString &column : List::otherColumns())
        sets.append(column + QStringLiteral(" = ?"));
    auto updated = m_database.execute(
        QStringLiteral("UPDATE %1 SET name = ?, %2, version = version + 1 WHERE id = ?")
            .arg(List::table(), sets.join(u", ")),
        QVariantList{name} + List::other(item, m_sql) + QVariantList{m_sql.id(item.id)});
    if (!updated)
        return messages::nameTaken(updated.error(), List::taken(name, file()));
    if (*updated == 0)
        return messages::notFound(List::missing(item.id, file()));
    return success();
}

template<class Item> Status NamedListTable<Item>::rename(const QUuid &id, const QString &name)
{
    using List = NamedList<Item>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Code::Invalid, List::needsName(file())};
    auto updated = m_database.execute(
        QStringLiteral("UPDATE %1 SET name = ?, version = version + 1 WHERE id = ?")
            .arg(List::table()),
        {trimmed, m_sql.id(id)});
    if (!updated)
        return messages::nameTaken(updated.error(), List::taken(trimmed, file()));
    if (*updated == 0)
        return messages::notFound(List::missing(id, file()));
    return success();
}

template<class Item> Status NamedListTable<Item>::remove(const QUuid &id)
{
    auto removed = m_database.execute(
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(NamedList<Item>::table()),
        {m_sql.id(id)});
    if (!removed)
        return removed.error();
    return success();
}

template class NamedListTable<AnnotationSet>;
template class NamedListTable<Actor>;
template class NamedListTable<Tag>;

} // namespace counterpoint
