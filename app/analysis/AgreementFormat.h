#pragma once

#include "AgreementReport.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace counterpoint::analysis {

// Names of what the report's codes and tags refer to, for the disagreements' listing.
struct AgreementNames
{
    QHash<QUuid, QString> tags;
};

// The report as a person reads it: the overall figures per code and per pair of coders, one
// line per article, and the count of each kind of disagreement per pair (listed one by one
// when listDisagreements).
QString agreementText(const AgreementReport &report, const AgreementNames &names,
                      bool listDisagreements);
// One row per scope (overall, then each article), code ("" for all codes together) and pair of
// coders ("" for all coders together), every figure a column named for its variant.
QString agreementCsv(const AgreementReport &report);
// Every figure under its variant's name, the sets, the codes, each article with its unit
// counts, and every disagreement; an undefined figure is null.
QByteArray agreementJson(const AgreementReport &report, const AgreementNames &names);

} // namespace counterpoint::analysis
