// The store's messages, in the translation context they always had ("counterpoint::Project"), so
// the tables behind Project speak with its words. Every message names the project file.
#pragma once

#include "domain/Result.h"
#include "domain/TextRange.h"

#include <QCoreApplication>
#include <QUuid>

namespace counterpoint {

struct StoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::Project)
};

namespace messages {

Error notFound(const QString &message);

// A name clash told in the words of the list it happened in; other errors pass through.
Error nameTaken(const Error &error, const QString &message);

// Why a range cannot be an annotation of the article titled title in file, as one line.
Error rangeRefused(RangeProblem problem, int start, int end, qsizetype textSize,
                   const QString &title, const QString &file);

} // namespace messages

} // namespace counterpoint
