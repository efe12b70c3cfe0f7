// Takes the screenshot of the main window that the README and the package metadata show:
// the sample project with two articles side by side, highlights, the list and the inspector.
// With "map", the argument map of the sample project instead, in its own floating dock.
// Run by resources/screenshots/refresh.sh under Xvfb, so that it shows real fonts and style.
// "export" (or "export=csv" and the like) or "source" takes the export dialog or the source of
// the active article instead. "curation" adds three coders' readings of the sample (Alice's,
// the default set's annotations; Bob's and Cara's, the same with other boundaries, kinds and
// gaps) and shows View › Curate… on them with two disagreements settled. "verdict" gives the
// inspected counterclaim a verdict first. "charts" (or "charts=timeline", "charts=tags-together", …
// as StoryChart::fileName() names them) shows the Charts dock floating at the window's size with
// the first bar, cell or point chosen; with "docked" too, the whole window with the dock in its
// place at the bottom.
// "actors" and "sets" open Edit › Manage Actors or Manage
// Annotation Sets (the latter on the two readings, Alice's her own) over the window and grab
// the whole screen, to judge the dialog's size where it opens. "tags" files the sample's second
// and third tags under its first (issue 20: one level of parents) and opens Edit › Manage Tags
// on the tree, a child chosen; the inspector and the list's tag filter show the tree too.
// "print" opens File › Print Preview… on the active pane at the window's size: the article on
// paper with its highlights, coding stripes, header and page numbers.
#include "analysis/Curation.h"
#include "session/ProjectSession.h"
#include "store/Project.h"
#include "ui/charts/ChartsView.h"
#include "ui/curation/CurationDialog.h"
#include "ui/dialogs/ActorManagerDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/MemoEditor.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/SetManagerDialog.h"
#include "ui/dialogs/TagManagerDialog.h"
#include "ui/help/UserGuide.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/list/BulkEditDialog.h"
#include "ui/map/ArgumentMapView.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/FindBar.h"
#include "ui/reader/SourceViewer.h"
#include "ui/search/SearchPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include "i18n/Translations.h"
#include "store/Project.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPalette>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

using namespace counterpoint;

namespace {

// Two analysts' readings of the sample for the curation view: Alice's the default set's, Bob's
// the same with every fourth passage cut short at a word, given another kind or left out; with
// third, Cara's too, the same with every third passage begun a word later or left out.
bool addReadings(const QString &path, bool third)
{
    auto project = Project::open(path);
    if (!project)
        return false;
    Project &p = **project;
    auto annotations = p.annotations();
    auto alice = p.ensureAnnotationSet(QStringLiteral("Alice"));
    auto bob = p.ensureAnnotationSet(QStringLiteral("Bob"));
    auto cara = third ? p.ensureAnnotationSet(QStringLiteral("Cara")) : alice;
    if (!annotations || !alice || !bob || !cara)
        return false;
    const QList<AnnotationKind> kinds = allAnnotationKinds();
    int index = 0;
    const Status written = p.write([&]() -> Status {
        for (const Annotation &original : std::as_const(*annotations)) {
            if (original.setId != p.defaultAnnotationSetId() || original.length() < 12)
                continue;
            Annotation copy = original;
            copy.id = QUuid();
            copy.quote = {};
            copy.setId = alice->id;
            if (auto added = p.addAnnotation(copy); !added)
                return added.error();
            if (third) {
                Annotation caras = copy;
                caras.setId = cara->id;
                bool coded = true;
                switch (index % 3) {
                case 1: { // begun a word later
                    auto text = p.articleText(caras.articleId);
                    if (!text)
                        return text.error();
                    const int space = int(text->indexOf(u' ', caras.start + 1));
                    if (space > 0 && space + 1 < caras.end - 4)
                        caras.start = space + 1;
                    break;
                }
                case 2:
                    coded = false; // Cara did not code it
                    break;
                default:
                    break;
                }
                if (coded) {
                    if (auto added = p.addAnnotation(caras); !added)
                        return added.error();
                }
            }
            copy.setId = bob->id;
            switch (index++ % 4) {
            case 1: { // shorter, ending where a word does
                auto text = p.articleText(copy.articleId);
                if (!text)
                    return text.error();
                const int space = int(text->lastIndexOf(u' ', copy.end - 2));
                if (space > copy.start)
                    copy.end = space;
                break;
            }
            case 2:
                copy.kind = kinds.at((kinds.indexOf(copy.kind) + 1) % kinds.size());
                break;
            case 3:
                continue; // Bob did not code it
            default:
                break;
            }
            if (auto added = p.addAnnotation(copy); !added)
                return added.error();
        }
        return success();
    });
    return written && analysis::createConsensusSet(p, QStringLiteral("Consensus"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    installTranslations(); // as the app does, for its plural forms
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(
            stderr,
            "usage: screenshot OUTPUT.png PROJECT [WIDTHxHEIGHT] [dark] "
            "[map|export[=FORMAT]|source|preferences|panes|curation|search|find|list|bulkedit|"
            "actors|sets|tags|print|memo|guide|update|charts[=CHART] [docked]] [verdict]\n");
        return 2;
    }
    const QStringList options = arguments.mid(4);
    if (options.contains(u"dark")) {
        // What a user with a dark desktop sees: the highlights must read on it too.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
    }
    // Never the user's own settings: a clean window every time.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // Work on a copy: the screenshot must not change the sample project.
    const QString project = settingsDir.filePath(QStringLiteral("sample.counterpoint"));
    QFile::copy(arguments.at(2), project);
    QFile(project).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if ((options.contains(u"curation") || options.contains(u"sets")) &&
        !addReadings(project, options.contains(u"curation"))) {
        std::fprintf(stderr, "could not add the coders' readings to the sample\n");
        return 1;
    }

    ui::MainWindow window;
    const QStringList size = arguments.value(3, QStringLiteral("1600x1000")).split(u'x');
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    window.restoreSession(project);
    if (!window.project())
        return 1;
    // Show the inspector on a counterclaim in one of the two open articles, as an analyst would
    // have it mid-work.
    QList<QUuid> openArticles;
    for (ui::ArticlePane *pane : window.paneArea()->panes())
        openArticles.append(pane->articleId());
    ui::AnnotationTableModel *model = window.annotationList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const ui::AnnotationRow &annotation = model->rowAt(row);
        if (annotation.kind == AnnotationKind::Counterclaim && !annotation.actorId.isNull() &&
            openArticles.contains(annotation.articleId)) {
            // "verdict": the counterclaim has a fact-checker's verdict (issue 15 item 10).
            if (options.contains(u"verdict")) {
                Verdict verdict;
                verdict.annotationId = annotation.id;
                verdict.rating = QStringLiteral("Mostly accurate");
                verdict.ratingValue = 4;
                verdict.reviewer = QStringLiteral("Full Fact");
                verdict.date = QDate(2026, 11, 30);
                verdict.url = QStringLiteral("https://fullfact.example/nvidia-chips");
                if (!window.project()->setVerdict(verdict))
                    return 1;
            }
            window.goToAnnotation(annotation.id);
            break;
        }
    }
    QWidget *shown = &window;
    bool wholeScreen = false;
    if (options.contains(u"map")) {
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("argumentMapDock"));
        dock->setFloating(true);
        dock->resize(window.size());
        dock->show();
        dock->raise();
        shown = window.argumentMap();
    }
    const QString chartsOption = options.filter(QStringLiteral("charts")).value(0);
    if (!chartsOption.isEmpty()) {
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        dock->toggleViewAction()->trigger();
        if (!options.contains(u"docked")) {
            dock->setFloating(true);
            dock->resize(window.size());
            shown = window.charts();
        }
        for (ui::StoryChart::Type type : ui::StoryChart::types()) {
            if (ui::StoryChart::fileName(type) == chartsOption.section(u'=', 1))
                window.charts()->setChartType(type);
        }
        QTimer::singleShot(1000, &window, [&window] {
            window.charts()->refreshNow();
            window.charts()->chooseCell(0);
            window.charts()->story()->setCurrentCell(0);
        });
    }
    const QString exportOption = options.filter(QStringLiteral("export")).value(0);
    if (!exportOption.isEmpty()) {
        auto *dialog = window.showExportDialog();
        dialog->setFormat(
            exportFormatFromString(exportOption.section(u'=', 1)).value_or(ExportFormat::JsonLd));
        shown = dialog;
    } else if (options.contains(u"preferences")) {
        shown = window.showPreferences();
    } else if (options.contains(u"panes")) {
        // Every article open: the panes scroll rather than widen the window.
        auto titles = window.project()->articleTitles();
        for (const ArticleTitle &article : titles ? *titles : QList<ArticleTitle>())
            window.openArticle(article.id);
    } else if (options.contains(u"curation")) {
        auto sets = window.project()->annotationSets();
        QList<QUuid> coders;
        for (const char *name : {"Alice", "Bob", "Cara"}) {
            for (const AnnotationSet &set : sets ? *sets : QList<AnnotationSet>()) {
                if (set.name == QString::fromUtf8(name))
                    coders.append(set.id);
            }
        }
        auto *dialog = ui::CurationDialog::showFor(&window, window.session(), coders);
        dialog->resize(window.size());
        dialog->accept(0);
        dialog->accept(1);
        shown = dialog;
    } else if (options.contains(u"search")) {
        // Issue 16: the Search panel with the hits of a query, and one shown in its pane.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
        dock->show();
        dock->raise();
        window.searchPanel()->queryField()->setText(QStringLiteral("smuggl*"));
        window.searchPanel()->runSearch();
        QTreeWidget *results = window.searchPanel()->results();
        if (results->topLevelItemCount() > 0 && results->topLevelItem(0)->childCount() > 1) {
            results->setCurrentItem(results->topLevelItem(0)->child(1));
            emit results->itemActivated(results->currentItem(), 0);
            results->setFocus();
        }
    } else if (options.contains(u"find")) {
        // Issue 16: the find bar of the first pane, every hit marked, the second one current.
        if (ui::ArticlePane *pane = window.paneArea()->panes().value(0)) {
            pane->findBar()->activate();
            pane->findBar()->field()->setText(QStringLiteral("smuggling"));
            pane->findBar()->findNext();
        }
    } else if (options.contains(u"list") || options.contains(u"bulkedit")) {
        // Issue 16 item 4: the list filtered to the annotations without an actor, the count of
        // the rows shown, three rows chosen; "bulkedit": their bulk edit open.
        ui::AnnotationListPanel *list = window.annotationList();
        list->actorFilter()->setCurrentIndex(
            list->actorFilter()->findData(ui::AnnotationFilterModel::none()));
        QTableView *table = list->table();
        table->setFocus();
        for (int row = 0; row < std::min(3, table->model()->rowCount()); ++row)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        if (options.contains(u"bulkedit")) {
            list->editSelected();
            shown = window.findChild<ui::BulkEditDialog *>();
        }
    } else if (options.contains(u"actors")) {
        auto *dialog = new ui::ActorManagerDialog(*window.session(), &window);
        dialog->show();
        if (dialog->list()->topLevelItemCount() > 1) {
            // Issue 20: the selected actor's memo below the list.
            QTreeWidgetItem *item = dialog->list()->topLevelItem(1);
            const QUuid id = item->data(0, Qt::UserRole).toUuid();
            const auto memo = window.project()->setMemo(
                MemoSubject::Actor, id,
                QStringLiteral("Speaks through its press office only; every statement so far "
                               "answers a report rather than making a claim of its own.\n\n"
                               "Ask: who at the company briefed the analysts?"));
            if (!memo)
                qWarning("%s", qPrintable(memo.errorMessage()));
            dialog->list()->setCurrentItem(item);
        }
        shown = dialog;
        wholeScreen = true;
    } else if (options.contains(u"tags")) {
        const auto tags = window.project()->tags();
        if (tags && tags->size() >= 3) {
            for (int i = 1; i < 3; ++i) {
                if (Status filed = window.project()->setTagParent(tags->at(i).id, tags->at(0).id);
                    !filed)
                    qWarning("%s", qPrintable(filed.errorMessage()));
            }
        }
        auto *dialog = new ui::TagManagerDialog(*window.session(), &window);
        dialog->show();
        if (QTreeWidgetItem *top = dialog->list()->topLevelItem(0); top && top->childCount() > 0)
            dialog->list()->setCurrentItem(top->child(0));
        else if (top)
            dialog->list()->setCurrentItem(top);
        shown = dialog;
        wholeScreen = true;
    } else if (options.contains(u"memo")) {
        // Issue 20: Edit › Project Memo… with a memo of a few paragraphs.
        const auto memo = window.project()->setMemo(
            MemoSubject::Project, {},
            QStringLiteral("Question: who says the chips were smuggled, and on what evidence?\n\n"
                           "Sample: every article on the dispute from 1 to 31 May, in English.\n\n"
                           "Next: read the Nvidia statement against the original report; code "
                           "the sources each side cites."));
        if (!memo)
            qWarning("%s", qPrintable(memo.errorMessage()));
        shown = window.openMemo(MemoSubject::Project, {}, QString());
        wholeScreen = true;
    } else if (options.contains(u"guide")) {
        // Issue 20: Help › User Guide (F1), on the section about the window.
        auto *guide = new ui::UserGuide(&window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
        guide->showSection(QStringLiteral("The window"));
        shown = guide;
        wholeScreen = true;
    } else if (options.contains(u"sets")) {
        // Alice's and Bob's readings their own.
        Project &p = *window.project();
        const Status roles = p.write([&]() -> Status {
            auto sets = p.annotationSets();
            if (!sets)
                return sets.error();
            for (const AnnotationSet &set : std::as_const(*sets)) {
                if (set.name == u"Alice" || set.name == u"Bob") {
                    if (Status owned = p.setAnnotationSetOwner(set.id, set.name.toLower()); !owned)
                        return owned;
                }
            }
            return success();
        });
        if (!roles) {
            std::fprintf(stderr, "%s\n", qPrintable(roles.errorMessage()));
            return 1;
        }
        auto *dialog = new ui::SetManagerDialog(
            *window.session(), window.project()->defaultAnnotationSetId(), &window);
        dialog->show();
        shown = dialog;
        wholeScreen = true;
    } else if (options.contains(u"print")) {
        window.printPreviewAction()->trigger();
        auto *preview = window.findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"));
        if (preview)
            preview->resize(window.size());
        shown = preview;
    } else if (options.contains(u"update")) {
        // Issue 20, item 6: updating the active pane's article from a version with a new
        // opening line (every annotation moves) and a word changed inside one (fuzzy).
        ui::ArticlePane *pane = window.paneArea()->activePane();
        if (!pane)
            return 1;
        auto article = window.project()->article(pane->articleId());
        if (!article)
            return 1;
        auto annotations = window.project()->annotationsOfArticle(article->id);
        QString edited = QString::fromUtf8(article->original);
        for (const Annotation &a : annotations ? *annotations : QList<Annotation>()) {
            const QString &exact = a.quote.exact;
            const qsizetype space = exact.indexOf(u' ', exact.size() / 2);
            if (exact.size() > 30 && space > 0 && edited.count(exact) == 1) {
                edited.replace(exact,
                               exact.left(space) + QStringLiteral(" indeed") + exact.mid(space));
                break;
            }
        }
        const qsizetype firstBreak = edited.indexOf(QStringLiteral("\n\n"));
        edited.insert(std::max<qsizetype>(0, firstBreak),
                      QStringLiteral("\n\nUpdated: the editors added an opening line."));
        const QString suffix = article->format == ArticleFormat::Html       ? QStringLiteral("html")
                               : article->format == ArticleFormat::Markdown ? QStringLiteral("md")
                                                                            : QStringLiteral("txt");
        const QString path = settingsDir.filePath(QStringLiteral("updated.") + suffix);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(edited.toUtf8()) < 0)
            return 1;
        file.close();
        window.updateArticleFromFile(article->id, path);
        shown = window.findChild<QDialog *>(QStringLiteral("updateArticleDialog"));
        wholeScreen = true;
    } else if (options.contains(u"source")) {
        window.showSource();
        shown = window.findChild<ui::SourceViewer *>();
    }
    QTimer::singleShot(1500, &window, [&] {
        if (shown == window.argumentMap())
            window.argumentMap()->fitToView();
        const bool saved =
            shown &&
            (wholeScreen ? shown->screen()->grabWindow(0) : shown->grab()).save(arguments.at(1));
        std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "could not write",
                     qPrintable(QDir::toNativeSeparators(arguments.at(1))));
        QApplication::exit(saved ? 0 : 1);
    });
    return QApplication::exec();
}
