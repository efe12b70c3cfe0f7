// Issue 15 item 10: a claim's verdict (schema.org ClaimReview), given on the command line and
// exported as ClaimReview JSON-LD that carries every property Google's fact-check documentation
// requires (claimReviewed, reviewRating with alternateName, url) and recommends (the review's
// author and datePublished; reviewRating's ratingValue, bestRating, worstRating and name;
// itemReviewed as a Claim with its author, datePublished, firstAppearance and appearance), and
// kept by the W3C export and its re-import.
#include "TestSupport.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString denialText =
    QStringLiteral("Nvidia said: nobody smuggles our chips. Customs found chips in lobster tanks.");
const QString storyText =
    QStringLiteral("Smugglers ship GPUs. An Nvidia spokesperson said nobody smuggles our chips.");
const QString quote = QStringLiteral("nobody smuggles our chips");

// The properties of one ClaimReview that Google's "Fact check (ClaimReview) structured data"
// page requires or recommends and that are missing or of the wrong type, as paths
// ("itemReviewed.author.name"); empty when it has them all.
QStringList missingGoogleProperties(const QJsonObject &review)
{
    QStringList missing;
    const auto text = [&](const QJsonObject &object, const QString &path, const char *key) {
        if (object.value(QLatin1StringView(key)).toString().isEmpty())
            missing.append(path + QLatin1StringView(key));
    };
    const auto number = [&](const QJsonObject &object, const QString &path, const char *key) {
        if (!object.value(QLatin1StringView(key)).isDouble())
            missing.append(path + QLatin1StringView(key));
    };
    const auto typed = [&](const QJsonObject &object, const QString &path,
                           const QStringList &types) {
        if (!types.contains(object.value(u"@type").toString()))
            missing.append(path + QStringLiteral("@type"));
    };
    const auto agent = [&](const QJsonValue &value, const QString &path) {
        if (!value.isObject()) {
            missing.append(path);
            return;
        }
        typed(value.toObject(), path + u'.',
              {QStringLiteral("Person"), QStringLiteral("Organization")});
        text(value.toObject(), path + u'.', "name");
    };
    const auto work = [&](const QJsonValue &value, const QString &path) {
        // A URL, or a CreativeWork with its url, headline and datePublished.
        if (value.isString())
            return;
        if (!value.isObject()) {
            missing.append(path);
            return;
        }
        typed(value.toObject(), path + u'.', {QStringLiteral("CreativeWork")});
        for (const char *key : {"url", "headline", "datePublished"})
            text(value.toObject(), path + u'.', key);
    };

    if (review.value(u"@context").toString() != u"https://schema.org")
        missing.append(QStringLiteral("@context"));
    typed(review, {}, {QStringLiteral("ClaimReview")});
    // Required.
    text(review, {}, "claimReviewed");
    text(review, {}, "url");
    const QJsonObject rating = review.value(u"reviewRating").toObject();
    typed(rating, QStringLiteral("reviewRating."), {QStringLiteral("Rating")});
    text(rating, QStringLiteral("reviewRating."), "alternateName");
    // Recommended.
    agent(review.value(u"author"), QStringLiteral("author"));
    text(review, {}, "datePublished");
    for (const char *key : {"ratingValue", "bestRating", "worstRating"})
        number(rating, QStringLiteral("reviewRating."), key);
    text(rating, QStringLiteral("reviewRating."), "name");
    const QJsonObject claim = review.value(u"itemReviewed").toObject();
    typed(claim, QStringLiteral("itemReviewed."), {QStringLiteral("Claim")});
    agent(claim.value(u"author"), QStringLiteral("itemReviewed.author"));
    text(claim, QStringLiteral("itemReviewed."), "datePublished");
    work(claim.value(u"firstAppearance"), QStringLiteral("itemReviewed.firstAppearance"));
    const QJsonArray appearances = claim.value(u"appearance").toArray();
    if (appearances.isEmpty())
        missing.append(QStringLiteral("itemReviewed.appearance"));
    for (qsizetype i = 0; i < appearances.size(); ++i)
        work(appearances.at(i), QStringLiteral("itemReviewed.appearance[%1]").arg(i));
    return missing;
}

} // namespace

class TestClaimReview final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUuid m_denial, m_story, m_claim, m_sameClaim, m_counter, m_unreviewed, m_source;

    QUuid add(const QUuid &article, const QString &text, const QString &exact, AnnotationKind kind,
              const QUuid &actor = {})
    {
        Annotation a;
        a.articleId = article;
        a.kind = kind;
        a.start = int(text.indexOf(exact));
        a.end = a.start + int(exact.size());
        a.actorId = actor;
        auto added = m_project->addAnnotation(a);
        if (!added)
            qWarning() << added.errorMessage();
        return added ? added->id : QUuid();
    }

    // Runs the command line; its exit code, and what it wrote to stdout and stderr.
    std::tuple<int, QString, QString> run(const QStringList &arguments)
    {
        QProcess process;
        process.start(counterpointExecutable(), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, {}};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonArray exportedReviews(const Project &project)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto outcome =
            exportAnnotations(project, ExportFormat::ClaimReview, ExportScope::wholeProject(),
                              buffer, QStringLiteral("the buffer"));
        if (!outcome) {
            qWarning() << outcome.errorMessage();
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning() << "not a JSON array:" << error.errorString();
        return document.array();
    }

private slots:
    // Two articles with the same claim (the later one reviewed, linked as the same claim), a
    // counterclaim, a claim nobody reviewed and a source.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = createProject(m_dir, QStringLiteral("review.counterpoint"));
        QVERIFY(m_project);
        Article denial;
        denial.title = QStringLiteral("Nvidia denies smuggling");
        denial.url = QStringLiteral("https://news.example/nvidia-denies");
        denial.publisher = QStringLiteral("Tech Daily");
        denial.published = QStringLiteral("2026-11-20");
        denial.text = denialText;
        denial.original = denialText.toUtf8();
        denial.contentHash = QStringLiteral("denial");
        m_denial = m_project->addArticle(denial)->id;
        Article story = denial;
        story.title = QStringLiteral("The smuggling story");
        story.url = QStringLiteral("https://press.example/smuggling");
        story.published = QStringLiteral("2026-11-18T09:30:00Z");
        story.text = storyText;
        story.original = storyText.toUtf8();
        story.contentHash = QStringLiteral("story");
        m_story = m_project->addArticle(story)->id;
        const QUuid nvidia = m_project->addActor({{}, QStringLiteral("Nvidia"), {}})->id;

        m_claim = add(m_denial, denialText, quote, AnnotationKind::Claim, nvidia);
        m_sameClaim = add(m_story, storyText, quote, AnnotationKind::Claim, nvidia);
        m_counter =
            add(m_denial, denialText, QStringLiteral("Customs found chips in lobster tanks"),
                AnnotationKind::Counterclaim);
        m_unreviewed =
            add(m_story, storyText, QStringLiteral("Smugglers ship GPUs"), AnnotationKind::Claim);
        m_source = add(m_denial, denialText, QStringLiteral("Customs"), AnnotationKind::Source);
        for (const QUuid &id : {m_claim, m_sameClaim, m_counter, m_unreviewed, m_source})
            QVERIFY(!id.isNull());
        QVERIFY(m_project->addRelation(
            {{}, m_claim, m_sameClaim, RelationKind::SameClaim, QString(), QString(), {}}));
    }

    // The command line gives, shows, changes and clears a verdict, and refuses what it cannot
    // store with one line and nothing changed.
    void theCommandLineGivesAndClearsVerdicts()
    {
        const QString path = m_project->filePath();
        const QString claim = m_claim.toString(QUuid::WithoutBraces);
        auto [code, out, err] =
            run({QStringLiteral("review"), path, claim.left(8), QStringLiteral("--rating"),
                 QStringLiteral("false"), QStringLiteral("--reviewer"), QStringLiteral("Full Fact"),
                 QStringLiteral("--date"), QStringLiteral("2026-11-30"), QStringLiteral("--url"),
                 QStringLiteral("https://fullfact.example/nvidia-chips")});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(out, QStringLiteral("False (1 on a scale from 1 to 5), reviewed by Full Fact, "
                                     "2026-11-30, https://fullfact.example/nvidia-chips\n"));
        std::tie(code, out, err) = run({QStringLiteral("review"), path, claim});
        QCOMPARE(code, 0);
        QCOMPARE(out, QStringLiteral("False (1 on a scale from 1 to 5), reviewed by Full Fact, "
                                     "2026-11-30, https://fullfact.example/nvidia-chips\n"));

        // A new verdict with only a rating: the project's author, today.
        const QString counter = m_counter.toString(QUuid::WithoutBraces);
        std::tie(code, out, err) =
            run({QStringLiteral("--author"), QStringLiteral("Ada"), QStringLiteral("review"), path,
                 counter, QStringLiteral("--rating"), QStringLiteral("Mostly accurate")});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(out, QStringLiteral("Mostly accurate (4 on a scale from 1 to 5), reviewed by "
                                     "Ada, %1\n")
                          .arg(QDate::currentDate().toString(Qt::ISODate)));

        const QString source = m_source.toString(QUuid::WithoutBraces);
        std::tie(code, out, err) = run({QStringLiteral("review"), path, source,
                                        QStringLiteral("--rating"), QStringLiteral("False")});
        QCOMPARE(code, 1);
        QCOMPARE(err, QStringLiteral("Only a claim or a counterclaim can be given a verdict; "
                                     "this is a source.\n"));
        std::tie(code, out, err) = run({QStringLiteral("review"), path, claim,
                                        QStringLiteral("--rating"), QStringLiteral("Bogus")});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(QStringLiteral("--value")), qPrintable(err));
        std::tie(code, out, err) = run({QStringLiteral("review"), path, claim,
                                        QStringLiteral("--date"), QStringLiteral("30/11/2026")});
        QCOMPARE(code, 2);
        QCOMPARE(err, QStringLiteral("--date must be a date as YYYY-MM-DD, not “30/11/2026”.\n"));
        std::tie(code, out, err) =
            run({QStringLiteral("review"), path, claim, QStringLiteral("--clear"),
                 QStringLiteral("--rating"), QStringLiteral("False")});
        QCOMPARE(code, 2);

        // A rating of one's own scale, then cleared.
        const QString unreviewed = m_unreviewed.toString(QUuid::WithoutBraces);
        std::tie(code, out, err) =
            run({QStringLiteral("review"), path, unreviewed, QStringLiteral("--rating"),
                 QStringLiteral("Pants on fire"), QStringLiteral("--value"), QStringLiteral("0"),
                 QStringLiteral("--worst"), QStringLiteral("0")});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.startsWith(QStringLiteral("Pants on fire (0 on a scale from 0 to 5)")),
                 qPrintable(out));
        std::tie(code, out, err) =
            run({QStringLiteral("review"), path, unreviewed, QStringLiteral("--clear")});
        QCOMPARE(code, 0);
        QCOMPARE(out, QStringLiteral("Verdict removed.\n"));

        auto verdicts = m_project->verdicts();
        QVERIFY(verdicts);
        QCOMPARE(verdicts->size(), 2);
        auto verdict = m_project->verdict(m_claim);
        QVERIFY(verdict && verdict->has_value());
        QCOMPARE((*verdict)->rating, QStringLiteral("False"));
        QCOMPARE((*verdict)->ratingValue, 1);
        QCOMPARE((*verdict)->reviewer, QStringLiteral("Full Fact"));
        QCOMPARE((*verdict)->date, QDate(2026, 11, 30));
        QCOMPARE((*verdict)->url, QStringLiteral("https://fullfact.example/nvidia-chips"));
    }

    // One ClaimReview per reviewed claim or counterclaim, nothing for the rest; the complete
    // one has every property Google requires and recommends, with the values of the project;
    // the one without a URL lacks exactly that, and the export says so.
    void exportCarriesWhatGoogleRequiresAndRecommends()
    {
        const QJsonArray reviews = exportedReviews(*m_project);
        QCOMPARE(reviews.size(), 2);
        const QJsonObject review = reviews.at(0).toObject();
        QCOMPARE(review.value(u"@id").toString(),
                 u"urn:uuid:" + m_claim.toString(QUuid::WithoutBraces));
        const QStringList missing = missingGoogleProperties(review);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));

        QCOMPARE(review.value(u"claimReviewed").toString(), quote);
        QCOMPARE(review.value(u"url").toString(),
                 QStringLiteral("https://fullfact.example/nvidia-chips"));
        QCOMPARE(review.value(u"datePublished").toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(review.value(u"author").toObject().value(u"name").toString(),
                 QStringLiteral("Full Fact"));
        const QJsonObject rating = review.value(u"reviewRating").toObject();
        QCOMPARE(rating.value(u"alternateName").toString(), QStringLiteral("False"));
        QCOMPARE(rating.value(u"name").toString(), QStringLiteral("False"));
        QCOMPARE(rating.value(u"ratingValue").toInt(), 1);
        QCOMPARE(rating.value(u"worstRating").toInt(), 1);
        QCOMPARE(rating.value(u"bestRating").toInt(), 5);
        const QJsonObject claim = review.value(u"itemReviewed").toObject();
        QCOMPARE(claim.value(u"author").toObject().value(u"name").toString(),
                 QStringLiteral("Nvidia"));
        // It first appeared in the story of the 18th, then in the denial of the 20th.
        QCOMPARE(claim.value(u"datePublished").toString(), QStringLiteral("2026-11-18"));
        const QJsonObject first = claim.value(u"firstAppearance").toObject();
        QCOMPARE(first.value(u"url").toString(), QStringLiteral("https://press.example/smuggling"));
        QCOMPARE(first.value(u"headline").toString(), QStringLiteral("The smuggling story"));
        QCOMPARE(first.value(u"datePublished").toString(), QStringLiteral("2026-11-18"));
        const QJsonArray appearances = claim.value(u"appearance").toArray();
        QCOMPARE(appearances.size(), 2);
        QCOMPARE(appearances.at(0).toObject().value(u"url").toString(),
                 QStringLiteral("https://press.example/smuggling"));
        QCOMPARE(appearances.at(1).toObject().value(u"url").toString(),
                 QStringLiteral("https://news.example/nvidia-denies"));
        QCOMPARE(appearances.at(1).toObject().value(u"datePublished").toString(),
                 QStringLiteral("2026-11-20"));

        // The counterclaim's review has no URL and its claim no actor: exactly those are missing.
        const QJsonObject counter = reviews.at(1).toObject();
        QCOMPARE(counter.value(u"claimReviewed").toString(),
                 QStringLiteral("Customs found chips in lobster tanks"));
        QCOMPARE(counter.value(u"reviewRating").toObject().value(u"alternateName").toString(),
                 QStringLiteral("Mostly accurate"));
        QCOMPARE(missingGoogleProperties(counter),
                 (QStringList{QStringLiteral("url"), QStringLiteral("itemReviewed.author")}));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto outcome =
            exportAnnotations(*m_project, ExportFormat::ClaimReview, ExportScope::wholeProject(),
                              buffer, QStringLiteral("the buffer"));
        QVERIFY(outcome);
        QCOMPARE(outcome->annotations, 2);
        QCOMPARE(outcome->warnings.size(), 1);
        QVERIFY2(outcome->warnings.first().contains(QStringLiteral("without a URL, which Google "
                                                                   "requires")),
                 qPrintable(outcome->warnings.first()));

        // Through the command line: the file, and the warning on stderr.
        const QString path = m_dir.filePath(QStringLiteral("reviews.jsonld"));
        auto [code, out, err] =
            run({QStringLiteral("export"), m_project->filePath(), QStringLiteral("--format"),
                 QStringLiteral("claimreview"), QStringLiteral("-o"), path});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("Warning: ")) && err.contains(u"Google"),
                 qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(readFile(path)).array(), reviews);
    }

    // The CSV ends each row with the verdict's seven columns, empty for an unreviewed one, and
    // then the page (empty: these articles have none).
    void csvCarriesTheVerdictColumns()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exportAnnotations(*m_project, ExportFormat::Csv, ExportScope::wholeProject(),
                                  buffer, QStringLiteral("the buffer")));
        const QStringList lines =
            QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.first().endsWith(QStringLiteral(",related ids,verdict,rating value,worst "
                                                       "rating,best rating,reviewer,reviewed,"
                                                       "review URL,page")),
                 qPrintable(lines.first()));
        QHash<QString, QStringList> byId;
        for (const QString &line : lines.mid(1))
            byId.insert(line.section(u',', 0, 0), line.split(u','));
        const QStringList claim = byId.value(m_claim.toString(QUuid::WithoutBraces));
        QCOMPARE(claim.mid(claim.size() - 8, 7),
                 (QStringList{QStringLiteral("False"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("5"), QStringLiteral("Full Fact"),
                              QStringLiteral("2026-11-30"),
                              QStringLiteral("https://fullfact.example/nvidia-chips")}));
        const QStringList source = byId.value(m_source.toString(QUuid::WithoutBraces));
        QCOMPARE(source.mid(source.size() - 8), QStringList(8, QString()));
    }

    // The W3C export carries each verdict, and importing it into an empty project gives the
    // same verdicts back.
    void theW3cExportKeepsVerdicts()
    {
        const QString path = m_dir.filePath(QStringLiteral("with-verdicts.jsonld"));
        QVERIFY(exportAnnotationsToFile(*m_project, ExportFormat::JsonLd,
                                        ExportScope::wholeProject(), path));
        QTemporaryDir other;
        auto empty = createProject(other);
        QVERIFY(empty);
        auto report = importAnnotations(*empty, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->skipped, QStringList());
        QCOMPARE(*empty->verdicts(), *m_project->verdicts());
        QCOMPARE(empty->verdicts()->size(), 2);
        // A second import changes nothing.
        auto again = importAnnotations(*empty, path);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(*empty->verdicts(), *m_project->verdicts());
    }
};

QTEST_MAIN(TestClaimReview)
#include "tst_claimreview.moc"
