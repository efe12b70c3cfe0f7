// Argument Interchange Format as OVA and AIFdb read it: JSON with nodes, edges, locutions and
// participants. Claims, counterclaims and sources become I-nodes (the propositions); "supports"
// and "cites" become RA-nodes (inference: the source or supporting passage leads to the claim it
// backs), "rebuts" a CA-node (conflict) and "same-claim" an MA-node (rephrase). An annotation
// with an actor also gets an L-node, "actor: quote", anchored to its I-node by a YA-node
// (asserting), and the actor is a participant. A note is an I-node too (the analyst's own
// proposition, without a locution), so that every relation the export counts is written.
// Locutions carry their time as "start" (what OVA reads) and as "timestamp" (AIFdb), and the
// article they were said in as "source".
#include "exchange/common/ExportData.h"

namespace counterpoint::exporting {

namespace {

struct Node
{
    QString type;
    QString text;
    QString timestamp;
};

QString aifTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); // AIFdb's own format
}

} // namespace

Status writeAif(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    ProgressTicker ticker(progress, data.annotations.size());
    QHash<QUuid, int> informationNode; // annotation → its I-node
    QHash<QUuid, int> participantOf;   // actor → participant id
    int nextId = 1;
    bool firstNode = true;
    QList<std::pair<int, int>> edges;
    struct Locution
    {
        int node;
        int participant;
        QString timestamp;
        QString source; // the article's address
    };
    QList<Locution> locutions;

    auto node = [&](const QString &type, const QString &text, const QString &timestamp) {
        const int id = nextId++;
        out << (firstNode ? "\n  {" : ",\n  {");
        firstNode = false;
        out << "\"nodeID\":\"" << QByteArray::number(id) << "\",\"text\":";
        out.jsonString(text);
        out << ",\"type\":";
        out.jsonString(type);
        out << ",\"timestamp\":";
        out.jsonString(timestamp);
        out << '}';
        return id;
    };

    out << "{\"nodes\":[";
    qint64 done = 0;
    for (const Annotation &a : data.annotations) {
        if (!ticker.step(++done))
            return cancelled();
        const QString time = aifTime(a.created);
        const int information = node(QStringLiteral("I"), a.quote.exact, time);
        informationNode.insert(a.id, information);
        const auto actor = data.actors.constFind(a.actorId);
        if (actor == data.actors.constEnd())
            continue;
        if (!participantOf.contains(actor->id))
            participantOf.insert(actor->id, int(participantOf.size()) + 1);
        const int locution = node(QStringLiteral("L"), actor->name + u": " + a.quote.exact, time);
        const int asserting = node(QStringLiteral("YA"), QStringLiteral("Asserting"), time);
        edges.append({locution, asserting});
        edges.append({asserting, information});
        const Article *article = data.articleOf(a);
        locutions.append({locution, participantOf.value(actor->id), time,
                          article ? ExportData::articleIri(*article) : QString()});
    }
    for (const Relation &r : data.relations) {
        const int from = informationNode.value(r.fromId);
        const int to = informationNode.value(r.toId);
        if (from == 0 || to == 0)
            continue;
        const QString time = aifTime(r.created);
        switch (r.kind) {
        case RelationKind::Supports: {
            const int inference =
                node(QStringLiteral("RA"), QStringLiteral("Default Inference"), time);
            edges.append({from, inference});
            edges.append({inference, to});
            break;
        }
        case RelationKind::Cites: {
            // A claim that cites a source rests on it: the source is the premise.
            const int inference =
                node(QStringLiteral("RA"), QStringLiteral("Default Inference"), time);
            edges.append({to, inference});
            edges.append({inference, from});
            break;
        }
        case RelationKind::Rebuts: {
            const int conflict =
                node(QStringLiteral("CA"), QStringLiteral("Default Conflict"), time);
            edges.append({from, conflict});
            edges.append({conflict, to});
            break;
        }
        case RelationKind::SameClaim: {
            const int rephrase =
                node(QStringLiteral("MA"), QStringLiteral("Default Rephrase"), time);
            edges.append({from, rephrase});
            edges.append({rephrase, to});
            break;
        }
        }
    }
    out << "\n],\"edges\":[";
    int edgeId = 1;
    for (const auto &[from, to] : std::as_const(edges)) {
        out << (edgeId == 1 ? "\n  {" : ",\n  {") << "\"edgeID\":\"" << QByteArray::number(edgeId)
            << "\",\"fromID\":\"" << QByteArray::number(from) << "\",\"toID\":\""
            << QByteArray::number(to) << "\",\"formEdgeID\":null}";
        ++edgeId;
    }
    out << "\n],\"locutions\":[";
    bool first = true;
    for (const Locution &l : std::as_const(locutions)) {
        out << (first ? "\n  {" : ",\n  {") << "\"nodeID\":\"" << QByteArray::number(l.node)
            << "\",\"personID\":\"" << QByteArray::number(l.participant) << "\",\"timestamp\":";
        out.jsonString(l.timestamp);
        out << ",\"start\":";
        out.jsonString(l.timestamp);
        out << ",\"end\":null,\"source\":";
        if (l.source.isEmpty())
            out << "null";
        else
            out.jsonString(l.source);
        out << '}';
        first = false;
    }
    out << "\n],\"participants\":[";
    first = true;
    for (const QUuid &actorId : data.usedActors) {
        const auto participant = participantOf.constFind(actorId);
        if (participant == participantOf.constEnd())
            continue;
        out << (first ? "\n  {" : ",\n  {") << "\"participantID\":\""
            << QByteArray::number(*participant) << "\",\"firstname\":";
        out.jsonString(data.actors.value(actorId).name);
        out << ",\"surname\":\"\"}";
        first = false;
    }
    out << "\n]}\n";
    if (!ticker.finish())
        return cancelled();
    return out.flush();
}

} // namespace counterpoint::exporting
