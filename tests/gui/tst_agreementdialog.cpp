// View › Agreement and File › Merge Project… (issue 14 items 4 and 2) in a real window: the
// coders × coders matrix, a cell's disagreements, both versions of one in the text; a merge
// from the window and its report. With AGREEMENT_SCREENSHOTS=DIR (run under Xvfb) the dialog is
// also saved at 1280×800 and 1920×1200.
#include "SampleWindow.h"
#include "analysis/AgreementReport.h"
#include "analysis/BlindCoding.h"
#include "session/ProjectSession.h"
#include "ui/agreement/AgreementDialog.h"
#include "ui/agreement/MergeFlow.h"

#include <QCheckBox>

#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>

using namespace counterpoint;

namespace {

// Three analysts' readings of the briefing, which agree on some passages and not on others.
bool annotateThreeCoders(Project &project, const QUuid &article)
{
    const QString text = *project.articleText(article);
    struct Reading
    {
        const char *set;
        AnnotationKind kind;
        const char *exact;
    };
    const Reading readings[] = {
        {"Alice", AnnotationKind::Claim,
         "Chip smuggling into China is a major threat to US export controls."},
        {"Bob", AnnotationKind::Claim,
         "Chip smuggling into China is a major threat to US export controls."},
        {"Carol", AnnotationKind::Claim, "Chip smuggling into China is a major threat"},
        {"Alice", AnnotationKind::Source, "processors hidden in a prosthetic belly (2022)"},
        {"Bob", AnnotationKind::Source,
         "processors hidden in a prosthetic belly (2022) and GPUs shipped"},
        {"Carol", AnnotationKind::Note, "processors hidden in a prosthetic belly (2022)"},
        {"Alice", AnnotationKind::Counterclaim, "The company calls the smuggling stories"},
        {"Bob", AnnotationKind::Counterclaim, "The company calls the smuggling stories"},
        {"Carol", AnnotationKind::Counterclaim, "The company calls the smuggling stories"},
        {"Alice", AnnotationKind::Claim,
         "It holds that China already has significant AI expertise"},
        {"Bob", AnnotationKind::Note, "Neither side has published evidence"},
    };
    for (const Reading &reading : readings) {
        auto set = project.ensureAnnotationSet(QString::fromUtf8(reading.set));
        const int start = int(text.indexOf(QString::fromUtf8(reading.exact)));
        if (!set || start < 0)
            return false;
        Annotation annotation;
        annotation.articleId = article;
        annotation.setId = set->id;
        annotation.kind = reading.kind;
        annotation.start = start;
        annotation.end = start + int(QString::fromUtf8(reading.exact).size());
        if (!project.addAnnotation(annotation))
            return false;
    }
    return true;
}

} // namespace

class TestAgreementDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        test::useScratchSettings(m_dir);
        auto project = test::createProject(m_dir, QStringLiteral("coders.counterpoint"));
        QVERIFY(project);
        const QUuid article =
            test::importArticle(*project, test::sampleArticlesDir() + "/analyst-briefing.txt");
        QVERIFY(!article.isNull());
        QVERIFY(annotateThreeCoders(*project, article));
        m_path = project->filePath();
    }

    void matrixDisagreementsAndVersions()
    {
        auto window = test::openWindowOn(m_path);
        QVERIFY(window);
        ui::AgreementDialog *dialog = ui::AgreementDialog::showFor(window.get(), window->session());
        QVERIFY(dialog);
        QVERIFY(dialog->report());
        // The sets someone coded in are checked at first; the empty default set is not.
        const analysis::AgreementReport &report = *dialog->report();
        const int coders = int(report.coders.size());
        QCOMPARE(coders, 3);
        QCOMPARE(dialog->matrix()->rowCount(), coders);
        QCOMPARE(dialog->matrix()->columnCount(), coders);
        const int alice = int(report.coders.indexOf(QStringLiteral("Alice")));
        const int bob = int(report.coders.indexOf(QStringLiteral("Bob")));
        QVERIFY(alice >= 0 && bob >= 0);
        const analysis::PairFigures *pair = nullptr;
        for (const auto &candidate : report.overall.all.pairs) {
            if ((candidate.first == alice && candidate.second == bob) ||
                (candidate.first == bob && candidate.second == alice))
                pair = &candidate;
        }
        QVERIFY(pair);
        QTableWidgetItem *cell = dialog->matrix()->item(alice, bob);
        QVERIFY(cell);
        QCOMPARE(cell->text(), QString::number(pair->krippendorffAlphaNominal, 'f', 3));
        QCOMPARE(dialog->matrix()->item(bob, alice)->text(), cell->text());
        QVERIFY(cell->background().color() != QColor(Qt::lightGray));

        // Alice and Bob differ on the source's end, on a claim only Alice coded and a note only
        // Bob did.
        dialog->selectCell(alice, bob);
        QCOMPARE(dialog->disagreementList()->count(), 3);
        QVERIFY(dialog->disagreementList()->item(0)->text().contains(QStringLiteral("boundaries")));
        dialog->disagreementList()->setCurrentRow(0);
        const QString shown = dialog->versions()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Alice")) && shown.contains(QStringLiteral("Bob")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("prosthetic belly")));

        // Codes × pairs: a row for all codes and one per kind, a column per pair.
        auto *layout = dialog->findChildren<QComboBox *>().at(2);
        layout->setCurrentIndex(1);
        QCOMPARE(dialog->matrix()->rowCount(), 5);
        QCOMPARE(dialog->matrix()->columnCount(), coders * (coders - 1) / 2);
        layout->setCurrentIndex(0);

        const QString screenshots = qEnvironmentVariable("AGREEMENT_SCREENSHOTS");
        if (!screenshots.isEmpty()) {
            dialog->selectCell(alice, bob);
            dialog->disagreementList()->setCurrentRow(0);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1200)}) {
                dialog->resize(size);
                QTest::qWait(200);
                QVERIFY(dialog->grab().save(QStringLiteral("%1/agreement-%2x%3.png")
                                                .arg(screenshots)
                                                .arg(size.width())
                                                .arg(size.height())));
            }
        }
        dialog->close();
    }

    // While the project codes blind, the dialog lists only the analyst's own sets and nobody's,
    // until the curator reveals the others.
    void blindCodingHidesOtherAnalystsSets()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_path, dir.filePath(QStringLiteral("blind.counterpoint"))));
        auto project = Project::open(dir.filePath(QStringLiteral("blind.counterpoint")));
        QVERIFY(project);
        Project &p = **project;
        for (const AnnotationSet &set : *p.annotationSets()) {
            if (set.name != u"Default")
                QVERIFY(p.setAnnotationSetOwner(set.id, set.name.toLower()));
        }
        QVERIFY(analysis::setBlindCoding(p, true));
        p.setAuthor(QStringLiteral("alice"));
        ui::AgreementDialog dialog(p);
        QStringList listed;
        for (int row = 0; row < dialog.setList()->count(); ++row)
            listed.append(dialog.setList()->item(row)->text());
        QCOMPARE(listed, (QStringList{QStringLiteral("Alice"), QStringLiteral("Default")}));
        QVERIFY(!dialog.compute()); // one coder is not enough
        dialog.findChild<QCheckBox *>(QStringLiteral("revealSets"))->setChecked(true);
        QCOMPARE(dialog.setList()->count(), 4);
        QVERIFY(dialog.compute());
    }

    void mergeFromTheWindow()
    {
        QTemporaryDir dir;
        auto other = test::createProject(dir, QStringLiteral("colleague.counterpoint"));
        QVERIFY(other);
        const QUuid article =
            test::importArticle(*other, test::sampleArticlesDir() + "/analyst-briefing.txt");
        auto dora = other->ensureAnnotationSet(QStringLiteral("Dora"));
        QVERIFY(dora);
        Annotation annotation;
        annotation.articleId = article;
        annotation.setId = dora->id;
        annotation.start = 0;
        annotation.end = 10;
        QVERIFY(other->addAnnotation(annotation));
        const QString otherPath = other->filePath();
        other.reset();

        auto window = test::openWindowOn(m_path);
        QVERIFY(window);
        const qsizetype before = *window->session()->project().annotationCount();
        QVERIFY(ui::MergeFlow(*window).mergeFrom(otherPath));
        QCOMPARE(*window->session()->project().annotationCount(), before + 1);
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("mergeReport"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("annotations 1 added")),
                 qPrintable(box->informativeText()));
        box->close();
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(ui::MergeFlow(*window).mergeFrom(otherPath));
        box = window->findChild<QMessageBox *>(QStringLiteral("mergeReport"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("Nothing new")),
                 qPrintable(box->informativeText()));
        QCOMPARE(*window->session()->project().annotationCount(), before + 1);
        // The open project itself is refused.
        QVERIFY(!ui::MergeFlow(*window).mergeFrom(m_path));
    }
};

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
