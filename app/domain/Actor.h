#pragma once

#include <QString>
#include <QUuid>

namespace counterpoint {

// Who makes a claim: a company, a spokesperson, an outlet.
struct Actor
{
    QUuid id;
    QString name;
    QString description;

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace counterpoint
