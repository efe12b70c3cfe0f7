#include "Tag.h"

#include <QHash>
#include <QHashFunctions>

#include <algorithm>
#include <array>

namespace counterpoint {

QColor defaultTagColor(const QString &name)
{
    // Tableau 10: distinct, and legible as a highlight in both palettes.
    static constexpr std::array<QRgb, 10> palette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    // qHash is seeded per process; a fixed arithmetic hash keeps the colour stable across runs.
    quint32 hash = 2166136261u;
    for (QChar c : name)
        hash = (hash ^ c.unicode()) * 16777619u;
    return QColor::fromRgb(palette[hash % palette.size()]);
}

namespace {

bool byName(const Tag &a, const Tag &b)
{
    const int order = QString::localeAwareCompare(a.name, b.name);
    return order != 0 ? order < 0 : a.id.toString() < b.id.toString();
}

const Tag *find(const QUuid &id, const QList<Tag> &tags)
{
    for (const Tag &tag : tags) {
        if (tag.id == id)
            return &tag;
    }
    return nullptr;
}

} // namespace

QList<Tag> tagsAsTree(const QList<Tag> &tags)
{
    QList<Tag> tops;
    QHash<QUuid, QList<Tag>> children;
    for (const Tag &tag : tags) {
        if (!tag.parentId.isNull() && find(tag.parentId, tags))
            children[tag.parentId].append(tag);
        else
            tops.append(tag);
    }
    std::sort(tops.begin(), tops.end(), byName);
    QList<Tag> tree;
    tree.reserve(tags.size());
    for (const Tag &top : std::as_const(tops)) {
        tree.append(top);
        QList<Tag> under = children.value(top.id);
        std::sort(under.begin(), under.end(), byName);
        tree.append(under);
    }
    return tree;
}

QString tagPathName(const Tag &tag, const QList<Tag> &tags)
{
    if (tag.parentId.isNull())
        return tag.name;
    const Tag *parent = find(tag.parentId, tags);
    return parent ? parent->name + QStringLiteral(" › ") + tag.name : tag.name;
}

QSet<QUuid> tagWithChildren(const QUuid &id, const QList<Tag> &tags)
{
    QSet<QUuid> ids{id};
    for (const Tag &tag : tags) {
        if (tag.parentId == id)
            ids.insert(tag.id);
    }
    return ids;
}

} // namespace counterpoint
