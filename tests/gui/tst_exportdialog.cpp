// Export, import and source viewing as an analyst reaches them from the main window, driven
// offscreen on the sample project (issue 4): the dialog writes exactly what the list shows, its
// preview is highlighted, a cancel leaves an existing file alone, our own export imports into
// an empty project, and a broken file gets a message naming it.
#include "SampleWindow.h"
#include "TestSupport.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/SourceHighlighter.h"
#include "ui/reader/SourceViewer.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include "edit/AnnotationCommands.h"
#include "edit/EditHistory.h"
#include "import/TextDecoding.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

QMessageBox *visibleMessage(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (box && box->isVisible() && box->objectName() == objectName)
            return box;
    }
    return nullptr;
}

// How many lines of the document the highlighter gave at least one format.
int highlightedBlocks(const QTextDocument *document)
{
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        count += !block.layout()->formats().isEmpty();
    return count;
}

// The id that starts each CSV record (records end with CRLF; a line break inside a quoted cell
// is a bare LF).
QList<QUuid> csvIds(const QByteArray &csv)
{
    QList<QUuid> ids;
    const QStringList records = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    for (const QString &record : records.mid(1)) {
        if (!record.isEmpty())
            ids.append(QUuid::fromString(record.section(u',', 0, 0)));
    }
    return ids;
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;

    ExportDialog *openDialog()
    {
        ExportDialog *dialog = m_window->showExportDialog();
        if (dialog)
            dialog->updatePreview(); // the preview of the last change, without waiting
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void init()
    {
        // Every test starts from a fresh copy of the sample project and a fresh window.
        m_projectPath = copySampleProject(m_dir);
        QVERIFY(!m_projectPath.isEmpty());
        m_window = openWindowOn(m_projectPath);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget) || qobject_cast<QDialog *>(widget))
                widget->close();
        }
        m_window.reset();
    }

    void writesExactlyWhatTheListShowsAsCsv()
    {
        AnnotationListPanel *list = m_window->annotationList();
        auto *kindBox = list->findChildren<QComboBox *>().value(0);
        QVERIFY(kindBox);
        kindBox->setCurrentIndex(kindBox->findData(int(AnnotationKind::Claim)));
        const QList<QUuid> shown = list->filter()->visibleIds();
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.size() < list->model()->rowCount());

        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("format"));
        format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
        const QList<QRadioButton *> scopes = dialog->findChildren<QRadioButton *>();
        QRadioButton *listShows = nullptr;
        for (QRadioButton *button : scopes) {
            if (button->text().contains(QStringLiteral("list shows")))
                listShows = button;
        }
        QVERIFY(listShows);
        QVERIFY(listShows->text().contains(QString::number(shown.size())));
        QTest::mouseClick(listShows, Qt::LeftButton);
        QCOMPARE(dialog->scopeChoice(), ExportDialog::ScopeChoice::Shown);

        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        auto written = dialog->exportTo(path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        const QList<QUuid> ids = csvIds(readFile(path));
        QCOMPARE(ids.size(), shown.size());
        QCOMPARE(QSet<QUuid>(ids.cbegin(), ids.cend()), QSet<QUuid>(shown.cbegin(), shown.cend()));
        QCOMPARE(written->annotations, int(shown.size()));
        QVERIFY(!dialog->isVisible());
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QString::number(shown.size())) &&
                     message.contains(QStringLiteral("shown.csv")),
                 qPrintable(message));
    }

    void exportsChosenSets()
    {
        auto sets = m_window->project()->annotationSets();
        QVERIFY(sets && !sets->isEmpty());
        const QUuid set = sets->first().id;
        ExportDialog *dialog = openDialog();
        dialog->setFormat(ExportFormat::Csv);
        dialog->setSetChecked(set, true);
        QCOMPARE(dialog->scopeChoice(), ExportDialog::ScopeChoice::Sets);
        const QString path = m_dir.filePath(QStringLiteral("sets.csv"));
        QVERIFY(dialog->exportTo(path));
        int inSet = 0;
        for (const Annotation &annotation : *m_window->project()->annotations())
            inSet += annotation.setId == set;
        QCOMPARE(csvIds(readFile(path)).size(), inSet);
    }

    void thePreviewIsHighlighted()
    {
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QPlainTextEdit *preview = dialog->preview();
        for (ExportFormat format : {ExportFormat::JsonLd, ExportFormat::Csv, ExportFormat::Markdown,
                                    ExportFormat::Html, ExportFormat::Aif}) {
            dialog->setFormat(format);
            const QString text = preview->toPlainText();
            QVERIFY2(!text.isEmpty(), qPrintable(toString(format)));
            QVERIFY(dialog->highlighter());
            QVERIFY2(highlightedBlocks(preview->document()) > 0, qPrintable(toString(format)));
            QVERIFY(preview->document()->blockCount() <= 201);
        }
        dialog->setFormat(ExportFormat::JsonLd);
        QVERIFY(preview->toPlainText().startsWith(u'{'));
        // The first key of the JSON gets a format of its own.
        const QTextBlock second = preview->document()->findBlockByNumber(1);
        QVERIFY(!second.layout()->formats().isEmpty());

        // Binary formats are described rather than shown.
        dialog->setFormat(ExportFormat::Pdf);
        QVERIFY(!dialog->highlighter());
        QVERIFY(preview->toPlainText().contains(QStringLiteral("PDF")));
        dialog->setFormat(ExportFormat::Qdpx);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("REFI-QDA")));
    }

    void aCancelLeavesAnExistingFileAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.jsonld"));
        const QByteArray before = "an export from last week\n";
        QVERIFY(writeFile(path, before));
        ExportDialog *dialog = openDialog();
        dialog->setFormat(ExportFormat::JsonLd);
        // The user presses Cancel as soon as the progress dialog reports.
        int reports = 0;
        connect(dialog, &ExportDialog::exportProgressed, dialog, [&] {
            ++reports;
            auto *progress = dialog->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
            QVERIFY(progress);
            progress->cancel();
        });
        QSignalSpy cancelled(dialog, &ExportDialog::exportCancelled);
        auto written = dialog->exportTo(path);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Cancelled);
        QCOMPARE(reports, 1);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept*")}, QDir::Files),
                 QStringList{QStringLiteral("kept.jsonld")});
        QVERIFY(dialog->isVisible()); // to try again
        QVERIFY(!visibleMessage(QStringLiteral("errorMessage")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    void aFailedExportShowsTheError()
    {
        ExportDialog *dialog = openDialog();
        dialog->setFormat(ExportFormat::Csv);
        const QString path = m_dir.filePath(QStringLiteral("no such folder/out.csv"));
        QVERIFY(!dialog->exportTo(path));
        QMessageBox *box = visibleMessage(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("out.csv")), qPrintable(box->text()));
        QVERIFY(!QFile::exists(path));
    }

    void importsOurOwnExportIntoAnEmptyProject()
    {
        const QString exported = m_dir.filePath(QStringLiteral("all.jsonld"));
        ExportDialog *dialog = openDialog();
        dialog->setFormat(ExportFormat::JsonLd);
        QVERIFY(dialog->exportTo(exported));
        const qsizetype count = m_window->project()->annotations()->size();

        const QString emptyPath = m_dir.filePath(QStringLiteral("empty.counterpoint"));
        QFile::remove(emptyPath);
        {
            OpenOptions options;
            options.createIfMissing = true;
            QVERIFY(Project::open(emptyPath, options));
        }
        QVERIFY(m_window->openProject(emptyPath));
        AnnotationListPanel *list = m_window->annotationList();
        QCOMPARE(list->model()->rowCount(), 0);

        // One reset of the list, not a row inserted per annotation.
        QSignalSpy inserted(list->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(list->model(), &QAbstractItemModel::modelReset);
        QVERIFY(m_window->importAnnotationsFrom(exported));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(list->model()->rowCount(), int(count));
        QCOMPARE(list->filter()->rowCount(), int(count));
        QMessageBox *report = visibleMessage(QStringLiteral("importReport"));
        QVERIFY(report);
        QVERIFY2(report->informativeText().contains(QString::number(count)),
                 qPrintable(report->informativeText()));
        // The articles came along and open with their highlights.
        auto summaries = m_window->project()->articleSummaries();
        QVERIFY(summaries && !summaries->isEmpty());
        ArticlePane *pane = m_window->openArticle(summaries->first().id);
        QVERIFY(pane);
        QVERIFY(!m_window->project()->annotationsOfArticle(pane->articleId())->isEmpty());

        // Again: nothing new, all unchanged.
        report->close();
        QVERIFY(m_window->importAnnotationsFrom(exported));
        QCOMPARE(list->model()->rowCount(), int(count));
        report = visibleMessage(QStringLiteral("importReport"));
        QVERIFY(report);
        QVERIFY(report->informativeText().contains(QStringLiteral("Added: 0")));

        // An import that changes what an earlier step touched ends the undo history, so that
        // undo cannot overwrite what was imported; one that changes nothing keeps it.
        report->close();
        QUndoStack *stack = m_window->history()->stack();
        const Annotation original = m_window->project()->annotations()->first();
        Annotation edited = original;
        edited.comment = QStringLiteral("changed after the import");
        QVERIFY(m_window->history()->perform(std::make_unique<UpdateAnnotationCommand>(
            *m_window->project(), original, edited, UpdateAnnotationCommand::Field::Comment)));
        QCOMPARE(stack->count(), 1);
        QVERIFY(m_window->importAnnotationsFrom(exported)); // puts the comment back
        QCOMPARE(m_window->project()->annotation(original.id)->comment, original.comment);
        QCOMPARE(stack->count(), 0);
        report = visibleMessage(QStringLiteral("importReport"));
        QVERIFY(report);
        QVERIFY2(report->informativeText().contains(QStringLiteral("no longer be undone")),
                 qPrintable(report->informativeText()));
        report->close();

        Annotation note;
        note.articleId = original.articleId;
        note.kind = AnnotationKind::Note;
        note.start = original.start;
        note.end = original.end;
        QVERIFY(m_window->history()->perform(
            std::make_unique<AddAnnotationCommand>(*m_window->project(), note)));
        QVERIFY(m_window->importAnnotationsFrom(exported)); // knows nothing of the note
        QCOMPARE(stack->count(), 1);
        report = visibleMessage(QStringLiteral("importReport"));
        QVERIFY(report && !report->informativeText().contains(QStringLiteral("no longer")));
    }

    // A large file is read on a worker thread: the window's events keep running, and Cancel
    // pressed while it is read stops the import with the project unchanged.
    void cancelWhileReadingLeavesTheProjectUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.jsonld"));
        {
            // Plain literals: moc, which reads this file, loses its way in raw strings.
            QByteArray json = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", "
                              "\"type\": \"AnnotationCollection\", \"items\": [";
            for (int i = 0; i < 60000; ++i) {
                if (i > 0)
                    json += ',';
                json += "{\"type\": \"Annotation\", \"id\": \"urn:uuid:" +
                        QUuid::createUuid().toByteArray(QUuid::WithoutBraces) +
                        "\", \"target\": {\"source\": \"https://example.org/large\", "
                        "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": "
                        "\"tall tales\"}}}";
            }
            json += "]}";
            QVERIFY(writeFile(path, json));
        }
        const qsizetype before = m_window->project()->annotations()->size();
        QString shownWhenCancelled;
        QTimer::singleShot(0, m_window.get(), [&] {
            // Runs inside the import: the read has begun and the window still takes events.
            auto *progress =
                m_window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
            if (progress) {
                shownWhenCancelled = progress->labelText();
                QVERIFY(progress->isVisible()); // modal at once: the window takes no input
                emit progress->canceled();      // as the Cancel button does
            }
        });
        QVERIFY(!m_window->importAnnotationsFrom(path));
        QCOMPARE(shownWhenCancelled, QStringLiteral("Reading “large.jsonld”…"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_window->project()->annotations()->size(), before);
        QVERIFY(!visibleMessage(QStringLiteral("errorMessage")));
        QVERIFY(!visibleMessage(QStringLiteral("importReport")));
    }

    void aMalformedFileGetsAMessageNamingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.jsonld"));
        QVERIFY(writeFile(path, "{ \"type\": \"AnnotationCollection\", \"items\": [ "));
        const qsizetype before = m_window->project()->annotations()->size();
        QVERIFY(!m_window->importAnnotationsFrom(path));
        QMessageBox *box = visibleMessage(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("broken.jsonld")), qPrintable(box->text()));
        QCOMPARE(m_window->project()->annotations()->size(), before);
        QVERIFY(!visibleMessage(QStringLiteral("importReport")));
    }

    void showsTheSourceOfTheActivePane()
    {
        ArticlePane *htmlPane = nullptr;
        for (ArticlePane *pane : m_window->paneArea()->panes()) {
            if (m_window->project()->article(pane->articleId())->format == ArticleFormat::Html)
                htmlPane = pane;
        }
        QVERIFY2(htmlPane, "the sample opens its HTML article");
        m_window->paneArea()->setActivePane(htmlPane);
        m_window->showSource();
        auto *viewer = m_window->findChild<SourceViewer *>();
        QVERIFY(viewer);
        QVERIFY(viewer->isVisible());
        const Article article = *m_window->project()->article(htmlPane->articleId());
        QCOMPARE(viewer->text()->toPlainText(),
                 decodeText(article.original, article.sourceFileName)->text);
        QVERIFY(viewer->text()->isReadOnly());
        QVERIFY(viewer->text()->font().fixedPitch() ||
                QFontInfo(viewer->text()->font()).fixedPitch());
        // Whatever fonts the machine has: when any of them is monospace, the source is shown in
        // one (on a machine with many fonts "monospace" can resolve to a proportional face).
        const QStringList families = QFontDatabase::families();
        const bool monospaceInstalled =
            std::any_of(families.cbegin(), families.cend(),
                        [](const QString &family) { return QFontDatabase::isFixedPitch(family); });
        if (monospaceInstalled)
            QVERIFY2(QFontInfo(viewer->text()->font()).fixedPitch(),
                     qPrintable(QFontInfo(viewer->text()->font()).family()));
        else
            QCOMPARE(viewer->text()->font().styleHint(), QFont::Monospace);
        QVERIFY(viewer->highlighter());
        QVERIFY(highlightedBlocks(viewer->text()->document()) > 0);
    }

    void csvQuotedCellsGoOnOverLineBreaks()
    {
        QTextDocument document(QStringLiteral("id,quote,prefix,start\n"
                                              "a1,plain,\"one\n"
                                              "two\n"
                                              "\",\", three\",42\n"
                                              "a2,x,y,7"));
        createHighlighter(SourceSyntax::Csv, &document, QPalette());
        auto colourAt = [&](int blockNumber, int position) {
            for (const QTextLayout::FormatRange &range :
                 document.findBlockByNumber(blockNumber).layout()->formats()) {
                if (position >= range.start && position < range.start + range.length)
                    return range.format.foreground().color();
            }
            return QColor();
        };
        const QColor quoted = colourAt(2, 0); // "two", inside the cell opened above
        QVERIFY(quoted.isValid());
        QCOMPARE(colourAt(3, 0), quoted);   // the quote that closes it
        QVERIFY(colourAt(3, 1) != quoted);  // the comma
        QCOMPARE(colourAt(3, 4), quoted);   // ", three" in the next cell
        QVERIFY(colourAt(3, 12) != quoted); // 42
        QVERIFY(colourAt(4, 0) != quoted);  // the next record
    }

    void highlightsReadOnDarkPalettesToo()
    {
        for (const bool dark : {false, true}) {
            QPalette palette;
            palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
            palette.setColor(QPalette::Text, dark ? QColor(0xe8, 0xe8, 0xe8) : Qt::black);
            QTextDocument document(QStringLiteral("{\n  \"key\": \"value\", \"n\": 12\n}"));
            QSyntaxHighlighter *highlighter =
                createHighlighter(SourceSyntax::Json, &document, palette);
            QVERIFY(highlighter);
            const QList<QTextLayout::FormatRange> formats =
                document.findBlockByNumber(1).layout()->formats();
            QVERIFY(formats.size() >= 3);
            for (const QTextLayout::FormatRange &range : formats) {
                const int lightness = range.format.foreground().color().lightness();
                // Far enough from the base to read.
                QVERIFY2(std::abs(lightness - palette.color(QPalette::Base).lightness()) > 90,
                         qPrintable(range.format.foreground().color().name()));
            }
        }
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
