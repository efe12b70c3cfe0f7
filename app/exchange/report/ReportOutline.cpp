// The report's outline: every annotation of the export placed once, where the argument reaches it
// first. Each article's claims come first, each followed (depth first) by what is linked to it:
// the counterclaims that rebut it and what rebuts those, the sources it cites, the notes on it.
// What no claim reaches is printed after the claims of its own article. A relation to an
// annotation printed elsewhere becomes a reference by number, so every relation shows once too.
#include "ReportOutline.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace counterpoint::exporting {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

QString howFrom(const Relation &relation, bool outgoing)
{
    switch (relation.kind) {
    case RelationKind::Rebuts:
        return outgoing ? Messages::tr("Rebuts") : Messages::tr("Rebutted by");
    case RelationKind::Supports:
        return outgoing ? Messages::tr("Supports") : Messages::tr("Supported by");
    case RelationKind::Cites:
        return outgoing ? Messages::tr("Cites") : Messages::tr("Cited by");
    case RelationKind::SameClaim:
        break;
    }
    return Messages::tr("Same claim as");
}

// Places annotations into entries, each once.
class Placer
{
public:
    explicit Placer(const ExportData &data)
        : m_data(data)
    {
        for (const Annotation &a : data.annotations)
            m_byId.insert(a.id, &a);
        for (const Relation &r : data.relations) {
            if (!m_byId.contains(r.fromId) || !m_byId.contains(r.toId))
                continue;
            m_relationsOf[r.fromId].append(&r);
            if (r.toId != r.fromId)
                m_relationsOf[r.toId].append(&r);
        }
        // Answers in a fixed order: by kind (rebuttals first), then where the other end is.
        for (auto it = m_relationsOf.begin(); it != m_relationsOf.end(); ++it) {
            const QUuid self = it.key();
            std::sort(it->begin(), it->end(), [&](const Relation *x, const Relation *y) {
                return key(*x, self) < key(*y, self);
            });
        }
    }

    bool isPlaced(const Annotation &a) const { return m_placed.contains(a.id); }

    // The entries under root, depth first, root first: an answer to an answer hangs under the
    // answer. Iterative: an argument may be a chain of thousands of answers.
    QList<ReportEntry> place(const Annotation &root)
    {
        struct Frame
        {
            qsizetype entry; // in entries
            qsizetype next;  // the next of its relations to follow
        };
        QList<ReportEntry> entries{ReportEntry{&root, 0, 0, {}, {}}};
        m_placed.insert(root.id);
        QList<Frame> stack{{0, 0}};
        while (!stack.isEmpty()) {
            const qsizetype at = stack.last().entry;
            const QUuid self = entries.at(at).annotation->id;
            const auto relations = m_relationsOf.constFind(self);
            if (relations == m_relationsOf.constEnd() || stack.last().next >= relations->size()) {
                stack.removeLast();
                continue;
            }
            const Relation *r = relations->at(stack.last().next++);
            if (m_shown.contains(r))
                continue;
            m_shown.insert(r);
            const bool outgoing = r->fromId == self;
            const Annotation *other = m_byId.value(outgoing ? r->toId : r->fromId);
            // Read from the parent: "the claim above is rebutted by X".
            const ReportLink link{r, howFrom(*r, outgoing), 0};
            if (m_placed.contains(other->id)) {
                entries[at].otherLinks.append(link);
                m_otherEnd.insert(r, other);
                continue;
            }
            m_placed.insert(other->id);
            entries.append(ReportEntry{other, 0, entries.at(at).depth + 1, link, {}});
            stack.append({entries.size() - 1, 0});
        }
        return entries;
    }

    const Annotation *otherEnd(const ReportLink &link, const Annotation &self) const
    {
        if (const Annotation *other = m_otherEnd.value(link.relation))
            return other;
        return m_byId.value(link.relation->fromId == self.id ? link.relation->toId
                                                             : link.relation->fromId);
    }
    int relationsShown() const { return int(m_shown.size()); }

private:
    std::tuple<int, qsizetype, int, QUuid> key(const Relation &r, const QUuid &self) const
    {
        const Annotation *other = m_byId.value(r.fromId == self ? r.toId : r.fromId);
        return {int(r.kind), m_data.articleIndex.value(other->articleId), other->start, other->id};
    }

    const ExportData &m_data;
    QHash<QUuid, const Annotation *> m_byId;
    QHash<QUuid, QList<const Relation *>> m_relationsOf;
    QSet<QUuid> m_placed;
    QSet<const Relation *> m_shown;
    QHash<const Relation *, const Annotation *> m_otherEnd;
};

} // namespace

QString actorName(const ExportData &data, const Annotation &annotation)
{
    const QString name = data.actors.value(annotation.actorId).name;
    return name.isEmpty() ? Messages::tr("(no actor)") : name;
}

QString stateNote(AnchorState state)
{
    switch (state) {
    case AnchorState::Exact:
        return {};
    case AnchorState::Moved:
        return Messages::tr("moved: found again at another place in the text");
    case AnchorState::Fuzzy:
        return Messages::tr("fuzzy: found again in a changed wording");
    case AnchorState::Orphaned:
        break;
    }
    return Messages::tr("orphaned: no longer in the article's text; quoted as it was");
}

QList<const ReportEntry *> ReportOutline::entries() const
{
    QList<const ReportEntry *> all;
    for (const ReportSection &section : sections) {
        for (const ReportEntry &entry : section.claims)
            all.append(&entry);
        for (const ReportEntry &entry : section.others)
            all.append(&entry);
    }
    return all;
}

Result<ReportOutline> makeReportOutline(const ExportData &data, const ExportProgress &progress)
{
    ReportOutline outline;
    outline.title = Messages::tr("Counterpoint report: %1").arg(data.projectName);
    Placer placer(data);

    // By article, in export order (which is position order within each article).
    QList<QList<const Annotation *>> ofArticle(data.articles.size());
    for (const Annotation &a : data.annotations) {
        const auto index = data.articleIndex.constFind(a.articleId);
        if (index != data.articleIndex.constEnd())
            ofArticle[*index].append(&a);
    }
    for (qsizetype i = 0; i < data.articles.size(); ++i)
        outline.sections.append(ReportSection{&data.articles.at(i), {}, {}});
    // Claims first, in every article, so that an answer in one article to a claim in another
    // hangs under the claim.
    for (qsizetype i = 0; i < data.articles.size(); ++i) {
        for (const Annotation *a : std::as_const(ofArticle.at(i))) {
            if (a->kind == AnnotationKind::Claim && !placer.isPlaced(*a))
                outline.sections[i].claims += placer.place(*a);
        }
    }
    // Then what hangs from no claim, where it stands in its own article.
    for (qsizetype i = 0; i < data.articles.size(); ++i) {
        for (const Annotation *a : std::as_const(ofArticle.at(i))) {
            if (!placer.isPlaced(*a))
                outline.sections[i].others += placer.place(*a);
        }
    }

    // Numbers in print order, then the references that name them.
    int number = 0;
    for (ReportSection &section : outline.sections) {
        for (QList<ReportEntry> *list : {&section.claims, &section.others}) {
            for (ReportEntry &entry : *list) {
                entry.number = ++number;
                outline.numberOf.insert(entry.annotation->id, number);
            }
        }
    }
    const QList<AnnotationKind> kinds = allAnnotationKinds();
    ReportCounts &counts = outline.counts;
    counts.byKind.fill(0, kinds.size());
    counts.byState.fill(0, 4);
    QMap<QString, int> bySet, byTag;
    QMap<QString, ActorClaims> actors;
    ProgressTicker ticker(progress, data.annotations.size());
    qint64 done = 0;
    for (ReportSection &section : outline.sections) {
        for (QList<ReportEntry> *list : {&section.claims, &section.others}) {
            for (ReportEntry &entry : *list) {
                const Annotation &a = *entry.annotation;
                if (entry.via.relation)
                    entry.via.number = outline.numberOf.value(entry.via.relation->fromId == a.id
                                                                  ? entry.via.relation->toId
                                                                  : entry.via.relation->fromId);
                for (ReportLink &link : entry.otherLinks)
                    link.number = outline.numberOf.value(placer.otherEnd(link, a)->id);
                ++counts.annotations;
                const int kind = int(kinds.indexOf(a.kind));
                ++counts.byKind[kind];
                ++counts.byState[int(a.anchorState)];
                const QString actor = actorName(data, a);
                QList<int> &row = counts.byActor[actor];
                row.resize(kinds.size());
                ++row[kind];
                const QString set = data.sets.value(a.setId).name;
                ++bySet[set.isEmpty() ? Messages::tr("(no set)") : set];
                for (const QUuid &tagId : a.tagIds) {
                    if (data.tags.contains(tagId))
                        ++byTag[data.tags.value(tagId).name];
                }
                ActorClaims &claims = actors[actor];
                claims.actor = actor;
                claims.actorId = data.actors.contains(a.actorId) ? a.actorId : QUuid();
                if (a.kind == AnnotationKind::Claim)
                    claims.claims.append(&a);
                else if (a.kind == AnnotationKind::Counterclaim)
                    claims.counterclaims.append(&a);
                if (!ticker.step(++done))
                    return cancelled();
            }
        }
    }
    counts.relations = placer.relationsShown();
    for (auto it = bySet.cbegin(); it != bySet.cend(); ++it)
        counts.bySet.append({it.key(), it.value()});
    for (auto it = byTag.cbegin(); it != byTag.cend(); ++it)
        counts.byTag.append({it.key(), it.value()});
    const QString nobody = Messages::tr("(no actor)");
    // An actor of the annotations in scope with a memo and no claim: listed for the memo.
    for (const QUuid &id : data.usedActors) {
        const QString name = data.actors.value(id).name;
        if (data.actorMemos.contains(id) && !actors.contains(name))
            actors[name] = ActorClaims{name, id, {}, {}};
    }
    for (const ActorClaims &claims : std::as_const(actors)) {
        if (claims.actor != nobody &&
            (!claims.claims.isEmpty() || !claims.counterclaims.isEmpty() ||
             data.actorMemos.contains(claims.actorId)))
            outline.actors.append(claims);
    }
    if (actors.contains(nobody) &&
        (!actors[nobody].claims.isEmpty() || !actors[nobody].counterclaims.isEmpty()))
        outline.actors.append(actors[nobody]);
    return outline;
}

} // namespace counterpoint::exporting
