// Annotation import: every format is first read into a Plan (validated, nothing stored), then the
// plan is applied in one Project::write(). A bad file is refused while reading, so it never
// leaves half an import behind.
#include "AnnotationImport.h"

#include "ExportData.h"
#include "Qdpx.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <optional>

namespace counterpoint {

namespace {

using exporting::CodePointMap;

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};

Error invalid(const QString &fileName, const QString &cause)
{
    return {Error::Code::Invalid, Messages::tr("Cannot import %1: %2").arg(fileName, cause)};
}

struct Named
{
    QUuid id; // null when the file gives none
    QString name;
    QString description;
    QColor color;
};

struct PlannedArticle
{
    QString key; // how annotations name it: an IRI or a source GUID
    QUuid id;
    QString url;
    std::optional<Article> content; // when the file carries the text itself
};

struct PlannedAnnotation
{
    QString label; // the file's name for it, for messages
    QUuid id;
    QString articleKey;
    AnnotationKind kind = AnnotationKind::Note;
    std::optional<std::pair<int, int>> codePoints; // TextPositionSelector, in code points
    std::optional<std::pair<int, int>> utf16;      // ranges already in our units (QDPX)
    TextQuote quote;
    Named set, actor;
    QList<Named> tags;
    QString comment;
    QString author;
    QDateTime created, modified;
    AnchorState anchorState = AnchorState::Exact;
};

struct PlannedRelation
{
    QString label;
    QUuid id;
    QUuid from, to;
    RelationKind kind = RelationKind::Rebuts;
    QString comment;
    QString author;
    QDateTime created;
};

struct Plan
{
    QList<PlannedArticle> articles;
    QList<PlannedAnnotation> annotations;
    QList<PlannedRelation> relations;
    QHash<QUuid, Named> sets, actors, tags; // descriptions and colours given once per file
    QStringList skipped;
};

QUuid uuidFromIri(const QString &iri)
{
    if (iri.startsWith(u"urn:uuid:", Qt::CaseInsensitive))
        return QUuid::fromString(QStringView(iri).mid(9));
    return {};
}

// Another tool's annotation ids are IRIs: a name-based UUID keeps re-imports of the same file
// from duplicating them.
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

// ---------------------------------------------------------------------------------------------
// W3C Web Annotation

class WebAnnotationReader
{
public:
    explicit WebAnnotationReader(const QString &fileName)
        : m_file(fileName)
    {}

    Result<Plan> read(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return invalid(m_file, Messages::tr("it is not valid JSON (%1 at byte %2).")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
        QJsonArray items;
        if (document.isArray()) {
            items = document.array();
        } else {
            const QJsonObject root = document.object();
            if (hasType(root, u"AnnotationCollection")) {
                if (auto read = readCollectionExtras(root); !read)
                    return read.error();
                const QJsonValue first = root.value(u"first");
                if (first.isString())
                    return invalid(m_file,
                                   Messages::tr("its pages are only linked (“%1”); Counterpoint "
                                                "never fetches anything from the network.")
                                       .arg(first.toString()));
                if (!first.isObject() && !first.isUndefined())
                    return invalid(m_file,
                                   Messages::tr("“first” must be an AnnotationPage object."));
                auto pageItems = itemsOf(first.toObject());
                if (!pageItems)
                    return pageItems.error();
                items = *pageItems;
            } else if (hasType(root, u"AnnotationPage")) {
                auto pageItems = itemsOf(root);
                if (!pageItems)
                    return pageItems.error();
                items = *pageItems;
            } else if (hasType(root, u"Annotation")) {
                items.append(root);
            } else {
                return invalid(m_file,
                               Messages::tr("it is not a W3C Web Annotation, collection or page "
                                            "(no “type” of Annotation, AnnotationCollection or "
                                            "AnnotationPage)."));
            }
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                return invalid(m_file, Messages::tr("item %1 is not a JSON object.").arg(i + 1));
            if (auto read = readAnnotation(items.at(i).toObject(), i + 1); !read)
                return read.error();
        }
        return std::move(m_plan);
    }

private:
    static bool hasType(const QJsonObject &object, QStringView type)
    {
        const QJsonValue value = object.value(u"type");
        if (value.isString())
            return value.toString() == type;
        if (value.isArray()) {
            for (const QJsonValue &entry : value.toArray()) {
                if (entry.toString() == type)
                    return true;
            }
        }
        return false;
    }

    Result<QJsonArray> itemsOf(const QJsonObject &page)
    {
        const QJsonValue items = page.value(u"items");
        if (items.isUndefined())
            return QJsonArray();
        if (!items.isArray())
            return invalid(m_file, Messages::tr("“items” must be a list of annotations."));
        return items.toArray();
    }

    // A string member, or an error when it is there with another type.
    Result<QString> string(const QJsonObject &object, QStringView key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return invalid(m_file,
                           Messages::tr("%1: “%2” must be a string.").arg(where, key.toString()));
        return value.toString();
    }

    Result<std::optional<int>> position(const QJsonObject &object, QStringView key,
                                        const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::optional<int>();
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != std::floor(number) || number > 1e9)
            return invalid(m_file, Messages::tr("%1: “%2” must be a whole number from 0 up.")
                                       .arg(where, key.toString()));
        return std::optional<int>(int(number));
    }

    Result<Named> named(const QJsonValue &value, const QString &where, const char *what)
    {
        if (value.isUndefined() || value.isNull())
            return Named{};
        if (value.isString())
            return Named{{}, value.toString(), {}, {}};
        if (!value.isObject())
            return invalid(m_file, Messages::tr("%1: “%2” must be an object with an id and a name.")
                                       .arg(where, QLatin1StringView(what)));
        const QJsonObject object = value.toObject();
        auto id = string(object, u"id", where);
        auto name = string(object, u"name", where);
        auto description = string(object, u"description", where);
        auto color = string(object, u"color", where);
        for (const auto *field : {&id, &name, &description, &color}) {
            if (!*field)
                return field->error();
        }
        return Named{uuidFromIri(*id), *name, *description, QColor::fromString(*color)};
    }

    Status readCollectionExtras(const QJsonObject &root)
    {
        const QString where = Messages::tr("the collection");
        const QJsonValue articles = root.value(u"cp:articles");
        if (!articles.isUndefined() && !articles.isArray())
            return invalid(m_file, Messages::tr("“cp:articles” must be a list."));
        for (const QJsonValue &entry : articles.toArray()) {
            if (!entry.isObject())
                return invalid(m_file, Messages::tr("an entry of “cp:articles” is not an object."));
            const QJsonObject o = entry.toObject();
            QStringList fields;
            for (const char16_t *key :
                 {u"id", u"cp:title", u"cp:url", u"cp:publisher", u"cp:author", u"cp:published",
                  u"cp:format", u"cp:sourceFileName", u"cp:text", u"cp:importedAt"}) {
                auto value = string(o, key, where);
                if (!value)
                    return value.error();
                fields.append(*value);
            }
            PlannedArticle planned;
            planned.key = fields.at(0);
            planned.id = uuidFromIri(fields.at(0));
            planned.url = fields.at(2);
            if (planned.id.isNull())
                return invalid(
                    m_file,
                    Messages::tr("an article's id “%1” is not a urn:uuid.").arg(fields.at(0)));
            if (o.contains(u"cp:text")) {
                Article article;
                article.id = planned.id;
                article.title = fields.at(1);
                article.url = fields.at(2);
                article.publisher = fields.at(3);
                article.author = fields.at(4);
                article.published = fields.at(5);
                article.format = articleFormatFromString(fields.at(6));
                article.sourceFileName = fields.at(7);
                article.text = fields.at(8);
                article.importedAt = timeFrom(fields.at(9));
                // The original file is not exported; its canonical text stands in for it.
                article.original = article.text.toUtf8();
                article.format = ArticleFormat::PlainText;
                article.contentHash = sha256(article.text);
                planned.content = article;
            }
            m_plan.articles.append(planned);
        }
        for (const auto &[key, list] :
             {std::pair{u"cp:sets", &m_plan.sets}, std::pair{u"cp:actors", &m_plan.actors},
              std::pair{u"cp:tags", &m_plan.tags}}) {
            const QJsonValue value = root.value(key);
            if (!value.isUndefined() && !value.isArray())
                return invalid(m_file, Messages::tr("“%1” must be a list.").arg(QStringView(key)));
            for (const QJsonValue &entry : value.toArray()) {
                auto item = named(entry, where, "name");
                if (!item)
                    return item.error();
                if (!item->id.isNull())
                    list->insert(item->id, *item);
            }
        }
        return success();
    }

    // The selectors of a target, refinements included.
    static void collectSelectors(const QJsonValue &value, QList<QJsonObject> &selectors)
    {
        if (value.isArray()) {
            for (const QJsonValue &entry : value.toArray())
                collectSelectors(entry, selectors);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            selectors.append(object);
            collectSelectors(object.value(u"refinedBy"), selectors);
        }
    }

    Status readAnnotation(const QJsonObject &object, qsizetype index)
    {
        auto iri = string(object, u"id", Messages::tr("item %1").arg(index));
        if (!iri)
            return iri.error();
        const QString where = iri->isEmpty() ? Messages::tr("item %1").arg(index) : *iri;
        if (!hasType(object, u"Annotation"))
            return invalid(m_file, Messages::tr("%1 is not of type Annotation.").arg(where));

        auto creator = readCreator(object.value(u"creator"), where);
        if (!creator)
            return creator.error();
        auto created = string(object, u"created", where);
        auto modified = string(object, u"modified", where);
        auto motivation = string(object, u"motivation", where);
        for (const auto *field : {&created, &modified}) {
            if (!*field)
                return field->error();
        }
        if (!motivation && !object.value(u"motivation").isArray())
            return motivation.error();

        // Bodies: the kind (classifying), tags (tagging) and the comment (anything textual).
        QList<QJsonObject> bodies;
        const QJsonValue body = object.value(u"body");
        if (body.isObject())
            bodies.append(body.toObject());
        else if (body.isArray()) {
            for (const QJsonValue &entry : body.toArray()) {
                if (entry.isObject())
                    bodies.append(entry.toObject());
                else if (!entry.isString())
                    return invalid(
                        m_file, Messages::tr("%1: a body must be an object or an IRI.").arg(where));
            }
        } else if (!body.isUndefined() && !body.isString()) {
            return invalid(
                m_file, Messages::tr("%1: “body” must be an object, a list or an IRI.").arg(where));
        }
        QString classifying;
        QList<Named> tags;
        QStringList comments;
        auto bodyValue = string(object, u"bodyValue", where);
        if (!bodyValue)
            return bodyValue.error();
        if (!bodyValue->isEmpty())
            comments.append(*bodyValue);
        for (const QJsonObject &b : std::as_const(bodies)) {
            auto value = string(b, u"value", where);
            auto purpose = string(b, u"purpose", where);
            auto id = string(b, u"id", where);
            for (const auto *field : {&value, &purpose, &id}) {
                if (!*field)
                    return field->error();
            }
            if (!hasType(b, u"TextualBody") && !b.contains(u"value"))
                continue; // an external body: nothing to keep
            if (*purpose == u"classifying")
                classifying = *value;
            else if (*purpose == u"tagging")
                tags.append({uuidFromIri(*id), *value, {}, {}});
            else if (!value->isEmpty())
                comments.append(*value);
        }

        if (*motivation == u"linking")
            return readLink(object, where, *iri, classifying, comments, *creator, *created);

        // Target: the first one that is a resource with selectors.
        QJsonObject target;
        const QJsonValue targets = object.value(u"target");
        if (targets.isObject()) {
            target = targets.toObject();
        } else if (targets.isArray()) {
            for (const QJsonValue &entry : targets.toArray()) {
                if (entry.isObject()) {
                    target = entry.toObject();
                    break;
                }
            }
        } else if (!targets.isString()) {
            return invalid(
                m_file, Messages::tr("%1: “target” is missing or of the wrong type.").arg(where));
        }
        if (target.isEmpty()) {
            m_plan.skipped.append(
                Messages::tr("%1: its target is a whole resource, not a text passage.").arg(where));
            return success();
        }
        QString source;
        const QJsonValue sourceValue = target.value(u"source");
        if (sourceValue.isString())
            source = sourceValue.toString();
        else if (sourceValue.isObject() && sourceValue.toObject().value(u"id").isString())
            source = sourceValue.toObject().value(u"id").toString();
        else if (!sourceValue.isUndefined())
            return invalid(m_file,
                           Messages::tr("%1: the target's “source” must be an IRI.").arg(where));
        auto article = string(target, u"cp:article", where);
        if (!article)
            return article.error();

        PlannedAnnotation planned;
        QList<QJsonObject> selectors;
        collectSelectors(target.value(u"selector"), selectors);
        bool quoted = false;
        for (const QJsonObject &selector : std::as_const(selectors)) {
            if (hasType(selector, u"TextQuoteSelector")) {
                auto exact = string(selector, u"exact", where);
                auto prefix = string(selector, u"prefix", where);
                auto suffix = string(selector, u"suffix", where);
                for (const auto *field : {&exact, &prefix, &suffix}) {
                    if (!*field)
                        return field->error();
                }
                planned.quote = {*exact, *prefix, *suffix};
                quoted = !exact->isEmpty();
            } else if (hasType(selector, u"TextPositionSelector")) {
                auto start = position(selector, u"start", where);
                auto end = position(selector, u"end", where);
                if (!start)
                    return start.error();
                if (!end)
                    return end.error();
                if (!*start || !*end || **end < **start)
                    return invalid(m_file,
                                   Messages::tr("%1: a TextPositionSelector needs a start and an "
                                                "end that is not before it.")
                                       .arg(where));
                planned.codePoints = std::pair(**start, **end);
            }
        }
        if (!quoted && !planned.codePoints) {
            m_plan.skipped.append(
                Messages::tr("%1: it has no text quote or text position selector.").arg(where));
            return success();
        }
        if (source.isEmpty() && article->isEmpty())
            return invalid(m_file, Messages::tr("%1: its target names no source.").arg(where));

        planned.label = where;
        planned.id = idForIri(*iri);
        planned.articleKey = article->isEmpty() ? source : *article;
        if (auto kind = annotationKindFromString(classifying))
            planned.kind = *kind;
        auto set = named(object.value(u"cp:set"), where, "cp:set");
        auto actor = named(object.value(u"cp:actor"), where, "cp:actor");
        auto state = string(object, u"cp:anchorState", where);
        if (!set)
            return set.error();
        if (!actor)
            return actor.error();
        if (!state)
            return state.error();
        planned.set = *set;
        planned.actor = *actor;
        planned.anchorState = anchorStateFromString(*state).value_or(AnchorState::Exact);
        planned.tags = tags;
        planned.comment = comments.join(QStringLiteral("\n\n"));
        planned.author = *creator;
        planned.created = timeFrom(*created);
        planned.modified = timeFrom(*modified);
        m_plan.annotations.append(planned);
        return success();
    }

    Result<QString> readCreator(const QJsonValue &value, const QString &where)
    {
        if (value.isUndefined() || value.isNull())
            return QString();
        if (value.isString())
            return value.toString();
        if (value.isArray() && !value.toArray().isEmpty())
            return readCreator(value.toArray().first(), where);
        if (!value.isObject())
            return invalid(m_file,
                           Messages::tr("%1: “creator” must be an agent or an IRI.").arg(where));
        const QJsonObject agent = value.toObject();
        for (const char16_t *key : {u"name", u"nickname", u"id"}) {
            auto found = string(agent, key, where);
            if (!found)
                return found.error();
            if (!found->isEmpty())
                return *found;
        }
        return QString();
    }

    Status readLink(const QJsonObject &object, const QString &where, const QString &iri,
                    const QString &classifying, const QStringList &comments, const QString &creator,
                    const QString &created)
    {
        const QJsonArray targets = object.value(u"target").toArray();
        const auto kind = relationKindFromString(classifying);
        if (targets.size() != 2 || !targets.at(0).isString() || !targets.at(1).isString() ||
            !kind) {
            m_plan.skipped.append(
                Messages::tr(
                    "%1: a link Counterpoint does not know (it needs a relation kind and two "
                    "annotations).")
                    .arg(where));
            return success();
        }
        PlannedRelation relation;
        relation.label = where;
        relation.id = idForIri(iri);
        relation.from = idForIri(targets.at(0).toString());
        relation.to = idForIri(targets.at(1).toString());
        relation.kind = *kind;
        relation.comment = comments.join(QStringLiteral("\n\n"));
        relation.author = creator;
        relation.created = timeFrom(created);
        m_plan.relations.append(relation);
        return success();
    }

    QString m_file;
    Plan m_plan;
};

// ---------------------------------------------------------------------------------------------
// REFI-QDA (.qdpx)

// A zip entry's path that stays inside the folder it is unpacked to: relative, forward slashes,
// no "..", no drive letter. Anything else is a zip-slip attempt or a broken file.
bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':') ||
        name.contains(QChar(0)))
        return false;
    for (const QStringView part : QStringView(name).split(u'/')) {
        if (part == u"..")
            return false;
    }
    return true;
}

class QdpxReader
{
public:
    QdpxReader(const QString &path, const ImportLimits &limits)
        : m_path(path)
        , m_file(QFileInfo(path).fileName())
        , m_limits(limits)
    {}

    Result<Plan> read()
    {
        QuaZip zip(m_path);
        if (!zip.open(QuaZip::mdUnzip))
            return invalid(m_file, Messages::tr("it is not a zip file (a .qdpx is one)."));
        const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
        if (entries.size() > m_limits.maxEntries)
            return invalid(m_file, Messages::tr("it holds %1 files; at most %2 are allowed.")
                                       .arg(entries.size())
                                       .arg(m_limits.maxEntries));
        // Every entry is checked before anything is read: one bad path refuses the whole file.
        qint64 total = 0;
        for (const QuaZipFileInfo64 &entry : entries) {
            if (!isSafeEntryName(entry.name))
                return invalid(m_file,
                               Messages::tr("it holds a file whose path “%1” leads outside the "
                                            "project (absolute, “..” or a backslash).")
                                   .arg(entry.name));
            if (entry.isSymbolicLink())
                return invalid(m_file,
                               Messages::tr("it holds a symbolic link, “%1”.").arg(entry.name));
            total += qint64(entry.uncompressedSize);
            if (total > m_limits.maxUncompressedSize)
                return invalid(m_file,
                               Messages::tr("it would unpack to more than %1 MiB: refused as a "
                                            "possible zip bomb.")
                                   .arg(m_limits.maxUncompressedSize >> 20));
            if (entry.uncompressedSize > (1u << 20) &&
                qint64(entry.uncompressedSize) >
                    m_limits.maxCompressionRatio * qMax<qint64>(1, entry.compressedSize))
                return invalid(m_file,
                               Messages::tr("“%1” is compressed more than %2 to 1: refused as a "
                                            "possible zip bomb.")
                                   .arg(entry.name)
                                   .arg(m_limits.maxCompressionRatio));
            m_sizes.insert(entry.name, qint64(entry.uncompressedSize));
        }
        auto xml = entry(zip, QLatin1StringView(qdpx::projectEntry));
        if (!xml)
            return xml.error();
        if (auto parsed = parse(*xml); !parsed)
            return parsed.error();
        return plan(zip);
    }

private:
    struct Selection
    {
        QUuid guid;
        int start = 0, end = 0;
        QUuid user;
        QDateTime created, modified;
        QList<QUuid> codes, notes;
    };
    struct Source
    {
        QUuid guid;
        QString name, path, content, description;
        bool hasContent = false;
        QList<Selection> selections;
    };
    struct Code
    {
        QString name;
        QColor color;
    };
    struct Link
    {
        QUuid guid, origin, target;
        QString name;
    };

    // The bytes of one entry, never more than its header declared (a lying header is refused).
    Result<QByteArray> entry(QuaZip &zip, const QString &name)
    {
        if (!m_sizes.contains(name) || !zip.setCurrentFile(name))
            return invalid(m_file, Messages::tr("it has no “%1”.").arg(name));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return invalid(m_file, Messages::tr("“%1” cannot be unpacked.").arg(name));
        const qint64 declared = m_sizes.value(name);
        QByteArray bytes = file.read(declared + 1);
        file.close();
        if (bytes.size() != declared || file.getZipError() != 0)
            return invalid(
                m_file, Messages::tr("“%1” is damaged (its size or checksum is wrong).").arg(name));
        return bytes;
    }

    Status parse(const QByteArray &xml)
    {
        QXmlStreamReader reader(xml);
        Source *source = nullptr;
        Selection *selection = nullptr;
        QUuid note, caseGuid;
        QString caseName;
        enum class In { Other, Source, Note, Selection, Case } in = In::Other;
        auto guidOf = [&](const char *attribute) {
            return QUuid::fromString(reader.attributes().value(QLatin1StringView(attribute)));
        };
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::DTD)
                return invalid(m_file,
                               Messages::tr("project.qde declares a DOCTYPE, which could pull in "
                                            "external entities; refused."));
            if (token == QXmlStreamReader::EntityReference)
                return invalid(m_file, Messages::tr("project.qde uses an undeclared entity."));
            if (token == QXmlStreamReader::EndElement) {
                const QStringView name = reader.name();
                if (name == u"TextSource")
                    source = nullptr, in = In::Other;
                else if (name == u"PlainTextSelection")
                    selection = nullptr, in = source ? In::Source : In::Other;
                else if (name == u"Note")
                    in = In::Other;
                else if (name == u"Case")
                    in = In::Other;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = reader.name();
            const auto attributes = reader.attributes();
            if (name == u"User") {
                m_users.insert(guidOf("guid"),
                               attributes.value(QLatin1StringView("name")).toString());
            } else if (name == u"Code") {
                m_codes.insert(guidOf("guid"),
                               {attributes.value(QLatin1StringView("name")).toString(),
                                QColor::fromString(attributes.value(QLatin1StringView("color")))});
            } else if (name == u"TextSource" && in == In::Other) {
                Source added;
                added.guid = guidOf("guid");
                added.name = attributes.value(QLatin1StringView("name")).toString();
                added.path = attributes.value(QLatin1StringView("plainTextPath")).toString();
                m_sources.append(added);
                source = &m_sources.last();
                in = In::Source;
            } else if (name == u"PlainTextContent" && (in == In::Source || in == In::Note)) {
                const QString text = reader.readElementText();
                if (reader.hasError())
                    break;
                if (in == In::Source) {
                    source->content = text;
                    source->hasContent = true;
                } else {
                    m_notes.insert(note, text);
                }
            } else if (name == u"Description" && in == In::Source && !selection) {
                source->description = reader.readElementText();
            } else if (name == u"PlainTextSelection" && in == In::Source) {
                bool startOk = false, endOk = false;
                Selection s;
                s.guid = guidOf("guid");
                s.start = attributes.value(QLatin1StringView("startPosition")).toInt(&startOk);
                s.end = attributes.value(QLatin1StringView("endPosition")).toInt(&endOk);
                if (!startOk || !endOk || s.start < 0 || s.end < s.start || s.guid.isNull())
                    return invalid(m_file,
                                   Messages::tr("a PlainTextSelection in “%1” has no valid guid, "
                                                "startPosition and endPosition.")
                                       .arg(source->name));
                s.user = guidOf("creatingUser");
                s.created =
                    timeFrom(attributes.value(QLatin1StringView("creationDateTime")).toString());
                s.modified =
                    timeFrom(attributes.value(QLatin1StringView("modifiedDateTime")).toString());
                source->selections.append(s);
                selection = &source->selections.last();
                in = In::Selection;
            } else if (name == u"CodeRef" && in == In::Selection) {
                selection->codes.append(guidOf("targetGUID"));
            } else if (name == u"NoteRef" && in == In::Selection) {
                selection->notes.append(guidOf("targetGUID"));
            } else if (name == u"Note") {
                note = guidOf("guid");
                in = In::Note;
            } else if (name == u"Case") {
                caseGuid = guidOf("guid");
                caseName = attributes.value(QLatin1StringView("name")).toString();
                in = In::Case;
            } else if (name == u"SelectionRef" && in == In::Case) {
                m_caseOf.insert(guidOf("targetGUID"), {caseGuid, caseName, {}, {}});
            } else if (name == u"Link") {
                m_links.append(Link{guidOf("guid"), guidOf("originGUID"), guidOf("targetGUID"),
                                    attributes.value(QLatin1StringView("name")).toString()});
            }
        }
        if (reader.hasError())
            return invalid(m_file, Messages::tr("project.qde is not well-formed XML (%1, line %2).")
                                       .arg(reader.errorString())
                                       .arg(reader.lineNumber()));
        return success();
    }

    Result<Plan> plan(QuaZip &zip)
    {
        Plan plan;
        for (const Source &source : std::as_const(m_sources)) {
            QString raw;
            if (source.path.startsWith(QLatin1StringView(qdpx::internalScheme))) {
                const QString entryName = QLatin1StringView(qdpx::sourcesFolder) +
                                          source.path.mid(qsizetype(qstrlen(qdpx::internalScheme)));
                if (!isSafeEntryName(entryName))
                    return invalid(m_file,
                                   Messages::tr("the source path “%1” leads outside the project.")
                                       .arg(source.path));
                auto bytes = entry(zip, entryName);
                if (!bytes)
                    return bytes.error();
                QStringDecoder decoder(QStringDecoder::Utf8);
                raw = decoder.decode(*bytes);
                if (decoder.hasError())
                    return invalid(m_file,
                                   Messages::tr("the text of “%1” is not UTF-8.").arg(source.name));
                if (raw.startsWith(QChar(0xfeff)))
                    raw.remove(0, 1);
            } else if (source.hasContent) {
                raw = source.content;
            } else {
                plan.skipped.append(Messages::tr("%1: its text is outside the project file (%2).")
                                        .arg(source.name, source.path));
                continue;
            }
            // Positions count the characters of the file as it is. Our canonical text keeps
            // only LF line breaks, so CR LF and lone CR become LF, and a table maps each
            // position in the file (in code points) to one in the new text (in UTF-16 units).
            QString text;
            text.reserve(raw.size());
            std::vector<int> map;
            map.reserve(raw.size() + 1);
            for (qsizetype i = 0; i < raw.size(); ++i) {
                map.push_back(int(text.size()));
                const QChar c = raw.at(i);
                if (c == u'\r') {
                    if (i + 1 < raw.size() && raw.at(i + 1) == u'\n')
                        continue; // the LF that follows stands for both
                    text += u'\n';
                } else if (c.isHighSurrogate() && i + 1 < raw.size() &&
                           raw.at(i + 1).isLowSurrogate()) {
                    text += c;
                    text += raw.at(++i);
                } else {
                    text += c;
                }
            }
            map.push_back(int(text.size()));

            PlannedArticle article;
            article.key = source.guid.toString();
            article.id = source.guid;
            Article content;
            content.id = source.guid;
            content.title = source.name.isEmpty() ? Messages::tr("Untitled source") : source.name;
            if (source.description.startsWith(u"http"))
                content.url = source.description.trimmed();
            content.text = text;
            content.original = text.toUtf8();
            content.format = ArticleFormat::PlainText;
            content.sourceFileName = source.path;
            content.contentHash = sha256(text);
            article.url = content.url;
            article.content = content;
            plan.articles.append(article);

            for (const Selection &s : source.selections) {
                const QString label = Messages::tr("selection %1 in “%2”")
                                          .arg(s.guid.toString(QUuid::WithoutBraces), source.name);
                if (size_t(s.end) >= map.size()) {
                    plan.skipped.append(Messages::tr("%1: its range %2–%3 lies outside the text.")
                                            .arg(label)
                                            .arg(s.start)
                                            .arg(s.end));
                    continue;
                }
                PlannedAnnotation a;
                a.label = label;
                a.id = s.guid;
                a.articleKey = article.key;
                a.utf16 = std::pair(map[s.start], map[s.end]);
                for (const QUuid &code : s.codes) {
                    const Code found = m_codes.value(code);
                    std::optional<AnnotationKind> kind;
                    for (const AnnotationKind candidate : allAnnotationKinds()) {
                        if (code == qdpx::kindCodeGuid(candidate) ||
                            found.name.compare(toString(candidate), Qt::CaseInsensitive) == 0)
                            kind = candidate;
                    }
                    if (kind)
                        a.kind = *kind;
                    else if (!found.name.isEmpty())
                        a.tags.append({code, found.name, {}, found.color});
                }
                QStringList comments;
                for (const QUuid &note : s.notes) {
                    if (!m_notes.value(note).isEmpty())
                        comments.append(m_notes.value(note));
                }
                a.comment = comments.join(QStringLiteral("\n\n"));
                a.actor = m_caseOf.value(s.guid);
                a.author = m_users.value(s.user);
                a.created = s.created;
                a.modified = s.modified.isValid() ? s.modified : s.created;
                plan.annotations.append(a);
            }
        }
        for (const Link &link : std::as_const(m_links)) {
            const auto kind = relationKindFromString(link.name);
            if (!kind) {
                plan.skipped.append(
                    Messages::tr("link “%1”: not a relation Counterpoint knows.").arg(link.name));
                continue;
            }
            plan.relations.append(
                {Messages::tr("link %1").arg(link.guid.toString(QUuid::WithoutBraces)),
                 link.guid.isNull() ? QUuid::createUuid() : link.guid,
                 link.origin,
                 link.target,
                 *kind,
                 {},
                 {},
                 {}});
        }
        return plan;
    }

    QString m_path, m_file;
    ImportLimits m_limits;
    QHash<QString, qint64> m_sizes;
    QHash<QUuid, QString> m_users;
    QHash<QUuid, Code> m_codes;
    QHash<QUuid, QString> m_notes;
    QHash<QUuid, Named> m_caseOf; // selection → the case (actor) it belongs to
    QList<Source> m_sources;
    QList<Link> m_links;
};

// ---------------------------------------------------------------------------------------------
// Applying a plan

// Where a quote lies in text: the occurrence whose context matches best, or -1.
int findQuote(const QString &text, const TextQuote &quote)
{
    int best = -1, bestScore = -1;
    for (qsizetype at = text.indexOf(quote.exact); at >= 0;
         at = text.indexOf(quote.exact, at + 1)) {
        int score = 0;
        if (!quote.prefix.isEmpty() && QStringView(text).left(at).endsWith(quote.prefix))
            score += 2;
        if (!quote.suffix.isEmpty() &&
            QStringView(text).mid(at + quote.exact.size()).startsWith(quote.suffix))
            score += 2;
        if (score > bestScore) {
            best = int(at);
            bestScore = score;
        }
    }
    return best;
}

class Applier
{
public:
    Applier(Project &project, const Plan &plan, const QString &fileName,
            const ExportProgress &progress)
        : m_project(project)
        , m_plan(plan)
        , m_file(fileName)
        , m_progress(progress)
    {}

    Status run(AnnotationImportReport &report)
    {
        report.skipped = m_plan.skipped;
        if (auto resolved = resolveArticles(report); !resolved)
            return resolved;
        if (Status read = readWhatExists(); !read)
            return read;
        const qint64 total = m_plan.annotations.size();
        qint64 done = 0;
        for (const PlannedAnnotation &planned : std::as_const(m_plan.annotations)) {
            if (auto applied = apply(planned, report); !applied)
                return applied;
            if (m_progress && (++done % 500 == 0 || done == total) && !m_progress(done, total))
                return Error{Error::Code::Cancelled, Messages::tr("The import was cancelled.")};
        }
        for (const PlannedRelation &relation : std::as_const(m_plan.relations)) {
            if (auto applied = apply(relation, report); !applied)
                return applied;
        }
        return success();
    }

private:
    Status readWhatExists()
    {
        auto ids = m_project.annotationIds();
        if (!ids)
            return ids.error();
        auto sets = m_project.annotationSets();
        if (!sets)
            return sets.error();
        auto actors = m_project.actors();
        if (!actors)
            return actors.error();
        auto tags = m_project.tags();
        if (!tags)
            return tags.error();
        m_annotationIds = std::move(ids).value();
        m_sets = std::move(sets).value();
        m_actors = std::move(actors).value();
        m_tags = std::move(tags).value();
        return success();
    }

    Status resolveArticles(AnnotationImportReport &report)
    {
        auto summaries = m_project.articleSummaries();
        if (!summaries)
            return summaries.error();
        for (const ArticleSummary &summary : std::as_const(*summaries)) {
            auto article = m_project.article(summary.id);
            if (!article)
                return article.error();
            m_existing.insert(summary.id);
            if (!article->url.isEmpty())
                m_byKey.insert(article->url, summary.id);
            m_byKey.insert(exporting::urn(summary.id), summary.id);
        }
        for (const PlannedArticle &planned : std::as_const(m_plan.articles)) {
            QUuid id;
            if (m_existing.contains(planned.id))
                id = planned.id;
            if (id.isNull() && planned.content) {
                auto found = m_project.findArticleByHash(planned.content->contentHash);
                if (!found)
                    return found.error();
                id = *found;
            }
            if (id.isNull() && !planned.url.isEmpty())
                id = m_byKey.value(planned.url);
            if (id.isNull() && planned.content) {
                Article article = *planned.content;
                if (m_existing.contains(article.id))
                    article.id = QUuid(); // the id is taken by another text: a new one
                auto added = m_project.addArticle(article);
                if (!added)
                    return added.error();
                id = added->id;
                m_existing.insert(id);
                ++report.articlesAdded;
            }
            if (!id.isNull())
                m_byKey.insert(planned.key, id);
        }
        return success();
    }

    template<class Item>
    Result<QUuid> ensure(const Named &given, const QHash<QUuid, Named> &extras,
                         QList<Item> &existing,
                         const std::function<Result<Item>(const Item &)> &add, Item item)
    {
        for (const Item &candidate : existing) {
            if (!given.id.isNull() && candidate.id == given.id)
                return candidate.id;
        }
        for (const Item &candidate : existing) {
            if (candidate.name.compare(given.name.trimmed(), Qt::CaseInsensitive) == 0)
                return candidate.id;
        }
        item.id = given.id;
        item.name = given.name;
        const Named extra = extras.value(given.id);
        if constexpr (std::is_same_v<Item, Tag>)
            item.color = given.color.isValid() ? given.color : extra.color;
        else
            item.description = given.description.isEmpty() ? extra.description : given.description;
        auto added = add(item);
        if (!added)
            return added.error();
        existing.append(*added);
        return added->id;
    }

    Result<QUuid> setId(const Named &set)
    {
        if (set.name.trimmed().isEmpty())
            return m_project.defaultAnnotationSetId();
        return ensure<AnnotationSet>(
            set, m_plan.sets, m_sets,
            [&](const AnnotationSet &s) { return m_project.addAnnotationSet(s); }, {});
    }

    Result<QUuid> actorId(const Named &actor)
    {
        if (actor.name.trimmed().isEmpty())
            return QUuid();
        return ensure<Actor>(actor, m_plan.actors, m_actors,
                             [&](const Actor &a) { return m_project.addActor(a); }, {});
    }

    Result<QUuid> tagId(const Named &tag)
    {
        return ensure<Tag>(tag, m_plan.tags, m_tags,
                           [&](const Tag &t) { return m_project.addTag(t); }, {});
    }

    Status apply(const PlannedAnnotation &planned, AnnotationImportReport &report)
    {
        const QUuid articleId = m_byKey.value(planned.articleKey);
        if (articleId.isNull()) {
            report.skipped.append(Messages::tr("%1: its article “%2” is not in the project.")
                                      .arg(planned.label, planned.articleKey));
            return success();
        }
        auto text = m_project.articleText(articleId);
        if (!text)
            return text.error();

        Annotation a;
        a.id = planned.id;
        a.articleId = articleId;
        a.kind = planned.kind;
        a.anchorState = planned.anchorState;
        a.quote = planned.quote;
        if (planned.anchorState != AnchorState::Orphaned) {
            std::optional<std::pair<int, int>> range = planned.utf16;
            if (!range && planned.codePoints) {
                auto offsets = m_offsets.constFind(articleId);
                if (offsets == m_offsets.constEnd())
                    offsets = m_offsets.insert(articleId, CodePointMap(*text));
                range = std::pair(offsets->toUtf16(planned.codePoints->first),
                                  offsets->toUtf16(planned.codePoints->second));
            }
            // A position that no longer shows the quote is only a hint: the quote decides.
            if (range && !planned.quote.exact.isEmpty() &&
                QStringView(*text).mid(range->first, range->second - range->first) !=
                    planned.quote.exact)
                range.reset();
            if (!range && !planned.quote.exact.isEmpty()) {
                const int at = findQuote(*text, planned.quote);
                if (at >= 0)
                    range = std::pair(at, at + int(planned.quote.exact.size()));
            }
            if (!range || range->first >= range->second || range->second > text->size()) {
                report.skipped.append(Messages::tr("%1: its passage is not in the article's text.")
                                          .arg(planned.label));
                return success();
            }
            a.start = range->first;
            a.end = range->second;
        }
        auto set = setId(planned.set);
        if (!set)
            return set.error();
        a.setId = *set;
        auto actor = actorId(planned.actor);
        if (!actor)
            return actor.error();
        a.actorId = *actor;
        for (const Named &tag : planned.tags) {
            if (tag.name.trimmed().isEmpty())
                continue;
            auto id = tagId(tag);
            if (!id)
                return id.error();
            if (!a.tagIds.contains(*id))
                a.tagIds.append(*id);
        }
        a.comment = planned.comment;
        a.author = planned.author;
        a.created = planned.created;
        a.modified = planned.modified;

        if (!m_annotationIds.contains(a.id)) {
            auto added = m_project.addAnnotation(a);
            if (!added)
                return Error{added.error().code,
                             Messages::tr("Cannot import %1: %2: %3")
                                 .arg(m_file, planned.label, added.errorMessage())};
            m_annotationIds.insert(added->id);
            ++report.added;
            return success();
        }
        auto before = m_project.annotation(a.id);
        if (!before)
            return before.error();
        if (before->articleId != a.articleId) {
            report.skipped.append(Messages::tr("%1: the project has an annotation with this id on "
                                               "another article.")
                                      .arg(planned.label));
            return success();
        }
        QList<QUuid> beforeTags = before->tagIds, newTags = a.tagIds;
        std::sort(beforeTags.begin(), beforeTags.end());
        std::sort(newTags.begin(), newTags.end());
        if (before->kind == a.kind && before->start == a.start && before->end == a.end &&
            before->setId == a.setId && before->actorId == a.actorId && beforeTags == newTags &&
            before->comment == a.comment && before->anchorState == a.anchorState) {
            ++report.unchanged;
            return success();
        }
        auto updated = m_project.updateAnnotation(a);
        if (!updated)
            return updated.error();
        ++report.updated;
        return success();
    }

    Status apply(const PlannedRelation &planned, AnnotationImportReport &report)
    {
        for (const QUuid &end : {planned.from, planned.to}) {
            if (!m_annotationIds.contains(end)) {
                report.skipped.append(
                    Messages::tr("%1: it links an annotation that is not in the project.")
                        .arg(planned.label));
                return success();
            }
        }
        auto links = m_project.relationsOf(planned.from);
        if (!links)
            return links.error();
        for (const Relation &r : std::as_const(*links)) {
            if (r.id == planned.id ||
                (r.fromId == planned.from && r.toId == planned.to && r.kind == planned.kind))
                return success(); // already there
        }
        auto added = m_project.addRelation({planned.id, planned.from, planned.to, planned.kind,
                                            planned.comment, planned.author, planned.created});
        if (!added)
            return added.error();
        ++report.relationsAdded;
        return success();
    }

    Project &m_project;
    const Plan &m_plan;
    QString m_file;
    const ExportProgress &m_progress;
    QSet<QUuid> m_existing;
    QHash<QString, QUuid> m_byKey; // article IRI, urn or source key → article id
    // Read once and kept up to date here, not queried again for each of 100,000 annotations.
    QSet<QUuid> m_annotationIds;
    QHash<QUuid, CodePointMap> m_offsets; // by article
    QList<AnnotationSet> m_sets;
    QList<Actor> m_actors;
    QList<Tag> m_tags;
};

Result<AnnotationImportReport> applyPlan(Project &project, const Plan &plan,
                                         const QString &fileName, const ExportProgress &progress)
{
    AnnotationImportReport report;
    Applier applier(project, plan, fileName, progress);
    auto written = project.write([&] { return applier.run(report); });
    if (!written)
        return written.error();
    return report;
}

} // namespace

// Defined here, outside the anonymous namespace, so that the header can name it.
struct AnnotationImportPlan
{
    Plan plan;
};

AnnotationFile::AnnotationFile(std::shared_ptr<const AnnotationImportPlan> plan, QString fileName)
    : m_plan(std::move(plan))
    , m_fileName(std::move(fileName))
{}

Result<AnnotationFile> AnnotationFile::fromJson(const QByteArray &json, const QString &fileName)
{
    auto plan = WebAnnotationReader(fileName).read(json);
    if (!plan)
        return plan.error();
    return AnnotationFile(
        std::make_shared<const AnnotationImportPlan>(AnnotationImportPlan{std::move(*plan)}),
        fileName);
}

Result<AnnotationFile> AnnotationFile::read(const QString &path, const ImportLimits &limits)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound,
                     Messages::tr("Cannot import %1: %2").arg(path, file.errorString())};
    if (file.size() > limits.maxFileSize)
        return invalid(fileName,
                       Messages::tr("it is larger than %1 MiB.").arg(limits.maxFileSize >> 20));
    // Chosen by content, not by name: a zip starts with "PK".
    if (file.peek(2) == "PK") {
        file.close();
        auto plan = QdpxReader(path, limits).read();
        if (!plan)
            return plan.error();
        return AnnotationFile(
            std::make_shared<const AnnotationImportPlan>(AnnotationImportPlan{std::move(*plan)}),
            fileName);
    }
    return fromJson(file.readAll(), fileName);
}

Result<AnnotationImportReport> AnnotationFile::importInto(Project &project,
                                                          const ExportProgress &progress) const
{
    return applyPlan(project, m_plan->plan, m_fileName, progress);
}

Result<AnnotationImportReport> importWebAnnotations(Project &project, const QByteArray &json,
                                                    const QString &fileName,
                                                    const ExportProgress &progress)
{
    auto file = AnnotationFile::fromJson(json, fileName);
    if (!file)
        return file.error();
    return file->importInto(project, progress);
}

Result<AnnotationImportReport> importAnnotations(Project &project, const QString &path,
                                                 const ExportProgress &progress,
                                                 const ImportLimits &limits)
{
    auto file = AnnotationFile::read(path, limits);
    if (!file)
        return file.error();
    return file->importInto(project, progress);
}

} // namespace counterpoint
