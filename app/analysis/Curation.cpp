#include "Curation.h"

#include "AgreementReader.h"
#include "store/Project.h"

#include <QCoreApplication>

#include <algorithm>

namespace counterpoint::analysis {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::analysis)
};

bool alike(const ReadingSpan &a, const ReadingSpan &b)
{
    return a.start == b.start && a.end == b.end && a.kind == b.kind && a.tagIds == b.tagIds;
}

const Annotation *versionOf(const VersionChoice &choice, const QList<Annotation> &versions)
{
    for (const Annotation &version : versions) {
        if (version.id == choice.versionId)
            return &version;
    }
    return nullptr;
}

} // namespace

std::vector<std::vector<CurationVersion>>
clustersOf(const std::vector<std::vector<ReadingSpan>> &coders)
{
    std::vector<CurationVersion> all;
    for (size_t coder = 0; coder < coders.size(); ++coder) {
        for (const ReadingSpan &span : coders[coder])
            all.push_back({int(coder), span});
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const CurationVersion &x, const CurationVersion &y) {
                         return x.span.start < y.span.start ||
                                (x.span.start == y.span.start && x.span.end < y.span.end);
                     });
    // Sorted by start, a span overlaps one of the cluster so far exactly when it begins before
    // the furthest end in it: every span there begins no later than it does. An empty span
    // shares no character with any: a cluster of its own.
    std::vector<std::vector<CurationVersion>> clusters, empties;
    qint64 reach = 0;
    for (CurationVersion &version : all) {
        if (version.span.end <= version.span.start) {
            empties.push_back({std::move(version)});
            continue;
        }
        if (clusters.empty() || version.span.start >= reach)
            clusters.emplace_back();
        reach = clusters.back().empty() ? version.span.end : std::max(reach, version.span.end);
        clusters.back().push_back(std::move(version));
    }
    for (std::vector<CurationVersion> &empty : empties)
        clusters.push_back(std::move(empty));
    std::stable_sort(clusters.begin(), clusters.end(), [](const auto &x, const auto &y) {
        return x.front().span.start < y.front().span.start;
    });
    for (std::vector<CurationVersion> &cluster : clusters) {
        std::stable_sort(
            cluster.begin(), cluster.end(),
            [](const CurationVersion &x, const CurationVersion &y) { return x.coder < y.coder; });
    }
    return clusters;
}

bool isAgreed(const std::vector<CurationVersion> &cluster, int coderCount)
{
    if (int(cluster.size()) != coderCount || coderCount < 1)
        return false;
    for (int coder = 0; coder < coderCount; ++coder) {
        // By coder: each coder's one version in its place, all like the first.
        if (cluster[size_t(coder)].coder != coder ||
            !alike(cluster[size_t(coder)].span, cluster[0].span))
            return false;
    }
    return true;
}

QString toString(CurationDifference difference)
{
    switch (difference) {
    case CurationDifference::Missing:
        return QStringLiteral("missing");
    case CurationDifference::Boundaries:
        return QStringLiteral("boundaries");
    case CurationDifference::Code:
        return QStringLiteral("code");
    case CurationDifference::BoundariesAndCode:
        return QStringLiteral("boundaries-and-code");
    }
    return {};
}

CurationDifference differenceOf(const std::vector<CurationVersion> &cluster, int coderCount)
{
    QSet<int> coded;
    bool sameRange = true, sameCode = true;
    for (const CurationVersion &version : cluster) {
        coded.insert(version.coder);
        const ReadingSpan &first = cluster.front().span;
        sameRange = sameRange && version.span.start == first.start && version.span.end == first.end;
        sameCode =
            sameCode && version.span.kind == first.kind && version.span.tagIds == first.tagIds;
    }
    if (coded.size() < coderCount)
        return CurationDifference::Missing;
    if (sameRange)
        return CurationDifference::Code;
    return sameCode ? CurationDifference::Boundaries : CurationDifference::BoundariesAndCode;
}

CurationChoice CurationChoice::accept(const QUuid &versionId)
{
    CurationChoice choice;
    choice.boundaries = VersionChoice::of(versionId);
    choice.code = VersionChoice::of(versionId);
    return choice;
}

Result<ConsensusDraft> consensusDraft(const QList<Annotation> &versions,
                                      const CurationChoice &choice, const QUuid &consensusSetId)
{
    if (versions.isEmpty())
        return Error{Error::Code::Invalid, Messages::tr("There is no version to settle.")};
    for (const VersionChoice &part : {choice.boundaries, choice.code}) {
        if (!part.isOwn() && !versionOf(part, versions))
            return Error{Error::Code::Invalid,
                         Messages::tr("The version to take does not exist: that coder did not "
                                      "code this passage.")};
    }
    for (const Annotation &version : versions) {
        if (version.articleId != versions.first().articleId)
            return Error{Error::Code::Invalid,
                         Messages::tr("The versions are of different articles.")};
    }
    if (choice.boundaries.isOwn() && choice.end <= choice.start)
        return Error{Error::Code::Invalid,
                     Messages::tr("The passage of the consensus annotation is empty.")};

    ConsensusDraft draft;
    Annotation &made = draft.annotation;
    made.articleId = versions.first().articleId;
    made.setId = consensusSetId;
    if (choice.boundaries.isOwn()) {
        made.start = choice.start;
        made.end = choice.end;
    } else {
        const Annotation &from = *versionOf(choice.boundaries, versions);
        made.start = from.start;
        made.end = from.end;
    }
    if (choice.code.isOwn()) {
        made.kind = choice.kind;
        made.actorId = choice.actorId;
        made.tagIds = choice.tagIds;
    } else {
        const Annotation &from = *versionOf(choice.code, versions);
        made.kind = from.kind;
        made.actorId = from.actorId;
        made.tagIds = from.tagIds;
        made.comment = from.comment;
    }
    auto addSource = [&](const QUuid &id) {
        if (!draft.sources.contains(id))
            draft.sources.append(id);
    };
    if (choice.boundaries.isOwn() && choice.code.isOwn()) {
        for (const Annotation &version : versions)
            addSource(version.id);
    } else {
        for (const VersionChoice &part : {choice.boundaries, choice.code}) {
            if (!part.isOwn())
                addSource(part.versionId);
        }
    }
    return draft;
}

QList<QUuid> CurationItem::versionIds() const
{
    QList<QUuid> ids;
    for (const CurationVersion &version : versions)
        ids.append(version.span.annotationId);
    return ids;
}

std::vector<const CurationVersion *> CurationItem::of(int coder) const
{
    std::vector<const CurationVersion *> found;
    for (const CurationVersion &version : versions) {
        if (version.coder == coder)
            found.push_back(&version);
    }
    return found;
}

qint64 CurationItem::start() const
{
    qint64 start = versions.empty() ? 0 : versions.front().span.start;
    for (const CurationVersion &version : versions)
        start = std::min(start, version.span.start);
    return start;
}

qint64 CurationItem::end() const
{
    qint64 end = 0;
    for (const CurationVersion &version : versions)
        end = std::max(end, version.span.end);
    return end;
}

QString coderList(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return Messages::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString describeDifference(const CurationItem &item, const QStringList &coderNames)
{
    switch (item.difference()) {
    case CurationDifference::Missing: {
        QStringList coded, missing;
        for (int coder = 0; coder < item.coderCount; ++coder)
            (item.of(coder).empty() ? missing : coded).append(coderNames.value(coder));
        return coded.size() <= missing.size()
                   ? Messages::tr("coded by %1 only").arg(coderList(coded))
                   : Messages::tr("not coded by %1").arg(coderList(missing));
    }
    case CurationDifference::Boundaries:
        return Messages::tr("boundaries differ");
    case CurationDifference::Code:
        return Messages::tr("kind or tags differ");
    case CurationDifference::BoundariesAndCode:
        return Messages::tr("boundaries and kind differ");
    }
    return {};
}

int CurationArticle::settledCount() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const CurationItem &item) { return item.settled(); }));
}

int CurationState::total() const
{
    int total = 0;
    for (const CurationArticle &article : articles)
        total += int(article.items.size());
    return total;
}

int CurationState::settledCount() const
{
    int settled = 0;
    for (const CurationArticle &article : articles)
        settled += article.settledCount();
    return settled;
}

int CurationState::agreedCount() const
{
    int count = 0;
    for (const CurationArticle &article : articles)
        count += int(article.agreed.size());
    return count;
}

int CurationState::agreedTakenCount() const
{
    int count = 0;
    for (const CurationArticle &article : articles) {
        count += int(std::count_if(article.agreed.begin(), article.agreed.end(),
                                   [](const AgreedPassage &p) { return !p.takenAs.isNull(); }));
    }
    return count;
}

const CurationItem *CurationState::itemOf(const QUuid &annotationId) const
{
    for (const CurationArticle &article : articles) {
        for (const CurationItem &item : article.items) {
            if (item.versionIds().contains(annotationId))
                return &item;
        }
    }
    return nullptr;
}

void markSettled(std::vector<CurationArticle> &articles, const QHash<QUuid, QUuid> &sourceOf,
                 const QSet<QUuid> &rejected)
{
    for (CurationArticle &article : articles) {
        for (CurationItem &item : article.items) {
            item.settledBy = QUuid();
            item.rejected = false;
            for (const QUuid &version : item.versionIds()) {
                if (item.settledBy.isNull())
                    item.settledBy = sourceOf.value(version);
                item.rejected = item.rejected || rejected.contains(version);
            }
        }
        for (AgreedPassage &passage : article.agreed) {
            passage.takenAs = QUuid();
            for (const QUuid &version : std::as_const(passage.versionIds)) {
                if (passage.takenAs.isNull())
                    passage.takenAs = sourceOf.value(version);
            }
        }
    }
}

Result<QUuid> consensusSetOf(const Project &project)
{
    auto roles = project.annotationSetRoles();
    if (!roles)
        return roles.error();
    for (const SetRole &role : std::as_const(*roles)) {
        if (role.consensus)
            return role.setId;
    }
    return QUuid();
}

Result<QUuid> createConsensusSet(Project &project, const QString &name)
{
    QUuid id;
    const Status made = project.write([&]() -> Status {
        auto set = project.addAnnotationSet({QUuid(), name.trimmed(), QString()});
        if (!set)
            return set.error();
        id = set->id;
        return project.setConsensusSet(id, true);
    });
    if (!made)
        return made.error();
    return id;
}

QString rejectedSetting(const QUuid &consensusSetId)
{
    return QStringLiteral("curation_rejected:") + consensusSetId.toString(QUuid::WithoutBraces);
}

Result<QSet<QUuid>> rejectedVersions(const Project &project, const QUuid &consensusSetId)
{
    auto value = project.setting(rejectedSetting(consensusSetId));
    if (!value)
        return value.error();
    QSet<QUuid> rejected;
    const QStringList ids = value->split(u' ', Qt::SkipEmptyParts);
    for (const QString &text : ids) {
        const QUuid id(text);
        if (id.isNull())
            return Error{Error::Code::Invalid,
                         Messages::tr("The curation record of %1 names “%2”, which is not an "
                                      "annotation id.")
                             .arg(project.name(), text)};
        rejected.insert(id);
    }
    return rejected;
}

Status setRejectedVersions(Project &project, const QUuid &consensusSetId,
                           const QSet<QUuid> &rejected)
{
    QStringList ids;
    for (const QUuid &id : rejected)
        ids.append(id.toString(QUuid::WithoutBraces));
    ids.sort(); // the same set, the same text
    return project.setSetting(rejectedSetting(consensusSetId), ids.join(u' '));
}

Result<CurationState> readCuration(const Project &project, const QList<QUuid> &setIds,
                                   const QUuid &consensusSetId)
{
    if (consensusSetId.isNull())
        return Error{Error::Code::Invalid,
                     Messages::tr("%1 has no consensus set to settle the disagreements into.")
                         .arg(project.name())};
    if (setIds.contains(consensusSetId))
        return Error{Error::Code::Invalid,
                     Messages::tr("The consensus set cannot be one of the sets it settles.")};
    if (setIds.size() < 2 || QSet<QUuid>(setIds.begin(), setIds.end()).size() != setIds.size())
        return Error{Error::Code::Invalid,
                     Messages::tr("Curation needs two or more different annotation sets.")};
    AgreementRequest request;
    request.setIds = setIds;
    auto input = readAgreementInput(project, request);
    if (!input)
        return input.error();

    CurationState state;
    state.setIds = setIds;
    state.coderNames = input->coders;
    state.consensusSetId = consensusSetId;
    const int coderCount = int(setIds.size());
    for (const ArticleReadings &readings : input->articles) {
        CurationArticle article;
        article.articleId = readings.articleId;
        article.title = readings.title;
        for (std::vector<CurationVersion> &cluster : clustersOf(readings.coders)) {
            if (isAgreed(cluster, coderCount)) {
                AgreedPassage passage{readings.articleId, {}, QUuid()};
                for (const CurationVersion &version : cluster)
                    passage.versionIds.append(version.span.annotationId);
                article.agreed.push_back(std::move(passage));
            } else {
                article.items.push_back(
                    {readings.articleId, std::move(cluster), coderCount, QUuid(), false});
            }
        }
        if (!article.items.empty() || !article.agreed.empty())
            state.articles.push_back(std::move(article));
    }

    // Which versions the consensus annotations came from.
    QList<QUuid> consensusIds;
    const Status read = project.forEachAnnotation([&](Annotation &&annotation) {
        if (annotation.setId == consensusSetId)
            consensusIds.append(annotation.id);
    });
    if (!read)
        return read.error();
    QHash<QUuid, QUuid> sourceOf;
    for (const QUuid &id : std::as_const(consensusIds)) {
        auto sources = project.consensusSources(id);
        if (!sources)
            return sources.error();
        for (const QUuid &source : std::as_const(*sources))
            sourceOf.insert(source, id);
    }
    auto rejected = rejectedVersions(project, consensusSetId);
    if (!rejected)
        return rejected.error();
    markSettled(state.articles, sourceOf, *rejected);
    return state;
}

Result<QList<ConsensusDraft>> agreedDrafts(const Project &project, const CurationState &state)
{
    QList<ConsensusDraft> drafts;
    for (const CurationArticle &article : state.articles) {
        for (const AgreedPassage &passage : article.agreed) {
            if (!passage.takenAs.isNull() || passage.versionIds.isEmpty())
                continue;
            auto first = project.annotation(passage.versionIds.first());
            if (!first)
                return first.error();
            auto draft =
                consensusDraft({*first}, CurationChoice::accept(first->id), state.consensusSetId);
            if (!draft)
                return draft.error();
            draft->sources = passage.versionIds;
            drafts.append(std::move(draft).value());
        }
    }
    return drafts;
}

Result<ConsensusDraft> consensusDraftFor(const Project &project, const CurationItem &item,
                                         const CurationChoice &choice, const QUuid &consensusSetId)
{
    QList<Annotation> versions;
    for (const CurationVersion &version : item.versions) {
        auto read = project.annotation(version.span.annotationId);
        if (!read)
            return read.error();
        versions.append(std::move(read).value());
    }
    return consensusDraft(versions, choice, consensusSetId);
}

} // namespace counterpoint::analysis
