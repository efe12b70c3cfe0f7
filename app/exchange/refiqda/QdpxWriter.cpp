// REFI-QDA project (.qdpx): a zip of project.qde and a flat folder "sources" (lower case: the
// standard says so and ATLAS.ti insists) holding each article's plain text as GUID.txt.
//
// Positions: the standard counts characters of the plain-text file. Each source file holds the
// article's canonical text exactly, in UTF-8 without a byte order mark, so a position is a
// Unicode code point of that text (converted from our UTF-16 offsets). Line breaks are written
// as the single LF the canonical text has, and each counts as one character; no CR is added, so
// tools that count CR LF as two characters and those that count it as one agree on our files.
#include "exchange/common/ExportData.h"
#include "exchange/refiqda/Qdpx.h"
#include "log/LogCategories.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDevice>
#include <QXmlStreamWriter>

#include <cerrno>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace counterpoint {

namespace qdpx {

QUuid namedGuid(const QString &name)
{
    static const QUuid space = QUuid::fromString(u"6f1c7c3e-5a5e-4d8e-9a43-3a7c0c9e2b11");
    return QUuid::createUuidV5(space, name);
}

QUuid kindCodeGuid(AnnotationKind kind)
{
    return namedGuid(QStringLiteral("kind:") + toString(kind));
}

QUuid setCodeGuid(const QUuid &setId)
{
    return namedGuid(QStringLiteral("set:") + setId.toString(QUuid::WithoutBraces));
}

QUuid memoGuid(MemoSubject subject, const QUuid &subjectId)
{
    return namedGuid(QStringLiteral("memo:") + toString(subject) + u':' +
                     subjectId.toString(QUuid::WithoutBraces));
}

QColor kindColor(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Claim:
        return QColor(0x4e79a7);
    case AnnotationKind::Counterclaim:
        return QColor(0xe15759);
    case AnnotationKind::Source:
        return QColor(0x59a14f);
    case AnnotationKind::Note:
        return QColor(0xedc948);
    }
    return {};
}

} // namespace qdpx

namespace exporting {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

QString guid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid userGuid(const QString &name)
{
    return qdpx::namedGuid(QStringLiteral("user:") + name);
}

QString dateTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate); // xsd:dateTime; fractions are optional there
}

// XML 1.0 cannot carry most control characters or a lone surrogate, and QXmlStreamWriter fails
// on them: they are dropped (they have no place in a comment or a name anyway).
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0xfffe || c.unicode() == 0xffff ||
                   (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')) {
            continue;
        } else {
            safe += c;
        }
    }
    return safe;
}

// A selection's display name: the start of its quote, on one line, never cut inside a
// surrogate pair.
QString selectionName(const Annotation &a)
{
    QString name = a.quote.exact.simplified();
    if (name.size() > 60) {
        qsizetype cut = 59;
        if (name.at(cut).isLowSurrogate())
            --cut;
        name = name.left(cut) + u'…';
    }
    return xmlSafe(name);
}

class ZipWriter
{
public:
    ZipWriter(QIODevice &device, const QString &deviceName)
        : m_zip(&device)
        , m_device(device)
        , m_name(deviceName)
    {
        m_zip.setAutoClose(false); // the device is QSaveFile's: it commits, not QuaZip
    }

    // errno is cleared before each step, so that error() reads the errno of this step's writes.
    Status open()
    {
        errno = 0;
        if (!m_zip.open(QuaZip::mdCreate))
            return error();
        return success();
    }

    Status add(const QString &entry, const QByteArray &bytes)
    {
        errno = 0;
        QuaZipFile file(&m_zip);
        QuaZipNewInfo info(entry);
        info.dateTime = QDateTime::currentDateTime();
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                            QFile::ReadOther);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(bytes) != bytes.size())
            return error();
        file.close();
        if (file.getZipError() != 0)
            return error();
        return success();
    }

    Status close()
    {
        errno = 0;
        m_zip.close();
        if (m_zip.getZipError() != 0)
            return error();
        return success();
    }

private:
    // The device's reason first: on a full disk the zip library only knows that a write failed
    // (and says "error 0" or -1), the file knows why.
    Error error() const
    {
        const auto *file = qobject_cast<const QFileDevice *>(&m_device);
        const bool deviceFailed =
            (file && file->error() != QFileDevice::NoError) || errno == ENOSPC || errno == EDQUOT;
        if (deviceFailed || m_zip.getZipError() == 0) {
            qCDebug(lcExchange) << "zip of" << m_name << "failed; zip error" << m_zip.getZipError()
                                << "errno" << errno;
            return writeFailed(m_name, writeFailureCause(m_device, errno));
        }
        return writeFailed(
            m_name, Messages::tr("the zip library reported error %1").arg(m_zip.getZipError()));
    }

    QuaZip m_zip;
    QIODevice &m_device;
    QString m_name;
};

} // namespace

Status writeQdpx(const ExportData &data, QIODevice &device, const QString &deviceName,
                 const ExportProgress &progress)
{
    ProgressTicker ticker(progress, data.annotations.size());
    ZipWriter zip(device, deviceName);
    if (auto opened = zip.open(); !opened)
        return opened;
    for (const Article &article : data.articles) {
        if (auto added = zip.add(QLatin1StringView(qdpx::sourcesFolder) + guid(article.id) +
                                     QStringLiteral(".txt"),
                                 article.text.toUtf8());
            !added)
            return added;
    }

    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    w.writeStartElement(QStringLiteral("Project"));
    w.writeAttribute(QStringLiteral("name"), xmlSafe(data.projectName));
    w.writeAttribute(QStringLiteral("origin"),
                     QStringLiteral("Counterpoint ") + QCoreApplication::applicationVersion());
    w.writeAttribute(QStringLiteral("creationDateTime"), dateTime(QDateTime::currentDateTimeUtc()));

    // Users: everyone who wrote an annotation in scope.
    QStringList authors;
    for (const Annotation &a : data.annotations) {
        if (!a.author.isEmpty() && !authors.contains(a.author))
            authors.append(a.author);
    }
    if (!authors.isEmpty()) {
        w.writeStartElement(QStringLiteral("Users"));
        for (const QString &author : std::as_const(authors)) {
            w.writeEmptyElement(QStringLiteral("User"));
            w.writeAttribute(QStringLiteral("guid"), guid(userGuid(author)));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(author));
        }
        w.writeEndElement();
    }

    // Codes: one group for the kinds, one for the tags, so a QDA tool shows both trees.
    w.writeStartElement(QStringLiteral("CodeBook"));
    w.writeStartElement(QStringLiteral("Codes"));
    w.writeStartElement(QStringLiteral("Code"));
    w.writeAttribute(QStringLiteral("guid"), guid(qdpx::namedGuid(QStringLiteral("kinds"))));
    w.writeAttribute(QStringLiteral("name"), Messages::tr("Kinds"));
    w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
    for (const AnnotationKind kind : allAnnotationKinds()) {
        w.writeEmptyElement(QStringLiteral("Code"));
        w.writeAttribute(QStringLiteral("guid"), guid(qdpx::kindCodeGuid(kind)));
        w.writeAttribute(QStringLiteral("name"), displayName(kind));
        w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        w.writeAttribute(QStringLiteral("color"), qdpx::kindColor(kind).name());
    }
    w.writeEndElement();
    if (!data.usedTags.isEmpty()) {
        w.writeStartElement(QStringLiteral("Code"));
        w.writeAttribute(QStringLiteral("guid"), guid(qdpx::namedGuid(QStringLiteral("tags"))));
        w.writeAttribute(QStringLiteral("name"), Messages::tr("Tags"));
        w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
        // A child's Code nested in its parent's (issue 20), the parent written even when no
        // selection uses it; in the order of first use, a parent where its first child or itself
        // is first used.
        QList<QUuid> tops;
        QHash<QUuid, QList<QUuid>> children;
        for (const QUuid &tagId : data.usedTags) {
            const Tag &tag = data.tags[tagId];
            const bool filed = !tag.parentId.isNull() && data.tags.contains(tag.parentId);
            const QUuid top = filed ? tag.parentId : tag.id;
            if (!tops.contains(top))
                tops.append(top);
            if (filed)
                children[top].append(tag.id);
        }
        const auto startCode = [&](const Tag &tag, bool empty) {
            if (empty)
                w.writeEmptyElement(QStringLiteral("Code"));
            else
                w.writeStartElement(QStringLiteral("Code"));
            w.writeAttribute(QStringLiteral("guid"), guid(tag.id));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(tag.name));
            w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("color"), tag.color.name());
        };
        for (const QUuid &topId : std::as_const(tops)) {
            const QList<QUuid> under = children.value(topId);
            startCode(data.tags[topId], under.isEmpty());
            if (under.isEmpty())
                continue;
            for (const QUuid &childId : under)
                startCode(data.tags[childId], true);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    // Sets as codes too: a QDA tool has no sets of selections, so each selection is coded with
    // its set's code, and the Set element below names that code (and the sources it touches).
    if (!data.usedSets.isEmpty()) {
        w.writeStartElement(QStringLiteral("Code"));
        w.writeAttribute(QStringLiteral("guid"), guid(qdpx::namedGuid(QStringLiteral("sets"))));
        w.writeAttribute(QStringLiteral("name"), Messages::tr("Sets"));
        w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
        for (const QUuid &setId : data.usedSets) {
            w.writeEmptyElement(QStringLiteral("Code"));
            w.writeAttribute(QStringLiteral("guid"), guid(qdpx::setCodeGuid(setId)));
            w.writeAttribute(QStringLiteral("name"),
                             Messages::tr("Set: %1").arg(xmlSafe(data.sets[setId].name)));
            w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // Codes
    w.writeEndElement(); // CodeBook

    // Actors as Cases: a case groups the selections where that actor speaks.
    if (!data.usedActors.isEmpty()) {
        QMultiHash<QUuid, QUuid> selectionsOf;
        for (const Annotation &a : data.annotations) {
            if (!a.actorId.isNull())
                selectionsOf.insert(a.actorId, a.id);
        }
        w.writeStartElement(QStringLiteral("Cases"));
        for (const QUuid &actorId : data.usedActors) {
            const Actor &actor = data.actors[actorId];
            w.writeStartElement(QStringLiteral("Case"));
            w.writeAttribute(QStringLiteral("guid"), guid(actor.id));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(actor.name));
            if (!actor.description.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), xmlSafe(actor.description));
            QList<QUuid> selections = selectionsOf.values(actorId);
            std::sort(selections.begin(), selections.end());
            for (const QUuid &selection : std::as_const(selections)) {
                w.writeEmptyElement(QStringLiteral("SelectionRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), guid(selection));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // Every article, coded or not; the annotations are grouped by article already.
    QHash<QUuid, QList<const Annotation *>> annotationsOf;
    for (const Annotation &a : data.annotations)
        annotationsOf[a.articleId].append(&a);
    w.writeStartElement(QStringLiteral("Sources"));
    qint64 done = 0;
    for (const Article &article : data.articles) {
        const CodePointMap offsets(article.text);
        w.writeStartElement(QStringLiteral("TextSource"));
        w.writeAttribute(QStringLiteral("guid"), guid(article.id));
        w.writeAttribute(QStringLiteral("name"), xmlSafe(article.title));
        w.writeAttribute(QStringLiteral("plainTextPath"), QLatin1StringView(qdpx::internalScheme) +
                                                              guid(article.id) +
                                                              QStringLiteral(".txt"));
        w.writeAttribute(QStringLiteral("creationDateTime"), dateTime(article.importedAt));
        if (!article.url.isEmpty())
            w.writeTextElement(QStringLiteral("Description"), xmlSafe(article.url));
        for (const Annotation *annotation : annotationsOf.value(article.id)) {
            const Annotation &a = *annotation;
            const QString user = a.author.isEmpty() ? QString() : guid(userGuid(a.author));
            const QString note = guid(qdpx::namedGuid(u"note:" + guid(a.id)));
            w.writeStartElement(QStringLiteral("PlainTextSelection"));
            w.writeAttribute(QStringLiteral("guid"), guid(a.id));
            w.writeAttribute(QStringLiteral("name"), selectionName(a));
            w.writeAttribute(QStringLiteral("startPosition"),
                             QString::number(offsets.toCodePoints(a.start)));
            w.writeAttribute(QStringLiteral("endPosition"),
                             QString::number(offsets.toCodePoints(a.end)));
            if (!user.isEmpty())
                w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), dateTime(a.created));
            w.writeAttribute(QStringLiteral("modifiedDateTime"), dateTime(a.modified));
            // The comment twice over, as tools read it: the selection's Description (MAXQDA,
            // ATLAS.ti) and a note on each coding (QualCoder shows a coding's memo).
            if (!a.comment.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), xmlSafe(a.comment));
            QList<QUuid> codes{qdpx::kindCodeGuid(a.kind)};
            for (const QUuid &tagId : a.tagIds) {
                if (data.tags.contains(tagId))
                    codes.append(tagId);
            }
            if (data.sets.contains(a.setId))
                codes.append(qdpx::setCodeGuid(a.setId));
            for (const QUuid &code : std::as_const(codes)) {
                w.writeStartElement(QStringLiteral("Coding"));
                w.writeAttribute(
                    QStringLiteral("guid"),
                    guid(qdpx::namedGuid(u"coding:" + guid(a.id) + u':' + guid(code))));
                if (!user.isEmpty())
                    w.writeAttribute(QStringLiteral("creatingUser"), user);
                w.writeAttribute(QStringLiteral("creationDateTime"), dateTime(a.created));
                w.writeEmptyElement(QStringLiteral("CodeRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), guid(code));
                if (!a.comment.isEmpty()) {
                    w.writeEmptyElement(QStringLiteral("NoteRef"));
                    w.writeAttribute(QStringLiteral("targetGUID"), note);
                }
                w.writeEndElement();
            }
            if (!a.comment.isEmpty()) {
                w.writeEmptyElement(QStringLiteral("NoteRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), note);
            }
            w.writeEndElement();
            if (!ticker.step(++done))
                return cancelled();
        }
        if (data.articleMemos.contains(article.id)) { // its memo, a Note of the project's
            w.writeEmptyElement(QStringLiteral("NoteRef"));
            w.writeAttribute(QStringLiteral("targetGUID"),
                             guid(qdpx::memoGuid(MemoSubject::Article, article.id)));
        }
        w.writeEndElement(); // TextSource
    }
    w.writeEndElement(); // Sources

    bool anyNote = false;
    for (const Annotation &a : data.annotations) {
        if (a.comment.isEmpty())
            continue;
        if (!anyNote)
            w.writeStartElement(QStringLiteral("Notes"));
        anyNote = true;
        w.writeStartElement(QStringLiteral("Note"));
        w.writeAttribute(QStringLiteral("guid"), guid(qdpx::namedGuid(u"note:" + guid(a.id))));
        w.writeAttribute(QStringLiteral("name"),
                         Messages::tr("Comment on “%1”").arg(selectionName(a)));
        if (!a.author.isEmpty())
            w.writeAttribute(QStringLiteral("creatingUser"), guid(userGuid(a.author)));
        w.writeAttribute(QStringLiteral("creationDateTime"), dateTime(a.modified));
        w.writeTextElement(QStringLiteral("PlainTextContent"), xmlSafe(a.comment));
        w.writeEndElement();
    }
    // Memos (issue 20) as Notes: the project's, its articles' and its actors'. The project and a
    // source name theirs by a NoteRef; a Case has none in the schema, so an actor's memo is a
    // Note of its own, named after the actor (and found again by its GUID on re-import).
    const auto memoNote = [&](MemoSubject subject, const QUuid &id, const QString &name,
                              const QString &text) {
        if (!anyNote)
            w.writeStartElement(QStringLiteral("Notes"));
        anyNote = true;
        w.writeStartElement(QStringLiteral("Note"));
        w.writeAttribute(QStringLiteral("guid"), guid(qdpx::memoGuid(subject, id)));
        w.writeAttribute(QStringLiteral("name"), xmlSafe(name));
        w.writeTextElement(QStringLiteral("PlainTextContent"), xmlSafe(text));
        w.writeEndElement();
    };
    if (!data.projectMemo.isEmpty())
        memoNote(MemoSubject::Project, {}, Messages::tr("Project memo"), data.projectMemo);
    for (const Article &article : data.articles) {
        if (const QString memo = data.articleMemos.value(article.id); !memo.isEmpty())
            memoNote(MemoSubject::Article, article.id,
                     Messages::tr("Memo on “%1”").arg(article.title), memo);
    }
    for (const QUuid &actorId : data.usedActors) {
        if (const QString memo = data.actorMemos.value(actorId); !memo.isEmpty())
            memoNote(MemoSubject::Actor, actorId,
                     Messages::tr("Memo on the actor “%1”").arg(data.actors[actorId].name), memo);
    }
    if (anyNote)
        w.writeEndElement();

    if (!data.relations.isEmpty()) {
        w.writeStartElement(QStringLiteral("Links"));
        for (const Relation &r : data.relations) {
            w.writeEmptyElement(QStringLiteral("Link"));
            w.writeAttribute(QStringLiteral("guid"), guid(r.id));
            w.writeAttribute(QStringLiteral("name"), toString(r.kind));
            w.writeAttribute(QStringLiteral("direction"), r.kind == RelationKind::SameClaim
                                                              ? QStringLiteral("Bidirectional")
                                                              : QStringLiteral("OneWay"));
            w.writeAttribute(QStringLiteral("originGUID"), guid(r.fromId));
            w.writeAttribute(QStringLiteral("targetGUID"), guid(r.toId));
        }
        w.writeEndElement();
    }
    if (!data.usedSets.isEmpty()) {
        QHash<QUuid, QList<QUuid>> articlesOf; // set → the articles it has annotations on
        for (const Annotation &a : data.annotations) {
            QList<QUuid> &articles = articlesOf[a.setId];
            if (!articles.contains(a.articleId))
                articles.append(a.articleId);
        }
        w.writeStartElement(QStringLiteral("Sets"));
        for (const QUuid &setId : data.usedSets) {
            const AnnotationSet &set = data.sets[setId];
            w.writeStartElement(QStringLiteral("Set"));
            w.writeAttribute(QStringLiteral("guid"), guid(set.id));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(set.name));
            if (!set.description.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), xmlSafe(set.description));
            w.writeEmptyElement(QStringLiteral("MemberCode"));
            w.writeAttribute(QStringLiteral("targetGUID"), guid(qdpx::setCodeGuid(set.id)));
            for (const QUuid &articleId : articlesOf.value(set.id)) {
                w.writeEmptyElement(QStringLiteral("MemberSource"));
                w.writeAttribute(QStringLiteral("targetGUID"), guid(articleId));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!data.projectMemo.isEmpty()) { // last in Project, as the schema orders it
        w.writeEmptyElement(QStringLiteral("NoteRef"));
        w.writeAttribute(QStringLiteral("targetGUID"),
                         guid(qdpx::memoGuid(MemoSubject::Project, {})));
    }
    w.writeEndElement(); // Project
    w.writeEndDocument();
    if (w.hasError())
        return writeFailed(deviceName, Messages::tr("the project XML could not be written"));
    if (auto added = zip.add(QLatin1StringView(qdpx::projectEntry), xml); !added)
        return added;
    if (auto closed = zip.close(); !closed)
        return closed;
    if (!ticker.finish())
        return cancelled();
    return success();
}

} // namespace exporting

} // namespace counterpoint
