// The argument map's layout: on the sample project and on a large random map, no two nodes
// overlap, each node sits in its actor's lane, claims come first and sources last, and every
// route runs from one node's edge to the other's in horizontal and vertical segments that cross
// no node.
#include "TestSupport.h"

#include "map/ArgumentMapLayout.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

// Sizes that vary as a view's would with the length of the quote.
QSizeF sizeByQuote(const Annotation &a)
{
    const int length = int(a.quote.exact.size());
    return {120.0 + length % 140, 40.0 + 16 * (length / 40)};
}

bool onEdge(const QRectF &rect, const QPointF &point)
{
    const bool onVertical =
        (qFuzzyCompare(point.x(), rect.left()) || qFuzzyCompare(point.x(), rect.right())) &&
        point.y() >= rect.top() && point.y() <= rect.bottom();
    const bool onHorizontal =
        (qFuzzyCompare(point.y(), rect.top()) || qFuzzyCompare(point.y(), rect.bottom())) &&
        point.x() >= rect.left() && point.x() <= rect.right();
    return onVertical || onHorizontal;
}

// Whether an axis-parallel segment passes through the inside of rect.
bool crosses(const QPointF &p, const QPointF &q, const QRectF &rect)
{
    const QRectF inside = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    const QRectF segment = QRectF(p, q).normalized().adjusted(-0.01, -0.01, 0.01, 0.01);
    return segment.intersects(inside);
}

void verifyMap(const ArgumentMap &map, const QList<Annotation> &annotations,
               const QList<Relation> &relations)
{
    QCOMPARE(map.nodes.size(), annotations.size());
    const QList<QUuid> ids = map.nodes.keys();
    for (int i = 0; i < ids.size(); ++i) {
        const QRectF a = map.nodes.value(ids[i]);
        QVERIFY(map.bounds.contains(a));
        for (int j = i + 1; j < ids.size(); ++j)
            QVERIFY2(!a.intersects(map.nodes.value(ids[j])), "two nodes overlap");
    }
    QHash<QUuid, QRectF> lanes;
    for (const ArgumentMap::Lane &lane : map.lanes)
        lanes.insert(lane.actorId, lane.rect);
    int deepest = 0;
    for (const Annotation &a : annotations)
        deepest = std::max(deepest, map.layers.value(a.id));
    for (const Annotation &a : annotations) {
        QVERIFY2(lanes.value(a.actorId).contains(map.nodes.value(a.id)), "node outside its lane");
        if (a.kind == AnnotationKind::Claim)
            QCOMPARE(map.layers.value(a.id), 0);
        if (a.kind == AnnotationKind::Source)
            QCOMPARE(map.layers.value(a.id), deepest);
    }
    // A lower layer lies wholly below a higher one.
    for (const Annotation &a : annotations) {
        for (const Annotation &b : annotations) {
            if (map.layers.value(a.id) < map.layers.value(b.id))
                QVERIFY(map.nodes.value(a.id).bottom() < map.nodes.value(b.id).top());
        }
    }

    int shown = 0;
    for (const Relation &r : relations)
        shown += map.nodes.contains(r.fromId) && map.nodes.contains(r.toId) ? 1 : 0;
    QCOMPARE(map.routes.size(), shown);
    for (const ArgumentMap::Route &route : map.routes) {
        QVERIFY(route.points.size() >= 4);
        QVERIFY(onEdge(map.nodes.value(route.fromId), route.points.first()));
        QVERIFY(onEdge(map.nodes.value(route.toId), route.points.last()));
        QVERIFY(map.bounds.contains(route.points.boundingRect()));
        for (int k = 0; k + 1 < route.points.size(); ++k) {
            const QPointF p = route.points[k];
            const QPointF q = route.points[k + 1];
            QVERIFY2(qFuzzyCompare(p.x(), q.x()) || qFuzzyCompare(p.y(), q.y()),
                     "a slanted segment");
            for (auto node = map.nodes.cbegin(); node != map.nodes.cend(); ++node) {
                if (node.key() == route.fromId || node.key() == route.toId)
                    continue;
                QVERIFY2(!crosses(p, q, node.value()), "a route crosses a node");
            }
        }
        // And leaves its own nodes straight away.
        QVERIFY(!crosses(route.points[1], route.points[2], map.nodes.value(route.fromId)));
    }
}

} // namespace

class TestArgumentMap final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_sample; // a copy of the sample project

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.counterpoint"));
        QVERIFY(QFile::copy(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto project = Project::open(path);
        QVERIFY2(project, qPrintable(project.errorMessage()));
        m_sample = std::move(project).value();
    }

    void sampleProjectMapHasNoOverlaps()
    {
        const QList<Annotation> annotations = *m_sample->annotations();
        const QList<Relation> relations = *m_sample->relations();
        QVERIFY(annotations.size() >= 20);
        QVERIFY(relations.size() >= 16);

        const ArgumentMap map = ArgumentMapLayout(sizeByQuote).layout(annotations, relations);
        verifyMap(map, annotations, relations);
        QCOMPARE(map.lanes.size(), m_sample->actors()->size() + 1); // and one for nobody
        QVERIFY(map.lanes.last().actorId.isNull());
        // Counterclaims that rebut a claim sit a layer below it.
        for (const Relation &r : relations) {
            if (r.kind == RelationKind::Rebuts)
                QVERIFY(map.layers.value(r.fromId) > map.layers.value(r.toId));
        }

        // A filtered view: only one article's annotations; links to others are left out.
        QList<Annotation> some;
        for (const Annotation &a : annotations) {
            if (a.articleId == annotations.first().articleId)
                some.append(a);
        }
        verifyMap(ArgumentMapLayout(sizeByQuote).layout(some, relations), some, relations);
    }

    void largeRandomMapHasNoOverlaps()
    {
        QRandomGenerator random(11);
        QList<QUuid> actors(6);
        for (QUuid &actor : actors)
            actor = QUuid::createUuid();
        actors.append(QUuid());
        QList<Annotation> annotations;
        for (int i = 0; i < 300; ++i) {
            Annotation a;
            a.id = QUuid::createUuid();
            a.kind = allAnnotationKinds().at(random.bounded(4));
            a.actorId = actors.at(random.bounded(int(actors.size())));
            a.quote.exact = QString(1 + random.bounded(300), u'x');
            annotations.append(a);
        }
        QList<Relation> relations;
        for (int i = 0; i < 400; ++i) {
            Relation r;
            r.id = QUuid::createUuid();
            r.fromId = annotations.at(random.bounded(300)).id;
            r.toId = annotations.at(random.bounded(300)).id;
            r.kind = allRelationKinds().at(random.bounded(4));
            relations.append(r);
        }
        int selfLinks = 0;
        for (const Relation &r : relations)
            selfLinks += r.fromId == r.toId ? 1 : 0;
        const ArgumentMap map = ArgumentMapLayout(sizeByQuote).layout(annotations, relations);
        QCOMPARE(map.routes.size() + selfLinks, relations.size());
        relations.removeIf([](const Relation &r) { return r.fromId == r.toId; });
        verifyMap(map, annotations, relations);
    }

    // Sorting or filtering the list hands the map the same annotations in another order: the
    // map stays where it was.
    void mapDoesNotDependOnTheOrderItIsGiven()
    {
        const QList<Annotation> annotations = *m_sample->annotations();
        const QList<Relation> relations = *m_sample->relations();
        const ArgumentMap map = ArgumentMapLayout(sizeByQuote).layout(annotations, relations);

        QRandomGenerator random(7);
        for (int round = 0; round < 5; ++round) {
            QList<Annotation> shuffledAnnotations = annotations;
            QList<Relation> shuffledRelations = relations;
            std::shuffle(shuffledAnnotations.begin(), shuffledAnnotations.end(), random);
            std::shuffle(shuffledRelations.begin(), shuffledRelations.end(), random);
            const ArgumentMap again =
                ArgumentMapLayout(sizeByQuote).layout(shuffledAnnotations, shuffledRelations);
            QCOMPARE(again.nodes, map.nodes);
            QCOMPARE(again.lanes.size(), map.lanes.size());
            for (qsizetype i = 0; i < map.lanes.size(); ++i)
                QCOMPARE(again.lanes.at(i).actorId, map.lanes.at(i).actorId);
            QCOMPARE(again.routes.size(), map.routes.size());
            for (qsizetype i = 0; i < map.routes.size(); ++i)
                QCOMPARE(again.routes.at(i).points, map.routes.at(i).points);
        }
    }

    void emptyMap()
    {
        const ArgumentMap map = ArgumentMapLayout(sizeByQuote).layout({}, {});
        QVERIFY(map.nodes.isEmpty());
        QVERIFY(map.routes.isEmpty());
    }
};

QTEST_MAIN(TestArgumentMap)
#include "tst_argumentmap.moc"
