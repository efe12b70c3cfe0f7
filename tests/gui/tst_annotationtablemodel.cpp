// The annotation list's model on its own, without a window, under QAbstractItemModelTester: it
// follows every kind of change the project announces (rows added, changed, removed, names
// renamed, an article removed with its annotations, a bulk reset) and says so when the
// annotations cannot be read.
#include "TestSupport.h"
#include "ui/list/AnnotationTableModel.h"

#include "edit/EditHistory.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

class TestAnnotationTableModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<AnnotationTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_briefing;
    QUuid m_html;

    Annotation tag(const QUuid &articleId, const QString &exact,
                   AnnotationKind kind = AnnotationKind::Claim)
    {
        const QString text = *m_session->project().articleText(articleId);
        const int start = int(text.indexOf(exact));
        auto tagged = m_session->tagPassage(articleId, start, start + int(exact.size()), kind);
        return tagged ? *tagged : Annotation();
    }

    QString cell(const QUuid &id, int column) const
    {
        return m_model->indexOf(id, column).data().toString();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        const QString path = m_dir.filePath(QStringLiteral("model.counterpoint"));
        QFile::remove(path);
        OpenOptions create;
        create.createIfMissing = true;
        auto opened = ProjectSession::open(path, create);
        QVERIFY(opened);
        m_session = std::move(opened).value();
        m_briefing = importArticle(m_session->project(),
                                   sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        m_html =
            importArticle(m_session->project(),
                          sampleArticlesDir() + QStringLiteral("/nvidia-denies-tall-tales.html"));
        QVERIFY(!m_briefing.isNull() && !m_html.isNull());
        QVERIFY(!tag(m_briefing, QStringLiteral("Chip smuggling into China")).id.isNull());
        m_model = std::make_unique<AnnotationTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSession(m_session.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
    }

    void followsAddsChangesAndRemoves()
    {
        QCOMPARE(m_model->rowCount(), 1);
        QSignalSpy counts(m_model.get(), &AnnotationTableModel::countsChanged);
        const Annotation source =
            tag(m_briefing, QStringLiteral("live lobsters"), AnnotationKind::Source);
        QVERIFY(!source.id.isNull());
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(cell(source.id, AnnotationTableModel::QuoteColumn),
                 QStringLiteral("live lobsters"));
        QCOMPARE(m_model->countsByKind().value(AnnotationKind::Source), 1);
        QVERIFY(m_session->changeKind(source.id, AnnotationKind::Note));
        QCOMPARE(cell(source.id, AnnotationTableModel::KindColumn),
                 displayName(AnnotationKind::Note));
        QCOMPARE(m_model->countsByKind().value(AnnotationKind::Source), 0);
        QVERIFY(m_session->deleteAnnotation(source.id));
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_model->indexOf(source.id).isValid());
        QVERIFY(counts.size() >= 3);
        m_session->history().stack()->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->indexOf(source.id).isValid());
    }

    void showsTheReadModelsNamesAndFollowsRenames()
    {
        const QUuid id = m_model->rowAt(0).id;
        QVERIFY(m_session->setActorNamed(id, QStringLiteral("Anthropic")));
        QVERIFY(m_session->addTagNamed(id, QStringLiteral("smuggling")));
        QCOMPARE(cell(id, AnnotationTableModel::ActorColumn), QStringLiteral("Anthropic"));
        QCOMPARE(cell(id, AnnotationTableModel::TagsColumn), QStringLiteral("smuggling"));
        QCOMPARE(cell(id, AnnotationTableModel::ArticleColumn),
                 m_session->readModel().articleTitle(m_briefing));
        QVERIFY(!cell(id, AnnotationTableModel::SetColumn).isEmpty());

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Actor renamed = m_session->readModel().actors().first();
        renamed.name = QStringLiteral("Anthropic PBC");
        QVERIFY(m_session->project().updateActor(renamed));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell(id, AnnotationTableModel::ActorColumn), QStringLiteral("Anthropic PBC"));
    }

    void removingAnArticleTakesItsRows()
    {
        QVERIFY(!tag(m_html, QStringLiteral("tall tales")).id.isNull());
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_session->project().removeArticle(m_html));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowAt(0).articleId, m_briefing);
    }

    void aBulkWriteIsOneReset()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QString text = *m_session->project().articleText(m_briefing);
        QVERIFY(m_session->project().writeInBulk([&]() -> Status {
            for (int i = 0; i < 5; ++i) {
                Annotation annotation;
                annotation.articleId = m_briefing;
                annotation.start = i * 10;
                annotation.end = i * 10 + 5;
                if (auto added = m_session->project().addAnnotation(annotation); !added)
                    return added.error();
            }
            return success();
        }));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(m_model->rowCount(), 6);
    }

    void noSessionIsAnEmptyModel()
    {
        m_model->setSession(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->readModel());
        m_model->setSession(m_session.get());
        QCOMPARE(m_model->rowCount(), 1);
        m_session.reset(); // the session goes first: the model empties itself
        QCOMPARE(m_model->rowCount(), 0);
    }

    void anUnreadableProjectIsReportedNotSwallowed()
    {
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_session->project().filePath());
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE annotation_tag")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QSignalSpy failed(m_model.get(), &AnnotationTableModel::errorOccurred);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("Cannot list the annotations"));
        m_model->reload();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("model.counterpoint")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_MAIN(TestAnnotationTableModel)
#include "tst_annotationtablemodel.moc"
