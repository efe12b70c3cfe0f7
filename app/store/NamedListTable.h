// The three small named lists (annotation sets, actors, tags) share one table shape: an id, a
// name unique without regard to case as a reader compares, and one more column (a description,
// a colour). One implementation serves them all; each list says only what differs.
#pragma once

#include "domain/Actor.h"
#include "domain/AnnotationSet.h"
#include "domain/Result.h"
#include "domain/Tag.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace counterpoint {

class Database;
class SqlDialect;

template<class Item> class NamedListTable final
{
public:
    explicit NamedListTable(const Database &database);

    Result<QList<Item>> all() const; // by name
    // The item called name, compared as a reader would: trimmed, without case.
    Result<std::optional<Item>> findByName(const QString &name) const;

    // Checks and completes a new item (trimmed name, id, colour) before it is inserted.
    Result<Item> prepare(Item item) const;
    Status insert(const Item &item);
    // Name and the other column; a clash with another item's name is refused in words.
    Status update(const Item &item);
    Status rename(const QUuid &id, const QString &name);
    Status remove(const QUuid &id);

private:
    QString file() const;

    const Database &m_database;
    const SqlDialect &m_sql;
};

extern template class NamedListTable<AnnotationSet>;
extern template class NamedListTable<Actor>;
extern template class NamedListTable<Tag>;

} // namespace counterpoint
