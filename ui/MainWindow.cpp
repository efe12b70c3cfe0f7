#include "MainWindow.h"

#include "import/ArticleDocument.h"

#include <QDockWidget>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QTextBrowser>

namespace counterpoint::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articleList(new QListWidget(this))
    , m_panes(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Counterpoint"));
    setCentralWidget(m_panes);
    auto *dock = new QDockWidget(tr("Articles"), this);
    dock->setObjectName(QStringLiteral("articlesDock"));
    dock->setWidget(m_articleList);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_articleList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openArticle(item->data(Qt::UserRole).toUuid()); });
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openFile(const QString &path)
{
    auto project = Project::open(path);
    if (!project) {
        QMessageBox::warning(this, tr("Cannot open project"), project.errorMessage());
        return;
    }
    m_project = std::move(project).value();
    showProject();
}

void MainWindow::showProject()
{
    setWindowTitle(tr("%1 — Counterpoint").arg(m_project->name()));
    m_articleList->clear();
    auto summaries = m_project->articleSummaries();
    if (!summaries)
        return;
    for (const ArticleSummary &summary : std::as_const(*summaries)) {
        auto *item = new QListWidgetItem(summary.title, m_articleList);
        item->setData(Qt::UserRole, summary.id);
    }
    for (int i = 0; i < std::min<qsizetype>(2, summaries->size()); ++i)
        openArticle(summaries->at(i).id);
}

void MainWindow::openArticle(const QUuid &id)
{
    auto article = m_project->article(id);
    if (!article)
        return;
    auto *pane = new QTextBrowser(m_panes);
    auto *document = new SandboxedTextDocument(pane);
    ArticleDocument::render(*article, *document);
    pane->setDocument(document);
    pane->setOpenLinks(false);
    m_panes->addWidget(pane);
}

} // namespace counterpoint::ui
