// Agreement measures (issue 14 item 3): the formulas against published worked examples with
// their printed results, the sweep against a brute-force per-character computation on random
// cases, the disagreements of two coders, and the command line on a project.
#include "BruteForceAgreement.h"
#include "TestSupport.h"
#include "analysis/AgreementFormat.h"
#include "analysis/AgreementReader.h"
#include "analysis/AgreementReport.h"
#include "analysis/BlindCoding.h"
#include "analysis/NominalAgreement.h"
#include "analysis/UnitizingAlpha.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace counterpoint;
using namespace counterpoint::analysis;

namespace {

constexpr int M = NominalAgreement::missing;

ReadingSpan span(qint64 start, qint64 end, AnnotationKind kind, std::vector<int> codes = {})
{
    ReadingSpan result;
    result.annotationId = QUuid::createUuid();
    result.start = start;
    result.end = end;
    result.kind = kind;
    result.codes = codes.empty() ? std::vector<int>{int(kind)} : std::move(codes);
    return result;
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 observers,
    // 12 units, values 1–5 with missing ones; printed: α (nominal) = 0.743.
    void krippendorffAlphaWithMissingValues()
    {
        const int data[4][12] = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
            {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M},
        };
        NominalAgreement agreement(4);
        for (int unit = 0; unit < 12; ++unit) {
            const int values[4] = {data[0][unit], data[1][unit], data[2][unit], data[3][unit]};
            agreement.addUnit(values);
        }
        QCOMPARE(agreement.pairableValues(), 40); // n = 40 pairable values, as printed
        QCOMPARE(QString::number(agreement.krippendorffAlpha(), 'f', 3), QStringLiteral("0.743"));
    }

    // Cohen's κ, the worked example of its Wikipedia article: 50 grant proposals, two readers,
    // yes/yes 20, yes/no 5, no/yes 10, no/no 15: po = 0.7, pe = 0.5, κ = 0.4.
    void cohenKappaPublishedExample()
    {
        NominalAgreement agreement(2);
        const int yesYes[2] = {1, 1}, yesNo[2] = {1, 0}, noYes[2] = {0, 1}, noNo[2] = {0, 0};
        agreement.addUnit(yesYes, 20);
        agreement.addUnit(yesNo, 5);
        agreement.addUnit(noYes, 10);
        agreement.addUnit(noNo, 15);
        QCOMPARE(agreement.percentAgreement(0, 1), 0.7);
        QVERIFY(std::abs(agreement.cohenKappa(0, 1) - 0.4) < 1e-12);
        QVERIFY(std::abs(agreement.cohenKappa(1, 0) - 0.4) < 1e-12);
    }

    // Fleiss' κ, the worked example of its Wikipedia article (after Fleiss 1971): 10 subjects,
    // 14 raters, 5 categories; printed: P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    void fleissKappaPublishedExample()
    {
        const int counts[10][5] = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        NominalAgreement agreement(14);
        for (const auto &subject : counts) {
            std::vector<int> values;
            for (int category = 0; category < 5; ++category)
                values.insert(values.end(), size_t(subject[category]), category);
            QCOMPARE(values.size(), size_t(14));
            agreement.addUnit(values);
        }
        QCOMPARE(QString::number(agreement.fleissKappa(), 'f', 3), QStringLiteral("0.210"));
    }

    // Krippendorff, Content Analysis, 2nd ed. (2004), p. 254: two observers, a continuum from
    // 150 to 450, codes c and k. Printed: δ² of three section pairs; uDo(c) = 0.0144,
    // uDe(c) = 0.0532, uα(c) = 0.7286; uDo(k) = 0, uDe(k) = 0.0490, uα(k) = 1; uα = 0.8591.
    void unitizingAlphaPublishedExample()
    {
        QCOMPARE(UnitizingAlpha::delta({225, 295}, true, {220, 300}, true), 50.0);
        QCOMPARE(UnitizingAlpha::delta({370, 400}, true, {355, 375}, true), 850.0);
        QCOMPARE(UnitizingAlpha::delta({400, 450}, false, {400, 420}, true), 400.0);

        const qint64 begin = 150;
        auto at = [&](qint64 start, qint64 length) {
            return Interval{start - begin, start - begin + length};
        };
        UnitizingAlpha c(2), k(2);
        c.addContinuum(300, {{at(225, 70), at(370, 30)}, {at(220, 80), at(355, 20), at(400, 20)}});
        k.addContinuum(300, {{at(180, 60), at(300, 50)}, {at(180, 60), at(300, 50)}});
        QCOMPARE(QString::number(c.observedDisagreement(), 'f', 4), QStringLiteral("0.0144"));
        QCOMPARE(QString::number(c.expectedDisagreement(), 'f', 4), QStringLiteral("0.0532"));
        QCOMPARE(QString::number(c.alpha(), 'f', 4), QStringLiteral("0.7286"));
        QCOMPARE(k.observedDisagreement(), 0.0);
        QCOMPARE(QString::number(k.expectedDisagreement(), 'f', 4), QStringLiteral("0.0490"));
        QCOMPARE(k.alpha(), 1.0);
        const double overall = 1.0 - (c.observedDisagreement() + k.observedDisagreement()) /
                                         (c.expectedDisagreement() + k.expectedDisagreement());
        // The book prints 0.8591 from its rounded uDo and uDe: 1 − 0.0144/(0.0532 + 0.0490).
        QVERIFY2(std::abs(overall - 0.8591) < 0.0005, qPrintable(QString::number(overall)));
    }

    // Krippendorff (1995), p. 57: four pairs of observers on a continuum of 24 (A–D). The
    // observed disagreements are exact; the expected ones, printed for a long continuum, are
    // reproduced within 0.02 of uα (the paper's own arithmetic differs slightly, as DKPro
    // Statistics' tests of the same example note).
    void unitizingAlpha1995Example_data()
    {
        QTest::addColumn<QList<Interval>>("first");
        QTest::addColumn<QList<Interval>>("second");
        QTest::addColumn<double>("observed");
        QTest::addColumn<double>("alpha");
        using L = QList<Interval>;
        QTest::newRow("A") << L{{2, 10}, {14, 20}} << L{{4, 8}, {15, 17}} << 0.03125 << 0.553;
        QTest::newRow("B") << L{{0, 18}}
                           << L{{0, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 9}, {9, 10}} << 2.26736
                           << -0.926;
        QTest::newRow("C") << L{{2, 8}, {10, 12}, {14, 18}, {20, 22}}
                           << L{{0, 2}, {4, 8}, {10, 14}, {16, 18}, {20, 22}} << 0.02777 << 0.679;
        QTest::newRow("D") << L{{0, 2}, {2, 10}, {10, 14}, {14, 20}, {20, 24}}
                           << L{{0, 4}, {4, 8}, {8, 15}, {15, 17}, {17, 24}} << 0.38715 << 0.066;
    }
    void unitizingAlpha1995Example()
    {
        QFETCH(QList<Interval>, first);
        QFETCH(QList<Interval>, second);
        QFETCH(double, observed);
        QFETCH(double, alpha);
        UnitizingAlpha exact(2);
        exact.addContinuum(24, {std::vector<Interval>(first.begin(), first.end()),
                                std::vector<Interval>(second.begin(), second.end())});
        QVERIFY2(std::abs(exact.observedDisagreement() - observed) < 1e-5,
                 qPrintable(QString::number(exact.observedDisagreement())));
        // Stretched 50 000 times, as the paper's expected disagreements assume.
        const qint64 stretch = 50000;
        auto stretched = [&](const QList<Interval> &units) {
            std::vector<Interval> result;
            for (const Interval &unit : units)
                result.push_back({unit.start * stretch, unit.end * stretch});
            return result;
        };
        UnitizingAlpha longer(2);
        longer.addContinuum(24 * stretch, {stretched(first), stretched(second)});
        QVERIFY2(std::abs(longer.alpha() - alpha) < 0.02,
                 qPrintable(QString::number(longer.alpha())));
    }

    // The sweep over span boundaries gives every figure a character-by-character computation
    // from the definitions gives, on random readings: 2 to 4 coders, codes that overlap, spans
    // with one code or two, touching and nested spans, empty readings.
    void sweepEqualsBruteForce()
    {
        QRandomGenerator random(20261201);
        for (int round = 0; round < 300; ++round) {
            AgreementInput input;
            const int coders = 2 + int(random.bounded(3));
            const int codes = 1 + int(random.bounded(4));
            for (int c = 0; c < coders; ++c) {
                input.coders.append(QStringLiteral("coder %1").arg(c));
                input.setIds.append(QUuid::createUuid());
            }
            for (int code = 0; code < codes; ++code)
                input.codes.append(QStringLiteral("code %1").arg(code));
            const int articles = 1 + int(random.bounded(3));
            for (int a = 0; a < articles; ++a) {
                ArticleReadings article;
                article.articleId = QUuid::createUuid();
                article.length = 1 + random.bounded(60);
                article.coders.resize(size_t(coders));
                for (auto &reading : article.coders) {
                    const int spans = int(random.bounded(7));
                    for (int s = 0; s < spans; ++s) {
                        const qint64 start = random.bounded(int(article.length));
                        const qint64 end = start + 1 + random.bounded(int(article.length - start));
                        std::vector<int> spanCodes{int(random.bounded(codes))};
                        if (codes > 1 && random.bounded(4) == 0)
                            spanCodes.push_back((spanCodes[0] + 1) % codes);
                        reading.push_back(span(start, end, AnnotationKind::Claim, spanCodes));
                    }
                }
                input.articles.push_back(std::move(article));
            }
            const AgreementReport fast = computeAgreement(input);
            const AgreementReport brute = testing::bruteForceAgreement(input);
            const double difference = testing::largestDifference(fast, brute);
            QVERIFY2(difference < 1e-9,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(difference)));
        }
    }

    // Figures a user can check by hand: two coders who agree exactly have α = κ = uα = 1 and
    // 100 % agreement; one who coded nothing against one who coded has uα ≤ 0.
    void exactAgreementAndNone()
    {
        AgreementInput input;
        input.coders = {QStringLiteral("a"), QStringLiteral("b")};
        input.setIds = {QUuid::createUuid(), QUuid::createUuid()};
        input.codes = {QStringLiteral("claim"), QStringLiteral("counterclaim")};
        ArticleReadings article;
        article.length = 100;
        article.coders = {
            {span(10, 20, AnnotationKind::Claim), span(40, 60, AnnotationKind::Counterclaim)},
            {span(10, 20, AnnotationKind::Claim), span(40, 60, AnnotationKind::Counterclaim)}};
        input.articles.push_back(article);
        AgreementReport report = computeAgreement(input);
        QCOMPARE(report.overall.all.krippendorffAlphaNominal, 1.0);
        QCOMPARE(report.overall.all.cohenKappa, 1.0);
        QCOMPARE(report.overall.all.unitizingAlpha, 1.0);
        QCOMPARE(report.overall.all.percentAgreement, 1.0);
        QVERIFY(report.disagreements.isEmpty());

        input.articles[0].coders[1].clear();
        report = computeAgreement(input);
        QVERIFY(report.overall.all.unitizingAlpha <= 0);
        QCOMPARE(report.overall.all.percentAgreement, 0.7); // 30 of 100 characters differ
        QCOMPARE(report.disagreements.size(), 1);
        QCOMPARE(report.disagreements[0].disagreements.size(), size_t(2));
        QCOMPARE(toString(report.disagreements[0].disagreements[0].type),
                 toString(DisagreementType::OnlyFirst));
    }

    void disagreementsOfTwoCoders()
    {
        const auto claim = AnnotationKind::Claim, source = AnnotationKind::Source,
                   note = AnnotationKind::Note;
        std::vector<ReadingSpan> first = {span(0, 10, claim),    span(20, 30, claim),
                                          span(40, 50, source),  span(60, 70, note),
                                          span(100, 110, claim), span(112, 120, claim)};
        std::vector<ReadingSpan> second = {span(0, 10, claim),    span(22, 30, claim),
                                           span(40, 50, claim),   span(80, 90, note),
                                           span(100, 120, claim), span(130, 140, source)};
        const std::vector<Disagreement> found = disagreementsOf(first, second);
        QCOMPARE(found.size(), size_t(7));
        QCOMPARE(toString(found[0].type),
                 toString(DisagreementType::Boundaries)); // 20–30 against 22–30
        QCOMPARE(found[0].first->start, 20);
        QCOMPARE(found[0].second->start, 22);
        QCOMPARE(toString(found[1].type),
                 toString(DisagreementType::Code)); // 40–50 source against claim
        QVERIFY(found[1].kindDiffers());
        QCOMPARE(toString(found[2].type), toString(DisagreementType::OnlyFirst)); // 60–70
        QVERIFY(!found[2].second);
        QCOMPARE(toString(found[3].type), toString(DisagreementType::OnlySecond)); // 80–90
        // 100–110 and 112–120 both lie in the other's 100–120: each is reported beside it.
        QCOMPARE(toString(found[4].type), toString(DisagreementType::Boundaries));
        QCOMPARE(toString(found[5].type), toString(DisagreementType::Boundaries));
        QCOMPARE(found[4].second->end, 120);
        QCOMPARE(found[5].second->end, 120);
        QCOMPARE(toString(found[6].type), toString(DisagreementType::OnlySecond));

        // The same span with different tags is a disagreement of code too.
        ReadingSpan tagged = span(0, 10, claim);
        tagged.tagIds = {QUuid::createUuid()};
        const auto tags = disagreementsOf({span(0, 10, claim)}, {tagged});
        QCOMPARE(tags.size(), size_t(1));
        QCOMPARE(toString(tags[0].type), toString(DisagreementType::Code));
        QVERIFY(tags[0].tagsDiffer());
        QVERIFY(!tags[0].kindDiffers());
    }

    // Whose reading each set is, the consensus set and its sources, blind coding (issue 14
    // item 1; schema 6), kept in the file and shown by `counterpoint coders`.
    void codersConsensusAndBlindCoding()
    {
        QTemporaryDir dir;
        QString path;
        QUuid alice, bob, consensus, settled;
        QList<QUuid> sources;
        {
            auto project = test::createProject(dir);
            QVERIFY(project);
            path = project->filePath();
            Article article;
            article.title = QStringLiteral("Harbour");
            article.text = QStringLiteral("The council says the harbour plan will bring jobs.");
            article.original = article.text.toUtf8();
            article.contentHash = QStringLiteral("h");
            auto added = project->addArticle(article);
            alice = project->ensureAnnotationSet(QStringLiteral("Alice's reading"))->id;
            bob = project->ensureAnnotationSet(QStringLiteral("Bob's reading"))->id;
            consensus = project->ensureAnnotationSet(QStringLiteral("Consensus"))->id;
            QVERIFY(project->setAnnotationSetOwner(alice, QStringLiteral("alice")));
            QVERIFY(project->setAnnotationSetOwner(bob, QStringLiteral("bob")));
            QVERIFY(project->setConsensusSet(consensus, true));
            QVERIFY(!project->setAnnotationSetOwner(QUuid::createUuid(), QStringLiteral("x")));
            for (const QUuid &set : {alice, bob, consensus}) {
                Annotation annotation;
                annotation.articleId = added->id;
                annotation.setId = set;
                annotation.start = 0;
                annotation.end = 20;
                auto stored = project->addAnnotation(annotation);
                QVERIFY(stored);
                if (set == consensus)
                    settled = stored->id;
                else
                    sources.append(stored->id);
            }
            QVERIFY(project->setConsensusSources(settled, sources));
            QVERIFY(analysis::setBlindCoding(*project, true));
        }
        auto project = Project::open(path);
        QVERIFY(project);
        QCOMPARE((*project)->schemaVersion(), Database::latestSchemaVersion);
        auto roles = (*project)->annotationSetRoles();
        QVERIFY(roles);
        QCOMPARE(roles->size(), 4); // with the default set, nobody's
        for (const SetRole &role : std::as_const(*roles)) {
            if (role.setId == alice)
                QCOMPARE(role.owner, QStringLiteral("alice"));
            if (role.setId == consensus)
                QVERIFY(role.consensus);
        }
        QList<QUuid> stored = *(*project)->consensusSources(settled);
        std::sort(sources.begin(), sources.end());
        QCOMPARE(stored, sources);
        QVERIFY(analysis::isBlindCoding(**project));
        // Alice sees her own set and nobody's; Bob's and the consensus stay hidden.
        const QSet<QUuid> hidden = analysis::hiddenSets(*roles, QStringLiteral("Alice"), true);
        QCOMPARE(hidden, (QSet<QUuid>{bob, consensus}));
        QVERIFY(analysis::hiddenSets(*roles, QStringLiteral("alice"), false).isEmpty());
        // A consensus annotation's sources go with it.
        QVERIFY((*project)->removeAnnotation(settled));
        QVERIFY((*project)->consensusSources(settled)->isEmpty());
        project->reset(); // closed, for the command line to open

        QProcess process;
        process.start(test::counterpointExecutable(),
                      {QStringLiteral("coders"), path, QStringLiteral("--owner"),
                       QStringLiteral("Alice's reading=carol"), QStringLiteral("--blind"),
                       QStringLiteral("off")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString listed = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(listed.contains(QStringLiteral("Blind coding: off")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("carol")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("consensus")), qPrintable(listed));
        process.start(test::counterpointExecutable(),
                      {QStringLiteral("coders"), path, QStringLiteral("--owner"),
                       QStringLiteral("Nobody=carol")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
    }

    // From a project file: two sets as coders, by kind and by tag, then the command line's JSON.
    void projectAndCommandLine()
    {
        QTemporaryDir dir;
        auto project = test::createProject(dir);
        QVERIFY(project);
        Article article;
        article.title = QStringLiteral("Harbour plan");
        article.text = QStringLiteral("The council says the harbour plan will bring jobs. Critics "
                                      "say it will not. The mayor cites a study.");
        article.original = article.text.toUtf8();
        article.contentHash = QStringLiteral("hash-1");
        auto added = project->addArticle(article);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        auto alice = project->addAnnotationSet({QUuid(), QStringLiteral("Alice"), {}});
        auto bob = project->addAnnotationSet({QUuid(), QStringLiteral("Bob"), {}});
        QVERIFY(alice && bob);
        auto economy = project->ensureTag(QStringLiteral("economy"));
        QVERIFY(economy);
        auto annotate = [&](const QUuid &set, int start, int end, AnnotationKind kind,
                            QList<QUuid> tags = {}) {
            Annotation annotation;
            annotation.articleId = added->id;
            annotation.setId = set;
            annotation.start = start;
            annotation.end = end;
            annotation.kind = kind;
            annotation.tagIds = tags;
            auto stored = project->addAnnotation(annotation);
            QVERIFY2(stored, qPrintable(stored.errorMessage()));
        };
        annotate(alice->id, 0, 50, AnnotationKind::Claim, {economy->id});
        annotate(alice->id, 51, 75, AnnotationKind::Counterclaim);
        annotate(bob->id, 0, 50, AnnotationKind::Claim, {economy->id});
        annotate(bob->id, 51, 75, AnnotationKind::Claim);
        annotate(bob->id, 76, 100, AnnotationKind::Source);

        AgreementRequest request;
        request.setIds = {alice->id, bob->id};
        auto input = readAgreementInput(*project, request);
        QVERIFY2(input, qPrintable(input.errorMessage()));
        QCOMPARE(input->articles.size(), size_t(1));
        QCOMPARE(input->codes.size(), 4);
        const AgreementReport report = computeAgreement(*input);
        QCOMPARE(report.overall.annotationsPerCoder, (std::vector<qsizetype>{2, 3}));
        QCOMPARE(testing::largestDifference(report, testing::bruteForceAgreement(*input)), 0.0);
        const double length = double(article.text.size());
        QCOMPARE(report.overall.perCode[0].percentAgreement, 1.0 - 24.0 / length);

        request.scheme = CodeScheme::Tag;
        auto byTag = readAgreementInput(*project, request);
        QVERIFY(byTag);
        QCOMPARE(byTag->codes, QStringList{QStringLiteral("economy")});
        QCOMPARE(computeAgreement(*byTag).overall.perCode[0].unitizingAlpha, 1.0);

        request.setIds = {alice->id};
        QVERIFY(!readAgreementInput(*project, request));
        project.reset();

        QProcess process;
        process.start(test::counterpointExecutable(),
                      {QStringLiteral("agreement"),
                       dir.filePath(QStringLiteral("test.counterpoint")), QStringLiteral("--sets"),
                       QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("--format"),
                       QStringLiteral("json")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("sets")).toArray().size(), 2);
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("characters")).toInt(), article.text.size());
        QCOMPARE(overall.value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("Bob"))
                     .toInt(),
                 3);
        const QJsonObject all = overall.value(QStringLiteral("all_codes")).toObject();
        QCOMPARE(all.value(QStringLiteral("krippendorff_alpha_nominal_characters")).toDouble(),
                 report.overall.all.krippendorffAlphaNominal);
        QVERIFY(all.contains(QStringLiteral("krippendorff_unitizing_alpha_2004")));
        QVERIFY(all.value(QStringLiteral("fleiss_kappa_characters")).isDouble());
        const QJsonArray disagreements = json.value(QStringLiteral("disagreements")).toArray();
        QCOMPARE(disagreements.size(), 2); // 51–75 kind, 76–100 only Bob
        QCOMPARE(disagreements[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("code"));

        process.start(test::counterpointExecutable(),
                      {QStringLiteral("agreement"),
                       dir.filePath(QStringLiteral("test.counterpoint")), QStringLiteral("--sets"),
                       QStringLiteral("Alice"), QStringLiteral("Nobody")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("Nobody"));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
