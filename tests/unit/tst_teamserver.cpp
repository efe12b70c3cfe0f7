// Team mode on a PostgreSQL server (issue 13): project addresses, server-init, members and their
// roles enforced by the server (through the app and through a raw connection, as psql would),
// attribution, and copying a project to a server and back without losing a byte of its export.
// Runs under pg_virtualenv, which starts a throwaway cluster and sets the PG* variables.
#include "TestSupport.h"

#include "analysis/BlindCoding.h"
#include "edit/BulkEdit.h"
#include "edit/CommandGroup.h"
#include "edit/EditHistory.h"
#include "import/ArticleImporter.h"
#include "store/Database.h"
#include "store/ProjectCopy.h"
#include "store/ProjectLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString password = QStringLiteral("team-secret");

QString databaseOf(const QString &uri)
{
    return ProjectLocation::parse(uri)->database();
}

// The same database as a member: user set, and a password (the test cluster wants one).
QString as(const QString &uri, const QString &user)
{
    return ProjectLocation::parse(uri)->withOption(QStringLiteral("user"), user).toString();
}

std::unique_ptr<Project> openAs(const QString &uri, const QString &user)
{
    OpenOptions options;
    options.password = password;
    auto opened = Project::open(as(uri, user), options);
    if (!opened) {
        qWarning("cannot open as %s: %s", qPrintable(user), qPrintable(opened.errorMessage()));
        return nullptr;
    }
    return std::move(opened).value();
}

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(counterpointExecutable(), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestTeamServer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_admin;
    QByteArray m_adminPassword; // pg_virtualenv's, for the administrator's connections
    int m_connections = 0;

    bool admin(const QString &sql)
    {
        QSqlQuery query(m_admin);
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    // A raw connection to the project's database as user: what psql would be.
    QSqlDatabase raw(const QString &uri, const QString &user)
    {
        const QString name = QStringLiteral("raw-%1").arg(++m_connections);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(databaseOf(uri));
        db.setUserName(user);
        db.setPassword(password);
        if (!db.open())
            qWarning("raw connection as %s: %s", qPrintable(user),
                     qPrintable(db.lastError().text()));
        return db;
    }

    // A project on the server, set up by the administrator, owned by olive, with alice and bob
    // as coders, cara as curator and rita as reader; one article.
    QString teamProject(QUuid *articleId)
    {
        const QString uri = newServerDatabase();
        if (uri.isEmpty())
            return {};
        if (auto done = Project::initializeServer(uri, QStringLiteral("olive")); !done) {
            qWarning("server-init: %s", qPrintable(done.errorMessage()));
            return {};
        }
        auto owner = openAs(uri, QStringLiteral("olive"));
        if (!owner)
            return {};
        const QList<std::pair<QString, ProjectRole>> members{
            {QStringLiteral("alice"), ProjectRole::Coder},
            {QStringLiteral("bob"), ProjectRole::Coder},
            {QStringLiteral("cara"), ProjectRole::Curator},
            {QStringLiteral("rita"), ProjectRole::Reader}};
        for (const auto &[name, role] : members) {
            if (auto added = owner->addMember(name, role); !added) {
                qWarning("members add %s: %s", qPrintable(name), qPrintable(added.errorMessage()));
                return {};
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("a.txt"));
        writeFile(path, "Nvidia calls the smuggling story tall tales.\nAnthropic cites cases.\n");
        *articleId = importArticle(*owner, path);
        return articleId->isNull() ? QString() : uri;
    }

    static Annotation passage(const QUuid &articleId, int start, int end)
    {
        Annotation annotation;
        annotation.articleId = articleId;
        annotation.start = start;
        annotation.end = end;
        return annotation;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PGHOST"))
            QSKIP("no PostgreSQL server: run this test under pg_virtualenv");
        QVERIFY(m_dir.isValid());
        m_adminPassword = qgetenv("PGPASSWORD");
        m_admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        m_admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
        QVERIFY2(m_admin.open(), qPrintable(m_admin.lastError().text()));
        // The analysts' login roles, as a server's administrator makes them (createuser).
        for (const char *name : {"olive", "alice", "bob", "cara", "rita", "nobody"})
            QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                              .arg(QLatin1StringView(name), password)));
    }

    void locationsAreParsedByLibpqAndNeverHoldAPassword()
    {
        auto uri = ProjectLocation::parse(
            QStringLiteral("postgresql://alice@db.example.org:6543/team?sslmode=require"));
        QVERIFY(uri);
        QVERIFY(uri->isServer());
        QCOMPARE(uri->host(), QStringLiteral("db.example.org"));
        QCOMPARE(uri->port(), 6543);
        QCOMPARE(uri->database(), QStringLiteral("team"));
        QCOMPARE(uri->user(), QStringLiteral("alice"));
        QCOMPARE(uri->option(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(uri->toString(),
                 QStringLiteral("postgresql://alice@db.example.org:6543/team?sslmode=require"));
        QCOMPARE(uri->displayName(), QStringLiteral("“team” on db.example.org"));

        auto conninfo = ProjectLocation::parse(QStringLiteral("host=/run/postgresql dbname=team"));
        QVERIFY(conninfo);
        QVERIFY(conninfo->isServer());
        QCOMPARE(conninfo->host(), QStringLiteral("/run/postgresql"));
        // Reopening from what it prints gives the same settings.
        auto again = ProjectLocation::parse(conninfo->toString());
        QVERIFY(again);
        QCOMPARE(again->options(), conninfo->options());

        auto service = ProjectLocation::parse(QStringLiteral("service=team"));
        QVERIFY(service && service->isServer());
        QCOMPARE(service->service(), QStringLiteral("team"));

        for (const QString &secret : {QStringLiteral("postgresql://alice:hunter2@db/team"),
                                      QStringLiteral("dbname=team password=hunter2")}) {
            auto refused = ProjectLocation::parse(secret);
            QVERIFY(!refused);
            QVERIFY(!refused.errorMessage().contains(QStringLiteral("hunter2")));
            QVERIFY(refused.errorMessage().contains(QStringLiteral("~/.pgpass")));
        }
        auto broken = ProjectLocation::parse(QStringLiteral("postgresql://db:notaport/team"));
        QVERIFY(!broken);

        // Files stay files, even with an '=' in their name.
        auto file = ProjectLocation::parse(QStringLiteral("notes=1.counterpoint"));
        QVERIFY(file && file->isFile());
        QCOMPARE(file->filePath(), QStringLiteral("notes=1.counterpoint"));
    }

    void emptyDatabaseIsRefusedUntilServerInit()
    {
        const QString uri = newServerDatabase();
        QVERIFY(!uri.isEmpty());
        auto opened = Project::open(uri);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("server-init")),
                 qPrintable(opened.errorMessage()));
        QVERIFY(Project::initializeServer(uri, QStringLiteral("olive")));
        auto again = Project::initializeServer(uri, QStringLiteral("olive"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Duplicate);

        auto owner = openAs(uri, QStringLiteral("olive"));
        QVERIFY(owner);
        QCOMPARE(toString(owner->role()), toString(ProjectRole::Owner));
        QCOMPARE(owner->schemaVersion(), Database::latestSchemaVersion);
        QCOMPARE(owner->annotationSets()->size(), 1);
        auto members = owner->members();
        QVERIFY(members);
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->first().name, QStringLiteral("olive"));
        QCOMPARE(toString(members->first().role), toString(ProjectRole::Owner));

        // Someone who is not a member is told so, and by whom to be added.
        OpenOptions options;
        options.password = password;
        auto stranger = Project::open(as(uri, QStringLiteral("nobody")), options);
        QVERIFY(!stranger);
        QVERIFY2(stranger.errorMessage().contains(QStringLiteral("not a member")),
                 qPrintable(stranger.errorMessage()));
    }

    void ownerManagesMembersFromTheCommandLine()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        qputenv("PGPASSWORD", password.toUtf8()); // for the child: as libpq would read it
        const QString asOwner = as(uri, QStringLiteral("olive"));
        CliRun listed = runCli({QStringLiteral("members"), asOwner, QStringLiteral("list")});
        QCOMPARE(listed.status, 0);
        QCOMPARE(listed.out,
                 QStringLiteral("olive\towner\ncara\tcurator\nalice\tcoder\nbob\tcoder\n"
                                "rita\treader\n"));
        CliRun added =
            runCli({QStringLiteral("members"), asOwner, QStringLiteral("add"),
                    QStringLiteral("nobody"), QStringLiteral("--role"), QStringLiteral("reader")});
        QVERIFY2(added.status == 0, qPrintable(added.err));
        CliRun removed = runCli(
            {QStringLiteral("members"), asOwner, QStringLiteral("remove"), QStringLiteral("bob")});
        QVERIFY2(removed.status == 0, qPrintable(removed.err));
        listed = runCli({QStringLiteral("members"), asOwner, QStringLiteral("list")});
        QCOMPARE(listed.out, QStringLiteral("olive\towner\ncara\tcurator\nalice\tcoder\n"
                                            "nobody\treader\nrita\treader\n"));
        // A coder may not; a bad role is refused in one line.
        CliRun refused = runCli({QStringLiteral("members"), as(uri, QStringLiteral("alice")),
                                 QStringLiteral("add"), QStringLiteral("bob"),
                                 QStringLiteral("--role"), QStringLiteral("coder")});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("owner")), qPrintable(refused.err));
        QCOMPARE(refused.err.count(u'\n'), 1);
        CliRun badRole =
            runCli({QStringLiteral("members"), asOwner, QStringLiteral("add"),
                    QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(badRole.status, 1);
        QVERIFY(badRole.err.contains(QStringLiteral("boss")));
        qputenv("PGPASSWORD", m_adminPassword);
    }

    void coderChangesOnlyTheirOwnWork()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto alice = openAs(uri, QStringLiteral("alice"));
        auto bob = openAs(uri, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(toString(alice->role()), toString(ProjectRole::Coder));
        QVERIFY(alice->may(Permission::AddAnnotations));
        QVERIFY(!alice->may(Permission::EditOthersWork));
        QVERIFY(!alice->may(Permission::ManageArticles));
        QVERIFY(alice->whyNot(Permission::ManageArticles).contains(QStringLiteral("curators")));

        auto mine = alice->addAnnotation(passage(articleId, 0, 6));
        QVERIFY2(mine, qPrintable(mine.errorMessage()));
        QCOMPARE(mine->author, QStringLiteral("alice")); // the server role, not the login name
        auto theirs = bob->addAnnotation(passage(articleId, 7, 12));
        QVERIFY(theirs);
        QCOMPARE(theirs->author, QStringLiteral("bob"));

        Annotation edited = *mine;
        edited.comment = QStringLiteral("mine to change");
        QVERIFY(alice->updateAnnotation(edited));
        Annotation meddled = *theirs;
        meddled.comment = QStringLiteral("not mine");
        auto refused = alice->updateAnnotation(meddled);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("bob")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(alice->removeAnnotation(theirs->id).error().code, Error::Code::Denied);
        QCOMPARE(bob->annotation(theirs->id)->comment, QString());

        // A link from mine to theirs is alice's; she may add tags and actors, not rename them.
        Relation link;
        link.fromId = mine->id;
        link.toId = theirs->id;
        link.kind = RelationKind::Rebuts;
        auto linked = alice->addRelation(link);
        QVERIFY2(linked, qPrintable(linked.errorMessage()));
        QCOMPARE(linked->author, QStringLiteral("alice"));
        auto tag = alice->ensureTag(QStringLiteral("export controls"));
        QVERIFY2(tag, qPrintable(tag.errorMessage()));
        Tag renamed = *tag;
        renamed.name = QStringLiteral("renamed");
        auto rename = alice->updateTag(renamed);
        QVERIFY(!rename);
        QCOMPARE(rename.error().code, Error::Code::Denied);
        auto article = alice->article(articleId);
        QVERIFY(article);
        article->title = QStringLiteral("retitled");
        QCOMPARE(alice->updateArticleDetails(*article).error().code, Error::Code::Denied);

        // The same through a raw connection, as psql would: the server refuses it too.
        QSqlDatabase psql = raw(uri, QStringLiteral("alice"));
        QVERIFY(psql.isOpen());
        QSqlQuery query(psql);
        QVERIFY(query.exec(QStringLiteral("UPDATE annotation SET comment = 'raw' WHERE id = '%1'")
                               .arg(theirs->id.toString(QUuid::WithoutBraces))));
        QCOMPARE(query.numRowsAffected(), 0);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM annotation WHERE author = 'bob'")));
        QCOMPARE(query.numRowsAffected(), 0);
        QVERIFY(!query.exec(QStringLiteral("UPDATE annotation SET author = 'bob' WHERE id = '%1'")
                                .arg(mine->id.toString(QUuid::WithoutBraces))));
        QVERIFY(!query.exec(QStringLiteral("UPDATE article SET title = 'raw'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM annotation_tag")) ||
                query.numRowsAffected() == 0);
        QVERIFY(query.exec(QStringLiteral("UPDATE annotation SET comment = 'raw' WHERE id = '%1'")
                               .arg(mine->id.toString(QUuid::WithoutBraces))));
        QCOMPARE(query.numRowsAffected(), 1);
        QCOMPARE(bob->annotation(theirs->id)->comment, QString());
        QCOMPARE(bob->annotation(mine->id)->comment, QStringLiteral("raw"));

        // Issue 15 item 10: a coder gives her own claims a verdict, not bob's; the server's row
        // security refuses the raw insert too.
        Verdict verdict;
        verdict.annotationId = mine->id;
        verdict.rating = QStringLiteral("False");
        verdict.ratingValue = 1;
        QVERIFY2(alice->setVerdict(verdict), "alice reviews her own claim");
        QCOMPARE(bob->verdict(mine->id)->value(), verdict);
        verdict.annotationId = theirs->id;
        QCOMPARE(alice->setVerdict(verdict).error().code, Error::Code::Denied);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO claim_review (annotation_id, rating, "
                                           "rating_value, worst_rating, best_rating) VALUES "
                                           "('%1', 'False', 1, 1, 5)")
                                .arg(theirs->id.toString(QUuid::WithoutBraces))));
        QCOMPARE(bob->verdict(theirs->id)->has_value(), false);
        QVERIFY(bob->setVerdict(verdict));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM claim_review")));
        QCOMPARE(query.numRowsAffected(), 1); // her own only
        QCOMPARE(bob->verdict(theirs->id)->has_value(), true);
    }

    // Issue 16 item 4: a coder's bulk edit of the list's rows that takes in one of bob's is
    // refused whole, with the server's reason, and changes none of hers either; of her own rows
    // only, it is one step; a curator's takes in everyone's.
    void aBulkEditRespectsTheRoles()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto alice = openAs(uri, QStringLiteral("alice"));
        auto bob = openAs(uri, QStringLiteral("bob"));
        auto cara = openAs(uri, QStringLiteral("cara"));
        QVERIFY(alice && bob && cara);
        const Annotation first = *alice->addAnnotation(passage(articleId, 0, 6));
        const Annotation second = *alice->addAnnotation(passage(articleId, 14, 19));
        const Annotation theirs = *bob->addAnnotation(passage(articleId, 7, 12));

        EditHistory history;
        BulkChange change;
        change.kind = AnnotationKind::Counterclaim;
        Status refused = history.perform(bulkEditCommand(*alice, {first, theirs, second}, change));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QVERIFY2(refused.errorMessage().contains(u"bob"), qPrintable(refused.errorMessage()));
        for (const QUuid &id : {first.id, second.id, theirs.id})
            QCOMPARE(toString(bob->annotation(id)->kind), toString(AnnotationKind::Claim));
        QVERIFY(!history.perform(bulkDeleteCommand(*alice, {first, theirs})));
        QVERIFY(bob->annotation(first.id));

        QVERIFY(history.perform(bulkEditCommand(*alice, {first, second}, change)));
        QCOMPARE(toString(bob->annotation(second.id)->kind),
                 toString(AnnotationKind::Counterclaim));
        history.stack()->undo();
        QCOMPARE(toString(bob->annotation(second.id)->kind), toString(AnnotationKind::Claim));

        EditHistory curators;
        QVERIFY(curators.perform(
            bulkDeleteCommand(*cara, {*cara->annotation(first.id), *cara->annotation(theirs.id)})));
        QVERIFY(!bob->annotation(theirs.id));
        curators.stack()->undo();
        QCOMPARE(bob->annotation(theirs.id)->author, QStringLiteral("bob"));
    }

    // Blind coding (issue 14 item 1), enforced by the server: while it is on, a coder reads the
    // annotations of their own sets and of nobody's, not another analyst's, nor the links and
    // tags of those; a reader reads nobody's only; the owner and curators read everything, and
    // a curator reveals the sets by turning blind coding off, which is all of project_info a
    // curator may change.
    void blindCodingHidesOtherAnalystsSetsOnTheServer()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto owner = openAs(uri, QStringLiteral("olive"));
        QVERIFY(owner);
        auto aliceSet = owner->addAnnotationSet({QUuid(), QStringLiteral("Alice"), {}});
        auto bobSet = owner->addAnnotationSet({QUuid(), QStringLiteral("Bob"), {}});
        QVERIFY(aliceSet && bobSet);
        QVERIFY(owner->setAnnotationSetOwner(aliceSet->id, QStringLiteral("alice")));
        QVERIFY(owner->setAnnotationSetOwner(bobSet->id, QStringLiteral("Bob")));

        auto alice = openAs(uri, QStringLiteral("alice"));
        auto bob = openAs(uri, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        Annotation draft = passage(articleId, 0, 6);
        draft.setId = aliceSet->id;
        auto alices = alice->addAnnotation(draft);
        draft = passage(articleId, 7, 12);
        draft.setId = bobSet->id;
        auto bobs = bob->addAnnotation(draft);
        auto nobodys = bob->addAnnotation(passage(articleId, 13, 18)); // the default set
        QVERIFY(alices && bobs && nobodys);
        Relation link;
        link.fromId = bobs->id;
        link.toId = nobodys->id;
        link.kind = RelationKind::Supports;
        QVERIFY(bob->addRelation(link));
        auto tag = bob->ensureTag(QStringLiteral("tall tales"));
        QVERIFY(tag);
        Annotation tagged = *bobs;
        tagged.tagIds = {tag->id};
        QVERIFY(bob->updateAnnotation(tagged));

        auto idsOf = [](Project &project) {
            QSet<QUuid> ids;
            for (const Annotation &annotation : *project.annotations())
                ids.insert(annotation.id);
            return ids;
        };
        const QSet<QUuid> all{alices->id, bobs->id, nobodys->id};
        QCOMPARE(idsOf(*alice), all); // not blind yet

        QVERIFY(analysis::setBlindCoding(*owner, true));
        QCOMPARE(idsOf(*alice), (QSet<QUuid>{alices->id, nobodys->id}));
        QVERIFY(alice->relations()->isEmpty());
        QCOMPARE(idsOf(*bob), (QSet<QUuid>{bobs->id, nobodys->id})); // owner compared without case
        QCOMPARE(bob->relations()->size(), 1);
        auto rita = openAs(uri, QStringLiteral("rita"));
        auto cara = openAs(uri, QStringLiteral("cara"));
        QVERIFY(rita && cara);
        QCOMPARE(idsOf(*rita), QSet<QUuid>{nobodys->id});
        QCOMPARE(idsOf(*cara), all);
        QCOMPARE(idsOf(*owner), all);
        // The views hide the same sets, for a coder only.
        QCOMPARE(analysis::setsHiddenFromViewer(*alice), QSet<QUuid>{bobSet->id});
        QVERIFY(analysis::setsHiddenFromViewer(*cara).isEmpty());

        // The server refuses a raw connection the same: no row, no tag, no link of Bob's set.
        QSqlDatabase psql = raw(uri, QStringLiteral("alice"));
        QVERIFY(psql.isOpen());
        QSqlQuery query(psql);
        const QString bobsSet = bobSet->id.toString(QUuid::WithoutBraces);
        for (const QString &sql :
             {QStringLiteral("SELECT count(*) FROM annotation WHERE set_id = '%1'").arg(bobsSet),
              QStringLiteral("SELECT count(*) FROM annotation_tag"),
              QStringLiteral("SELECT count(*) FROM relation")}) {
            QVERIFY(query.exec(sql));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        // Nor may a coder turn blind coding off, or a curator change what makes the project one.
        QVERIFY(!query.exec(QStringLiteral("UPDATE project_info SET value = 'off' WHERE key = "
                                           "'blind_coding'")) ||
                query.numRowsAffected() == 0);
        QVERIFY(!analysis::setBlindCoding(*alice, false));
        QSqlDatabase curatorSql = raw(uri, QStringLiteral("cara"));
        QSqlQuery asCurator(curatorSql);
        QVERIFY(asCurator.exec(QStringLiteral("UPDATE project_info SET value = 'x' WHERE key = "
                                              "'default_set'")));
        QCOMPARE(asCurator.numRowsAffected(), 0);

        // The curator reveals them.
        QVERIFY2(analysis::setBlindCoding(*cara, false),
                 qPrintable(analysis::setBlindCoding(*cara, false).errorMessage()));
        QCOMPARE(idsOf(*alice), all);
        QCOMPARE(alice->relations()->size(), 1);
        QVERIFY(analysis::setsHiddenFromViewer(*alice).isEmpty());
    }

    // Where a consensus annotation came from is the curators' record: a coder can write none of
    // it, through the app or a raw connection, and while coding is blind reads none of it.
    void consensusProvenanceIsTheCuratorsOnTheServer()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto owner = openAs(uri, QStringLiteral("olive"));
        auto alice = openAs(uri, QStringLiteral("alice"));
        auto cara = openAs(uri, QStringLiteral("cara"));
        QVERIFY(owner && alice && cara);
        auto consensus = owner->addAnnotationSet({QUuid(), QStringLiteral("Consensus"), {}});
        QVERIFY(consensus);
        QVERIFY(owner->setConsensusSet(consensus->id, true));
        QVERIFY(!alice->setConsensusSet(consensus->id, false)); // a coder: refused in the core
        auto alices = alice->addAnnotation(passage(articleId, 0, 6));
        QVERIFY(alices);
        Annotation settled = passage(articleId, 0, 6);
        settled.setId = consensus->id;
        auto kept = cara->addAnnotation(settled);
        QVERIFY2(kept, qPrintable(kept.errorMessage()));
        QVERIFY(cara->setConsensusSources(kept->id, {alices->id}));
        QCOMPARE(*alice->consensusSources(kept->id), QList<QUuid>{alices->id});

        const Status refused = alice->setConsensusSources(kept->id, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QSqlDatabase psql = raw(uri, QStringLiteral("alice"));
        QVERIFY(psql.isOpen());
        QSqlQuery query(psql);
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO consensus_source (annotation_id, source_id) VALUES "
                           "('%1', 'forged')")
                .arg(kept->id.toString(QUuid::WithoutBraces))));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM consensus_source")) ||
                query.numRowsAffected() == 0);
        QCOMPARE(*cara->consensusSources(kept->id), QList<QUuid>{alices->id});

        QVERIFY(analysis::setBlindCoding(*owner, true));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM consensus_source")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(alice->consensusSources(kept->id)->isEmpty());
        QCOMPARE(*cara->consensusSources(kept->id), QList<QUuid>{alices->id});
    }

    void curatorEditsAnyonesWorkButNotMembers()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto alice = openAs(uri, QStringLiteral("alice"));
        auto cara = openAs(uri, QStringLiteral("cara"));
        QVERIFY(alice && cara);
        QCOMPARE(toString(cara->role()), toString(ProjectRole::Curator));
        auto theirs = alice->addAnnotation(passage(articleId, 0, 6));
        QVERIFY(theirs);
        Annotation curated = *theirs;
        curated.comment = QStringLiteral("curated");
        auto updated = cara->updateAnnotation(curated);
        QVERIFY2(updated, qPrintable(updated.errorMessage()));
        QCOMPARE(updated->author, QStringLiteral("alice")); // still alice's
        auto tag = cara->ensureTag(QStringLiteral("t"));
        QVERIFY(tag);
        Tag renamed = *tag;
        renamed.name = QStringLiteral("renamed");
        QVERIFY(cara->updateTag(renamed));
        QVERIFY(cara->removeAnnotation(theirs->id));
        QCOMPARE(cara->addMember(QStringLiteral("bob"), ProjectRole::Curator).error().code,
                 Error::Code::Denied);
        QSqlDatabase psql = raw(uri, QStringLiteral("cara"));
        QSqlQuery query(psql);
        QVERIFY(!query.exec(QStringLiteral("GRANT %1_curator TO bob").arg(databaseOf(uri))));
    }

    // Issue 20: memos are the curators' and the owner's to write, as articles and the lists are;
    // a coder reads them, and the server refuses a coder's write through psql too.
    void memosAreTheCuratorsToWrite()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto alice = openAs(uri, QStringLiteral("alice"));
        auto cara = openAs(uri, QStringLiteral("cara"));
        QVERIFY(alice && cara);
        auto written = cara->setMemo(MemoSubject::Article, articleId, QStringLiteral("Curated."));
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QVERIFY(cara->setMemo(MemoSubject::Project, {}, QStringLiteral("The question.")));
        QCOMPARE((*alice->memo(MemoSubject::Article, articleId))->text, QStringLiteral("Curated."));
        auto refused = alice->setMemo(MemoSubject::Project, {}, QStringLiteral("Mine."));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QSqlDatabase psql = raw(uri, QStringLiteral("alice"));
        QSqlQuery query(psql);
        QVERIFY(!query.exec(QStringLiteral("UPDATE memo SET text = 'Mine.'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("permission denied")));
        QCOMPARE((*cara->memo(MemoSubject::Project))->text, QStringLiteral("The question."));
    }

    void readerReadsAndExportsOnly()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto rita = openAs(uri, QStringLiteral("rita"));
        QVERIFY(rita);
        QCOMPARE(toString(rita->role()), toString(ProjectRole::Reader));
        QVERIFY(rita->isReadOnly());
        QVERIFY(rita->readOnlyNotice().contains(QStringLiteral("reader")));
        QVERIFY(!rita->may(Permission::AddAnnotations));
        QCOMPARE(rita->articleSummaries()->size(), 1);
        QCOMPARE(rita->addAnnotation(passage(articleId, 0, 6)).error().code, Error::Code::ReadOnly);
        QSqlDatabase psql = raw(uri, QStringLiteral("rita"));
        QSqlQuery query(psql);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM article")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM article")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("permission denied")));
    }

    void localAuthorIsTheConfiguredName()
    {
        QTemporaryDir dir;
        OpenOptions options;
        options.createIfMissing = true;
        options.author = QStringLiteral("Ann Analyst");
        const QString path = dir.filePath(QStringLiteral("local.counterpoint"));
        auto project = Project::open(path, options);
        QVERIFY(project);
        const QString article = dir.filePath(QStringLiteral("a.txt"));
        writeFile(article, "Nvidia calls the smuggling story tall tales.\n");
        const QUuid articleId = importArticle(**project, article);
        auto added = (*project)->addAnnotation(passage(articleId, 0, 6));
        QVERIFY(added);
        QCOMPARE(added->author, QStringLiteral("Ann Analyst"));
        project->reset();
        // The command line: --author before the command.
        CliRun annotated = runCli({QStringLiteral("--author"), QStringLiteral("Ben Coder"),
                                   QStringLiteral("annotate"), path, QStringLiteral("Nvidia"),
                                   QStringLiteral("--kind"), QStringLiteral("claim"),
                                   QStringLiteral("--exact"), QStringLiteral("tall tales")});
        QVERIFY2(annotated.status == 0, qPrintable(annotated.err));
        auto reopened = Project::open(path);
        QVERIFY(reopened);
        QStringList authors;
        for (const Annotation &annotation : *(*reopened)->annotations())
            authors.append(annotation.author);
        authors.sort();
        QCOMPARE(authors,
                 (QStringList{QStringLiteral("Ann Analyst"), QStringLiteral("Ben Coder")}));
    }

    void fileToServerToFileKeepsEveryRowAndTheExport()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("original.counterpoint"));
        {
            OpenOptions options;
            options.createIfMissing = true;
            options.author = QStringLiteral("Ann Analyst");
            auto project = Project::open(original, options);
            QVERIFY(project);
            Project &p = **project;
            const QString a = dir.filePath(QStringLiteral("a.txt"));
            const QString b = dir.filePath(QStringLiteral("b.md"));
            writeFile(
                a, "Nvidia calls the smuggling story tall tales.\nAnthropic cites cases 🦞.\n");
            writeFile(b, "# Rebuttal\n\nThe smuggling story is not tall tales, say officials.\n");
            const QUuid first = importArticle(p, a);
            const QUuid second = importArticle(p, b);
            QVERIFY(!first.isNull() && !second.isNull());
            Annotation claim = passage(first, 0, 6);
            claim.actorId = p.ensureActor(QStringLiteral("Nvidia"))->id;
            claim.tagIds = {p.ensureTag(QStringLiteral("export controls"))->id,
                            p.ensureTag(QStringLiteral("smuggling"))->id};
            claim.comment = QStringLiteral("quoted “as is”");
            auto stored = p.addAnnotation(claim);
            QVERIFY(stored);
            auto counter = p.addAnnotation(passage(second, 12, 27));
            QVERIFY(counter);
            Relation rebuts;
            rebuts.fromId = counter->id;
            rebuts.toId = stored->id;
            rebuts.kind = RelationKind::Rebuts;
            QVERIFY(p.addRelation(rebuts));
            QVERIFY(p.dismissPassage({first, second, QStringLiteral("smuggling story")}));
            QVERIFY(p.ensureAnnotationSet(QStringLiteral("Second coder")));
            // An article version: the article updated with a newer text.
            auto article = p.article(first);
            QVERIFY(article);
            Article newer = *article;
            newer.text = article->text + QStringLiteral("Update: more cases.\n");
            newer.contentHash = QStringLiteral("f").repeated(64);
            auto kept = p.annotationsOfArticle(first);
            QVERIFY(p.replaceArticleContent(newer, *kept));
            QCOMPARE(p.articleVersions(first)->size(), 1);
        }

        const QString uri = newServerDatabase();
        QVERIFY(!uri.isEmpty());
        QVERIFY(Project::initializeServer(uri, QStringLiteral("olive")));
        qputenv("PGPASSWORD", password.toUtf8());
        // The administrator's password again however this case ends: the next ones need it.
        const auto restorePassword =
            qScopeGuard([this] { qputenv("PGPASSWORD", m_adminPassword); });
        const QString server = as(uri, QStringLiteral("olive"));
        const QString back = dir.filePath(QStringLiteral("back.counterpoint"));
        CliRun published = runCli({QStringLiteral("copy"), original, server});
        QVERIFY2(published.status == 0, qPrintable(published.err));
        QVERIFY2(published.out.contains(QStringLiteral("2 article")), qPrintable(published.out));
        CliRun again = runCli({QStringLiteral("copy"), original, server});
        QCOMPARE(again.status, 1); // the server project holds it now: no second copy on top
        QVERIFY2(again.err.contains(QStringLiteral("holds a project already")),
                 qPrintable(again.err));
        CliRun snapshot = runCli({QStringLiteral("copy"), server, back});
        QVERIFY2(snapshot.status == 0, qPrintable(snapshot.err));

        // Every row of every table, as stored, in both files.
        const auto rowsOf = [](const QString &path) {
            QStringList rows;
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            db.open();
            {
                QSqlQuery tables(db);
                // The search index is derived from the rows (its triggers rebuild it in the
                // copy), and FTS5 lays out its own tables as it goes: the rows are compared.
                tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'search\\_%' ESCAPE '\\'"));
                QStringList names;
                while (tables.next())
                    names.append(tables.value(0).toString());
                for (const QString &table : std::as_const(names)) {
                    QSqlQuery all(db);
                    all.exec(QStringLiteral("SELECT * FROM %1").arg(table));
                    while (all.next()) {
                        QStringList values{table};
                        for (int i = 0; i < all.record().count(); ++i)
                            values.append(all.value(i).toString());
                        rows.append(values.join(u'|'));
                    }
                }
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(path);
            rows.sort();
            return rows;
        };
        // The change log is each database's own history: the copy keeps every entry of the
        // original's and adds one of its own per copy (file to server, server back to file).
        const auto split = [](const QStringList &rows) {
            QStringList log, data;
            for (const QString &row : rows)
                (row.startsWith(QLatin1String("change_log|")) ? log : data).append(row);
            return std::pair{log, data};
        };
        const auto [logBefore, before] = split(rowsOf(original));
        const auto [logAfter, after] = split(rowsOf(back));
        QVERIFY(before.size() > 10);
        QCOMPARE(after, before);
        QVERIFY(!logBefore.isEmpty());
        QCOMPARE(logAfter.size(), logBefore.size() + 2);
        for (const QString &entry : logBefore)
            QVERIFY2(logAfter.contains(entry), qPrintable(entry));

        // The same W3C export, byte for byte, from the original, the server and the copy back.
        QByteArrayList exports;
        for (const QString &project : {original, server, back}) {
            const QString out =
                dir.filePath(QStringLiteral("export-%1.jsonld").arg(exports.size()));
            CliRun exported = runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                      QStringLiteral("jsonld"), QStringLiteral("-o"), out});
            QVERIFY2(exported.status == 0, qPrintable(exported.err));
            // Each export is a collection of its own: its id, page id, label (the project's
            // name) and time differ; its annotations must be the same, in the same order.
            const QJsonObject collection = QJsonDocument::fromJson(readFile(out)).object();
            QCOMPARE(collection.value(u"total").toInt(), 3);
            exports.append(
                QJsonDocument(collection.value(u"first").toObject().value(u"items").toArray())
                    .toJson(QJsonDocument::Compact));
        }
        QVERIFY(exports.first().contains("smuggling"));
        QCOMPARE(exports.at(1), exports.first());
        QCOMPARE(exports.at(2), exports.first());
    }

    // Last: it stops the test cluster under an open project and starts it again.
    void serverStoppedAndRestartedUnderAnOpenProject()
    {
        QUuid articleId;
        const QString uri = teamProject(&articleId);
        QVERIFY(!uri.isEmpty());
        auto alice = openAs(uri, QStringLiteral("alice"));
        QVERIFY(alice);
        auto first = alice->addAnnotation(passage(articleId, 0, 6));
        QVERIFY(first);
        const QString version = qEnvironmentVariable("PGVERSION", QStringLiteral("15"));
        const QString ctl = QStringLiteral("pg_ctlcluster");
        QCOMPARE(QProcess::execute(ctl, {version, QStringLiteral("regress"), QStringLiteral("stop"),
                                         QStringLiteral("-m"), QStringLiteral("fast")}),
                 0);
        // Refused, in one line, while the server is away; reads too.
        auto refused = alice->addAnnotation(passage(articleId, 7, 12));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unreachable);
        QVERIFY2(!refused.errorMessage().contains(u'\n'), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("refused")));
        QCOMPARE(alice->annotations().error().code, Error::Code::Unreachable);
        QCOMPARE(
            QProcess::execute(ctl, {version, QStringLiteral("regress"), QStringLiteral("start")}),
            0);
        // Back: the project connects again by itself; what was acknowledged is there, what was
        // refused is not.
        auto after = alice->addAnnotation(passage(articleId, 13, 20));
        QVERIFY2(after, qPrintable(after.errorMessage()));
        auto all = alice->annotations();
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QCOMPARE(all->size(), 2);
        QVERIFY(alice->annotation(first->id));
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
