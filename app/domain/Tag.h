#pragma once

#include <QColor>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace counterpoint {

struct Tag
{
    QUuid id;
    QString name;
    QColor color;
    // The tag it is filed under (issue 20), null for a top-level one. One level only: a parent has
    // no parent of its own (Project refuses a deeper tree).
    QUuid parentId = QUuid();

    friend bool operator==(const Tag &, const Tag &) = default;
};

// A colour for a new tag, picked from a palette that reads on light and dark backgrounds; the
// same name always gets the same colour.
QColor defaultTagColor(const QString &name);

// One level of parent tags (issue 20), as the views show it:
// the tags in tree order, each top-level tag by name (as the locale sorts) with its children after
// it by name (a child
// whose parent is missing counts as top-level);
QList<Tag> tagsAsTree(const QList<Tag> &tags);
// “Parent › Child” for a child, the name alone for a top-level tag;
QString tagPathName(const Tag &tag, const QList<Tag> &tags);
// the tag and its children: what filtering by it takes in.
QSet<QUuid> tagWithChildren(const QUuid &id, const QList<Tag> &tags);

} // namespace counterpoint
