// View › Curate… (issue 14 item 5) in a real window: the offer of a consensus set, both versions
// side by side and highlighted, accepting one from the keyboard, one's boundaries with the
// other's kind, the counts of settled disagreements, each decision one step of Edit › Undo; and
// the Agreement dialog's Curate… button; three coders in three columns, chosen in a checkable
// list, six in a row that scrolls, and one coder's two passages accepted in one step. With
// CURATION_SCREENSHOTS=DIR (run under Xvfb) the dialog is also saved at 1280×800 and 1920×1200.
#include "SampleWindow.h"
#include "analysis/BlindCoding.h"
#include "analysis/Curation.h"
#include "edit/EditHistory.h"
#include "session/ProjectSession.h"
#include "ui/agreement/AgreementDialog.h"
#include "ui/curation/CurationDialog.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/map/ArgumentMapView.h"
#include "ui/map/MapNodeItem.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/shell/PaneArea.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace counterpoint;

namespace {

struct Reading
{
    const char *set;
    AnnotationKind kind;
    const char *exact;
};

// Two analysts' readings of the briefing: one passage agreed, the boundaries of a source, the
// kind of a claim, a passage only one of them coded.
const Reading readings[] = {
    {"Alice", AnnotationKind::Counterclaim, "The company calls the smuggling stories"},
    {"Bob", AnnotationKind::Counterclaim, "The company calls the smuggling stories"},
    {"Alice", AnnotationKind::Source, "processors hidden in a prosthetic belly (2022)"},
    {"Bob", AnnotationKind::Source,
     "processors hidden in a prosthetic belly (2022) and GPUs shipped"},
    {"Alice", AnnotationKind::Claim,
     "Chip smuggling into China is a major threat to US export controls."},
    {"Bob", AnnotationKind::Counterclaim,
     "Chip smuggling into China is a major threat to US export controls."},
    {"Alice", AnnotationKind::Claim, "It holds that China already has significant AI expertise"},
};

bool annotate(Project &project, const QUuid &article)
{
    const QString text = *project.articleText(article);
    auto actor = project.ensureActor(QStringLiteral("Anthropic"));
    if (!actor)
        return false;
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
        if (reading.kind == AnnotationKind::Claim)
            annotation.actorId = actor->id;
        if (!project.addAnnotation(annotation))
            return false;
    }
    return true;
}

// A third analyst's reading: the passage all agree on, a source she calls a claim, the claim
// whose kind Alice and Bob differ on (hers Alice's), nothing of the passage only Alice coded.
const Reading carasReadings[] = {
    {"Cara", AnnotationKind::Counterclaim, "The company calls the smuggling stories"},
    {"Cara", AnnotationKind::Claim, "hidden in a prosthetic belly (2022)"},
    {"Cara", AnnotationKind::Claim,
     "Chip smuggling into China is a major threat to US export controls."},
};

Annotation reading(const QString &text, const QUuid &article, const QUuid &set, const Reading &one)
{
    Annotation annotation;
    annotation.articleId = article;
    annotation.setId = set;
    annotation.kind = one.kind;
    annotation.start = int(text.indexOf(QString::fromUtf8(one.exact)));
    annotation.end = annotation.start + int(QString::fromUtf8(one.exact).size());
    return annotation;
}

// The range the pane highlights with a background (its own coder's version).
std::pair<int, int> highlighted(QPlainTextEdit *pane)
{
    for (const QTextEdit::ExtraSelection &selection : pane->extraSelections()) {
        if (selection.format.hasProperty(QTextFormat::BackgroundBrush))
            return {selection.cursor.selectionStart(), selection.cursor.selectionEnd()};
    }
    return {-1, -1};
}

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *menu : bar->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().startsWith(text))
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestCurationDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_text;

private slots:
    void initTestCase()
    {
        test::useScratchSettings(m_dir);
        auto project = test::createProject(m_dir, QStringLiteral("curate.counterpoint"));
        QVERIFY(project);
        const QUuid article =
            test::importArticle(*project, test::sampleArticlesDir() + "/analyst-briefing.txt");
        QVERIFY(!article.isNull());
        QVERIFY(annotate(*project, article));
        m_text = *project->articleText(article);
        m_path = project->filePath();
    }

    void settlesDisagreementsOneUndoStepEach()
    {
        auto window = test::openWindowOn(m_path);
        QVERIFY(window);
        QAction *curate = menuAction(window->menuBar(), QStringLiteral("C&urate…"));
        QVERIFY(curate);
        curate->trigger();
        auto *dialog = window->findChild<ui::CurationDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        Project &project = window->session()->project();

        // No consensus set yet: the dialog offers one and shows no counts.
        QVERIFY(dialog->consensusOffer()->isVisible());
        QVERIFY(!dialog->state());
        QVERIFY(dialog->createConsensusSet(QStringLiteral("Consensus")));
        QVERIFY(!dialog->consensusOffer()->isVisible());
        const QUuid consensus = *analysis::consensusSetOf(project);
        QVERIFY(!consensus.isNull());
        QVERIFY(dialog->state());
        QCOMPARE(dialog->state()->coderNames.value(0), QStringLiteral("Alice"));
        QCOMPARE(dialog->state()->coderNames.value(1), QStringLiteral("Bob"));
        QCOMPARE(dialog->state()->total(), 3);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 0 of 3"));
        QCOMPARE(dialog->tree()->topLevelItemCount(), 1);
        QCOMPARE(dialog->tree()->topLevelItem(0)->childCount(), 3);

        // The first disagreement in reading order: the claim whose kind differs. Both versions
        // highlighted in their panes, their kinds and the actor listed.
        const int claim = int(m_text.indexOf(u"Chip smuggling into China"));
        const int claimEnd =
            claim + int(QStringLiteral("Chip smuggling into China is a major threat to US export "
                                       "controls.")
                            .size());
        QVERIFY(dialog->currentItem());
        QCOMPARE(highlighted(dialog->pane(0)), std::make_pair(claim, claimEnd));
        QCOMPARE(highlighted(dialog->pane(1)), std::make_pair(claim, claimEnd));
        QVERIFY2(dialog->details(0)->text().contains(u"Claim") &&
                     dialog->details(0)->text().contains(u"Anthropic"),
                 qPrintable(dialog->details(0)->text()));
        QVERIFY2(dialog->details(1)->text().contains(u"Counterclaim"),
                 qPrintable(dialog->details(1)->text()));
        QVERIFY(dialog->outcome()->text().contains(u"Not settled"));

        // Ctrl+2 accepts Bob's version; the dialog moves on to the next open one.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->pane(0)->setFocus();
        QTest::keyClick(dialog->pane(0), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 1 of 3"));
        auto annotations = *project.annotations();
        QList<Annotation> settled;
        for (const Annotation &annotation : std::as_const(annotations)) {
            if (annotation.setId == consensus)
                settled.append(annotation);
        }
        QCOMPARE(settled.size(), 1);
        QCOMPARE(toString(settled.first().kind), toString(AnnotationKind::Counterclaim));
        QCOMPARE(settled.first().start, claim);
        const analysis::CurationItem *current = dialog->currentItem();
        QVERIFY(current && !current->settled());
        QCOMPARE(toString(current->difference()),
                 toString(analysis::CurationDifference::Boundaries));

        // Ctrl+Up goes back to the settled one, which says how it was settled; Ctrl+Down returns.
        QTest::keyClick(dialog->pane(0), Qt::Key_Up, Qt::ControlModifier);
        QVERIFY(dialog->currentItem()->settled());
        QVERIFY2(dialog->outcome()->text().contains(u"Settled: in the consensus set as "
                                                    u"Counterclaim"),
                 qPrintable(dialog->outcome()->text()));
        QVERIFY(!dialog->acceptButton(0)->isEnabled());
        QTest::keyClick(dialog->pane(0), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(toString(dialog->currentItem()->difference()),
                 toString(analysis::CurationDifference::Boundaries));

        // Bob's wider boundaries with Alice's kind, from the combo boxes.
        const int source = int(m_text.indexOf(u"processors hidden"));
        const int bobEnd = int(m_text.indexOf(u"and GPUs shipped")) + 16;
        const QUuid bobsSource = dialog->currentItem()->of(1).front()->span.annotationId;
        const QUuid alicesSource = dialog->currentItem()->of(0).front()->span.annotationId;
        dialog->boundariesChoice()->setCurrentIndex(
            dialog->boundariesChoice()->findData(bobsSource));
        dialog->codeChoice()->setCurrentIndex(dialog->codeChoice()->findData(alicesSource));
        QVERIFY(dialog->settleButton()->isEnabled());
        QTest::mouseClick(dialog->settleButton(), Qt::LeftButton);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 2 of 3"));
        QUuid mixedId;
        for (const auto &item : dialog->state()->articles[0].items) {
            if (item.difference() == analysis::CurationDifference::Boundaries)
                mixedId = item.settledBy;
        }
        QVERIFY(!mixedId.isNull());
        auto made = project.annotation(mixedId);
        QVERIFY(made);
        QCOMPARE(made->start, source);
        QCOMPARE(made->end, bobEnd);
        QCOMPARE(toString(made->kind), toString(AnnotationKind::Source));
        QCOMPARE(project.consensusSources(mixedId)->size(), 2);

        // The last one only Alice coded: Ctrl+2 (Bob's version: nothing) leaves it out.
        QCOMPARE(toString(dialog->currentItem()->difference()),
                 toString(analysis::CurationDifference::Missing));
        QVERIFY(dialog->currentItem()->of(1).empty()); // only Alice coded it
        QVERIFY(highlighted(dialog->pane(1)).first < 0);
        QVERIFY(dialog->details(1)->text().contains(u"Did not code"));
        QTest::keyClick(dialog->pane(0), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 3 of 3"));
        QVERIFY(dialog->tree()->topLevelItem(0)->text(0).contains(u"3 of 3 settled"));

        // Each decision is one step of the window's Edit › Undo.
        QUndoStack *stack = window->session()->history().stack();
        QCOMPARE(stack->count(), 3);
        QAction *undo = menuAction(window->menuBar(), QStringLiteral("&Undo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(dialog->progress()->text(), QStringLiteral("Settled: 2 of 3"));
        stack->undo();
        QTRY_COMPARE(dialog->progress()->text(), QStringLiteral("Settled: 1 of 3"));
        QVERIFY(!project.annotation(mixedId));
        // Ctrl+Z in the dialog undoes too.
        QTest::keyClick(dialog->pane(0), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(dialog->progress()->text(), QStringLiteral("Settled: 0 of 3"));
        stack->redo();
        QTRY_COMPARE(dialog->progress()->text(), QStringLiteral("Settled: 1 of 3"));

        // Curating own boundaries: text selected in a pane, a kind of the curator's own.
        dialog->selectItem(0, 1);
        QTextCursor cursor(dialog->pane(0)->document());
        cursor.setPosition(source);
        cursor.setPosition(source + 10, QTextCursor::KeepAnchor);
        dialog->pane(0)->setTextCursor(cursor);
        dialog->boundariesChoice()->setCurrentIndex(dialog->boundariesChoice()->findData(QUuid()));
        dialog->codeChoice()->setCurrentIndex(
            dialog->codeChoice()->findText(QStringLiteral("my own: Note")));
        auto choice = dialog->choiceFromControls();
        QVERIFY(choice);
        QCOMPARE(choice->start, source);
        QCOMPARE(choice->end, source + 10);
        QVERIFY(dialog->settle(*choice));
        QTRY_COMPARE(dialog->progress()->text(), QStringLiteral("Settled: 2 of 3"));

        // The passage both coded alike, in one step.
        QVERIFY(dialog->takeAgreedButton()->text().contains(u"0 of 1 taken"));
        const int steps = stack->count();
        QTest::mouseClick(dialog->takeAgreedButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->takeAgreedButton()->text().contains(u"1 of 1 taken"));
        QVERIFY(!dialog->takeAgreedButton()->isEnabled());
        QCOMPARE(stack->count(), steps + 1);
        stack->undo();
        QTRY_VERIFY(dialog->takeAgreedButton()->text().contains(u"0 of 1 taken"));
        stack->redo();
        QTRY_VERIFY(dialog->takeAgreedButton()->text().contains(u"1 of 1 taken"));

        const QString screenshots = qEnvironmentVariable("CURATION_SCREENSHOTS");
        if (!screenshots.isEmpty()) {
            dialog->selectItem(0, 2);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1200)}) {
                dialog->resize(size);
                QTest::qWait(200);
                QVERIFY(dialog->grab().save(QStringLiteral("%1/curation-%2x%3.png")
                                                .arg(screenshots)
                                                .arg(size.width())
                                                .arg(size.height())));
            }
        }
        dialog->close();
    }

    // Blind coding beyond the Agreement dialog (issue 14 item 1): in a file, an analyst whose
    // set it is sees neither another analyst's set nor the consensus in the list, the panes'
    // highlights and the map; a curator (an author who owns no set) sees them all, and so does
    // everyone once blind coding is off.
    void blindCodingHidesOtherAnalystsInTheWindow()
    {
        QTemporaryDir dir;
        QUuid aliceSet, bobSet, article;
        QString path;
        {
            auto project = test::createProject(dir, QStringLiteral("blind.counterpoint"));
            QVERIFY(project);
            article =
                test::importArticle(*project, test::sampleArticlesDir() + "/analyst-briefing.txt");
            QVERIFY(annotate(*project, article));
            QVERIFY(project->addAnnotation([&] {
                Annotation nobodys;
                nobodys.articleId = article;
                nobodys.start = 0;
                nobodys.end = 8;
                return nobodys;
            }()));
            for (const AnnotationSet &set : *project->annotationSets()) {
                aliceSet = set.name == u"Alice" ? set.id : aliceSet;
                bobSet = set.name == u"Bob" ? set.id : bobSet;
            }
            QVERIFY(project->setAnnotationSetOwner(aliceSet, QStringLiteral("alice")));
            QVERIFY(project->setAnnotationSetOwner(bobSet, QStringLiteral("bob")));
            QVERIFY(analysis::setBlindCoding(*project, true));
            path = project->filePath();
        }
        auto openAs = [&](const QString &author) {
            QSettings().clear();
            QSettings().setValue(QStringLiteral("identity/authorName"), author);
            auto window = std::make_unique<ui::MainWindow>();
            window->resize(1400, 900);
            window->show();
            window->restoreSession(path);
            if (window->project())
                window->openArticle(article);
            return window;
        };
        auto setsShown = [](ui::MainWindow &window) {
            QSet<QUuid> sets;
            ui::AnnotationTableModel *model = window.annotationList()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                sets.insert(model->rowAt(row).setId);
            return sets;
        };
        auto highlightedSets = [](ui::MainWindow &window) {
            QSet<QUuid> sets;
            for (ui::ArticlePane *pane : window.paneArea()->panes()) {
                for (const Annotation &annotation : pane->view()->annotations())
                    sets.insert(annotation.setId);
            }
            return sets;
        };
        const QUuid nobodys = [&] {
            auto project = Project::open(path);
            return (*project)->defaultAnnotationSetId();
        }();

        auto alice = openAs(QStringLiteral("alice"));
        QVERIFY(alice && alice->project());
        QCOMPARE(setsShown(*alice), (QSet<QUuid>{aliceSet, nobodys}));
        QCOMPARE(highlightedSets(*alice), (QSet<QUuid>{aliceSet, nobodys}));
        alice->argumentMap()->refreshNow();
        QVERIFY(!alice->argumentMap()->nodeItems().isEmpty());
        for (auto *node : alice->argumentMap()->nodeItems())
            QVERIFY(alice->annotationList()->model()->rowOf(node->annotationId()) >= 0);
        // An annotation Bob adds meanwhile stays out of her window too.
        Annotation bobs;
        bobs.articleId = article;
        bobs.setId = bobSet;
        bobs.start = 10;
        bobs.end = 20;
        QVERIFY(alice->session()->project().addAnnotation(bobs));
        QCOMPARE(setsShown(*alice), (QSet<QUuid>{aliceSet, nobodys}));
        QVERIFY(!highlightedSets(*alice).contains(bobSet));
        alice.reset();

        auto cara = openAs(QStringLiteral("cara"));
        QVERIFY(cara && cara->project());
        QCOMPARE(setsShown(*cara), (QSet<QUuid>{aliceSet, bobSet, nobodys}));
        QCOMPARE(highlightedSets(*cara), (QSet<QUuid>{aliceSet, bobSet, nobodys}));
        // The curator reveals them: blind coding off, and Alice's window shows every set.
        QVERIFY(analysis::setBlindCoding(cara->session()->project(), false));
        cara.reset();
        alice = openAs(QStringLiteral("alice"));
        QCOMPARE(setsShown(*alice), (QSet<QUuid>{aliceSet, bobSet, nobodys}));
    }

    void openedFromTheAgreementDialogOnItsPair()
    {
        auto window = test::openWindowOn(m_path);
        QVERIFY(window);
        ui::AgreementDialog *agreement =
            ui::AgreementDialog::showFor(window.get(), window->session());
        QVERIFY(agreement && agreement->report());
        const QList<QUuid> sets = agreement->report()->setIds;
        QVERIFY(sets.size() >= 2);
        agreement->selectCell(1, 0); // the pair's cell, either way round
        auto *button = agreement->findChild<QPushButton *>(QStringLiteral("curateSets"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = window->findChild<ui::CurationDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->state());
        const QSet<QUuid> curated(dialog->state()->setIds.begin(), dialog->state()->setIds.end());
        QCOMPARE(curated, (QSet<QUuid>{sets.at(0), sets.at(1)}));
        dialog->close();
        agreement->close();
    }

    // Three coders (item 3's "two or more"): one column each, chosen in a checkable list from
    // the keyboard; Ctrl+3 accepts the third coder's version; one coder's boundaries with
    // another's kind; with many coders the row of columns scrolls.
    void curatesThreeCodersSideBySide()
    {
        QTemporaryDir dir;
        QString path, text;
        QUuid article;
        {
            auto project = test::createProject(dir, QStringLiteral("three.counterpoint"));
            QVERIFY(project);
            article =
                test::importArticle(*project, test::sampleArticlesDir() + "/analyst-briefing.txt");
            QVERIFY(annotate(*project, article));
            text = *project->articleText(article);
            const QUuid cara = project->ensureAnnotationSet(QStringLiteral("Cara"))->id;
            for (const Reading &one : carasReadings)
                QVERIFY(project->addAnnotation(reading(text, article, cara, one)));
            path = project->filePath();
        }
        auto window = test::openWindowOn(path);
        QVERIFY(window);
        Project &project = window->session()->project();
        QAction *curate = menuAction(window->menuBar(), QStringLiteral("C&urate…"));
        QVERIFY(curate);
        curate->trigger();
        auto *dialog = window->findChild<ui::CurationDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->createConsensusSet(QStringLiteral("Consensus")));
        const QUuid consensus = *analysis::consensusSetOf(project);

        // Every set someone coded in, checked; a column each.
        QCOMPARE(dialog->setList()->count(), 4); // the project's own set too, unused: unchecked
        QCOMPARE(dialog->chosenSets().size(), 3);
        QVERIFY(dialog->state());
        QCOMPARE(dialog->state()->coderNames, (QStringList{"Alice", "Bob", "Cara"}));
        QCOMPARE(dialog->columnCount(), 3);
        QCOMPARE(dialog->state()->total(), 3);
        QCOMPARE(dialog->state()->agreedCount(), 1); // the passage all three coded alike
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 0 of 3"));

        // The claim: each coder's version highlighted in their own column.
        const int claim = int(text.indexOf(u"Chip smuggling into China"));
        const int claimEnd =
            claim + int(QStringLiteral("Chip smuggling into China is a major threat to US export "
                                       "controls.")
                            .size());
        for (int coder = 0; coder < 3; ++coder)
            QCOMPARE(highlighted(dialog->pane(coder)), std::make_pair(claim, claimEnd));
        QVERIFY2(dialog->details(2)->text().startsWith(u"Claim"),
                 qPrintable(dialog->details(2)->text()));
        QVERIFY(dialog->acceptButton(2)->text().contains(u"Cara"));
        QVERIFY(dialog->acceptButton(2)->isEnabled());

        // Ctrl+3 accepts Cara's.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->pane(0)->setFocus();
        QTest::keyClick(dialog->pane(0), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 1 of 3"));
        QList<Annotation> settled;
        for (const Annotation &annotation : *project.annotations()) {
            if (annotation.setId == consensus)
                settled.append(annotation);
        }
        QCOMPARE(settled.size(), 1);
        QCOMPARE(toString(settled.first().kind), toString(AnnotationKind::Claim));
        const QUuid carasClaim =
            dialog->state()
                ->itemOf(*project.consensusSources(settled.first().id)->begin())
                ->of(2)
                .front()
                ->span.annotationId;
        QCOMPARE(*project.consensusSources(settled.first().id), QList<QUuid>{carasClaim});

        // The source: Bob's boundaries with Cara's kind.
        const analysis::CurationItem *source = dialog->currentItem();
        QVERIFY(source && !source->settled());
        QCOMPARE(toString(source->difference()),
                 toString(analysis::CurationDifference::BoundariesAndCode));
        const QUuid bobs = source->of(1).front()->span.annotationId;
        const QUuid caras = source->of(2).front()->span.annotationId;
        const int bobStart = int(source->of(1).front()->span.start);
        dialog->boundariesChoice()->setCurrentIndex(dialog->boundariesChoice()->findData(bobs));
        dialog->codeChoice()->setCurrentIndex(dialog->codeChoice()->findData(caras));
        QVERIFY(dialog->settleButton()->isEnabled());
        QTest::mouseClick(dialog->settleButton(), Qt::LeftButton);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 2 of 3"));
        const QUuid mixed = dialog->state()->itemOf(bobs)->settledBy;
        QVERIFY(!mixed.isNull());
        QCOMPARE(project.annotation(mixed)->start, bobStart);
        QCOMPARE(toString(project.annotation(mixed)->kind), toString(AnnotationKind::Claim));
        const QList<QUuid> mixedSources = *project.consensusSources(mixed);
        QCOMPARE(QSet<QUuid>(mixedSources.begin(), mixedSources.end()), (QSet<QUuid>{bobs, caras}));

        // Only Alice coded the last: Bob's and Cara's columns say so; Ctrl+3 leaves it out.
        QVERIFY(dialog->currentItem()->of(2).empty());
        QVERIFY(highlighted(dialog->pane(2)).first < 0);
        QVERIFY(dialog->details(2)->text().contains(u"Did not code"));
        QVERIFY(dialog->tree()->currentItem()->text(0).contains(u"coded by Alice only"));
        QTest::keyClick(dialog->pane(0), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 3 of 3"));
        QUndoStack *stack = window->session()->history().stack();
        QCOMPARE(stack->count(), 3); // one step each
        stack->undo();
        QTRY_COMPARE(dialog->progress()->text(), QStringLiteral("Settled: 2 of 3"));

        // Space in the list leaves Cara out: two columns, and what she alone settled reopens.
        dialog->setList()->setFocus();
        dialog->setList()->setCurrentRow(2);
        QTest::keyClick(dialog->setList(), Qt::Key_Space);
        QCOMPARE(dialog->chosenSets().size(), 2);
        QCOMPARE(dialog->columnCount(), 2);
        QCOMPARE(dialog->state()->coderNames, (QStringList{"Alice", "Bob"}));
        QCOMPARE(dialog->state()->total(), 3);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 1 of 3")); // Bob's source
        QTest::keyClick(dialog->setList(), Qt::Key_Space);
        QCOMPARE(dialog->columnCount(), 3);
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 2 of 3"));
        // One set is not enough.
        const QList<QUuid> threeSets = dialog->state()->setIds;
        dialog->setSets({threeSets.first()});
        QVERIFY(!dialog->state());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("curationError"))
                    ->text()
                    .contains(u"two or more"));

        // Six coders: the columns keep a readable width and the row scrolls to the one in focus.
        dialog->setSets(threeSets);
        QList<QUuid> six = threeSets;
        for (const char *name : {"Dan", "Eve", "Finn"}) {
            auto set = project.ensureAnnotationSet(QString::fromUtf8(name));
            QVERIFY(set);
            for (const Reading &one : readings) {
                if (QByteArray(one.set) == "Alice")
                    QVERIFY(project.addAnnotation(reading(text, article, set->id, one)));
            }
            six.append(set->id);
        }
        QTRY_COMPARE(dialog->setList()->count(), 7);
        QCOMPARE(dialog->chosenSets().size(), 3); // new sets come unchecked
        dialog->resize(1120, 720);
        dialog->setSets(six);
        QVERIFY(dialog->state());
        QCOMPARE(dialog->columnCount(), 6);
        QScrollBar *bar = dialog->versionsArea()->horizontalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), 0);
        QVERIFY(dialog->pane(5)->width() >= 280);
        dialog->pane(5)->setFocus();
        QTRY_VERIFY(bar->value() > 0);
        QVERIFY(dialog->acceptButton(5)->text().contains(u"Finn"));

        const QString screenshots = qEnvironmentVariable("CURATION_SCREENSHOTS");
        if (!screenshots.isEmpty()) {
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1200)}) {
                dialog->resize(size);
                QTest::qWait(200);
                QVERIFY(dialog->grab().save(QStringLiteral("%1/curation-six-%2x%3.png")
                                                .arg(screenshots)
                                                .arg(size.width())
                                                .arg(size.height())));
            }
        }
        dialog->close();
    }

    // A coder who marked two overlapping passages where another marked one: both are versions
    // of one disagreement, and accepting that coder takes both, in one undo step.
    void acceptsBothPassagesOfOneCoderInOneStep()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto project = test::createProject(dir, QStringLiteral("twice.counterpoint"));
            QVERIFY(project);
            const QUuid article =
                test::importArticle(*project, test::sampleArticlesDir() + "/analyst-briefing.txt");
            QVERIFY(!article.isNull());
            const QString text = *project->articleText(article);
            const QUuid alice = project->ensureAnnotationSet(QStringLiteral("Alice"))->id;
            const QUuid bob = project->ensureAnnotationSet(QStringLiteral("Bob"))->id;
            const Reading alices{"Alice", AnnotationKind::Claim,
                                 "Chip smuggling into China is a major threat to US export "
                                 "controls."};
            const Reading bobsFirst{"Bob", AnnotationKind::Claim, "Chip smuggling into China"};
            const Reading bobsSecond{"Bob", AnnotationKind::Note, "China is a major threat"};
            QVERIFY(project->addAnnotation(reading(text, article, alice, alices)));
            QVERIFY(project->addAnnotation(reading(text, article, bob, bobsFirst)));
            QVERIFY(project->addAnnotation(reading(text, article, bob, bobsSecond)));
            QVERIFY(analysis::createConsensusSet(*project, QStringLiteral("Consensus")));
            path = project->filePath();
        }
        auto window = test::openWindowOn(path);
        QVERIFY(window);
        Project &project = window->session()->project();
        auto *dialog = ui::CurationDialog::showFor(window.get(), window->session());
        QVERIFY(dialog && dialog->state());
        QCOMPARE(dialog->state()->total(), 1);
        QVERIFY(dialog->currentItem());
        QCOMPARE(int(dialog->currentItem()->of(1).size()), 2);
        QVERIFY2(dialog->acceptButton(1)->text().contains(u"(2 passage"),
                 qPrintable(dialog->acceptButton(1)->text()));
        // Both of Bob's passages highlighted in his column, each described.
        int strong = 0;
        for (const QTextEdit::ExtraSelection &selection : dialog->pane(1)->extraSelections())
            strong += selection.format.hasProperty(QTextFormat::BackgroundBrush) ? 1 : 0;
        QCOMPARE(strong, 2);
        QCOMPARE(dialog->details(1)->text().count(u'\n'), 1);
        const int steps = window->session()->history().stack()->count();
        QVERIFY(dialog->accept(1));
        QCOMPARE(dialog->progress()->text(), QStringLiteral("Settled: 1 of 1"));
        QCOMPARE(window->session()->history().stack()->count(), steps + 1);
        const QUuid consensus = *analysis::consensusSetOf(project);
        auto inConsensus = [&] {
            int count = 0;
            for (const Annotation &annotation : *project.annotations())
                count += annotation.setId == consensus ? 1 : 0;
            return count;
        };
        QCOMPARE(inConsensus(), 2);
        window->session()->history().stack()->undo();
        QTRY_COMPARE(dialog->progress()->text(), QStringLiteral("Settled: 0 of 1"));
        QCOMPARE(inConsensus(), 0);
        dialog->close();
    }
};

QTEST_MAIN(TestCurationDialog)
#include "tst_curationdialog.moc"
