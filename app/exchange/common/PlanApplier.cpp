// Stores what a reader read: each planned annotation placed on its article's text (by its
// position when that still shows its quote, else by the quote), then its relations.
#include "exchange/common/PlanApplier.h"

#include "exchange/common/ExportData.h"
#include "log/LogCategories.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>

namespace counterpoint::importing {

namespace {

using exporting::CodePointMap;

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};

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

// Where an annotation lies and what it is, to know another tool's copy of one of ours.
struct Place
{
    int start, end, kind;
    bool operator==(const Place &) const = default;
};

size_t qHash(const Place &place, size_t seed = 0)
{
    return qHashMulti(seed, place.start, place.end, place.kind);
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
        m_report = &report;
        report.skipped = m_plan.skipped;
        if (Status adopted = adoptDefaultSet(); !adopted)
            return adopted;
        if (auto resolved = resolveArticles(report); !resolved)
            return resolved;
        if (Status read = readWhatExists(); !read)
            return read;
        const qint64 total = m_plan.annotationCount();
        qint64 done = 0;
        const auto store = [&](const PlannedAnnotation &planned) -> Status {
            m_stored = QUuid();
            if (auto applied = apply(planned, report); !applied)
                return applied;
            if (planned.verdict && !m_stored.isNull()) {
                // A verdict refers to its annotation: that one is stored first.
                if (m_pendingIds.contains(m_stored)) {
                    if (Status stored = flush(); !stored)
                        return stored;
                }
                if (auto reviewed = applyVerdict(planned, report); !reviewed)
                    return reviewed;
            }
            if (m_progress && (++done % 500 == 0 || done == total) && !m_progress(done, total))
                return Error{Error::Code::Cancelled, Messages::tr("The import was cancelled.")};
            return success();
        };
        for (const PlannedAnnotation &planned : std::as_const(m_plan.annotations)) {
            if (Status stored = store(planned); !stored)
                return stored;
        }
        if (m_plan.streamAnnotations) {
            if (Status stored = m_plan.streamAnnotations(
                    [&](PlannedAnnotation &&planned) { return store(planned); });
                !stored)
                return stored;
        }
        if (Status stored = flush(); !stored)
            return stored;
        for (const PlannedRelation &relation : std::as_const(m_plan.relations)) {
            if (auto applied = apply(relation, report); !applied)
                return applied;
        }
        return applyMemos(report);
    }

private:
    // A project that holds no annotations yet takes the file's default set as its own, id and
    // all: exported and imported into a new project, the sets are what they were. A project
    // with annotations keeps its own (the file's default set then comes in by its name).
    Status adoptDefaultSet()
    {
        if (m_plan.defaultSet.id.isNull() ||
            m_plan.defaultSet.id == m_project.defaultAnnotationSetId())
            return success();
        if (m_project.role() != ProjectRole::Owner) {
            qCDebug(lcExchange) << m_file
                                << "keeps the project's default set: only its owner "
                                   "may give it another id";
            return success();
        }
        auto count = m_project.annotationCount();
        if (!count)
            return count.error();
        if (*count > 0)
            return success();
        const QString name = m_plan.defaultSet.name.trimmed();
        Status adopted = m_project.adoptDefaultAnnotationSet(
            {m_plan.defaultSet.id, name.isEmpty() ? QStringLiteral("Default") : name,
             m_plan.defaultSet.description});
        if (!adopted && (adopted.error().code == Error::Code::Invalid ||
                         adopted.error().code == Error::Code::Duplicate)) {
            // Another set has that id or name already: the file's comes in by its name.
            qCDebug(lcExchange) << m_file
                                << "keeps the project's default set:" << adopted.errorMessage();
            return success();
        }
        return adopted;
    }

    // The file's memos (issue 20) where the project has none yet; a memo the project has is
    // kept, and the report says where the file's differs, so that nobody's notes are lost.
    Status applyMemos(AnnotationImportReport &report)
    {
        if (!m_plan.projectMemo.isEmpty()) {
            if (Status kept = applyMemo(MemoSubject::Project, {}, m_plan.projectMemo,
                                        Messages::tr("the project"), report);
                !kept)
                return kept;
        }
        for (const PlannedArticle &planned : std::as_const(m_plan.articles)) {
            const QUuid id = m_byKey.value(planned.key);
            const QString memo = m_plan.articleMemos.value(planned.key);
            if (memo.isEmpty() || id.isNull())
                continue;
            const QString title = planned.content ? planned.content->title : planned.key;
            if (Status kept = applyMemo(MemoSubject::Article, id, memo,
                                        Messages::tr("the article “%1”").arg(title), report);
                !kept)
                return kept;
        }
        for (const auto &[actor, memo] : std::as_const(m_plan.actorMemos)) {
            if (memo.isEmpty() || actor.name.trimmed().isEmpty())
                continue;
            auto id = actorId(actor); // an actor no annotation names comes in for its memo
            if (!id)
                return id.error();
            if (Status kept = applyMemo(MemoSubject::Actor, *id, memo,
                                        Messages::tr("the actor “%1”").arg(actor.name), report);
                !kept)
                return kept;
        }
        return success();
    }

    Status applyMemo(MemoSubject subject, const QUuid &id, const QString &text, const QString &what,
                     AnnotationImportReport &report)
    {
        auto current = m_project.memo(subject, id);
        if (!current)
            return current.error();
        const QString memo = normalizedMemoText(text);
        if (*current && (*current)->text == memo)
            return success();
        if (*current) {
            report.notes.append(
                Messages::tr("%1: the memo on %2 differs from the project's, which is kept.")
                    .arg(m_file, what));
            return success();
        }
        if (!m_project.may(Project::memoPermission(subject))) {
            report.notes.append(
                Messages::tr("%1: the memo on %2 was not kept: %3")
                    .arg(m_file, what, m_project.whyNot(Project::memoPermission(subject))));
            return success();
        }
        auto stored = m_project.setMemo(subject, id, memo);
        if (!stored)
            return stored.error();
        return success();
    }

    Status applyVerdict(const PlannedAnnotation &planned, AnnotationImportReport &report)
    {
        Verdict verdict = *planned.verdict;
        verdict.annotationId = m_stored;
        auto current = m_project.verdict(m_stored);
        if (!current)
            return current.error();
        if (*current == verdict)
            return success();
        if (Status stored = m_project.setVerdict(verdict); !stored) {
            if (stored.error().code != Error::Code::Invalid)
                return stored;
            report.skipped.append(Messages::tr("%1: its verdict was not kept: %2")
                                      .arg(planned.label, stored.errorMessage()));
        }
        return success();
    }

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
        for (const Tag &tag : std::as_const(m_tags))
            m_tagsBefore.insert(tag.id);
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
            if (id.isNull() && m_plan.findArticleByQuote) {
                auto found = articleHoldingQuotesOf(planned.key);
                if (!found)
                    return found.error();
                id = *found;
            }
            if (id.isNull() && planned.content) {
                Article article = *planned.content;
                if (m_existing.contains(article.id)) {
                    qCDebug(lcExchange) << m_file << "article" << planned.key
                                        << "has the id of another text; stored under a new id";
                    article.id = QUuid(); // the id is taken by another text: a new one
                }
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
        auto id = ensure<Tag>(tag, m_plan.tags, m_tags,
                              [&](const Tag &t) { return m_project.addTag(t); }, {});
        if (!id)
            return id;
        if (Status filed = fileUnderParent(tag, *id); !filed)
            return filed.error();
        return id;
    }

    // A new tag goes under the parent the file gives it (issue 20), once; a tag the project has
    // already stays where it is, and one the rule of one level refuses stays at the top, as the
    // report says.
    Status fileUnderParent(const Named &tag, const QUuid &id)
    {
        const QString key = tag.name.trimmed().toLower();
        if (!m_plan.tagParents.contains(key) || m_filed.contains(id))
            return success();
        m_filed.insert(id);
        auto child =
            std::find_if(m_tags.begin(), m_tags.end(), [&](const Tag &t) { return t.id == id; });
        if (child == m_tags.end() || !child->parentId.isNull() || m_tagsBefore.contains(id))
            return success();
        const Named parent = m_plan.tagParents.value(key);
        auto parentId = ensure<Tag>(parent, m_plan.tags, m_tags,
                                    [&](const Tag &t) { return m_project.addTag(t); }, {});
        if (!parentId)
            return parentId.error();
        if (*parentId == id)
            return success();
        if (Status set = m_project.setTagParent(id, *parentId); !set) {
            if (set.error().code != Error::Code::Invalid)
                return set;
            m_report->notes.append(set.errorMessage());
            return success();
        }
        auto stored =
            std::find_if(m_tags.begin(), m_tags.end(), [&](const Tag &t) { return t.id == id; });
        if (stored != m_tags.end())
            stored->parentId = *parentId;
        return success();
    }

    // The one article of the project whose text holds every quote of the file's annotations on
    // key; null when none or several do (guessing between them would misplace work).
    Result<QUuid> articleHoldingQuotesOf(const QString &key)
    {
        QStringList quotes;
        for (const PlannedAnnotation &a : m_plan.annotations) {
            if (a.articleKey == key && !a.quote.exact.isEmpty())
                quotes.append(a.quote.exact);
        }
        if (quotes.isEmpty())
            return QUuid();
        QUuid found;
        for (const QUuid &id : std::as_const(m_existing)) {
            auto text = m_project.articleText(id);
            if (!text)
                return text.error();
            if (!std::all_of(quotes.cbegin(), quotes.cend(),
                             [&](const QString &quote) { return text->contains(quote); }))
                continue;
            if (!found.isNull()) {
                qCDebug(lcExchange) << m_file << key << "quotes are in several articles";
                return QUuid();
            }
            found = id;
        }
        qCDebug(lcExchange) << m_file << key << "placed on the article that holds its quotes"
                            << found;
        return found;
    }

    // Whether a range begins or ends inside a word: a letter or digit on both sides of an end.
    static bool cutsAWord(QStringView text, std::pair<int, int> range)
    {
        const auto word = [&](qsizetype at) {
            return at >= 0 && at < text.size() && text.at(at).isLetterOrNumber();
        };
        return (word(range.first - 1) && word(range.first)) ||
               (word(range.second - 1) && word(range.second));
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
                    planned.quote.exact) {
                qCDebug(lcExchange) << m_file << planned.label
                                    << "position does not show its quote; placing it by the quote";
                range.reset();
            }
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
            if (m_plan.wholeWords && cutsAWord(*text, *range)) {
                report.skipped.append(Messages::tr("%1: its quote “%2” begins or ends inside a "
                                                   "word of the article; not placed.")
                                          .arg(planned.label, planned.quote.exact));
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

        // Another tool gives the passages it read from us new ids: the same passage with the
        // same kind on the same article is the same annotation, not a second one.
        if (m_plan.matchByPlace && !m_annotationIds.contains(a.id) &&
            !m_pendingIds.contains(a.id)) {
            auto same = samePassage(a);
            if (!same)
                return same.error();
            if (!same->isNull()) {
                qCDebug(lcExchange) << m_file << planned.label << "is the project's" << *same
                                    << "(same passage and kind)";
                a.id = *same;
            }
        }
        // The same id twice in a file: the first is stored before the second updates it.
        if (m_pendingIds.contains(a.id)) {
            if (Status stored = flush(); !stored)
                return stored;
        }
        if (!m_annotationIds.contains(a.id)) {
            // Stored with the next batch: one write and a few statements for many annotations.
            if (a.id.isNull())
                a.id = QUuid::createUuid();
            m_pendingIds.insert(a.id);
            m_pending.append(std::move(a));
            m_pendingLabels.append(planned.label);
            m_stored = m_pending.last().id;
            ++report.added;
            if (m_pending.size() >= batchSize)
                return flush();
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
        // A file that names no set or actor (a REFI-QDA file has neither) leaves the project's:
        // re-importing it must not move annotations into the Default set.
        if (planned.set.name.trimmed().isEmpty() && planned.set.id.isNull())
            a.setId = before->setId;
        if (planned.actor.name.trimmed().isEmpty() && planned.actor.id.isNull())
            a.actorId = before->actorId;
        QList<QUuid> beforeTags = before->tagIds, newTags = a.tagIds;
        std::sort(beforeTags.begin(), beforeTags.end());
        std::sort(newTags.begin(), newTags.end());
        if (before->kind == a.kind && before->start == a.start && before->end == a.end &&
            before->setId == a.setId && before->actorId == a.actorId && beforeTags == newTags &&
            before->comment == a.comment && before->anchorState == a.anchorState) {
            m_stored = a.id;
            ++report.unchanged;
            return success();
        }
        auto updated = m_project.updateAnnotation(a);
        if (!updated)
            return updated.error();
        m_stored = a.id;
        ++report.updated;
        return success();
    }

    // Stores the annotations waiting for their batch.
    Status flush()
    {
        if (m_pending.isEmpty())
            return success();
        qsizetype refused = -1;
        if (Status added = m_project.addAnnotations(m_pending, &refused); !added) {
            const QString which = refused >= 0 || m_pending.size() == 1
                                      ? m_pendingLabels.at(std::max<qsizetype>(refused, 0))
                                      : Messages::tr("the annotations from %1 to %2")
                                            .arg(m_pendingLabels.first(), m_pendingLabels.last());
            return Error{
                added.error().code,
                Messages::tr("Cannot import %1: %2: %3").arg(m_file, which, added.errorMessage())};
        }
        for (const Annotation &a : std::as_const(m_pending))
            m_annotationIds.insert(a.id);
        m_pending.clear();
        m_pendingLabels.clear();
        m_pendingIds.clear();
        return success();
    }

    // The project's annotation on the same article, range and kind, or a null id. Each article's
    // annotations are read once, when the first annotation of the file that is new by id lands
    // on it.
    Result<QUuid> samePassage(const Annotation &a)
    {
        auto byPlace = m_byPlace.find(a.articleId);
        if (byPlace == m_byPlace.end()) {
            auto existing = m_project.annotationsOfArticle(a.articleId);
            if (!existing)
                return existing.error();
            QHash<Place, QUuid> places;
            for (const Annotation &e : std::as_const(*existing)) {
                if (e.anchorState != AnchorState::Orphaned)
                    places.insert({e.start, e.end, int(e.kind)}, e.id);
            }
            byPlace = m_byPlace.insert(a.articleId, places);
        }
        if (a.anchorState == AnchorState::Orphaned)
            return QUuid();
        const Place place{a.start, a.end, int(a.kind)};
        const QUuid found = byPlace->value(place);
        if (found.isNull())
            byPlace->insert(place, a.id); // what this import adds is matched the same way
        return found;
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
    QHash<QUuid, CodePointMap> m_offsets;        // by article
    QHash<QUuid, QHash<Place, QUuid>> m_byPlace; // by article: range and kind → annotation
    QList<AnnotationSet> m_sets;
    QUuid m_stored; // the annotation the last planned one became; null when it was skipped
    QList<Actor> m_actors;
    QList<Tag> m_tags;
    QSet<QUuid> m_tagsBefore; // the project's tags before the import: they keep their parents
    QSet<QUuid> m_filed;      // tags whose parent the file gave, filed already
    AnnotationImportReport *m_report = nullptr;
    // New annotations waiting to be stored together (see flush()).
    static constexpr qsizetype batchSize = 256;
    QList<Annotation> m_pending;
    QStringList m_pendingLabels;
    QSet<QUuid> m_pendingIds;
};

} // namespace

Result<AnnotationImportReport> applyPlan(Project &project, const Plan &plan,
                                         const QString &fileName, const ExportProgress &progress)
{
    AnnotationImportReport report;
    Applier applier(project, plan, fileName, progress);
    // Project records its own author on an annotation that names none; an import keeps the
    // file's word instead, so one without a creator stays without one ("unknown") rather than
    // being attributed to whoever runs the import.
    const QString localAuthor = project.author();
    project.setAuthor(QString());
    const auto restoreAuthor = qScopeGuard([&] { project.setAuthor(localAuthor); });
    // One bulk write: one transaction, and once it is committed one reset() for every view,
    // rather than a signal for each of 100,000 rows.
    auto written = project.writeInBulk([&] { return applier.run(report); });
    if (!written)
        return written.error();
    return report;
}

} // namespace counterpoint::importing
