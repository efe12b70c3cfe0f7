#pragma once

#include <QColor>
#include <QString>
#include <QUuid>

namespace counterpoint {

struct Tag
{
    QUuid id;
    QString name;
    QColor color;

    friend bool operator==(const Tag &, const Tag &) = default;
};

// A colour for a new tag, picked from a palette that reads on light and dark backgrounds; the
// same name always gets the same colour.
QColor defaultTagColor(const QString &name);

} // namespace counterpoint
