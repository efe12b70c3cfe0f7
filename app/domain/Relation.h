#pragma once

#include "Kinds.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace counterpoint {

// A directed link between two annotations: "from rebuts to", "from supports to", …
struct Relation
{
    QUuid id;
    QUuid fromId;
    QUuid toId;
    RelationKind kind = RelationKind::Rebuts;
    QString comment;
    QString author;
    QDateTime created;

    friend bool operator==(const Relation &, const Relation &) = default;
};

} // namespace counterpoint
