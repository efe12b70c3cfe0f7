#include "StoreMessages.h"

namespace counterpoint::messages {

Error notFound(const QString &message)
{
    return {Error::Code::NotFound, message};
}

Error nameTaken(const Error &error, const QString &message)
{
    return error.code == Error::Code::Duplicate ? Error{Error::Code::Duplicate, message} : error;
}

Error rangeRefused(RangeProblem problem, int start, int end, qsizetype textSize,
                   const QString &title, const QString &file)
{
    switch (problem) {
    case RangeProblem::SplitsCharacter:
        return {Error::Code::Invalid,
                StoreMessages::tr("The range %1–%2 splits a character of “%3” in %4 in two.")
                    .arg(start)
                    .arg(end)
                    .arg(title, file)};
    case RangeProblem::Empty:
    case RangeProblem::OutsideText:
        break;
    }
    return {Error::Code::Invalid,
            StoreMessages::tr("The range %1–%2 does not lie inside the text of “%3” in %4 (0–%5).")
                .arg(start)
                .arg(end)
                .arg(title, file)
                .arg(textSize)};
}

} // namespace counterpoint::messages
