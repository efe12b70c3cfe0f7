// The W3C Web Annotation reader: JSON-LD as our own export writes it and as other tools do,
// read into a Plan. Anything we do not understand is skipped with a line, never guessed.
#include "exchange/w3c/WebAnnotationReader.h"

#include "exchange/w3c/JsonStream.h"

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
#include <vector>

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

// Where the annotations of a file are: the document's own list, the root's "items" (a page, or
// a collection without pages), the chain of pages from the collection's "first", or the root
// itself (a single annotation). Which one counts is known once the root's "type" is, which in a
// stream may come last: every origin met is read, and the type picks one at the end.
enum class Origin { None, List, RootItems, Chain, Single };

// What the annotations of one origin came to.
struct Items
{
    QList<PlannedAnnotation> annotations; // kept only when the plan holds them
    QList<PlannedRelation> relations;
    QStringList skipped;
    qsizetype read = 0;             // items met: "item N" counts them
    qsizetype annotated = 0;        // annotations planned
    std::optional<Error> error;     // the first fault of the structure around the items
    std::optional<Error> itemError; // the first fault of an item

    // Where a page began, to undo its items when the page turns out not to be one.
    struct Mark
    {
        qsizetype annotations, relations, skipped, read, annotated;
        bool itemError;
    };
    Mark mark() const
    {
        return {annotations.size(), relations.size(),     skipped.size(), read,
                annotated,          itemError.has_value()};
    }
    void undo(const Mark &m)
    {
        annotations.resize(m.annotations);
        relations.resize(m.relations);
        skipped.resize(m.skipped);
        read = m.read;
        annotated = m.annotated;
        if (!m.itemError)
            itemError.reset();
    }
};

// How the reader hands over the annotations it plans.
enum class Mode {
    Keep,   // in the plan (JSON already in memory, and a file's single annotation)
    Count,  // counted only: the file is read again as they are stored
    Deliver // to a sink, one at a time, as the store takes them
};

// Where the second reading of a file stops: what the first found.
struct Reading
{
    Origin origin = Origin::None;
    int pages = 0; // pages of the chain that were read
};

using AnnotationSink = std::function<Status(PlannedAnnotation &&)>;

class WebAnnotationReader final : private JsonVisitor
{
public:
    WebAnnotationReader(const QString &fileName, const PageFiles &pages, Mode mode)
        : m_file(fileName)
        , m_pages(pages)
        , m_mode(mode)
    {}

    Result<Plan> read(const QByteArray &json) { return finish(walkJson(json, *this)); }

    Result<Plan> readFile(const QString &path) { return finish(walkJsonFile(path, *this)); }

    // The second reading: every annotation of what the first found, handed to sink.
    Status deliver(const QString &path, const Reading &reading, const AnnotationSink &sink)
    {
        m_reading = reading;
        m_sink = sink;
        const auto error = walkJsonFile(path, *this);
        if (m_stop)
            return *m_stop;
        if (error)
            return refusal(*error);
        followChain();
        if (m_stop)
            return *m_stop;
        return success();
    }

    Reading reading() const { return m_found; }

private:
    enum Role {
        Root,      // the document's object
        List,      // the document's array: annotations
        RootItems, // the root object's "items"
        Page,      // a page of the chain
        PageItems, // its "items"
        Ignored    // walked, nothing kept: a page past the end of the chain, a page file's list
    };
    enum class DocumentKind { Main, PageFile, CapturedPage };

    // A page of the chain while it is read.
    struct OpenPage
    {
        int ordinal = 0;
        bool fromFile = false;
        QString iri; // a page file: the IRI it was linked by
        bool repeated = false;
        bool itemsMet = false;
        QJsonValue type;
        QJsonValue next = QJsonValue::Undefined; // Null once a next page is read inside it
        Items::Mark mark;
    };

    Error refusal(const JsonStreamError &error) const
    {
        if (error.kind == JsonStreamError::Kind::Unreadable)
            return Error{Error::Code::NotFound,
                         Messages::tr("Cannot import %1: %2").arg(m_file, error.detail)};
        return invalid(m_file, jsonErrorCause(error));
    }

    // --- the walk (JsonVisitor) -----------------------------------------------------------

    int enter(int parent, const QString &key, bool isObject) override
    {
        switch (parent) {
        case document:
            if (m_document == DocumentKind::Main) {
                m_rootKind = isObject ? RootKind::Object : RootKind::Array;
                return isObject ? Root : List;
            }
            // A page file or a page read whole: its root is the page, when it is an object.
            return isObject ? openPage() : int(Ignored);
        case Root:
            if (key == u"first" && isObject && !m_firstMet) {
                m_firstMet = true;
                return openPage();
            }
            if (key == u"items" && !isObject && !m_rootItemsMet) {
                m_rootItemsMet = true;
                return RootItems;
            }
            return whole;
        case Page:
            if (m_openPages.empty())
                return Ignored;
            if (key == u"items" && !isObject && !m_openPages.back().itemsMet) {
                m_openPages.back().itemsMet = true;
                return PageItems;
            }
            // A next page embedded after this one's items is read as it comes; one before them
            // is read whole and followed once this page is done, so that pages keep their order.
            if (key == u"next" && isObject && m_openPages.back().itemsMet &&
                m_openPages.back().next.isUndefined()) {
                m_openPages.back().next = QJsonValue::Null; // followed already, as it is read
                return openPage();
            }
            return whole;
        case Ignored:
            return Ignored;
        default: // a list of annotations: each read whole
            return whole;
        }
    }

    bool value(int parent, const QString &key, QJsonValue &&value) override
    {
        switch (parent) {
        case document:
            return true; // a root that is neither object nor list: refused in finish()
        case Root:
            if (key == u"first") {
                if (m_firstMet)
                    return true;
                m_firstMet = true;
                if (value.isString())
                    m_pendingPage = value;
                else if (!value.isNull())
                    fault(m_chain, Messages::tr("“first” must be an AnnotationPage object or its "
                                                "IRI."));
            } else if (key == u"items") {
                if (!m_rootItemsMet)
                    fault(m_rootItems, Messages::tr("“items” must be a list of annotations."));
                m_rootItemsMet = true;
            } else {
                m_root.insert(key, value);
            }
            return true;
        case Page:
            return pageMember(key, value);
        case List:
            return item(Origin::List, m_list, value);
        case RootItems:
            return item(Origin::RootItems, m_rootItems, value);
        case PageItems:
            if (pageIgnored())
                return true;
            return item(Origin::Chain, m_chain, value);
        default:
            return true;
        }
    }

    bool leave(int role) override
    {
        if (role == Page && !m_openPages.empty()) {
            closePage(m_openPages.back());
            m_openPages.pop_back();
        }
        return true;
    }

    int openPage()
    {
        if (m_chainEnded || (m_mode == Mode::Deliver && m_pagesOpened >= m_reading.pages))
            return Ignored;
        OpenPage page;
        page.ordinal = ++m_pagesOpened;
        page.fromFile = m_document == DocumentKind::PageFile;
        page.iri = m_pageIri;
        page.mark = m_chain.mark();
        m_openPages.push_back(page);
        return Page;
    }

    bool pageIgnored() const
    {
        return m_openPages.empty() || m_openPages.back().repeated || m_chainEnded;
    }

    bool pageMember(const QString &key, const QJsonValue &value)
    {
        if (m_openPages.empty())
            return true;
        OpenPage &page = m_openPages.back();
        if (key == u"id") {
            const QString id = value.toString();
            // A page that comes round again ends the chain. Its id usually comes before its
            // items; when it comes after them, closePage() takes back what they added.
            if (!id.isEmpty() && m_seenPages.contains(id))
                page.repeated = true;
            m_seenPages.insert(id);
        } else if (key == u"type") {
            page.type = value;
        } else if (key == u"next") {
            if (page.next.isUndefined())
                page.next = value;
        } else if (key == u"items") {
            if (!page.itemsMet && !page.repeated)
                fault(m_chain, Messages::tr("“items” must be a list of annotations."));
            page.itemsMet = true;
        }
        return true;
    }

    void closePage(OpenPage &page)
    {
        if (page.repeated || (page.fromFile && !hasType(page.type, u"AnnotationPage"))) {
            // Taken back, and with it any page read inside it.
            m_chain.undo(page.mark);
            m_found.pages = std::min(m_found.pages, page.ordinal - 1);
            if (page.repeated) {
                qCWarning(lcExchange) << m_file << "a page comes round again; stopped";
                m_chainEnded = true;
            } else {
                notRead(page.iri, Messages::tr("%1 is not an AnnotationPage").arg(m_pageFileName));
            }
            return;
        }
        m_found.pages = std::max(m_found.pages, page.ordinal);
        if (m_chainEnded)
            return; // ended by a page read inside this one
        if (page.next.isObject() || page.next.isString()) {
            m_pendingPage = page.next;
        } else if (!page.next.isUndefined() && !page.next.isNull()) {
            fault(m_chain, Messages::tr("“next” must be an AnnotationPage object or its IRI."));
            m_chainEnded = true;
        }
    }

    // A page that could not be read ends the chain: before any was read, the file is refused.
    void notRead(const QString &iri, const QString &why)
    {
        m_chainEnded = true;
        if (m_found.pages == 0) {
            fault(m_chain, Messages::tr("its pages are only linked (“%1”) and %2; Counterpoint "
                                        "never fetches anything from the network.")
                               .arg(iri, why));
            return;
        }
        qCWarning(lcExchange) << m_file << "page" << iri << "not read:" << why;
        m_notRead = {iri, why, m_chain.read};
    }

    void fault(Items &items, const QString &cause)
    {
        if (!items.error)
            items.error = invalid(m_file, cause);
    }

    bool item(Origin origin, Items &items, const QJsonValue &value)
    {
        if (m_mode == Mode::Deliver && origin != m_reading.origin)
            return true;
        ++items.read;
        if (m_mode != Mode::Deliver && items.itemError)
            return true; // refused already: the rest is read only to find the file's first fault
        m_items = &items;
        Status read =
            value.isObject()
                ? readAnnotation(value.toObject(), items.read)
                : Status(invalid(m_file,
                                 Messages::tr("item %1 is not a JSON object.").arg(items.read)));
        if (read)
            return true;
        if (m_mode == Mode::Deliver) {
            m_stop = read.error();
            return false;
        }
        items.itemError = read.error();
        return true;
    }

    // The pages linked or read whole, one after another (a loop, not a recursion: a chain of
    // a thousand page files stays one walk deep).
    void followChain()
    {
        while (!m_pendingPage.isUndefined() && !m_chainEnded && !m_stop) {
            if (m_mode == Mode::Deliver && m_pagesOpened >= m_reading.pages)
                return;
            const QJsonValue next = std::exchange(m_pendingPage, QJsonValue::Undefined);
            const qsizetype opened = m_pagesOpened;
            const Items::Mark mark = m_chain.mark();
            std::optional<JsonStreamError> error;
            if (next.isObject()) {
                m_document = DocumentKind::CapturedPage;
                error =
                    walkJson(QJsonDocument(next.toObject()).toJson(QJsonDocument::Compact), *this);
            } else {
                QString why;
                const QString path = pageFile(next.toString(), why);
                if (path.isEmpty()) {
                    notRead(next.toString(), why);
                    return;
                }
                if (m_readFiles.contains(path)) {
                    qCWarning(lcExchange)
                        << m_file << "page file" << path << "comes round again; stopped";
                    return;
                }
                m_readFiles.insert(path);
                qCDebug(lcExchange) << m_file << "reads page" << next.toString() << "from" << path;
                m_document = DocumentKind::PageFile;
                m_pageIri = next.toString();
                m_pageFileName = QFileInfo(path).fileName();
                error = walkJsonFile(path, *this);
                if (m_mode != Mode::Deliver && !m_stop && (error || m_pagesOpened == opened)) {
                    // Not a page at all: what it added is taken back.
                    m_openPages.clear();
                    m_chain.undo(mark);
                    m_found.pages = std::min(m_found.pages, int(opened));
                    notRead(next.toString(),
                            error && error->kind == JsonStreamError::Kind::Unreadable
                                ? Messages::tr("%1: %2").arg(m_pageFileName, error->detail)
                                : Messages::tr("%1 is not an AnnotationPage").arg(m_pageFileName));
                    return;
                }
            }
            m_openPages.clear();
            if (error && m_mode == Mode::Deliver && !m_stop)
                m_stop = refusal(*error);
        }
    }

    // The file a page's IRI names in the collection's folder: a relative reference or a file:
    // URL inside the folder, or the last segment of any other IRI (with .jsonld or .json after
    // it when the segment has none). Never the network. Empty, with why, when there is none.
    QString pageFile(const QString &iri, QString &why) const
    {
        if (m_pages.folder.isEmpty()) {
            why = Messages::tr("there is no folder to find them in");
            return {};
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
            if (path.startsWith(root) && QFileInfo(path).isFile())
                return path; // inside the collection's folder, and there
        }
        why = Messages::tr("no file for it beside %1").arg(m_file);
        return {};
    }

    // --- the end of the first reading -----------------------------------------------------

    Result<Plan> finish(const std::optional<JsonStreamError> &error)
    {
        if (error)
            return refusal(*error);
        followChain();
        if (m_rootKind == RootKind::None)
            return invalid(m_file,
                           Messages::tr("it is not a W3C Web Annotation, collection or page "
                                        "(no “type” of Annotation, AnnotationCollection or "
                                        "AnnotationPage)."));
        Items single;
        Items *chosen = nullptr;
        if (m_rootKind == RootKind::Array) {
            m_plan.container = Messages::tr("the list");
            m_found.origin = Origin::List;
            chosen = &m_list;
        } else if (hasType(m_root.value(u"type"), u"AnnotationCollection")) {
            if (auto read = readCollectionExtras(m_root); !read)
                return read.error();
            m_plan.container = Messages::tr("the collection");
            if (m_firstMet) {
                m_found.origin = Origin::Chain;
                chosen = &m_chain;
            } else if (m_rootItemsMet) {
                // Some tools put the annotations in the collection's own "items", not in a page.
                qCDebug(lcExchange)
                    << m_file << "has no first page; reading the collection's own items";
                m_found.origin = Origin::RootItems;
                chosen = &m_rootItems;
            }
        } else if (hasType(m_root.value(u"type"), u"AnnotationPage")) {
            m_plan.container = Messages::tr("the page");
            if (m_rootItemsMet) {
                m_found.origin = Origin::RootItems;
                chosen = &m_rootItems;
            }
        } else if (hasType(m_root.value(u"type"), u"Annotation")) {
            // One annotation is small: the plan holds it, and the file is not read again.
            m_found.origin = Origin::Single;
            m_mode = Mode::Keep;
            m_items = &single;
            if (Status read = readAnnotation(m_root, 1); !read)
                return read.error();
            chosen = &single;
        } else {
            return invalid(m_file,
                           Messages::tr("it is not a W3C Web Annotation, collection or page "
                                        "(no “type” of Annotation, AnnotationCollection or "
                                        "AnnotationPage)."));
        }
        if (!chosen)
            return std::move(m_plan);
        if (chosen->error)
            return *chosen->error;
        if (chosen->itemError)
            return *chosen->itemError;
        if (chosen == &m_chain && m_notRead)
            m_plan.skipped.append(notReadLine(m_notRead->iri, m_notRead->why, m_notRead->read));
        if (chosen == &m_chain && m_found.pages > 1)
            qCDebug(lcExchange) << m_file << "read" << m_found.pages << "pages," << chosen->read
                                << "items";
        m_plan.skipped += chosen->skipped;
        m_plan.annotations = std::move(chosen->annotations);
        m_plan.relations = std::move(chosen->relations);
        if (m_mode == Mode::Count)
            m_plan.streamedAnnotations = chosen->annotated;
        return std::move(m_plan);
    }

    QString notReadLine(const QString &page, const QString &why, qsizetype read) const
    {
        const QJsonValue total = m_root.value(u"total");
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

    // An annotation planned: kept, counted or handed on, as the mode says.
    Status take(PlannedAnnotation &&planned)
    {
        ++m_items->annotated;
        switch (m_mode) {
        case Mode::Keep:
            m_items->annotations.append(std::move(planned));
            return success();
        case Mode::Count:
            return success();
        case Mode::Deliver:
            return m_sink(std::move(planned));
        }
        return success();
    }

    static bool hasType(const QJsonObject &object, QStringView type)
    {
        return hasType(object.value(u"type"), type);
    }

    static bool hasType(const QJsonValue &value, QStringView type)
    {
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
                if (list == &m_plan.tags && entry.isObject()) {
                    auto parent = named(entry.toObject().value(u"cp:parent"), where, "cp:parent");
                    if (!parent)
                        return parent.error();
                    if (!parent->name.trimmed().isEmpty()) {
                        m_plan.tagParents.insert(item->name.trimmed().toLower(), *parent);
                        if (!parent->id.isNull() && !list->contains(parent->id))
                            list->insert(parent->id, *parent);
                    }
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
            m_items->skipped.append(
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
                m_items->skipped.append(Messages::tr("%1: its position counts from a “%2” fragment "
                                                     "Counterpoint cannot find in the text, and it "
                                                     "has no quote to place it by.")
                                            .arg(where, relativeTo));
                return success();
            }
            qCDebug(lcExchange) << m_file << where << "position is relative to a" << relativeTo
                                << "fragment; placing it by its quote";
        }
        if (!quoted && !planned.codePoints) {
            m_items->skipped.append(
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
        return take(std::move(planned));
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
            m_items->skipped.append(
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
        m_items->relations.append(relation);
        return success();
    }

    QString m_file;
    PageFiles m_pages;
    Mode m_mode;
    Plan m_plan;
    Items *m_items = nullptr; // where readAnnotation() puts what it plans

    // The walk.
    enum class RootKind { None, Object, Array };
    DocumentKind m_document = DocumentKind::Main;
    RootKind m_rootKind = RootKind::None;
    QJsonObject m_root; // the root object's members, all but its pages and items
    bool m_firstMet = false;
    bool m_rootItemsMet = false;
    Items m_list, m_rootItems, m_chain;
    std::vector<OpenPage> m_openPages;
    int m_pagesOpened = 0;
    bool m_chainEnded = false;
    QJsonValue m_pendingPage = QJsonValue::Undefined; // the next page, linked or read whole
    QString m_pageIri, m_pageFileName;                // of the page file being read
    QSet<QString> m_seenPages, m_readFiles;
    struct NotRead
    {
        QString iri, why;
        qsizetype read;
    };
    std::optional<NotRead> m_notRead;
    Reading m_found; // what the first reading found

    // The second reading.
    Reading m_reading;
    AnnotationSink m_sink;
    std::optional<Error> m_stop;
};

} // namespace

Result<Plan> readWebAnnotations(const QByteArray &json, const QString &fileName,
                                const PageFiles &pages)
{
    return WebAnnotationReader(fileName, pages, Mode::Keep).read(json);
}

Result<Plan> readWebAnnotationFile(const QString &path, const QString &fileName,
                                   const PageFiles &pages)
{
    WebAnnotationReader first(fileName, pages, Mode::Count);
    auto plan = first.readFile(path);
    if (!plan || plan->streamedAnnotations == 0)
        return plan;
    // Read again as they are stored, each annotation as it comes: nothing but what the first
    // reading found (the same origin, as many pages) is handed over.
    const Reading reading = first.reading();
    plan->streamAnnotations = [path, fileName, pages,
                               reading](const std::function<Status(PlannedAnnotation &&)> &sink) {
        return WebAnnotationReader(fileName, pages, Mode::Deliver).deliver(path, reading, sink);
    };
    return plan;
}

} // namespace counterpoint::importing
