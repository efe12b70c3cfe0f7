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

const std::optional<Annotation> &versionOf(VersionChoice choice,
                                           const std::optional<Annotation> &first,
                                           const std::optional<Annotation> &second)
{
    return choice == VersionChoice::First ? first : second;
}

} // namespace

CurationChoice CurationChoice::accept(VersionChoice version)
{
    CurationChoice choice;
    choice.boundaries = version;
    choice.code = version;
    return choice;
}

Result<ConsensusDraft> consensusDraft(const std::optional<Annotation> &first,
                                      const std::optional<Annotation> &second,
                                      const CurationChoice &choice, const QUuid &consensusSetId)
{
    if (!first && !second)
        return Error{Error::Code::Invalid, Messages::tr("There is no version to settle.")};
    for (VersionChoice part : {choice.boundaries, choice.code}) {
        if (part != VersionChoice::Own && !versionOf(part, first, second))
            return Error{Error::Code::Invalid,
                         Messages::tr("The version to take does not exist: that coder did not "
                                      "code this passage.")};
    }
    if (first && second && first->articleId != second->articleId)
        return Error{Error::Code::Invalid,
                     Messages::tr("The two versions are of different articles.")};
    if (choice.boundaries == VersionChoice::Own && choice.end <= choice.start)
        return Error{Error::Code::Invalid,
                     Messages::tr("The passage of the consensus annotation is empty.")};

    const Annotation &any = first ? *first : *second;
    ConsensusDraft draft;
    Annotation &made = draft.annotation;
    made.articleId = any.articleId;
    made.setId = consensusSetId;
    if (choice.boundaries == VersionChoice::Own) {
        made.start = choice.start;
        made.end = choice.end;
    } else {
        const Annotation &from = *versionOf(choice.boundaries, first, second);
        made.start = from.start;
        made.end = from.end;
    }
    if (choice.code == VersionChoice::Own) {
        made.kind = choice.kind;
        made.actorId = choice.actorId;
        made.tagIds = choice.tagIds;
    } else {
        const Annotation &from = *versionOf(choice.code, first, second);
        made.kind = from.kind;
        made.actorId = from.actorId;
        made.tagIds = from.tagIds;
        made.comment = from.comment;
    }
    auto addSource = [&](const std::optional<Annotation> &version) {
        if (version && !draft.sources.contains(version->id))
            draft.sources.append(version->id);
    };
    if (choice.boundaries == VersionChoice::Own && choice.code == VersionChoice::Own) {
        addSource(first);
        addSource(second);
    } else {
        for (VersionChoice part : {choice.boundaries, choice.code}) {
            if (part != VersionChoice::Own)
                addSource(versionOf(part, first, second));
        }
    }
    return draft;
}

QList<QUuid> CurationItem::versionIds() const
{
    QList<QUuid> ids;
    if (disagreement.first)
        ids.append(disagreement.first->annotationId);
    if (disagreement.second)
        ids.append(disagreement.second->annotationId);
    return ids;
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
        for (AgreedPassage &passage : article.agreed)
            passage.takenAs = sourceOf.value(passage.firstId, sourceOf.value(passage.secondId));
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

Result<CurationState> readCuration(const Project &project, const QUuid &firstSetId,
                                   const QUuid &secondSetId, const QUuid &consensusSetId)
{
    if (consensusSetId.isNull())
        return Error{Error::Code::Invalid,
                     Messages::tr("%1 has no consensus set to settle the disagreements into.")
                         .arg(project.name())};
    if (firstSetId == consensusSetId || secondSetId == consensusSetId)
        return Error{Error::Code::Invalid,
                     Messages::tr("The consensus set cannot be one of the sets it settles.")};
    AgreementRequest request;
    request.setIds = {firstSetId, secondSetId};
    auto input = readAgreementInput(project, request);
    if (!input)
        return input.error();

    CurationState state;
    state.firstSetId = firstSetId;
    state.secondSetId = secondSetId;
    state.consensusSetId = consensusSetId;
    state.firstName = input->coders.value(0);
    state.secondName = input->coders.value(1);
    for (ArticleReadings &readings : input->articles) {
        CurationArticle article;
        article.articleId = readings.articleId;
        article.title = readings.title;
        // The passages the two coded alike, each of the second's matched once.
        std::vector<bool> matched(readings.coders[1].size(), false);
        for (const ReadingSpan &a : readings.coders[0]) {
            for (size_t b = 0; b < readings.coders[1].size(); ++b) {
                const ReadingSpan &other = readings.coders[1][b];
                if (!matched[b] && a.start == other.start && a.end == other.end &&
                    a.kind == other.kind && a.tagIds == other.tagIds) {
                    matched[b] = true;
                    article.agreed.push_back(
                        {readings.articleId, a.annotationId, other.annotationId, QUuid()});
                    break;
                }
            }
        }
        for (Disagreement &disagreement :
             disagreementsOf(std::move(readings.coders[0]), std::move(readings.coders[1])))
            article.items.push_back({readings.articleId, std::move(disagreement), QUuid(), false});
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
            if (!passage.takenAs.isNull())
                continue;
            auto first = project.annotation(passage.firstId);
            if (!first)
                return first.error();
            auto draft =
                consensusDraft(*first, std::nullopt, CurationChoice::accept(VersionChoice::First),
                               state.consensusSetId);
            if (!draft)
                return draft.error();
            draft->sources = {passage.firstId, passage.secondId};
            drafts.append(std::move(draft).value());
        }
    }
    return drafts;
}

Result<ConsensusDraft> consensusDraftFor(const Project &project, const CurationItem &item,
                                         const CurationChoice &choice, const QUuid &consensusSetId)
{
    std::optional<Annotation> first, second;
    if (item.disagreement.first) {
        auto read = project.annotation(item.disagreement.first->annotationId);
        if (!read)
            return read.error();
        first = std::move(read).value();
    }
    if (item.disagreement.second) {
        auto read = project.annotation(item.disagreement.second->annotationId);
        if (!read)
            return read.error();
        second = std::move(read).value();
    }
    return consensusDraft(first, second, choice, consensusSetId);
}

} // namespace counterpoint::analysis
