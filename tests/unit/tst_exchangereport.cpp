// The reports (issue 15 item 5): every annotation of the project exactly once, in the argument's
// structure (notes, sources cited by counterclaims and counterclaims that rebut counterclaims
// included), with comments, tags, sets and anchor states; each actor's claims; counts that
// match the body; one embedded stylesheet; the argument map as SVG in the HTML and as vectors in
// the PDF; fonts that draw every character of the text; no javascript: link.
#include "TestSupport.h"
#include "exchange/common/Export.h"

#include "import/PdfText.h"
#include <QRegularExpression>

#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString chipsText = QStringLiteral(
    "Smuggling is a threat to export controls. Nvidia says the stories are tall tales. "
    "Anthropic answers that the cases are documented. A court record lists the cases. "
    "Lobsters 🦞 travelled with the chips, 中文 reports say.");
const QString briefingText =
    QStringLiteral("Chip smuggling threatens export controls. A customs filing gives figures.");

} // namespace

class TestExchangeReport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_annotations = 0;

    QUuid annotate(const QUuid &article, const QString &text, const QString &exact,
                   AnnotationKind kind, const QUuid &actor = {}, const QString &comment = {},
                   QList<QUuid> tags = {}, const QUuid &set = {})
    {
        Annotation a;
        a.articleId = article;
        a.kind = kind;
        a.start = int(text.indexOf(exact));
        a.end = a.start + int(exact.size());
        a.quote.exact = exact;
        a.actorId = actor;
        a.comment = comment;
        a.tagIds = std::move(tags);
        a.setId = set;
        auto added = m_project->addAnnotation(a);
        if (!added) {
            qWarning() << added.errorMessage();
            return {};
        }
        ++m_annotations;
        return added->id;
    }

    QUuid link(const QUuid &from, const QUuid &to, RelationKind kind)
    {
        auto added = m_project->addRelation({{}, from, to, kind, QString(), QString(), {}});
        return added ? added->id : QUuid();
    }

    QString exported(ExportFormat format)
    {
        const QString path = m_dir.filePath(u"report." + fileSuffix(format));
        auto outcome =
            exportAnnotationsToFile(*m_project, format, ExportScope::wholeProject(), path);
        if (!outcome) {
            qWarning() << outcome.errorMessage();
            return {};
        }
        return QString::fromUtf8(readFile(path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = createProject(m_dir, QStringLiteral("report.counterpoint"));
        QVERIFY(m_project);
        Article chips;
        chips.title = QStringLiteral("Smuggling, documented");
        chips.url = QStringLiteral("https://example.org/chips");
        chips.publisher = QStringLiteral("The Ledger");
        chips.text = chipsText;
        chips.original = chipsText.toUtf8();
        chips.contentHash = QStringLiteral("report-chips");
        auto a = m_project->addArticle(chips);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        Article briefing;
        briefing.title = QStringLiteral("Briefing");
        briefing.url = QStringLiteral("javascript:alert(1)");
        briefing.text = briefingText;
        briefing.original = briefingText.toUtf8();
        briefing.contentHash = QStringLiteral("report-briefing");
        briefing.importedAt = QDateTime::currentDateTimeUtc().addSecs(60);
        auto b = m_project->addArticle(briefing);
        QVERIFY2(b, qPrintable(b.errorMessage()));

        auto anthropic = m_project->addActor({{}, QStringLiteral("Anthropic"), QString()});
        auto nvidia = m_project->addActor({{}, QStringLiteral("Nvidia 🦀"), QString()});
        auto tag = m_project->addTag({{}, QStringLiteral("smuggling"), QColor(Qt::red)});
        auto teamB = m_project->addAnnotationSet({{}, QStringLiteral("Team B"), QString()});
        QVERIFY(anthropic && nvidia && tag && teamB);

        const QUuid claim = annotate(a->id, chipsText, QStringLiteral("Smuggling is a threat"),
                                     AnnotationKind::Claim, anthropic->id,
                                     QStringLiteral("The thesis."), {tag->id});
        const QUuid denial =
            annotate(a->id, chipsText, QStringLiteral("the stories are tall tales"),
                     AnnotationKind::Counterclaim, nvidia->id);
        const QUuid answer =
            annotate(a->id, chipsText, QStringLiteral("the cases are documented"),
                     AnnotationKind::Counterclaim, anthropic->id, QStringLiteral("Answers back."));
        const QUuid record =
            annotate(a->id, chipsText, QStringLiteral("A court record lists the cases"),
                     AnnotationKind::Source, {}, QStringLiteral("Filed in 2023."));
        const QUuid lobsters =
            annotate(a->id, chipsText, QStringLiteral("Lobsters 🦞 travelled"),
                     AnnotationKind::Note, {}, QStringLiteral("Odd 🦞 detail"));
        const QUuid remark = annotate(a->id, chipsText, QStringLiteral("中文 reports say"),
                                      AnnotationKind::Note, {}, QStringLiteral("Unlinked note."));
        const QUuid again = annotate(b->id, briefingText,
                                     QStringLiteral("Chip smuggling threatens export controls"),
                                     AnnotationKind::Claim, anthropic->id, {}, {}, teamB->id);
        const QUuid filing = annotate(b->id, briefingText, QStringLiteral("A customs filing"),
                                      AnnotationKind::Source);
        // An orphan: its passage is gone from the text.
        Annotation orphan;
        orphan.articleId = b->id;
        orphan.kind = AnnotationKind::Claim;
        orphan.actorId = nvidia->id;
        orphan.anchorState = AnchorState::Orphaned;
        orphan.quote.exact = QStringLiteral("Smuggling is overstated");
        auto gone = m_project->addAnnotation(orphan);
        QVERIFY2(gone, qPrintable(gone.errorMessage()));
        ++m_annotations;
        QVERIFY(!claim.isNull() && !denial.isNull() && !answer.isNull() && !record.isNull() &&
                !lobsters.isNull() && !remark.isNull() && !again.isNull() && !filing.isNull());

        QVERIFY(!link(denial, claim, RelationKind::Rebuts).isNull());
        QVERIFY(!link(answer, denial, RelationKind::Rebuts).isNull()); // a counterclaim's answer
        QVERIFY(!link(answer, record, RelationKind::Cites).isNull());  // cited by a counterclaim
        QVERIFY(!link(lobsters, answer, RelationKind::Supports).isNull()); // a note, linked
        QVERIFY(!link(again, claim, RelationKind::SameClaim).isNull());
        QVERIFY(!link(answer, claim, RelationKind::Supports).isNull()); // a second way there

        // A fact-checker's verdicts: one in full, one with nothing but its rating and an
        // address that must not become a link.
        Verdict falseOne;
        falseOne.annotationId = denial;
        falseOne.rating = QStringLiteral("False");
        falseOne.ratingValue = 1;
        falseOne.reviewer = QStringLiteral("Full Fact");
        falseOne.date = QDate(2025, 5, 3);
        falseOne.url = QStringLiteral("https://example.org/review/tall-tales");
        QVERIFY(m_project->setVerdict(falseOne));
        Verdict bare;
        bare.annotationId = again;
        bare.rating = QStringLiteral("Mostly accurate");
        bare.ratingValue = 4;
        QVERIFY(m_project->setVerdict(bare));
    }

    // The whole Markdown report, as written for this project.
    void markdownIsTheExpectedReport()
    {
        const QString markdown = exported(ExportFormat::Markdown);
        const QString expected =
            QString::fromUtf8(readFile(testDataDir() + u"/exchange/report/expected.md"));
        QVERIFY(!expected.isEmpty());
        const QStringList got = markdown.split(u'\n');
        const QStringList want = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
            const QString a = got.value(i, QStringLiteral("(end)"));
            const QString b = want.value(i, QStringLiteral("(end)"));
            if (a != b)
                QFAIL(qPrintable(
                    QStringLiteral("line %1 is\n%2\nexpected\n%3").arg(i + 1).arg(a, b)));
        }
    }

    // Every annotation once, counted against the project, whatever the format.
    void everyAnnotationExactlyOnce()
    {
        const int inProject = int(m_project->annotations()->size());
        QCOMPARE(inProject, m_annotations);
        const QString markdown = exported(ExportFormat::Markdown);
        const QString html = exported(ExportFormat::Html);
        static const QRegularExpression mdEntry(
            QStringLiteral("\\*\\*(\\d+) · (Claim|Counterclaim|Source|Note)\\*\\*"));
        static const QRegularExpression htmlEntry(QStringLiteral("<div class=\"entry [^\"]*\" "
                                                                 "id=\"a(\\d+)\">"));
        for (const auto &[text, pattern] :
             {std::pair(&markdown, &mdEntry), std::pair(&html, &htmlEntry)}) {
            QList<int> numbers;
            for (const auto &match : pattern->globalMatch(*text))
                numbers.append(match.captured(1).toInt());
            QCOMPARE(numbers.size(), inProject);
            for (int i = 0; i < numbers.size(); ++i)
                QCOMPARE(numbers.at(i), i + 1); // each once, in order
        }
        // By kind, the body against the project and against the counts table.
        QHash<QString, int> byKind;
        for (const Annotation &a : *m_project->annotations())
            ++byKind[displayName(a.kind)];
        for (const AnnotationKind kind : allAnnotationKinds()) {
            const QString name = displayName(kind);
            QCOMPARE(markdown.count(u" · " + name + u"**"), byKind.value(name));
        }
        QVERIFY(markdown.contains(QStringLiteral("| All actors | 3 | 2 | 2 | 2 | 9 |")));
        QVERIFY(markdown.contains(QStringLiteral("Annotations: 9 · Articles: 2 · Relations: 6 · "
                                                 "Orphaned: 1")));
        QVERIFY(html.contains(QStringLiteral("<tr class=\"total\"><td>All actors</td>")));
    }

    void htmlIsStyledWithTheMapAsSvg()
    {
        const QString html = exported(ExportFormat::Html);
        QCOMPARE(html.count(u"<style>"), 1);
        QVERIFY(html.contains(u"@media print"));
        QVERIFY(!html.contains(u"<link")); // nothing fetched from elsewhere
        // One map; the other figures are the charts (tst_export checks them).
        QCOMPARE(html.count(u"<svg ") -
                     html.count(u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""),
                 1);
        QCOMPARE(html.count(u"<g class=\"card\">"), m_annotations);
        QCOMPARE(html.count(u"<polyline "), 6);
        QVERIFY(html.contains(u"stroke-dasharray")); // the orphan's card, dashed
        // The orphan is said to be one; its article's javascript: address is text, not a link.
        QVERIFY(html.contains(u"state-orphaned"));
        QVERIFY(html.contains(u"orphaned: no longer in the article's text"));
        QVERIFY(html.contains(u"javascript:alert(1)"));
        QVERIFY(!html.contains(u"href=\"javascript"));
        QVERIFY(html.contains(u"<a href=\"https://example.org/chips\">"));
        // The verdicts, the published one a link to its review.
        QCOMPARE(html.count(u"<p class=\"verdict\">"), 2);
        QVERIFY(html.contains(u"<p class=\"verdict\"><a "
                              u"href=\"https://example.org/review/tall-tales\">Verdict: False (1 "
                              u"on a scale of 1 to 5) · reviewed by Full Fact on 2025-05-03</a>"));
        QVERIFY(
            html.contains(u"<p class=\"verdict\">Verdict: Mostly accurate (4 on a scale of 1 to "
                          u"5)</p>"));
    }

    // The PDF embeds fonts that draw the emoji and the Chinese of the text (outline fonts: a
    // colour emoji font's bitmaps print as nothing), and the map as vectors, not an image.
    void pdfDrawsEveryCharacterAndTheMapAsVectors()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        auto outcome = exportAnnotationsToFile(*m_project, ExportFormat::Pdf,
                                               ExportScope::wholeProject(), path);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        const QByteArray pdf = readFile(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(!pdf.contains("/Subtype /Image"));
        static const QRegularExpression fontName(QStringLiteral("/BaseFont /([A-Za-z-]+)"));
        QSet<QString> fonts;
        for (const auto &match : fontName.globalMatch(QString::fromLatin1(pdf)))
            fonts.insert(match.captured(1));
        for (const QString &family :
             {QStringLiteral("UnifontUpper"), QStringLiteral("DroidSansFallback")}) {
            if (!fonts.contains(family))
                QFAIL(qPrintable(u"the PDF does not embed " + family +
                                 u" (fonts-unifont, "
                                 u"fonts-droid-fallback installed?); it has " +
                                 QStringList(fonts.begin(), fonts.end()).join(u", ")));
        }
        QVERIFY(!fonts.contains(QStringLiteral("NotoColorEmoji")));
    }

    // The PDF draws the charts the HTML report draws, after the text and the map, each with its
    // title and caption, as vectors: a reader of the PDF finds the same figures.
    void pdfDrawsTheChartsAfterTheMap()
    {
        const QString path = m_dir.filePath(QStringLiteral("charts.pdf"));
        auto outcome = exportAnnotationsToFile(*m_project, ExportFormat::Pdf,
                                               ExportScope::wholeProject(), path);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        const QByteArray pdf = readFile(path);
        QVERIFY(!pdf.contains("/Subtype /Image"));
        auto content = PdfText::read(pdf, path);
        QVERIFY2(content, qPrintable(content.errorMessage()));
        const QString text = content->text();
        const qsizetype map = text.indexOf(u"Argument map");
        QVERIFY2(map >= 0, qPrintable(text.right(400)));
        const qsizetype byActor = text.indexOf(u"Annotations by kind and actor", map);
        QVERIFY2(byActor > map, qPrintable(text.mid(map, 600)));
        QVERIFY(text.indexOf(u"who says how much", byActor) > byActor);
        // The sample's actors rebut each other, so that chart is there, with its axis labels.
        const qsizetype rebuts = text.indexOf(u"Who rebuts whom", byActor);
        QVERIFY2(rebuts > byActor, qPrintable(text.mid(byActor, 800)));
        // Every chart page comes after the map's page, none before it.
        int mapPage = 0;
        int firstChartPage = 0;
        for (const PdfParagraph &paragraph : std::as_const(content->paragraphs)) {
            if (mapPage == 0 && paragraph.text.contains(u"Argument map"))
                mapPage = paragraph.page;
            if (firstChartPage == 0 && paragraph.text.contains(u"Annotations by kind and actor"))
                firstChartPage = paragraph.page;
        }
        QVERIFY(mapPage > 0);
        QCOMPARE_GT(firstChartPage, mapPage);
    }
};

QTEST_MAIN(TestExchangeReport)
#include "tst_exchangereport.moc"
