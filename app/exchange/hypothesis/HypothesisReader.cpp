// Hypothesis (hypothes.is) JSON as its API and its export write it:
// https://h.readthedocs.io/en/latest/api-reference/ — an annotation has "id", "created",
// "updated", "user" ("acct:NAME@AUTHORITY"), "uri", "text", "tags", "group", "references" (for
// replies) and "target": [{"source", "selector": [RangeSelector, TextPositionSelector,
// TextQuoteSelector]}].
#include "exchange/hypothesis/HypothesisReader.h"

#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace counterpoint::importing {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};

bool isHypothesisAnnotation(const QJsonValue &value)
{
    const QJsonObject a = value.toObject();
    return a.value(u"uri").isString() && a.value(u"target").isArray() &&
           a.value(u"user").toString().startsWith(u"acct:") && !a.contains(u"@context");
}

// The annotations of a document, or nothing when it is not Hypothesis's.
QJsonArray annotationsOf(const QJsonDocument &document)
{
    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else if (document.object().value(u"rows").isArray()) {
        list = document.object().value(u"rows").toArray();
    } else if (document.object().value(u"annotations").isArray()) {
        list = document.object().value(u"annotations").toArray();
    } else if (isHypothesisAnnotation(document.object())) {
        list.append(document.object());
    }
    if (list.isEmpty() || !isHypothesisAnnotation(list.first()))
        return {};
    return list;
}

QString userName(const QJsonObject &a)
{
    const QString display = a.value(u"user_info").toObject().value(u"display_name").toString();
    if (!display.trimmed().isEmpty())
        return display.trimmed();
    return a.value(u"user").toString().mid(5); // after "acct:"
}

QString groupName(const QString &group)
{
    if (group.isEmpty() || group == u"__world__")
        return Messages::tr("Hypothesis: Public");
    return Messages::tr("Hypothesis group %1").arg(group);
}

} // namespace

bool isHypothesisJson(const QByteArray &json)
{
    // Cheap first: every Hypothesis annotation names its user as acct:…
    if (!json.left(1 << 16).contains("\"acct:"))
        return false;
    return !annotationsOf(QJsonDocument::fromJson(json)).isEmpty();
}

Result<Plan> readHypothesis(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(fileName, Messages::tr("it is not valid JSON (%1 at byte %2).")
                                     .arg(error.errorString())
                                     .arg(error.offset));
    const QJsonArray annotations = annotationsOf(document);
    if (annotations.isEmpty())
        return invalid(fileName, Messages::tr("it holds no Hypothesis annotation."));
    Plan plan;
    plan.container = Messages::tr("the Hypothesis file");
    plan.wholeWords = true;
    plan.findArticleByQuote = true;
    QSet<QString> articles;
    for (const QJsonValue &value : annotations) {
        const QJsonObject a = value.toObject();
        const QString id = a.value(u"id").toString();
        const QString label = Messages::tr("Hypothesis annotation %1").arg(id);
        if (!isHypothesisAnnotation(a) || id.isEmpty()) {
            plan.skipped.append(Messages::tr("%1: not a Hypothesis annotation (no id, uri, "
                                             "target or user).")
                                    .arg(label));
            continue;
        }
        if (!a.value(u"references").toArray().isEmpty()) {
            plan.skipped.append(
                Messages::tr("%1: a reply to another annotation, with no passage of its own; "
                             "not kept.")
                    .arg(label));
            continue;
        }
        const QJsonObject target = a.value(u"target").toArray().first().toObject();
        PlannedAnnotation planned;
        planned.label = label;
        planned.id = idForIri(u"https://hypothes.is/a/" + id);
        for (const QJsonValue &selectorValue : target.value(u"selector").toArray()) {
            const QJsonObject selector = selectorValue.toObject();
            const QString type = selector.value(u"type").toString();
            if (type == u"TextQuoteSelector") {
                planned.quote = {selector.value(u"exact").toString(),
                                 selector.value(u"prefix").toString(),
                                 selector.value(u"suffix").toString()};
            } else if (type == u"TextPositionSelector") {
                const int start = selector.value(u"start").toInt(-1);
                const int end = selector.value(u"end").toInt(-1);
                // Counted by the browser, in UTF-16 units as ours are; a hint the quote checks.
                if (start >= 0 && end > start)
                    planned.utf16 = std::pair(start, end);
            }
        }
        if (planned.quote.exact.isEmpty()) {
            plan.skipped.append(
                Messages::tr("%1: a page note, with no quoted passage; not kept.").arg(label));
            continue;
        }
        // "source" is a string in what the API returns, a list of one in what clients post.
        const QJsonValue source = target.value(u"source");
        planned.articleKey =
            source.isArray() ? source.toArray().first().toString() : source.toString();
        if (planned.articleKey.isEmpty())
            planned.articleKey = a.value(u"uri").toString();
        if (!articles.contains(planned.articleKey)) {
            articles.insert(planned.articleKey);
            plan.articles.append({planned.articleKey, {}, planned.articleKey, std::nullopt});
        }
        planned.comment = a.value(u"text").toString();
        planned.kind = AnnotationKind::Note;
        for (const QJsonValue &tag : a.value(u"tags").toArray()) {
            const QString name = tag.toString().trimmed();
            if (const auto kind = annotationKindFromString(name.toLower()))
                planned.kind = *kind;
            else if (!name.isEmpty())
                planned.tags.append({{}, name, {}, {}});
        }
        planned.author = userName(a);
        planned.set = {{}, groupName(a.value(u"group").toString()), {}, {}};
        planned.created = timeFrom(a.value(u"created").toString());
        planned.modified = timeFrom(a.value(u"updated").toString());
        if (!planned.modified.isValid())
            planned.modified = planned.created;
        plan.annotations.append(planned);
    }
    qCDebug(lcExchange) << fileName << "read as Hypothesis:" << plan.annotations.size()
                        << "annotations";
    return plan;
}

} // namespace counterpoint::importing
