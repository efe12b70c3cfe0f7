// The story in charts (issue 16 item 3), without widgets: counts by kind × actor and kind ×
// article, tag co-occurrence, who rebuts and supports whom, and the timeline, on the sample
// project (whose counts a reader can check in its three articles) and on small projects built
// here, where each count is made on purpose; the list's filter restricts every chart.
#include "TestSupport.h"

#include "analysis/StoryCharts.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::analysis;
using namespace counterpoint::test;

namespace {

QStringList namesOf(const QList<ChartCategory> &categories)
{
    QStringList names;
    for (const ChartCategory &category : categories)
        names.append(category.name);
    return names;
}

int kindRow(AnnotationKind kind)
{
    return int(allAnnotationKinds().indexOf(kind));
}

QSet<QUuid> setOf(const QList<QUuid> &ids)
{
    return QSet<QUuid>(ids.cbegin(), ids.cend());
}

} // namespace

class TestStoryCharts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_sample;
    ChartInput m_input;

    // The sample's ids by name: the seed makes new ones on every build.
    QUuid actorNamed(const QString &name) const
    {
        for (const Actor &actor : m_input.actors) {
            if (actor.name == name)
                return actor.id;
        }
        return {};
    }
    QUuid tagNamed(const QString &name) const
    {
        for (const Tag &tag : m_input.tags) {
            if (tag.name == name)
                return tag.id;
        }
        return {};
    }
    QUuid articleTitled(const QString &start) const
    {
        for (const ChartArticle &article : m_input.articles) {
            if (article.title.startsWith(start))
                return article.id;
        }
        return {};
    }
    QUuid actorOf(const QUuid &annotation) const
    {
        for (const ChartAnnotation &a : m_input.annotations) {
            if (a.id == annotation)
                return a.actorId;
        }
        return {};
    }

    // A project built here: two articles (the second undated), three actors, two tags.
    struct Built
    {
        std::unique_ptr<Project> project;
        QUuid dated, undated;
        Actor ann, bob, cy;
        Tag red, blue;
        QList<Annotation> annotations;
    };

    Built build()
    {
        Built b;
        QFile::remove(m_dir.filePath(QStringLiteral("built.counterpoint")));
        b.project = createProject(m_dir, QStringLiteral("built.counterpoint"));
        if (!b.project)
            return b;
        Project &p = *b.project;
        auto article = [&p](const QString &title, const QString &published) {
            Article a;
            a.title = title;
            a.published = published;
            a.text = QStringLiteral("one two three four five six seven eight nine ten");
            a.text += u' ' + title;
            a.original = a.text.toUtf8();
            a.contentHash = QString::fromLatin1(
                QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex());
            a.sourceFileName = title + QStringLiteral(".txt");
            auto added = p.addArticle(a);
            if (!added)
                qWarning("%s", qPrintable(added.errorMessage()));
            return added ? added->id : QUuid();
        };
        b.dated = article(QStringLiteral("Dated"), QStringLiteral("2024-03-01"));
        b.undated = article(QStringLiteral("Undated"), QString());
        b.ann = *p.addActor({{}, QStringLiteral("Ann"), {}});
        b.bob = *p.addActor({{}, QStringLiteral("bob"), {}}); // names sort without case
        b.cy = *p.addActor({{}, QStringLiteral("Cy"), {}});
        b.red = *p.addTag({{}, QStringLiteral("red"), {}});
        b.blue = *p.addTag({{}, QStringLiteral("blue"), {}});
        auto annotate = [&](const QUuid &articleId, AnnotationKind kind, const QUuid &actor,
                            QList<QUuid> tags, int start) {
            Annotation a;
            a.articleId = articleId;
            a.kind = kind;
            a.actorId = actor;
            a.tagIds = std::move(tags);
            a.start = start;
            a.end = start + 3;
            a.quote.exact =
                QStringLiteral("one two three four five six seven eight nine ten").mid(start, 3);
            auto added = p.addAnnotation(a);
            if (!added)
                qWarning("%s", qPrintable(added.errorMessage()));
            b.annotations.append(added ? *added : Annotation());
        };
        // 0: Ann's claim, red and blue; 1: Ann's claim, red; 2: Bob's counterclaim, blue;
        // 3: Bob's counterclaim in the undated article; 4: a note with no actor, red;
        // 5: a source with no actor, dated; Cy says nothing.
        annotate(b.dated, AnnotationKind::Claim, b.ann.id, {b.red.id, b.blue.id}, 0);
        annotate(b.dated, AnnotationKind::Claim, b.ann.id, {b.red.id}, 4);
        annotate(b.dated, AnnotationKind::Counterclaim, b.bob.id, {b.blue.id}, 8);
        annotate(b.undated, AnnotationKind::Counterclaim, b.bob.id, {}, 0);
        annotate(b.dated, AnnotationKind::Note, QUuid(), {b.red.id}, 14);
        annotate(b.dated, AnnotationKind::Source, QUuid(), {}, 18);
        auto relate = [&](int from, int to, RelationKind kind) {
            Relation r;
            r.fromId = b.annotations.at(from).id;
            r.toId = b.annotations.at(to).id;
            r.kind = kind;
            auto added = p.addRelation(r);
            if (!added)
                qWarning("%s", qPrintable(added.errorMessage()));
            return bool(added);
        };
        // Bob rebuts both of Ann's claims, and Ann his undated one; the source supports Ann.
        if (!relate(2, 0, RelationKind::Rebuts) || !relate(2, 1, RelationKind::Rebuts) ||
            !relate(0, 3, RelationKind::Rebuts) || !relate(5, 0, RelationKind::Supports) ||
            !relate(1, 0, RelationKind::SameClaim))
            b.project.reset();
        return b;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sample.counterpoint"));
        QVERIFY(QFile::copy(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto project = Project::open(path);
        QVERIFY2(project, qPrintable(project.errorMessage()));
        m_sample = std::move(project).value();
        auto input = chartInputOf(*m_sample);
        QVERIFY2(input, qPrintable(input.errorMessage()));
        m_input = *input;
        QCOMPARE(m_input.annotations.size(), 21);
    }

    // The sample: Nvidia has six annotations (a claim and five counterclaims), Anthropic five, CNBC
    // two sources, Jensen Huang two claims, Silicon Dispatch two counterclaims; two notes and two
    // sources name nobody.
    void countsTheSampleByKindAndActor()
    {
        const CountMatrix m = countsByKindAndActor(m_input);
        QCOMPARE(namesOf(m.rows()),
                 (QStringList{QStringLiteral("Claim"), QStringLiteral("Counterclaim"),
                              QStringLiteral("Source"), QStringLiteral("Note")}));
        QCOMPARE(namesOf(m.columns()),
                 (QStringList{QStringLiteral("Nvidia"), QStringLiteral("Anthropic"),
                              QStringLiteral("CNBC"), QStringLiteral("Jensen Huang"),
                              QStringLiteral("Silicon Dispatch"), QStringLiteral("No actor")}));
        const int claim = kindRow(AnnotationKind::Claim);
        const int counter = kindRow(AnnotationKind::Counterclaim);
        const int source = kindRow(AnnotationKind::Source);
        const int note = kindRow(AnnotationKind::Note);
        QCOMPARE(m.count(claim, 0), 1);
        QCOMPARE(m.count(counter, 0), 5);
        QCOMPARE(m.columnTotal(0), 6);
        QCOMPARE(m.count(claim, 1), 4);
        QCOMPARE(m.count(source, 1), 1);
        QCOMPARE(m.columnTotal(1), 5);
        QCOMPARE(m.count(source, 2), 2);
        QCOMPARE(m.count(claim, 3), 2);
        QCOMPARE(m.count(counter, 4), 2);
        QCOMPARE(m.count(note, 5), 2);
        QCOMPARE(m.count(source, 5), 2);
        QCOMPARE(m.columnTotal(5), 4);
        QCOMPARE(m.total(), 21);
        QCOMPARE(m.maximum(), 5);

        // A cell's annotations are the ones it counts: Nvidia's counterclaims.
        const QUuid nvidia = m.columns().at(0).id;
        QSet<QUuid> expected;
        for (const Annotation &a : *m_sample->annotations()) {
            if (a.actorId == nvidia && a.kind == AnnotationKind::Counterclaim)
                expected.insert(a.id);
        }
        QCOMPARE(setOf(m.annotations(counter, 0)), expected);
        QCOMPARE(m.annotations(counter, 0).size(), 5);

        // Three columns at most: the two largest, then the others folded together, then the
        // annotations that name nobody.
        const CountMatrix folded = countsByKindAndActor(m_input, 2);
        QCOMPARE(namesOf(folded.columns()),
                 (QStringList{QStringLiteral("Nvidia"), QStringLiteral("Anthropic"),
                              QStringLiteral("Other actors"), QStringLiteral("No actor")}));
        QCOMPARE(folded.columns().at(2).folded, 3);
        QCOMPARE(folded.columnTotal(2), 6);
        QCOMPARE(folded.count(source, 2), 2);
        QCOMPARE(folded.count(claim, 2), 2);
        QCOMPARE(folded.count(counter, 2), 2);
        QCOMPARE(folded.total(), 21);
    }

    // By article, in import order; every count agrees with the article list's own.
    void countsTheSampleByKindAndArticle()
    {
        const CountMatrix m = countsByKindAndArticle(m_input);
        const QList<ArticleSummary> articles = *m_sample->articleSummaries();
        QCOMPARE(m.columnCount(), articles.size());
        for (int column = 0; column < m.columnCount(); ++column) {
            const ArticleSummary &article = articles.at(column);
            QCOMPARE(m.columns().at(column).id, article.id);
            QCOMPARE(m.columns().at(column).name, article.title);
            QCOMPARE(m.count(kindRow(AnnotationKind::Claim), column), article.claims);
            QCOMPARE(m.count(kindRow(AnnotationKind::Counterclaim), column), article.counterclaims);
            QCOMPARE(m.count(kindRow(AnnotationKind::Source), column), article.sources);
            QCOMPARE(m.count(kindRow(AnnotationKind::Note), column), article.notes);
        }
        const int anthropic = m.columnOf(articleTitled(QStringLiteral("Anthropic warns")));
        QVERIFY(anthropic >= 0);
        QCOMPARE(m.columnTotal(anthropic), 10);
        QCOMPARE(m.count(kindRow(AnnotationKind::Claim), anthropic), 4);
        QCOMPARE(m.count(kindRow(AnnotationKind::Counterclaim), anthropic), 3);
        const int briefing = m.columnOf(articleTitled(QStringLiteral("Briefing")));
        QCOMPARE(m.columnTotal(briefing), 3);

        const CountMatrix folded = countsByKindAndArticle(m_input, 1);
        QCOMPARE(folded.columnCount(), 2);
        QCOMPARE(folded.columns().at(0).id, articleTitled(QStringLiteral("Anthropic warns")));
        QCOMPARE(folded.columns().at(1).folded, 2);
        QCOMPARE(folded.columnTotal(1), 11);
    }

    // smuggling tags eight passages, China four, export controls and the AI Diffusion Rule
    // three each; two passages carry smuggling and China, two smuggling and export controls.
    void countsTheSampleTagsThatGoTogether()
    {
        const CountMatrix m = tagCooccurrence(m_input);
        QCOMPARE(
            namesOf(m.rows()),
            (QStringList{QStringLiteral("smuggling"), QStringLiteral("China"),
                         QStringLiteral("AI Diffusion Rule"), QStringLiteral("export controls")}));
        QCOMPARE(m.rows(), m.columns());
        QCOMPARE(m.count(0, 0), 8);
        QCOMPARE(m.count(1, 1), 4);
        QCOMPARE(m.count(2, 2), 3);
        QCOMPARE(m.count(3, 3), 3);
        QCOMPARE(m.count(0, 1), 2);
        QCOMPARE(m.count(1, 0), 2);
        QCOMPARE(m.count(0, 3), 2);
        QCOMPARE(m.count(1, 3), 0);
        QCOMPARE(m.count(2, 0), 0);
        const QUuid smuggling = tagNamed(QStringLiteral("smuggling"));
        const QUuid china = tagNamed(QStringLiteral("China"));
        QSet<QUuid> both;
        for (const Annotation &a : *m_sample->annotations()) {
            if (a.tagIds.contains(smuggling) && a.tagIds.contains(china))
                both.insert(a.id);
        }
        QCOMPARE(both.size(), 2);
        QCOMPARE(setOf(m.annotations(0, 1)), both);
        QCOMPARE(m.annotations(0, 1).size(), 2);
        QCOMPARE(m.leftOut, 0);

        const CountMatrix top = tagCooccurrence(m_input, 2);
        QCOMPARE(namesOf(top.rows()),
                 (QStringList{QStringLiteral("smuggling"), QStringLiteral("China")}));
        QCOMPARE(top.leftOut, 2);
    }

    // Nvidia rebuts Anthropic four times, Silicon Dispatch rebuts Anthropic and Nvidia once
    // each; two sources with no actor support Anthropic and a note supports Silicon Dispatch.
    void countsWhoRebutsAndSupportsWhomInTheSample()
    {
        const CountMatrix rebuts = actorRelations(m_input, RelationKind::Rebuts);
        QCOMPARE(namesOf(rebuts.rows()),
                 (QStringList{QStringLiteral("Anthropic"), QStringLiteral("Nvidia"),
                              QStringLiteral("Silicon Dispatch")}));
        QCOMPARE(rebuts.columns(), rebuts.rows());
        QCOMPARE(rebuts.count(1, 0), 4);
        QCOMPARE(rebuts.count(2, 0), 1);
        QCOMPARE(rebuts.count(2, 1), 1);
        QCOMPARE(rebuts.count(0, 1), 0);
        QCOMPARE(rebuts.total(), 6);
        // Both ends of Nvidia's four rebuttals, each once: one claim is rebutted twice.
        const QUuid nvidia = actorNamed(QStringLiteral("Nvidia"));
        const QUuid anthropic = actorNamed(QStringLiteral("Anthropic"));
        QSet<QUuid> ends;
        for (const Relation &r : *m_sample->relations()) {
            if (r.kind == RelationKind::Rebuts && actorOf(r.fromId) == nvidia &&
                actorOf(r.toId) == anthropic)
                ends += {r.fromId, r.toId};
        }
        QCOMPARE(setOf(rebuts.annotations(1, 0)), ends);
        QCOMPARE(rebuts.annotations(1, 0).size(), 7);

        // Two actors at most: Anthropic and Nvidia are in five rebuttals each, Silicon
        // Dispatch in two, folded.
        const CountMatrix folded = actorRelations(m_input, RelationKind::Rebuts, 2);
        QCOMPARE(namesOf(folded.rows()),
                 (QStringList{QStringLiteral("Anthropic"), QStringLiteral("Nvidia"),
                              QStringLiteral("Other actors")}));
        QCOMPARE(folded.rows().at(2).folded, 1);
        QCOMPARE(folded.count(1, 0), 4);
        QCOMPARE(folded.count(2, 0), 1);
        QCOMPARE(folded.count(2, 1), 1);
        QCOMPARE(folded.total(), 6);

        const CountMatrix supports = actorRelations(m_input, RelationKind::Supports);
        QCOMPARE(namesOf(supports.rows()),
                 (QStringList{QStringLiteral("Anthropic"), QStringLiteral("Silicon Dispatch"),
                              QStringLiteral("No actor")}));
        QCOMPARE(supports.count(2, 0), 2);
        QCOMPARE(supports.count(2, 1), 1);
        QCOMPARE(supports.total(), 3);
    }

    // The two dated articles: Anthropic's of 2 May 2025, Nvidia's of 3 May 2025 09:30 UTC;
    // the briefing gives no date, so its claim and counterclaim are left out (its note is no
    // point on a timeline either way).
    void placesTheSampleOnATimeline()
    {
        const Timeline t = timeline(m_input);
        QCOMPARE(namesOf(t.rows),
                 (QStringList{QStringLiteral("Anthropic"), QStringLiteral("CNBC"),
                              QStringLiteral("Jensen Huang"), QStringLiteral("Nvidia"),
                              QStringLiteral("Silicon Dispatch"), QStringLiteral("No actor")}));
        QCOMPARE(t.undated, 2);
        QCOMPARE(t.points.size(), 10);
        QCOMPARE(t.first, QDate(2025, 5, 2).startOfDay());
        QCOMPARE(t.last, QDateTime(QDate(2025, 5, 3), QTime(9, 30), Qt::UTC));
        int annotations = 0;
        for (const TimelinePoint &p : t.points) {
            annotations += int(p.annotations.size());
            QVERIFY(p.kind != AnnotationKind::Note);
        }
        QCOMPARE(annotations, 21 - 2 /* notes */ - 2 /* undated */);
        // Anthropic's three claims in its own article are one point, first on the timeline.
        const TimelinePoint &first = t.points.first();
        QCOMPARE(first.when, QDate(2025, 5, 2).startOfDay());
        QCOMPARE(t.rows.at(first.row).name, QStringLiteral("Anthropic"));
        QVERIFY(first.kind == AnnotationKind::Claim);
        QCOMPARE(first.annotations.size(), 3);
        // On 3 May, Jensen Huang's two claims.
        bool huang = false;
        for (const TimelinePoint &p : t.points) {
            if (t.rows.at(p.row).name == QStringLiteral("Jensen Huang")) {
                QCOMPARE(p.when.date(), QDate(2025, 5, 3));
                QCOMPARE(p.annotations.size(), 2);
                huang = true;
            }
        }
        QVERIFY(huang);

        const Timeline folded = timeline(m_input, 2);
        QCOMPARE(namesOf(folded.rows),
                 (QStringList{QStringLiteral("Anthropic"), QStringLiteral("Nvidia"),
                              QStringLiteral("Other actors"), QStringLiteral("No actor")}));
        QCOMPARE(folded.rows.at(2).folded, 3);
    }

    void readsArticleDates()
    {
        QCOMPARE(articleDate(QStringLiteral("2025-05-02")), QDate(2025, 5, 2).startOfDay());
        QCOMPARE(articleDate(QStringLiteral("2025-05-03T09:30:00Z")),
                 QDateTime(QDate(2025, 5, 3), QTime(9, 30), Qt::UTC));
        QCOMPARE(articleDate(QStringLiteral("2025-05-03 (evening)")),
                 QDate(2025, 5, 3).startOfDay());
        QVERIFY(!articleDate(QString()).isValid());
        QVERIFY(!articleDate(QStringLiteral("last Tuesday")).isValid());
        QVERIFY(!articleDate(QStringLiteral("2025-13-40")).isValid());
    }

    void countsAProjectBuiltByHand()
    {
        Built b = build();
        QVERIFY(b.project);
        auto input = chartInputOf(*b.project);
        QVERIFY2(input, qPrintable(input.errorMessage()));
        const auto id = [&b](int i) { return b.annotations.at(i).id; };

        const CountMatrix byActor = countsByKindAndActor(*input);
        // Cy says nothing: no column.
        QCOMPARE(namesOf(byActor.columns()),
                 (QStringList{QStringLiteral("Ann"), QStringLiteral("bob"),
                              QStringLiteral("No actor")}));
        QCOMPARE(byActor.count(kindRow(AnnotationKind::Claim), 0), 2);
        QCOMPARE(byActor.count(kindRow(AnnotationKind::Counterclaim), 1), 2);
        QCOMPARE(byActor.count(kindRow(AnnotationKind::Note), 2), 1);
        QCOMPARE(byActor.count(kindRow(AnnotationKind::Source), 2), 1);
        QCOMPARE(byActor.total(), 6);

        const CountMatrix byArticle = countsByKindAndArticle(*input);
        QCOMPARE(namesOf(byArticle.columns()),
                 (QStringList{QStringLiteral("Dated"), QStringLiteral("Undated")}));
        QCOMPARE(byArticle.columnTotal(0), 5);
        QCOMPARE(byArticle.annotations(kindRow(AnnotationKind::Counterclaim), 1),
                 QList<QUuid>{id(3)});

        // red: 0, 1, 4; blue: 0, 2; both: 0.
        const CountMatrix tags = tagCooccurrence(*input);
        QCOMPARE(namesOf(tags.rows()),
                 (QStringList{QStringLiteral("red"), QStringLiteral("blue")}));
        QCOMPARE(tags.count(0, 0), 3);
        QCOMPARE(tags.count(1, 1), 2);
        QCOMPARE(tags.annotations(0, 1), QList<QUuid>{id(0)});
        QCOMPARE(tags.annotations(1, 0), QList<QUuid>{id(0)});

        const CountMatrix rebuts = actorRelations(*input, RelationKind::Rebuts);
        QCOMPARE(namesOf(rebuts.rows()),
                 (QStringList{QStringLiteral("Ann"), QStringLiteral("bob")}));
        QCOMPARE(rebuts.count(1, 0), 2);
        QCOMPARE(setOf(rebuts.annotations(1, 0)), (QSet<QUuid>{id(2), id(0), id(1)}));
        QCOMPARE(rebuts.count(0, 1), 1);
        QCOMPARE(rebuts.count(0, 0), 0);
        // Same-claim links are no rebuttal: nothing on Ann's own diagonal.
        const CountMatrix supports = actorRelations(*input, RelationKind::Supports);
        QCOMPARE(namesOf(supports.rows()),
                 (QStringList{QStringLiteral("Ann"), QStringLiteral("No actor")}));
        QCOMPARE(supports.count(1, 0), 1);
        QCOMPARE(supports.total(), 1);

        const Timeline t = timeline(*input);
        QCOMPARE(t.undated, 1);
        QCOMPARE(namesOf(t.rows), (QStringList{QStringLiteral("Ann"), QStringLiteral("bob"),
                                               QStringLiteral("No actor")}));
        QCOMPARE(t.points.size(), 3);
        QCOMPARE(t.points.at(0).annotations, (QList<QUuid>{id(0), id(1)}));
        QCOMPARE(t.points.at(0).when, QDate(2024, 3, 1).startOfDay());
        QVERIFY(t.points.at(2).kind == AnnotationKind::Source);
    }

    // What the list's filter leaves: the charts count only those annotations, and a relation
    // only when both its ends are left.
    void followsARestriction()
    {
        Built b = build();
        QVERIFY(b.project);
        const ChartInput all = *chartInputOf(*b.project);
        const ChartInput some = all.restrictedTo({b.annotations.at(0).id, b.annotations.at(2).id});
        QCOMPARE(some.annotations.size(), 2);
        const CountMatrix byActor = countsByKindAndActor(some);
        QCOMPARE(byActor.total(), 2);
        QCOMPARE(namesOf(byActor.columns()),
                 (QStringList{QStringLiteral("Ann"), QStringLiteral("bob")}));
        const CountMatrix rebuts = actorRelations(some, RelationKind::Rebuts);
        QCOMPARE(rebuts.total(), 1);
        QCOMPARE(rebuts.count(rebuts.rowOf(b.bob.id), rebuts.columnOf(b.ann.id)), 1);
        QCOMPARE(actorRelations(some, RelationKind::Supports).total(), 0);
        const CountMatrix tags = tagCooccurrence(some);
        QCOMPARE(tags.count(tags.rowOf(b.blue.id), tags.columnOf(b.blue.id)), 2);
        QCOMPARE(tags.count(tags.rowOf(b.red.id), tags.columnOf(b.red.id)), 1);

        const ChartInput none = all.restrictedTo({});
        QVERIFY(countsByKindAndActor(none).isEmpty());
        QCOMPARE(countsByKindAndActor(none).columnCount(), 0);
        QVERIFY(countsByKindAndArticle(none).isEmpty());
        QCOMPARE(tagCooccurrence(none).rowCount(), 0);
        QCOMPARE(actorRelations(none, RelationKind::Rebuts).rowCount(), 0);
        QVERIFY(timeline(none).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoryCharts)
#include "tst_storycharts.moc"
