// The W3C Web Annotation reader: JSON-LD as our own export writes it and as other tools do,
// read into a Plan. Anything we do not understand is skipped with a line, never guessed.
#include "exchange/w3c/WebAnnotationReader.h"

#include "domain/ShortQuote.h"
#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace counterpoint::importing {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};

// How the report names an annotation: by its quote, which the user can find in the text, where
// its id is only our own urn:uuid (meaningless to a reader); an id another tool gave (an http
// address) is kept beside the quote, to find the annotation in that tool.
QString readableLabel(const QString &id, const QString &quote)
{
    const QString shown = shortQuote(quote, 60);
    if (shown.isEmpty())
        return id;
    if (id.startsWith(u"urn:uuid:", Qt::CaseInsensitive))
        return Messages::tr("the annotation “%1”").arg(shown);
    return Messages::tr("the annotation “%1” (%2)").arg(shown, id);
}

class WebAnnotationReader
{
public:
    WebAnnotationReader(const QString &fileName, const PageFiles &pages)
        : m_file(fileName)
        , m_pages(pages)
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
            m_plan.container = Messages::tr("the list");
        } else {
            const QJsonObject root = document.object();
            if (hasType(root, u"AnnotationCollection")) {
                if (auto read = readCollectionExtras(root); !read)
                    return read.error();
                m_plan.container = Messages::tr("the collection");
                auto pageItems = collectionItems(root);
                if (!pageItems)
                    return pageItems.error();
                items = *pageItems;
            } else if (hasType(root, u"AnnotationPage")) {
                m_plan.container = Messages::tr("the page");
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

    // The annotations of every page of a collection, following "next" from "first": pages
    // embedded, or files beside the collection's file named by the page's IRI. A page that cannot
    // be read stops the walk with a skipped line that names it and says how many were read.
    Result<QJsonArray> collectionItems(const QJsonObject &root)
    {
        QJsonValue next = root.value(u"first");
        // Some tools put the annotations in the collection's own "items", not in a page.
        if (next.isUndefined() && root.contains(u"items")) {
            qCDebug(lcExchange) << m_file
                                << "has no first page; reading the collection's own items";
            return itemsOf(root);
        }
        QJsonArray items;
        QSet<QString> seen;
        int pages = 0;
        while (!next.isUndefined() && !next.isNull()) {
            QJsonObject page;
            if (next.isObject()) {
                page = next.toObject();
            } else if (next.isString()) {
                QString why;
                auto loaded = pageFile(next.toString(), why);
                if (!loaded) {
                    if (pages == 0)
                        return invalid(m_file,
                                       Messages::tr("its pages are only linked (“%1”) and %2; "
                                                    "Counterpoint never fetches anything from "
                                                    "the network.")
                                           .arg(next.toString(), why));
                    qCWarning(lcExchange)
                        << m_file << "page" << next.toString() << "not read:" << why;
                    m_plan.skipped.append(notReadLine(root, next.toString(), why, items.size()));
                    break;
                }
                page = *loaded;
            } else {
                return invalid(m_file, Messages::tr("“%1” must be an AnnotationPage object or "
                                                    "its IRI.")
                                           .arg(pages == 0 ? QStringLiteral("first")
                                                           : QStringLiteral("next")));
            }
            const QString id = page.value(u"id").toString();
            if (!id.isEmpty() && seen.contains(id)) {
                qCWarning(lcExchange) << m_file << "page" << id << "comes round again; stopped";
                break;
            }
            seen.insert(id);
            auto pageItems = itemsOf(page);
            if (!pageItems)
                return pageItems.error();
            for (const QJsonValue &item : std::as_const(*pageItems))
                items.append(item);
            ++pages;
            next = page.value(u"next");
        }
        if (pages > 1)
            qCDebug(lcExchange) << m_file << "read" << pages << "pages," << items.size()
                                << "annotations";
        return items;
    }

    QString notReadLine(const QJsonObject &root, const QString &page, const QString &why,
                        qsizetype read) const
    {
        const QJsonValue total = root.value(u"total");
        if (total.isDouble())
            return Messages::tr("the collection: its page “%1” and those after it were not read "
                                "(%2); %3 of its %4 annotations were read.")
                .arg(page, why)
                .arg(read)
                .arg(qint64(total.toDouble()));
        return Messages::tr("the collection: its page “%1” and those after it were not read (%2); "
                            "%3 annotations were read.")
            .arg(page, why)
            .arg(read);
    }

    // A page given by its IRI, read from the file it names in the collection's folder: a relative
    // reference or a file: URL inside the folder, or the last segment of any other IRI (with
    // .jsonld or .json after it when the segment has none). Never the network.
    std::optional<QJsonObject> pageFile(const QString &iri, QString &why) const
    {
        if (m_pages.folder.isEmpty()) {
            why = Messages::tr("there is no folder to find them in");
            return std::nullopt;
        }
        const QDir folder(m_pages.folder);
        const QUrl url(iri);
        QStringList candidates;
        if (url.isRelative() && !url.path().isEmpty())
            candidates.append(folder.absoluteFilePath(url.path()));
        else if (url.isLocalFile())
            candidates.append(url.toLocalFile());
        else if (const QString segment = url.fileName(); !segment.isEmpty()) {
            candidates.append(folder.absoluteFilePath(segment));
            if (!segment.contains(u'.')) {
                candidates.append(folder.absoluteFilePath(segment + u".jsonld"));
                candidates.append(folder.absoluteFilePath(segment + u".json"));
            }
        }
        const QString root = QDir::cleanPath(folder.absolutePath()) + u'/';
        for (const QString &candidate : std::as_const(candidates)) {
            const QString path = QDir::cleanPath(candidate);
            if (!path.startsWith(root) || !QFileInfo(path).isFile())
                continue; // outside the collection's folder, or not there
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                why = Messages::tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
                return std::nullopt;
            }
            if (file.size() > m_pages.maxFileSize) {
                why = Messages::tr("%1 is larger than %2 MiB")
                          .arg(QFileInfo(path).fileName())
                          .arg(m_pages.maxFileSize >> 20);
                return std::nullopt;
            }
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject() ||
                !hasType(document.object(), u"AnnotationPage")) {
                why = Messages::tr("%1 is not an AnnotationPage").arg(QFileInfo(path).fileName());
                return std::nullopt;
            }
            qCDebug(lcExchange) << m_file << "reads page" << iri << "from" << path;
            return document.object();
        }
        why = Messages::tr("no file for it beside %1").arg(m_file);
        return std::nullopt;
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

    // How much a motivation or purpose of the W3C's vocabulary (anno.jsonld) tells Counterpoint:
    // a link becomes a relation, a classification a kind, a tag a tag; the others (commenting,
    // describing, questioning, …) all make a comment; -1 for a name outside the vocabulary.
    static int specificity(QStringView term)
    {
        if (term == u"linking")
            return 3;
        if (term == u"classifying")
            return 2;
        if (term == u"tagging")
            return 1;
        for (const QStringView other : {u"assessing", u"bookmarking", u"commenting", u"describing",
                                        u"editing", u"highlighting", u"identifying", u"moderating",
                                        u"questioning", u"replying", u"reviewing"}) {
            if (term == other)
                return 0;
        }
        return -1;
    }

    // The vocabulary's name without the prefix or namespace a processor may have written.
    static QString vocabularyTerm(const QString &name)
    {
        for (const QLatin1StringView prefix :
             {QLatin1StringView("http://www.w3.org/ns/oa#"), QLatin1StringView("oa:")}) {
            if (name.startsWith(prefix))
                return name.mid(prefix.size());
        }
        return name;
    }

    // A motivation or purpose: one name, or a list of them, which the model allows (say
    // ["commenting", "tagging"]). Of a list, the most specific name Counterpoint understands;
    // empty when there is none (an empty list, or names outside the vocabulary).
    Result<QString> motive(const QJsonObject &object, QStringView key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        QJsonArray names;
        if (value.isArray())
            names = value.toArray();
        else if (value.isString())
            names.append(value);
        else if (!value.isUndefined() && !value.isNull())
            return invalid(m_file, Messages::tr("%1: “%2” must be a name or a list of names.")
                                       .arg(where, key.toString()));
        QString chosen;
        int chosenSpecificity = -1;
        for (const QJsonValue &entry : std::as_const(names)) {
            if (!entry.isString())
                return invalid(m_file, Messages::tr("%1: “%2” must be a name or a list of names.")
                                           .arg(where, key.toString()));
            const QString term = vocabularyTerm(entry.toString());
            const int specific = specificity(term);
            if (specific < 0)
                qCDebug(lcExchange) << m_file << where << "ignores the" << key
                                    << "outside the W3C vocabulary:" << term;
            if (specific > chosenSpecificity) {
                chosen = term;
                chosenSpecificity = specific;
            }
        }
        if (names.size() > 1)
            qCDebug(lcExchange) << m_file << where << "has" << names.size() << key.toString()
                                << "values; read as the most specific one:" << chosen;
        return chosen;
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

    // Where each page of a paged article begins (cp:pageStarts): ascending UTF-16 offsets in
    // its text, the first 0; none for an article without pages.
    Result<QList<int>> pageStarts(const QJsonValue &value, qsizetype textSize,
                                  const QString &article)
    {
        if (value.isUndefined() || value.isNull())
            return QList<int>();
        const auto refused = [&] {
            return invalid(m_file, Messages::tr("the article “%1” has a “cp:pageStarts” that is "
                                                "not a list of ascending positions in its text "
                                                "from 0.")
                                       .arg(article));
        };
        if (!value.isArray())
            return refused();
        QList<int> starts;
        for (const QJsonValue &entry : value.toArray()) {
            const double start = entry.toDouble(-1);
            if (!entry.isDouble() || start != double(int(start)) || start < 0 ||
                start > double(textSize) || (!starts.isEmpty() && int(start) <= starts.last()) ||
                (starts.isEmpty() && start != 0))
                return refused();
            starts.append(int(start));
        }
        return starts;
    }

    // A claim's verdict as our export writes it (cp:verdict); none when absent. A verdict the
    // store would refuse is listed as skipped there, when it is stored.
    Result<std::optional<Verdict>> verdict(const QJsonValue &value, const QString &where)
    {
        if (value.isUndefined() || value.isNull())
            return std::optional<Verdict>();
        if (!value.isObject())
            return invalid(m_file, Messages::tr("%1: “cp:verdict” must be an object.").arg(where));
        const QJsonObject o = value.toObject();
        Verdict verdict;
        QStringList texts;
        for (const char16_t *key : {u"cp:rating", u"cp:reviewer", u"cp:reviewed", u"cp:url"}) {
            auto text = string(o, key, where);
            if (!text)
                return text.error();
            texts.append(*text);
        }
        verdict.rating = texts.at(0);
        verdict.reviewer = texts.at(1);
        verdict.date = QDate::fromString(texts.at(2), Qt::ISODate);
        verdict.url = texts.at(3);
        for (const auto &[key, field] : {std::pair{u"cp:ratingValue", &verdict.ratingValue},
                                         std::pair{u"cp:worstRating", &verdict.worstRating},
                                         std::pair{u"cp:bestRating", &verdict.bestRating}}) {
            const QJsonValue number = o.value(key);
            if (!number.isDouble() || number.toDouble() != double(number.toInt()))
                return invalid(m_file, Messages::tr("%1: “%2” of “cp:verdict” must be a whole "
                                                    "number.")
                                           .arg(where, QStringView(key).toString()));
            *field = number.toInt();
        }
        return std::optional<Verdict>(verdict);
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
            auto memo = string(o, u"cp:memo", where);
            if (!memo)
                return memo.error();
            if (!memo->isEmpty())
                m_plan.articleMemos.insert(fields.at(0), *memo);
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
                auto original = string(o, u"cp:original", where);
                if (!original)
                    return original.error();
                const auto decoded = QByteArray::fromBase64Encoding(
                    original->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!original->isEmpty() && !decoded)
                    return invalid(m_file, Messages::tr("the article “%1” has a “cp:original” "
                                                        "that is not base64.")
                                               .arg(fields.at(0)));
                if (!original->isEmpty()) {
                    // The file as it was imported, with its format: the same article again.
                    article.original = *decoded;
                } else {
                    // No original exported: our writer leaves it out only when it is the text
                    // itself, so the text stands in for it, in the format the file names (a
                    // Markdown file without markup is still a Markdown article). A PDF's bytes
                    // are never its text: without them it can only be plain text.
                    article.original = article.text.toUtf8();
                    if (article.format == ArticleFormat::Pdf) {
                        qCDebug(lcExchange) << m_file << fields.at(0)
                                            << "is a PDF without its file; kept as plain text";
                        article.format = ArticleFormat::PlainText;
                    }
                }
                article.contentHash = sha256(article.text);
                auto pages =
                    pageStarts(o.value(u"cp:pageStarts"), article.text.size(), fields.at(0));
                if (!pages)
                    return pages.error();
                article.pageStarts = *pages;
                planned.content = article;
            }
            m_plan.articles.append(planned);
        }
        auto defaultSet = named(root.value(u"cp:defaultSet"), where, "cp:defaultSet");
        if (!defaultSet)
            return defaultSet.error();
        m_plan.defaultSet = *defaultSet;
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
                if (list == &m_plan.actors && entry.isObject()) {
                    auto memo = string(entry.toObject(), u"cp:memo", where);
                    if (!memo)
                        return memo.error();
                    if (!memo->isEmpty())
                        m_plan.actorMemos.append({*item, *memo});
                }
                if (!item->id.isNull())
                    list->insert(item->id, *item);
            }
        }
        auto memo = string(root, u"cp:memo", where);
        if (!memo)
            return memo.error();
        m_plan.projectMemo = *memo;
        return success();
    }

    // A selector of a target, with the selector it refines (none for a top-level one).
    struct Selector
    {
        QJsonObject object;
        int parent = -1; // index in the list
    };

    // The selectors of a target, refinements included, each after the one it refines.
    static void collectSelectors(const QJsonValue &value, QList<Selector> &selectors,
                                 int parent = -1)
    {
        if (value.isArray()) {
            for (const QJsonValue &entry : value.toArray())
                collectSelectors(entry, selectors, parent);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            selectors.append({object, parent});
            collectSelectors(object.value(u"refinedBy"), selectors, int(selectors.size() - 1));
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
        auto motivation = motive(object, u"motivation", where);
        for (const auto *field : {&created, &modified, &motivation}) {
            if (!*field)
                return field->error();
        }

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
            auto purpose = motive(b, u"purpose", where);
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
        QList<Selector> selectors;
        collectSelectors(target.value(u"selector"), selectors);
        bool quoted = false;
        QString relativeTo; // the type of fragment a position counts from, when not the text
        QList<std::optional<std::pair<int, int>>> positions(selectors.size());
        for (qsizetype i = 0; i < selectors.size(); ++i) {
            const QJsonObject &selector = selectors.at(i).object;
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
                const int parent = selectors.at(i).parent;
                if (parent < 0) {
                    planned.codePoints = positions[i] = std::pair(**start, **end);
                } else if (positions.at(parent)) {
                    // A position within a position: its offsets count from the outer start.
                    const int from = positions.at(parent)->first;
                    planned.codePoints = positions[i] = std::pair(from + **start, from + **end);
                } else {
                    // Offsets within a fragment (an XPath, a CSS selection, a media fragment)
                    // Counterpoint cannot resolve in its text: taken as whole-text offsets they
                    // would land on other words, so only the quote can place it.
                    relativeTo = selectors.at(parent).object.value(u"type").toString();
                    if (relativeTo.isEmpty())
                        relativeTo = Messages::tr("untyped");
                }
            }
        }
        if (!relativeTo.isEmpty() && !planned.codePoints) {
            if (!quoted) {
                m_plan.skipped.append(Messages::tr("%1: its position counts from a “%2” fragment "
                                                   "Counterpoint cannot find in the text, and it "
                                                   "has no quote to place it by.")
                                          .arg(where, relativeTo));
                return success();
            }
            qCDebug(lcExchange) << m_file << where << "position is relative to a" << relativeTo
                                << "fragment; placing it by its quote";
        }
        if (!quoted && !planned.codePoints) {
            m_plan.skipped.append(
                Messages::tr("%1: it has no text quote or text position selector.").arg(where));
            return success();
        }
        if (source.isEmpty() && article->isEmpty())
            return invalid(m_file, Messages::tr("%1: its target names no source.").arg(where));

        planned.label = readableLabel(where, planned.quote.exact);
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
        auto review = verdict(object.value(u"cp:verdict"), where);
        if (!review)
            return review.error();
        planned.verdict = *review;
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
    PageFiles m_pages;
    Plan m_plan;
};

} // namespace

Result<Plan> readWebAnnotations(const QByteArray &json, const QString &fileName,
                                const PageFiles &pages)
{
    return WebAnnotationReader(fileName, pages).read(json);
}

} // namespace counterpoint::importing
