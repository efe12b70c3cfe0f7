// The window on a team project (issue 13 items 1 and 4): it says where the project lives and as
// whom, and disables what the member's role may not do, saying why in the action's tooltip; a
// coder may delete their own annotation but not another analyst's. Runs under pg_virtualenv; the
// sample project is published to the throwaway server as its owner would.
#include "SampleWindow.h"
#include "articles/ArticleEditCommands.h"
#include "session/LiveRefresh.h"
#include "session/ProjectSession.h"
#include "store/Project.h"
#include "store/ProjectCopy.h"
#include "store/ProjectLocation.h"
#include "ui/articles/VersionsDialog.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"

#include <QAction>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

const QString password = QStringLiteral("team-secret");

QString as(const QString &uri, const QString &user)
{
    return ProjectLocation::parse(uri)->withOption(QStringLiteral("user"), user).toString();
}

QAction *actionNamed(MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestTeamWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_uri;
    QByteArray m_adminPassword;

    // A window on the team project as user (the password from PGPASSWORD, one of libpq's own
    // sources, as a member's ~/.pgpass would give it).
    std::unique_ptr<MainWindow> windowAs(const QString &user)
    {
        qputenv("PGPASSWORD", password.toUtf8());
        auto window = openWindowOn(as(m_uri, user));
        qputenv("PGPASSWORD", m_adminPassword);
        return window;
    }

    // An annotation in the window's project by someone else than its user.
    static QUuid someoneElsesAnnotation(MainWindow &window)
    {
        auto all = window.project()->annotations();
        if (!all)
            return {};
        for (const Annotation &annotation : std::as_const(*all)) {
            if (annotation.author != window.project()->author())
                return annotation.id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PGHOST"))
            QSKIP("no PostgreSQL server: run this test under pg_virtualenv");
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
        m_adminPassword = qgetenv("PGPASSWORD");
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery query(admin);
            for (const char *name : {"olive", "alice", "rita"})
                QVERIFY2(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                        .arg(QLatin1StringView(name), password)),
                         qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        m_uri = newServerDatabase();
        QVERIFY(!m_uri.isEmpty());
        QVERIFY(Project::initializeServer(m_uri, QStringLiteral("olive")));
        qputenv("PGPASSWORD", password.toUtf8());
        const QString sample = copySampleProject(m_dir);
        QVERIFY(!sample.isEmpty());
        auto published = ProjectCopy::copy(sample, as(m_uri, QStringLiteral("olive")));
        QVERIFY2(published, qPrintable(published.errorMessage()));
        {
            OpenOptions options;
            auto owner = Project::open(as(m_uri, QStringLiteral("olive")), options);
            QVERIFY2(owner, qPrintable(owner.errorMessage()));
            QVERIFY((*owner)->addMember(QStringLiteral("alice"), ProjectRole::Coder));
            QVERIFY((*owner)->addMember(QStringLiteral("rita"), ProjectRole::Reader));
        }
        qputenv("PGPASSWORD", m_adminPassword);
    }

    void theTitleSaysWhereAndAsWhom()
    {
        auto window = windowAs(QStringLiteral("alice"));
        QVERIFY(window);
        QVERIFY2(window->windowTitle().contains(QStringLiteral("alice")),
                 qPrintable(window->windowTitle()));
        QVERIFY(window->windowTitle().contains(QStringLiteral("coder")));
        // The password is nowhere the window keeps addresses.
        QVERIFY(!window->project()->filePath().contains(password));
    }

    void aReaderCanReadAndExportButNotAnnotate()
    {
        auto window = windowAs(QStringLiteral("rita"));
        QVERIFY(window);
        QVERIFY(window->project()->annotationCount().value() > 0);
        QAction *claim = actionNamed(*window, QStringLiteral("Tag as Claim"));
        QVERIFY(claim);
        QVERIFY(!claim->isEnabled());
        QVERIFY2(claim->toolTip().contains(QStringLiteral("reader")), qPrintable(claim->toolTip()));
        for (const char *name : {"Import Articles…", "Manage Tags…"}) {
            QAction *action = actionNamed(*window, QString::fromUtf8(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(!action->toolTip().isEmpty(), name);
        }
        QAction *exportAction = actionNamed(*window, QStringLiteral("Export…"));
        QVERIFY(exportAction);
        QVERIFY(exportAction->isEnabled());
        window->setCurrentAnnotation(someoneElsesAnnotation(*window));
        QAction *remove = actionNamed(*window, QStringLiteral("Delete Annotation"));
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled());
    }

    void aCoderDeletesTheirOwnAnnotationOnly()
    {
        auto window = windowAs(QStringLiteral("alice"));
        QVERIFY(window);
        QAction *claim = actionNamed(*window, QStringLiteral("Tag as Claim"));
        QVERIFY(claim);
        QVERIFY(actionNamed(*window, QStringLiteral("Manage Tags…")));
        QVERIFY(!actionNamed(*window, QStringLiteral("Manage Tags…"))->isEnabled());
        QAction *remove = actionNamed(*window, QStringLiteral("Delete Annotation"));
        QVERIFY(remove);

        const QUuid theirs = someoneElsesAnnotation(*window);
        QVERIFY(!theirs.isNull());
        window->setCurrentAnnotation(theirs);
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("coder")),
                 qPrintable(remove->toolTip()));

        auto article = window->project()->annotation(theirs);
        QVERIFY(article);
        Annotation mine;
        mine.articleId = article->articleId;
        mine.start = article->start;
        mine.end = article->end;
        auto added = window->project()->addAnnotation(mine);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->author, QStringLiteral("alice"));
        window->setCurrentAnnotation(added->id);
        QVERIFY(remove->isEnabled());
        QVERIFY(!remove->toolTip().contains(QStringLiteral("coder")));
    }

    // Changing articles is for the owner and curators: a coder finds the Article menu's verbs
    // (in the menu and in a pane's context menu alike), Update Article from File and Restore This
    // Version disabled, each saying why; Versions… still shows. The core refuses too.
    void aCoderMayNotChangeArticles()
    {
        auto window = windowAs(QStringLiteral("alice"));
        QVERIFY(window);
        auto titles = window->project()->articleTitles();
        QVERIFY(titles && !titles->isEmpty());
        const QUuid articleId = titles->first().id;
        ArticlePane *pane = window->openArticle(articleId);
        QVERIFY(pane);
        pane->view()->selectPassage({0, 10});
        auto *menu = window->findChild<QMenu *>(QStringLiteral("articleMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        for (const char *name :
             {"Remove from Article", "Split into New Article…", "Suggest Clean-up…",
              "Delete Article…", "Update Article from File…"}) {
            QAction *action = actionNamed(*window, QString::fromUtf8(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(action->toolTip().contains(QStringLiteral("curators")) &&
                         action->toolTip().contains(QStringLiteral("alice")),
                     qPrintable(action->toolTip()));
        }
        QVERIFY(pane->view()->contextActions().contains(
            actionNamed(*window, QStringLiteral("Remove from Article"))));
        QAction *versions = actionNamed(*window, QStringLiteral("Versions…"));
        QVERIFY(versions && versions->isEnabled());
        {
            VersionsDialog dialog(*window->session(), articleId);
            QPushButton *restore = nullptr;
            for (QPushButton *button : dialog.findChildren<QPushButton *>())
                if (button->text().remove(u'&') == QStringLiteral("Restore This Version"))
                    restore = button;
            QVERIFY(restore);
            auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("versionsTable"));
            QVERIFY(table);
            table->selectRow(0);
            QVERIFY(!restore->isEnabled());
            QVERIFY2(restore->toolTip().contains(QStringLiteral("curators")),
                     qPrintable(restore->toolTip()));
        }

        // The core says no with the role's reason, whatever the window offers.
        Project &project = *window->project();
        const Status removed = project.removeArticle(articleId);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::Denied);
        QVERIFY2(removed.errorMessage().contains(QStringLiteral("coder")),
                 qPrintable(removed.errorMessage()));
        QVERIFY(!ArticleEditCommands::deletion(project, articleId));
        auto article = project.article(articleId);
        QVERIFY(article);
        QCOMPARE(project.addArticle(*article).error().code, Error::Code::Denied);
        QVERIFY(project.article(articleId)); // still there
    }

    // The server stops under an open window: the status bar says so, an edit is refused in one
    // line and nothing is queued; the server comes back: the window connects again by itself and
    // shows what another analyst committed meanwhile.
    void theServerStopsAndComesBackUnderTheWindow()
    {
        // Where the window got its password (libpq's PGPASSWORD) is where its reconnect finds it.
        qputenv("PGPASSWORD", password.toUtf8());
        const auto restore = qScopeGuard([this] { qputenv("PGPASSWORD", m_adminPassword); });
        auto window = openWindowOn(as(m_uri, QStringLiteral("alice")));
        QVERIFY(window);
        const int shownBefore = window->annotationList()->filter()->rowCount();
        const QString version = qEnvironmentVariable("PGVERSION", QStringLiteral("15"));
        const auto cluster = [&](const char *action) {
            return QProcess::execute(QStringLiteral("pg_ctlcluster"),
                                     {version, QStringLiteral("regress"), QLatin1String(action),
                                      QStringLiteral("-m"), QStringLiteral("fast")});
        };
        QCOMPARE(cluster("stop"), 0);
        window->session()->liveRefresh().refreshNow();
        const QString down = window->statusBar()->currentMessage();
        QVERIFY2(!down.isEmpty(), "the status bar says nothing of the server's absence");
        QVERIFY2(!down.contains(u'\n'), qPrintable(down));
        auto theirs = window->project()->annotation(someoneElsesAnnotation(*window));
        QVERIFY(!theirs); // nothing read from a server that is not there
        QCOMPARE(cluster("start"), 0);

        // Meanwhile another analyst (the owner) adds an annotation from their own connection.
        {
            auto owner = Project::open(as(m_uri, QStringLiteral("olive")));
            QVERIFY2(owner, qPrintable(owner.errorMessage()));
            auto any = (*owner)->annotations();
            QVERIFY(any && !any->isEmpty());
            Annotation added;
            added.articleId = any->constFirst().articleId;
            added.start = any->constFirst().start;
            added.end = any->constFirst().end;
            QVERIFY((*owner)->addAnnotation(added));
        }
        // No reload asked for: the window's own timer reconnects and catches up.
        QTRY_COMPARE_WITH_TIMEOUT(window->annotationList()->filter()->rowCount(), shownBefore + 1,
                                  3 * LiveRefresh::serverInterval);
        QVERIFY(window->statusBar()->currentMessage() != down);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
