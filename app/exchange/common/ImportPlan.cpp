#include "exchange/common/ImportPlan.h"

#include "exchange/refiqda/Qdpx.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include "log/LogCategories.h"

namespace counterpoint::importing {

namespace {
// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};
} // namespace

Error invalid(const QString &fileName, const QString &cause)
{
    return {Error::Code::Invalid, Messages::tr("Cannot import %1: %2").arg(fileName, cause)};
}

QUuid uuidFromIri(const QString &iri)
{
    if (iri.startsWith(u"urn:uuid:", Qt::CaseInsensitive))
        return QUuid::fromString(QStringView(iri).mid(9));
    return {};
}

QUuid idForIri(const QString &iri)
{
    if (iri.isEmpty())
        return QUuid::createUuid();
    const QUuid direct = uuidFromIri(iri);
    return direct.isNull() ? qdpx::namedGuid(u"iri:" + iri) : direct;
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QDateTime timeFrom(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

Status checkSomethingFound(const Plan &plan, const QString &fileName, QStringList &notes)
{
    if (plan.annotationCount() > 0 || !plan.relations.isEmpty() || !plan.skipped.isEmpty())
        return success();
    const QString container = plan.container.isEmpty() ? Messages::tr("it") : plan.container;
    if (plan.articles.isEmpty()) {
        qCDebug(lcExchange) << fileName << "refused: it holds nothing to import";
        return invalid(fileName, Messages::tr("%1 holds no annotations.").arg(container));
    }
    notes.append(
        Messages::tr("%1: %2 holds articles but no annotations.").arg(fileName, container));
    return success();
}

} // namespace counterpoint::importing
