#pragma once

#include <QString>
#include <QUuid>

namespace counterpoint {

// A named group of annotations (one analyst's pass, one question). Every annotation is in one.
struct AnnotationSet
{
    QUuid id;
    QString name;
    QString description;

    friend bool operator==(const AnnotationSet &, const AnnotationSet &) = default;
};

} // namespace counterpoint
