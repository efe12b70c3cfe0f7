// The main window as an analyst uses it, driven offscreen: the sample project opens with two
// articles side by side, a selected passage is tagged with a key, undone and redone, the list
// filters and leads to passages, and a bad project file gets a message instead of a crash.
#include "AnnotationFilterModel.h"
#include "AnnotationListPanel.h"
#include "AnnotationTableModel.h"
#include "ArticlePane.h"
#include "ArticleView.h"
#include "Inspector.h"
#include "MainWindow.h"
#include "PaneArea.h"
#include "TestSupport.h"

#include "edit/EditHistory.h"
#include "import/ArticleDocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

// The passage's position in the view, by its text: what a user sees, not an offset.
TextRange findInView(ArticleView *view, const QString &text)
{
    const QString canonical = ArticleDocument::canonicalText(*view->document());
    const int start = int(canonical.indexOf(text));
    return {start, start < 0 ? -1 : start + int(text.size())};
}

bool hasHighlight(ArticleView *view, TextRange range)
{
    for (const QTextEdit::ExtraSelection &selection : view->extraSelections()) {
        if (selection.cursor.selectionStart() == range.start &&
            selection.cursor.selectionEnd() == range.end)
            return true;
    }
    return false;
}

QMessageBox *visibleErrorMessage()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (box && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;

    ArticlePane *pane(int index) const { return m_window->paneArea()->panes().value(index); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    }

    void init()
    {
        // Every test starts from a fresh copy of the sample project and a fresh window.
        m_projectPath = m_dir.filePath(QStringLiteral("sample.counterpoint"));
        QFile::remove(m_projectPath);
        QVERIFY(QFile::copy(binaryDir() + "/seeds/sample.counterpoint", m_projectPath));
        QFile(m_projectPath).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->restoreSession(m_projectPath);
        QVERIFY(m_window->project());
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget))
                widget->close();
        }
        m_window.reset();
    }

    void opensTheSampleWithTwoArticlesSideBySide()
    {
        QCOMPARE(m_window->paneArea()->panes().size(), 2);
        auto summaries = m_window->project()->articleSummaries();
        QVERIFY(summaries);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(pane(i)->articleId(), summaries->at(i).id);
            // Every annotation of the article is drawn.
            auto annotations = m_window->project()->annotationsOfArticle(pane(i)->articleId());
            QVERIFY(annotations && !annotations->isEmpty());
            QCOMPARE(pane(i)->view()->extraSelections().size(), annotations->size());
            for (const Annotation &annotation : std::as_const(*annotations))
                QVERIFY(hasHighlight(pane(i)->view(), {annotation.start, annotation.end}));
        }
        QVERIFY(pane(0)->x() < pane(1)->x());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("sample")));
        QCOMPARE(m_window->annotationList()->filter()->rowCount(),
                 m_window->project()->annotations()->size());
    }

    void tagsASelectionWithAKeyAndUndoesIt()
    {
        QAbstractItemModelTester modelTester(m_window->annotationList()->model());
        QAbstractItemModelTester filterTester(m_window->annotationList()->filter());
        ArticleView *view = pane(1)->view();
        const TextRange sentence = findInView(view, QStringLiteral("Chips that slip into China"));
        QVERIFY(sentence.start > 0);
        // A sloppy selection, from inside "Chips" to inside "China": snapped to whole words.
        view->selectPassage({sentence.start + 2, sentence.end - 2});
        view->setFocus();
        QApplication::setActiveWindow(m_window.get());
        const qsizetype before = m_window->project()->annotations()->size();

        QTest::keyClick(view, Qt::Key_2);

        auto annotations = m_window->project()->annotations();
        QCOMPARE(annotations->size(), before + 1);
        const QUuid id = m_window->currentAnnotation();
        auto added = m_window->project()->annotation(id);
        QVERIFY(added);
        QCOMPARE(toString(added->kind), QStringLiteral("counterclaim"));
        QCOMPARE(added->quote.exact, QStringLiteral("Chips that slip into China"));
        QCOMPARE(added->articleId, pane(1)->articleId());
        QTRY_VERIFY(hasHighlight(view, sentence));
        const QModelIndex row = m_window->annotationList()->model()->indexOf(id);
        QVERIFY(row.isValid());
        QCOMPARE(m_window->inspector()->annotationId(), id);
        QVERIFY(m_window->annotationList()->table()->selectionModel()->isRowSelected(
            m_window->annotationList()->filter()->mapFromSource(row).row()));

        QCOMPARE(m_window->history()->stack()->undoText(), QStringLiteral("Tag as counterclaim"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->project()->annotations()->size(), before);
        QTRY_VERIFY(!hasHighlight(view, sentence));
        QVERIFY(!m_window->annotationList()->model()->indexOf(id).isValid());

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        auto redone = m_window->project()->annotation(id);
        QVERIFY2(redone, "redo restores the annotation with its id");
        QCOMPARE(redone->quote.exact, added->quote.exact);
        QTRY_VERIFY(hasHighlight(view, sentence));
        QVERIFY(m_window->annotationList()->model()->indexOf(id).isValid());
    }

    void nothingSelectedTagsNothing()
    {
        ArticleView *view = pane(0)->view();
        view->setFocus();
        QTextCursor cursor = view->textCursor();
        cursor.clearSelection();
        view->setTextCursor(cursor);
        const qsizetype before = m_window->project()->annotations()->size();
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(m_window->project()->annotations()->size(), before);
        QCOMPARE(m_window->history()->stack()->count(), 0);
    }

    void theInspectorEditsAndDeleteRemovesWithItsLinks()
    {
        auto relations = m_window->project()->relations();
        QVERIFY(relations && !relations->isEmpty());
        const QUuid id = relations->first().fromId;
        const qsizetype linksBefore = m_window->project()->relationsOf(id)->size();
        m_window->goToAnnotation(id);
        QCOMPARE(m_window->inspector()->annotationId(), id);

        auto *kind = m_window->inspector()->findChild<QComboBox *>();
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(AnnotationKind::Note)));
        QCOMPARE(toString(m_window->project()->annotation(id)->kind), QStringLiteral("note"));
        QCOMPARE(m_window->history()->stack()->undoText(), QStringLiteral("Change kind"));

        QTest::keyClick(m_window.get(), Qt::Key_Delete);
        QVERIFY(!m_window->project()->annotation(id));
        QVERIFY(m_window->inspector()->annotationId().isNull());
        QVERIFY(m_window->currentAnnotation().isNull());

        m_window->history()->stack()->undo();
        QVERIFY(m_window->project()->annotation(id));
        QCOMPARE(m_window->project()->relationsOf(id)->size(), linksBefore);
        m_window->history()->stack()->undo();
        QVERIFY(m_window->project()->annotation(id)->kind != AnnotationKind::Note);
    }

    void filtersTheList()
    {
        AnnotationListPanel *list = m_window->annotationList();
        auto annotations = m_window->project()->annotations();
        // Free text matches the passage, the comment, the actor and the tags.
        QHash<QUuid, QString> names;
        for (const Actor &actor : *m_window->project()->actors())
            names.insert(actor.id, actor.name);
        for (const Tag &tag : *m_window->project()->tags())
            names.insert(tag.id, tag.name);
        const QString term = QStringLiteral("tall tales");
        int quoting = 0;
        for (const Annotation &annotation : std::as_const(*annotations)) {
            bool matches = annotation.quote.exact.contains(term, Qt::CaseInsensitive) ||
                           annotation.comment.contains(term, Qt::CaseInsensitive) ||
                           names.value(annotation.actorId).contains(term, Qt::CaseInsensitive);
            for (const QUuid &tag : annotation.tagIds)
                matches = matches || names.value(tag).contains(term, Qt::CaseInsensitive);
            quoting += matches;
        }
        QVERIFY(quoting > 0);
        QTest::keyClicks(list->searchField(), QStringLiteral("TALL TALES"));
        QCOMPARE(list->filter()->rowCount(), quoting);

        list->searchField()->clear();
        QCOMPARE(list->filter()->rowCount(), annotations->size());

        auto *kindBox = list->findChildren<QComboBox *>().value(0);
        QVERIFY(kindBox);
        kindBox->setCurrentIndex(kindBox->findData(int(AnnotationKind::Source)));
        QVERIFY(list->filter()->rowCount() > 0);
        QVERIFY(list->filter()->rowCount() < annotations->size());
        for (int row = 0; row < list->filter()->rowCount(); ++row)
            QCOMPARE(list->filter()->index(row, AnnotationTableModel::KindColumn).data().toString(),
                     displayName(AnnotationKind::Source));

        // Sorting by the passage column orders the rows alphabetically.
        list->table()->sortByColumn(AnnotationTableModel::QuoteColumn, Qt::AscendingOrder);
        for (int row = 1; row < list->filter()->rowCount(); ++row)
            QVERIFY(
                QString::compare(
                    list->filter()
                        ->index(row - 1, AnnotationTableModel::QuoteColumn)
                        .data()
                        .toString(),
                    list->filter()->index(row, AnnotationTableModel::QuoteColumn).data().toString(),
                    Qt::CaseInsensitive) <= 0);
    }

    void clickingARowScrollsItsPassageIntoView()
    {
        // The annotation furthest down the first article.
        auto annotations = m_window->project()->annotationsOfArticle(pane(0)->articleId());
        const Annotation last = *std::max_element(
            annotations->cbegin(), annotations->cend(),
            [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
        ArticleView *view = pane(0)->view();
        view->verticalScrollBar()->setValue(0);
        QTextCursor at(view->document());
        at.setPosition(last.start);
        QVERIFY2(view->cursorRect(at).top() > view->viewport()->height(),
                 "the passage starts out of sight");

        AnnotationListPanel *list = m_window->annotationList();
        const QModelIndex row = list->filter()->mapFromSource(list->model()->indexOf(last.id, 1));
        list->table()->scrollTo(row);
        QTest::mouseClick(list->table()->viewport(), Qt::LeftButton, {},
                          list->table()->visualRect(row).center());

        QVERIFY(view->verticalScrollBar()->value() > 0);
        const QRect passage = view->cursorRect(at);
        QVERIFY(passage.top() >= 0 && passage.bottom() <= view->viewport()->height());
        QCOMPARE(m_window->currentAnnotation(), last.id);
        QCOMPARE(m_window->inspector()->annotationId(), last.id);
    }

    void clickingAHighlightSelectsItsRow()
    {
        ArticleView *view = pane(1)->view();
        auto annotations = m_window->project()->annotationsOfArticle(pane(1)->articleId());
        const Annotation first = *std::min_element(
            annotations->cbegin(), annotations->cend(),
            [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
        view->verticalScrollBar()->setValue(0);
        QTextCursor inside(view->document());
        inside.setPosition(first.start + 1);
        const QPoint point = view->cursorRect(inside).center() + QPoint(2, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(m_window->currentAnnotation(), first.id);
        AnnotationListPanel *list = m_window->annotationList();
        const QModelIndex current = list->table()->selectionModel()->currentIndex();
        QCOMPARE(current.data(AnnotationTableModel::IdRole).toUuid(), first.id);
    }

    void aBadProjectFileGetsAMessage()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.counterpoint"));
        QVERIFY(writeFile(bad, "these are my notes, not a database\n"));
        const QByteArray bytes = readFile(bad);
        QVERIFY(!m_window->openProject(bad));
        QMessageBox *box = visibleErrorMessage();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("notes.counterpoint")),
                 qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("not a Counterpoint project")));
        // The open project stays open, and the bad file stays as it was.
        QCOMPARE(m_window->project()->filePath(), QFileInfo(m_projectPath).absoluteFilePath());
        QCOMPARE(readFile(bad), bytes);
    }

    void theSessionComesBack()
    {
        // Open the third article, move it first, then quit and start again.
        auto summaries = m_window->project()->articleSummaries();
        ArticlePane *third = m_window->openArticle(summaries->at(2).id);
        QVERIFY(third);
        m_window->paneArea()->movePane(third, -2);
        QCOMPARE(m_window->paneArea()->panes().first(), third);
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        m_window->restoreSession();
        QVERIFY(m_window->project());
        QCOMPARE(m_window->project()->filePath(), QFileInfo(m_projectPath).absoluteFilePath());
        QCOMPARE(m_window->paneArea()->panes().size(), 3);
        QCOMPARE(pane(0)->articleId(), summaries->at(2).id);
        QCOMPARE(pane(1)->articleId(), summaries->at(0).id);
    }

    void linksNeverLoadLocalFiles()
    {
        // The HTML sample points an image at file:///etc/hosts: the pane must not read it.
        ArticleView *view = pane(1)->view();
        QVERIFY(
            !view->loadResource(QTextDocument::ImageResource, QUrl("file:///etc/hosts")).isValid());
        QVERIFY(!view->openLinks());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
