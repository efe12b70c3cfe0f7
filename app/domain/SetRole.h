#pragma once

#include <QString>
#include <QUuid>

namespace counterpoint {

// Who an annotation set belongs to, and whether it is a consensus set (issue 14): a set kept
// beside AnnotationSet, so that everything that names sets keeps working as it did.
struct SetRole
{
    QUuid setId;
    QString owner;          // the analyst whose reading it is; empty for nobody's
    bool consensus = false; // the curated set the coders' readings are settled into

    friend bool operator==(const SetRole &, const SetRole &) = default;
};

} // namespace counterpoint
