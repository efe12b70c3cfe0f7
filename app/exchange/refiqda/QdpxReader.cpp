// The REFI-QDA reader: a .qdpx's project.qde and the texts of its sources, read into a Plan.
// Every entry of the zip is checked before any is read.
#include "exchange/refiqda/QdpxReader.h"

#include "exchange/refiqda/Qdpx.h"
#include "exchange/refiqda/SourceText.h"
#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace counterpoint::importing {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};

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
            return invalid(m_file, Messages::tr("it is not a zip archive, so not a REFI-QDA "
                                                "project (a .qdpx is a zip)."));
        const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
        if (entries.size() > m_limits.maxEntries)
            return invalid(m_file, Messages::tr("it holds %1 files; at most %2 are allowed.")
                                       .arg(entries.size())
                                       .arg(m_limits.maxEntries));
        // Every entry is checked before anything is read: one bad path refuses the whole file.
        qint64 total = 0;
        qsizetype ordinal = 0;
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
            // Two entries of one name: the zip library would read the first and never say so.
            // Two spellings of one name are as ambiguous: a tool on Windows opens either, and
            // names are matched without regard to case ("Sources/", "Project.qde").
            const QString key = entry.name.toLower();
            if (const auto first = m_firstEntry.constFind(key); first != m_firstEntry.constEnd())
                return invalid(m_file,
                               Messages::tr("it holds two files named “%1” and “%2” (entries "
                                            "%3 and %4), so which one to read is "
                                            "ambiguous.")
                                   .arg(first->second, entry.name)
                                   .arg(first->first + 1)
                                   .arg(ordinal + 1));
            m_firstEntry.insert(key, {ordinal, entry.name});
            ++ordinal;
            m_sizes.insert(entry.name, qint64(entry.uncompressedSize));
            m_spelling.insert(key, entry.name);
        }
        // Many small entries each under the per-entry threshold add up the same way: the whole
        // archive is held to the ratio too (a 610 KB file that unpacks to 500 MiB is refused).
        const qint64 onDisk = qMax<qint64>(1, QFileInfo(m_path).size());
        if (total > (16LL << 20) && total > m_limits.maxCompressionRatio * onDisk)
            return invalid(m_file, Messages::tr("its %1 KiB would unpack to %2 MiB, more than %3 "
                                                "to 1: refused as a possible zip bomb.")
                                       .arg(onDisk >> 10)
                                       .arg(total >> 20)
                                       .arg(m_limits.maxCompressionRatio));
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
        QString name; // most tools write the passage's text here, which checks the range
        QUuid user;
        QDateTime created, modified;
        QList<QUuid> codes, notes;
        QString description; // most tools keep the coder's comment on the passage here
    };
    struct Source
    {
        QUuid guid;
        QString name, path, content, description;
        bool hasContent = false;
        QList<Selection> selections;
        QList<QUuid> notes; // notes on the whole source
    };
    struct Code
    {
        QString name;
        QColor color;
        bool codable = true;
        // The codes it is nested in, outermost first, leaving out our own groups (Kinds, Tags,
        // Sets): a tag's parent is the first of them (issue 20).
        QList<QUuid> ancestors;
    };
    struct Link
    {
        QUuid guid, origin, target;
        QString name;
    };

    // The bytes of one entry, never more than its header declared (a lying header is refused).
    Result<QByteArray> entry(QuaZip &zip, const QString &wanted)
    {
        // Names are matched without regard to case: "Sources/a.txt" is "sources/a.txt".
        const QString name = m_spelling.value(wanted.toLower(), wanted);
        if (!m_sizes.contains(name) || !zip.setCurrentFile(name, QuaZip::csSensitive))
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
        Named set;
        QList<QUuid> codeStack; // the Code elements open around the one read
        enum class In { Other, Source, Note, Selection, Case, Set } in = In::Other;
        int depth = 0; // of the element read: 1 for Project, 2 for what Project holds
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
                --depth;
                const QStringView name = reader.name();
                if (name == u"TextSource")
                    source = nullptr, in = In::Other;
                else if (name == u"PlainTextSelection")
                    selection = nullptr, in = source ? In::Source : In::Other;
                else if (name == u"Note")
                    in = In::Other;
                else if (name == u"Case" || name == u"Set")
                    in = In::Other;
                else if (name == u"Code" && !codeStack.isEmpty())
                    codeStack.removeLast();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            const QStringView name = reader.name();
            const auto attributes = reader.attributes();
            if (depth == 2 && name == u"NoteRef") { // a note on the project as a whole
                m_projectNotes.append(guidOf("targetGUID"));
            } else if (depth == 2 && name == u"Description") {
                m_projectDescription = reader.readElementText();
                --depth; // readElementText() read its end too
            } else if (name == u"User") {
                m_users.insert(guidOf("guid"),
                               attributes.value(QLatin1StringView("name")).toString());
            } else if (name == u"Code") {
                const QUuid code = guidOf("guid");
                m_codeOrder.append(code);
                QList<QUuid> ancestors;
                for (const QUuid &outer : std::as_const(codeStack)) {
                    if (!isOurGroup(outer))
                        ancestors.append(outer);
                }
                codeStack.append(code);
                m_codes.insert(code,
                               {attributes.value(QLatin1StringView("name")).toString(),
                                QColor::fromString(attributes.value(QLatin1StringView("color"))),
                                attributes.value(QLatin1StringView("isCodable")) != u"false",
                                ancestors});
            } else if (name == u"TextSource" && in == In::Other) {
                Source added;
                added.guid = guidOf("guid");
                added.name = attributes.value(QLatin1StringView("name")).toString();
                added.path = attributes.value(QLatin1StringView("plainTextPath")).toString();
                m_sources.append(added);
                source = &m_sources.last();
                in = In::Source;
            } else if (name == u"PlainTextContent" && (in == In::Source || in == In::Note)) {
                --depth; // readElementText() reads the element's end too
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
                --depth;
            } else if (name == u"Description" && in == In::Selection) {
                selection->description = reader.readElementText();
                --depth;
            } else if (name == u"Description" && in == In::Set) {
                set.description = reader.readElementText();
                --depth;
            } else if (name == u"NoteRef" && in == In::Source) {
                source->notes.append(guidOf("targetGUID"));
            } else if (name == u"Set") {
                set = {
                    guidOf("guid"), attributes.value(QLatin1StringView("name")).toString(), {}, {}};
                in = In::Set;
            } else if (name == u"MemberCode" && in == In::Set) {
                m_setOfCode.insert(guidOf("targetGUID"), set);
                m_setCodes.append(guidOf("targetGUID"));
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
                s.name = attributes.value(QLatin1StringView("name")).toString();
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
                // The same note is often named by the selection and by each of its codings.
                if (const QUuid ref = guidOf("targetGUID"); !selection->notes.contains(ref))
                    selection->notes.append(ref);
            } else if (name == u"Note") {
                note = guidOf("guid");
                m_noteOrder.append(note);
                in = In::Note;
            } else if (name == u"Case") {
                caseGuid = guidOf("guid");
                caseName = attributes.value(QLatin1StringView("name")).toString();
                in = In::Case;
                m_cases.append({caseGuid, caseName, {}, {}});
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

    // How this source's positions count, found from the selections whose names quote their
    // passage: the way of counting that shows the most of them. When none can tell and the ways
    // differ for this text, the standard's (code points, CR LF as two) is used and said so.
    Counting countingOf(const Source &source, const SourceText &text, QStringList &notes)
    {
        const QList<Counting> &countings = text.countings();
        qsizetype named = 0;
        QList<qsizetype> shown(countings.size(), 0);
        for (const Selection &s : source.selections) {
            if (s.name.isEmpty())
                continue;
            ++named;
            for (qsizetype i = 0; i < countings.size(); ++i) {
                const auto range = text.place(countings.at(i), s.start, s.end);
                if (range && showsName(text.text(), *range, s.name))
                    ++shown[i];
            }
        }
        qsizetype best = 0;
        for (qsizetype i = 1; i < countings.size(); ++i) {
            if (shown.at(i) > shown.at(best))
                best = i;
        }
        // Names quote their passages when most of them show under the best counting; a tool
        // that names selections otherwise ("Coding 1") gives no evidence and is not checked.
        const bool namesQuote = named > 0 && shown.at(best) * 2 >= named;
        m_namesQuote.insert(source.guid, namesQuote);
        if (!namesQuote && named > 0)
            qCDebug(lcExchange) << m_file << source.name
                                << "selection names do not quote their passages; not checked";
        if (countings.size() == 1)
            return countings.first();
        if (!namesQuote || shown.count(shown.at(best)) > 1) {
            qCWarning(lcExchange) << m_file << source.name
                                  << "counting cannot be told from its selections";
            notes.append(Messages::tr("%1: “%2” has line breaks or characters that tools count "
                                      "differently, and its selections do not show which way "
                                      "it counts; read as %3.")
                             .arg(m_file, source.name, describe(countings.first())));
            return countings.first();
        }
        if (best != 0) {
            qCDebug(lcExchange) << m_file << source.name << "counts"
                                << describe(countings.at(best));
            notes.append(Messages::tr("%1: “%2” counts its positions in %3 (as its selections' "
                                      "texts show); read that way.")
                             .arg(m_file, source.name, describe(countings.at(best))));
        }
        return countings.at(best);
    }

    Result<Plan> plan(QuaZip &zip)
    {
        Plan plan;
        plan.container = QString::fromLatin1(qdpx::projectEntry);
        plan.matchByPlace = true;
        QSet<QUuid> usedCodes, usedNotes, usedUsers;
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
            const SourceText sourceText(raw);
            const QString &text = sourceText.text();
            const Counting counting = countingOf(source, sourceText, plan.notes);
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
            if (const QString description = source.description.trimmed();
                !description.isEmpty() && content.url.isEmpty())
                plan.skipped.append(Messages::tr("%1: its description “%2” is not kept "
                                                 "(Counterpoint keeps an article's address).")
                                        .arg(content.title, excerpt(description)));
            // Notes on the whole source are the article's memo (issue 20), one after another.
            QStringList memo;
            for (const QUuid &note : source.notes) {
                usedNotes.insert(note);
                if (const QString noteText = m_notes.value(note).trimmed(); !noteText.isEmpty())
                    memo.append(noteText);
            }
            if (!memo.isEmpty())
                plan.articleMemos.insert(article.key, memo.join(QStringLiteral("\n\n")));

            for (const Selection &s : source.selections) {
                const QString label = Messages::tr("selection %1 in “%2”")
                                          .arg(s.guid.toString(QUuid::WithoutBraces), source.name);
                auto range = sourceText.place(counting, s.start, s.end);
                if (!range) {
                    plan.skipped.append(Messages::tr("%1: its range %2–%3 lies outside the text "
                                                     "or inside a character (%4).")
                                            .arg(label)
                                            .arg(s.start)
                                            .arg(s.end)
                                            .arg(describe(counting)));
                    continue;
                }
                if (m_namesQuote.value(source.guid) && !s.name.isEmpty() &&
                    !showsName(text, *range, s.name)) {
                    // Its range shows other words: moved only onto the one place its name
                    // shows, never guessed between several.
                    const qsizetype at = isWholeName(s.name) ? text.indexOf(s.name) : -1;
                    if (at < 0 || text.indexOf(s.name, at + 1) >= 0) {
                        plan.skipped.append(
                            Messages::tr("%1: its range %2–%3 shows “%4”, not its text “%5”, "
                                         "and that text is not in the source just once.")
                                .arg(label)
                                .arg(s.start)
                                .arg(s.end)
                                .arg(text.mid(range->first, range->second - range->first)
                                         .simplified()
                                         .left(60),
                                     s.name));
                        continue;
                    }
                    qCDebug(lcExchange) << m_file << label << "moved onto its name's only place";
                    plan.notes.append(Messages::tr("%1: its range %2–%3 did not show its text; "
                                                   "placed where that text is, at %4.")
                                          .arg(label)
                                          .arg(s.start)
                                          .arg(s.end)
                                          .arg(at));
                    range = std::pair(int(at), int(at + s.name.size()));
                }
                PlannedAnnotation a;
                a.label = label;
                a.id = s.guid;
                a.articleKey = article.key;
                a.utf16 = *range;
                for (const QUuid &code : s.codes) {
                    usedCodes.insert(code);
                    if (m_setOfCode.contains(code)) { // its set, not a tag
                        a.set = m_setOfCode.value(code);
                        continue;
                    }
                    const Code found = m_codes.value(code);
                    std::optional<AnnotationKind> kind;
                    for (const AnnotationKind candidate : allAnnotationKinds()) {
                        if (code == qdpx::kindCodeGuid(candidate) ||
                            found.name.compare(toString(candidate), Qt::CaseInsensitive) == 0)
                            kind = candidate;
                    }
                    if (kind) {
                        a.kind = *kind;
                    } else if (!found.name.isEmpty()) {
                        a.tags.append({code, found.name, {}, found.color});
                        planParent(plan, found, usedCodes);
                    }
                }
                QStringList comments;
                for (const QUuid &note : s.notes) {
                    usedNotes.insert(note);
                    if (!m_notes.value(note).isEmpty() && !comments.contains(m_notes.value(note)))
                        comments.append(m_notes.value(note));
                }
                // The selection's description is a comment too, said once when a note says
                // the same (as our own files do).
                if (const QString description = s.description.trimmed();
                    !description.isEmpty() && !comments.contains(description))
                    comments.prepend(description);
                usedUsers.insert(s.user);
                a.comment = comments.join(QStringLiteral("\n\n"));
                a.actor = m_caseOf.value(s.guid);
                a.author = m_users.value(s.user);
                a.created = s.created;
                a.modified = s.modified.isValid() ? s.modified : s.created;
                plan.annotations.append(a);
            }
        }
        planMemos(plan, usedNotes);
        listWhatIsNotKept(plan, usedCodes, usedNotes, usedUsers);
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

    // Our export's groups of codes, which hold tags but are none.
    static bool isOurGroup(const QUuid &code)
    {
        return code == qdpx::namedGuid(QStringLiteral("kinds")) ||
               code == qdpx::namedGuid(QStringLiteral("tags")) ||
               code == qdpx::namedGuid(QStringLiteral("sets"));
    }

    // A tag nested in another code is filed under it (issue 20); tags have one level of
    // parents, so a code nested deeper goes under the outermost one, as the report says.
    void planParent(Plan &plan, const Code &found, QSet<QUuid> &usedCodes) const
    {
        if (found.ancestors.isEmpty())
            return;
        const QString key = found.name.trimmed().toLower();
        if (plan.tagParents.contains(key))
            return;
        const QUuid top = found.ancestors.first();
        const Code parent = m_codes.value(top);
        if (parent.name.trimmed().isEmpty())
            return;
        usedCodes.insert(top); // kept as the parent, though no selection may use it
        plan.tagParents.insert(key, {top, parent.name, {}, parent.color});
        if (found.ancestors.size() > 1)
            plan.notes.append(Messages::tr("code “%1”: nested more than one level deep under "
                                           "“%2”; filed directly under it, since tags have one "
                                           "level of parents.")
                                  .arg(found.name, parent.name));
    }

    // The project's memo: its Description and its notes; an actor's: the note our export
    // writes for its case (the schema gives a Case no NoteRef).
    void planMemos(Plan &plan, QSet<QUuid> &usedNotes) const
    {
        QStringList project;
        if (const QString description = m_projectDescription.trimmed(); !description.isEmpty())
            project.append(description);
        for (const QUuid &note : m_projectNotes) {
            usedNotes.insert(note);
            if (const QString text = m_notes.value(note).trimmed(); !text.isEmpty())
                project.append(text);
        }
        plan.projectMemo = project.join(QStringLiteral("\n\n"));
        for (const Named &actor : m_cases) {
            const QUuid note = qdpx::memoGuid(MemoSubject::Actor, actor.id);
            if (actor.id.isNull() || !m_notes.contains(note))
                continue;
            usedNotes.insert(note);
            plan.actorMemos.append({actor, m_notes.value(note)});
        }
    }

    static QString excerpt(const QString &text)
    {
        const QString line = text.simplified();
        return line.size() > 60 ? line.left(59) + u'…' : line;
    }

    // What the file holds that Counterpoint has no place for, each named: codes no selection
    // uses (the codebook alone), users who made no selection, notes attached to no passage.
    void listWhatIsNotKept(Plan &plan, const QSet<QUuid> &usedCodes, const QSet<QUuid> &usedNotes,
                           const QSet<QUuid> &usedUsers) const
    {
        for (const QUuid &code : m_codeOrder) {
            const Code found = m_codes.value(code);
            bool kindCode = false;
            for (const AnnotationKind kind : allAnnotationKinds())
                kindCode = kindCode || code == qdpx::kindCodeGuid(kind);
            if (usedCodes.contains(code) || !found.codable || kindCode ||
                m_setOfCode.contains(code))
                continue;
            plan.skipped.append(Messages::tr("code “%1”: no selection uses it, and Counterpoint "
                                             "keeps tags only on passages; not kept.")
                                    .arg(found.name));
        }
        QList<QUuid> users = m_users.keys();
        std::sort(users.begin(), users.end(), [this](const QUuid &a, const QUuid &b) {
            return m_users.value(a) < m_users.value(b);
        });
        for (const QUuid &user : std::as_const(users)) {
            if (!usedUsers.contains(user))
                plan.skipped.append(Messages::tr("user “%1”: made no selection in the file; not "
                                                 "kept (Counterpoint records who made each "
                                                 "annotation).")
                                        .arg(m_users.value(user)));
        }
        for (const QUuid &note : m_noteOrder) {
            if (!usedNotes.contains(note))
                plan.skipped.append(Messages::tr("note “%1”: attached to no passage; not kept.")
                                        .arg(excerpt(m_notes.value(note))));
        }
    }

    QString m_path, m_file;
    ImportLimits m_limits;
    QHash<QString, qint64> m_sizes;
    QHash<QString, QString> m_spelling; // lower-case name → the entry's own spelling
    QHash<QUuid, bool> m_namesQuote;    // by source: whether its selections' names quote them
    QHash<QString, std::pair<qsizetype, QString>> m_firstEntry; // name → its ordinal and spelling
    QHash<QUuid, QString> m_users;
    QHash<QUuid, Code> m_codes;
    QHash<QUuid, QString> m_notes;
    QHash<QUuid, Named> m_caseOf;    // selection → the case (actor) it belongs to
    QHash<QUuid, Named> m_setOfCode; // a Set's MemberCode → the set, with its description
    QList<QUuid> m_setCodes;         // the same codes, in the file's order
    QList<QUuid> m_codeOrder;        // every code, in the file's order
    QList<QUuid> m_noteOrder;        // every note, in the file's order
    QList<QUuid> m_projectNotes;     // the notes the project names as its own
    QString m_projectDescription;
    QList<Named> m_cases; // every case (actor), in the file's order
    QList<Source> m_sources;
    QList<Link> m_links;
};

} // namespace

Result<Plan> readQdpx(const QString &path, const ImportLimits &limits)
{
    return QdpxReader(path, limits).read();
}

} // namespace counterpoint::importing
