// The store: every entity round-trips, migrations build a project from nothing, writes are
// all-or-nothing, and views hear of changes only after they are stored.
#include "TestSupport.h"

#include "cli/NameLookup.h"
#include "store/Database.h"
#ifdef COUNTERPOINT_BULK_SQLITE_READER
#include "store/bulk/PrefetchedRows.h"
#include "store/bulk/SqliteReader.h"
#endif

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QtEndian>

using namespace counterpoint;
using namespace counterpoint::test;

class TestStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUuid m_articleId;

    // An annotation of [start, end) in the test article.
    Annotation passage(int start, int end) const
    {
        Annotation annotation;
        annotation.articleId = m_articleId;
        annotation.start = start;
        annotation.end = end;
        return annotation;
    }

    QString writeArticle(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, text.toUtf8());
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("test.counterpoint")));
        m_project = createProject(m_dir);
        QVERIFY(m_project);
        m_articleId = importArticle(
            *m_project,
            writeArticle(QStringLiteral("a.txt"),
                         QStringLiteral("Nvidia calls the smuggling story tall tales.\nAnthropic "
                                        "cites cases 🦞 from 2023.\n")));
        QVERIFY(!m_articleId.isNull());
    }

    void cleanup() { m_project.reset(); }

    void newProjectHasDefaultSetAndCurrentSchema()
    {
        QCOMPARE(m_project->schemaVersion(), Database::latestSchemaVersion);
        auto sets = m_project->annotationSets();
        QVERIFY(sets);
        QCOMPARE(sets->size(), 1);
        QCOMPARE(sets->first().name, QStringLiteral("Default"));
        QCOMPARE(sets->first().id, m_project->defaultAnnotationSetId());
        QVERIFY(!m_project->isReadOnly());
    }

    void fileCarriesApplicationIdAndWal()
    {
        SKIP_ON_SERVER("the SQLite header and write-ahead log");
        const QString path = m_project->filePath();
        m_project.reset();
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)));
        const auto id = qFromBigEndian<qint32>(bytes.constData() + 68);
        QCOMPARE(id, Project::applicationId);
        // Write-ahead logging: bytes 18 and 19 of the header are 2.
        QCOMPARE(int(bytes.at(18)), 2);
    }

    // Issue 18.11 reversed what this test used to assert ("emptyFileBecomesProject"): a 0-byte
    // file is not made into a project; only a command that creates one may, where no file is.
    // tst_badprojects::refusesEmptyFileEverywhere checks every command.
    void emptyFileIsNotMadeIntoAProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.counterpoint"));
        QVERIFY(writeFile(path, {}));
        auto opened = Project::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotADatabase);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("(empty file)")),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void reopenKeepsDefaultSet()
    {
        const QUuid defaultSet = m_project->defaultAnnotationSetId();
        const QString path = m_project->filePath();
        m_project.reset();
        auto reopened = Project::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->defaultAnnotationSetId(), defaultSet);
        QCOMPARE((*reopened)->annotationSets()->size(), 1);
    }

    void articleRoundTrips()
    {
        auto article = m_project->article(m_articleId);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Nvidia calls the smuggling story tall tales."));
        QCOMPARE(toString(article->format), toString(ArticleFormat::PlainText));
        QCOMPARE(article->sourceFileName, QStringLiteral("a.txt"));
        QVERIFY(article->text.contains(QStringLiteral("🦞")));
        QCOMPARE(article->contentHash.size(), 64);

        Article edited = *article;
        edited.title = QStringLiteral("Edited title");
        edited.publisher = QStringLiteral("The Ledger");
        edited.author = QStringLiteral("A. Writer");
        edited.url = QStringLiteral("https://example.org/a");
        edited.published = QStringLiteral("2025-05-02");
        QSignalSpy changed(m_project.get(), &Project::articleChanged);
        QVERIFY(m_project->updateArticleDetails(edited));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(*m_project->article(m_articleId), edited);
    }

    void annotationRoundTripsWithEveryField()
    {
        auto actor =
            m_project->addActor({QUuid(), QStringLiteral("Nvidia"), QStringLiteral("chip maker")});
        QVERIFY(actor);
        auto tag = m_project->addTag({QUuid(), QStringLiteral("smuggling"), QColor(0x112233)});
        QVERIFY(tag);
        auto set = m_project->addAnnotationSet(
            {QUuid(), QStringLiteral("Second reading"), QStringLiteral("d")});
        QVERIFY(set);

        Annotation annotation;
        annotation.articleId = m_articleId;
        annotation.kind = AnnotationKind::Counterclaim;
        annotation.start = 33;
        annotation.end = 43;
        annotation.actorId = actor->id;
        annotation.tagIds = {tag->id};
        annotation.setId = set->id;
        annotation.comment = QStringLiteral("Nvidia's answer — “tall tales”");
        auto added = m_project->addAnnotation(annotation);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->quote.exact, QStringLiteral("tall tales"));
        // The 33 characters before the passage, cut to the 32 a quote keeps.
        QCOMPARE(added->quote.prefix, QStringLiteral("vidia calls the smuggling story "));
        QVERIFY(added->quote.suffix.startsWith(QStringLiteral(".\nAnthropic")));
        QCOMPARE(added->author, m_project->author());
        QVERIFY(added->created.isValid());

        auto stored = m_project->annotation(added->id);
        QVERIFY(stored);
        QCOMPARE(*stored, *added);

        QCOMPARE(*m_project->actors(), QList<Actor>{*actor});
        QCOMPARE(*m_project->tags(), QList<Tag>{*tag});
        QCOMPARE(m_project->annotationSets()->size(), 2);
    }

    // The stored text an export prints equals what formatting each Annotation gives, also for
    // a row kept in another form than the app writes (upper-case ids, a time without ms).
    void storedAnnotationsReadAsTheAnnotationsWouldPrint()
    {
        auto actor = m_project->addActor({QUuid(), QStringLiteral("Nvidia"), {}});
        auto first = m_project->addTag({QUuid(), QStringLiteral("zeta"), QColor(0x112233)});
        auto second = m_project->addTag({QUuid(), QStringLiteral("alpha"), QColor(0x445566)});
        QVERIFY(actor && first && second);
        Annotation tagged = passage(33, 43);
        tagged.actorId = actor->id;
        tagged.tagIds = {second->id, first->id}; // stored, like every read, in the ids' order
        tagged.comment = QStringLiteral("“tall tales” 🦞");
        tagged.anchorState = AnchorState::Fuzzy;
        tagged.kind = AnnotationKind::Source;
        auto added = m_project->addAnnotation(tagged);
        QVERIFY(added);
        QList<QUuid> byIdText{second->id, first->id};
        std::sort(byIdText.begin(), byIdText.end(), [](const QUuid &a, const QUuid &b) {
            return a.toString(QUuid::WithoutBraces) < b.toString(QUuid::WithoutBraces);
        });
        QCOMPARE(added->tagIds, byIdText);
        auto plain = m_project->addAnnotation(passage(0, 6));
        QVERIFY(plain);
        SKIP_ON_SERVER("rows written in other forms through a raw SQLite connection");
        const QString path = m_project->filePath();
        m_project.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE annotation SET set_id = upper(set_id), "
                                              "created_at = '2026-11-23T09:38:35Z' WHERE id = '%1'")
                                   .arg(plain->id.toString(QUuid::WithoutBraces))));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto reopened = Project::open(path);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        m_project = std::move(reopened).value();

        const auto text = [](const QString &value) { return value.toUtf8(); };
        const auto id = [](const QUuid &value) {
            return value.isNull() ? QByteArray() : value.toString(QUuid::WithoutBraces).toUtf8();
        };
        auto annotations = m_project->annotations();
        QVERIFY(annotations);
        QHash<QUuid, Annotation> byId;
        for (const Annotation &a : std::as_const(*annotations))
            byId.insert(a.id, a);
        int visited = 0;
        auto read = m_project->forEachStoredAnnotation([&](StoredAnnotation &&row) {
            ++visited;
            const Annotation a = byId.value(QUuid::fromString(QString::fromUtf8(row.id)));
            QCOMPARE(row.id, id(a.id));
            QCOMPARE(row.articleId, id(a.articleId));
            QCOMPARE(row.setId, id(a.setId));
            QVERIFY(row.kind == a.kind);
            QCOMPARE(row.start, a.start);
            QCOMPARE(row.end, a.end);
            QCOMPARE(row.exact, text(a.quote.exact));
            QCOMPARE(row.prefix, text(a.quote.prefix));
            QCOMPARE(row.suffix, text(a.quote.suffix));
            QCOMPARE(row.actorId, id(a.actorId));
            QCOMPARE(row.tagIds.size(), a.tagIds.size());
            for (qsizetype i = 0; i < a.tagIds.size(); ++i)
                QCOMPARE(row.tagIds.at(i), id(a.tagIds.at(i)));
            QCOMPARE(row.comment, text(a.comment));
            QCOMPARE(row.author, text(a.author));
            QCOMPARE(row.created, text(a.created.toString(Qt::ISODateWithMs)));
            QCOMPARE(row.modified, text(a.modified.toString(Qt::ISODateWithMs)));
            QVERIFY(row.anchorState == a.anchorState);
        });
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(visited, 2);
        QCOMPARE(byId.value(plain->id).created.toString(Qt::ISODateWithMs),
                 QStringLiteral("2026-11-23T09:38:35.000Z"));
        QCOMPARE(byId.value(added->id).tagIds, byIdText);
    }

    // Outside a write the stored rows come through SqliteReader, a connection of our own;
    // inside one through Qt SQL, which alone sees what the write has not committed yet. Both
    // hand over the same rows in the same order, also rows kept in another form than the app
    // writes.
    void storedAnnotationsReadTheSameThroughSqliteReaderAndQtSql()
    {
        auto actor = m_project->addActor({QUuid(), QStringLiteral("Nvidia"), {}});
        auto first = m_project->addTag({QUuid(), QStringLiteral("zeta"), QColor(0x112233)});
        auto second = m_project->addTag({QUuid(), QStringLiteral("alpha"), QColor(0x445566)});
        QVERIFY(actor && first && second);
        Annotation tagged = passage(33, 43);
        tagged.actorId = actor->id;
        tagged.tagIds = {second->id, first->id};
        tagged.comment = QStringLiteral("“tall tales”, \"quoted\"\n🦞");
        tagged.anchorState = AnchorState::Moved;
        tagged.kind = AnnotationKind::Counterclaim;
        auto taggedAdded = m_project->addAnnotation(tagged);
        QVERIFY(taggedAdded);
        Annotation other = passage(0, 6);
        other.tagIds = {first->id};
        auto otherAdded = m_project->addAnnotation(other);
        QVERIFY(otherAdded);
        auto odd = m_project->addAnnotation(passage(45, 54));
        QVERIFY(odd);
        Relation rebuts;
        rebuts.fromId = taggedAdded->id;
        rebuts.toId = otherAdded->id;
        rebuts.kind = RelationKind::Rebuts;
        rebuts.comment = QStringLiteral("“no” 🦞");
        QVERIFY(m_project->addRelation(rebuts));
        Relation cites;
        cites.fromId = odd->id;
        cites.toId = taggedAdded->id;
        cites.kind = RelationKind::Cites;
        QVERIFY(m_project->addRelation(cites));
        SKIP_ON_SERVER("SqliteReader, a file's own reader");
        const QString path = m_project->filePath();
        m_project.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("UPDATE annotation SET set_id = upper(set_id), "
                                          "modified_at = '2026-11-23T09:38:35Z' WHERE id = '%1'")
                               .arg(odd->id.toString(QUuid::WithoutBraces))));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto reopened = Project::open(path);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        m_project = std::move(reopened).value();

        const auto fields = [](const StoredAnnotation &a) {
            QByteArrayList all{a.id,
                               a.articleId,
                               a.setId,
                               QByteArray::number(int(a.kind)),
                               QByteArray::number(a.start),
                               QByteArray::number(a.end),
                               a.exact,
                               a.prefix,
                               a.suffix,
                               a.actorId,
                               a.comment,
                               a.author,
                               a.created,
                               a.modified,
                               QByteArray::number(int(a.anchorState))};
            all.append(a.tagIds.join(','));
            return all;
        };
        QList<QByteArrayList> throughReader;
        QList<Relation> relationsThroughReader;
        auto read = m_project->forEachStoredAnnotation(
            [&](StoredAnnotation &&row) { throughReader.append(fields(row)); },
            &relationsThroughReader);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(throughReader.size(), 3);
        auto relations = m_project->relations();
        QVERIFY(relations);
        QCOMPARE(relations->size(), 2);
        QCOMPARE(relationsThroughReader, *relations);

        QList<QByteArrayList> throughQt;
        int seenInWrite = 0;
        auto written = m_project->write([&]() -> Status {
            auto readInWrite = m_project->forEachStoredAnnotation(
                [&](StoredAnnotation &&row) { throughQt.append(fields(row)); });
            if (!readInWrite)
                return readInWrite;
            auto added = m_project->addAnnotation(passage(6, 11));
            if (!added)
                return added.error();
            return m_project->forEachStoredAnnotation([&](StoredAnnotation &&) { ++seenInWrite; });
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(throughQt, throughReader);
        QCOMPARE(seenInWrite, 4); // the uncommitted row too

        // The odd row reads as the app would write it.
        const QByteArrayList oddRow = *std::find_if(
            throughReader.cbegin(), throughReader.cend(), [&](const QByteArrayList &row) {
                return row.first() == odd->id.toString(QUuid::WithoutBraces).toUtf8();
            });
        QCOMPARE(oddRow.at(2), odd->setId.toString(QUuid::WithoutBraces).toUtf8());
        QCOMPARE(oddRow.at(13), QByteArray("2026-11-23T09:38:35.000Z"));
    }

    // Rows read ahead on a second thread come out as SqliteReader gives them: every row in
    // order across many batches, NULL apart from an empty text, numbers as numbers; and a reader
    // dropped halfway stops its thread instead of hanging.
    void prefetchedRowsMatchTheStatementsOwnRows()
    {
#ifndef COUNTERPOINT_BULK_SQLITE_READER
        QSKIP("Built without the bulk SQLite reader: Qt's SQLite driver does not use the "
              "system's SQLite (see app/store/bulk/CMakeLists.txt)");
#else
        const QString path = m_dir.filePath(QStringLiteral("prefetch.counterpoint"));
        QFile::remove(path);
        {
            auto database =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prefetch"));
            database.setDatabaseName(path);
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE r (n INTEGER, t TEXT, maybe TEXT)")));
            QVERIFY(database.transaction());
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO r VALUES (?, ?, ?)")));
            for (int n = 0; n < 1000; ++n) {
                query.addBindValue(n - 500);
                query.addBindValue(QString(QString(n % 7, QChar(u'é')) + QString::number(n)));
                query.addBindValue(n % 3 == 0 ? QVariant() : QVariant(QStringLiteral("")));
                QVERIFY(query.exec());
            }
            QVERIFY(database.commit());
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prefetch"));

        const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
        auto reader = SqliteReader::open(uri, path, 100);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        const char *sql = "SELECT n, t, maybe FROM r ORDER BY rowid";
        struct Row
        {
            int n;
            QByteArray t;
            bool maybeIsNull;
            QByteArray maybe;
            bool operator==(const Row &) const = default;
        };
        QList<Row> expected;
        {
            auto rows = (*reader)->query(sql);
            QVERIFY(rows);
            while (*rows->next())
                expected.append({rows->integer(0), rows->text(1).toByteArray(), rows->isNull(2),
                                 rows->text(2).toByteArray()});
        }
        QCOMPARE(expected.size(), 1000);

        QList<Row> prefetched;
        {
            auto statement = (*reader)->query(sql);
            QVERIFY(statement);
            PrefetchedRows rows(std::move(*statement));
            for (;;) {
                auto row = rows.next();
                QVERIFY(row);
                if (!*row)
                    break;
                prefetched.append({rows.integer(0), rows.text(1).toByteArray(), rows.isNull(2),
                                   rows.text(2).toByteArray()});
            }
            QVERIFY(!*rows.next()); // stays at the end
        }
        QCOMPARE(prefetched.size(), expected.size());
        QVERIFY(prefetched == expected);
        QCOMPARE(prefetched.at(0).n, -500);
        QVERIFY(prefetched.at(0).maybeIsNull);
        QVERIFY(!prefetched.at(1).maybeIsNull);
        QCOMPARE(prefetched.at(1).t, QStringLiteral("é1").toUtf8());
        QCOMPARE(prefetched.at(1).n, -499);

        // Dropped after a few rows: the destructor stops the reading thread and the
        // connection serves the next statement.
        {
            auto statement = (*reader)->query(sql);
            QVERIFY(statement);
            PrefetchedRows rows(std::move(*statement));
            for (int i = 0; i < 3; ++i)
                QVERIFY(*rows.next());
        }
        auto count = (*reader)->query("SELECT count(*) FROM r");
        QVERIFY(count);
        QVERIFY(*count->next());
        QCOMPARE(count->integer(0), 1000);
#endif
    }

    // A file SQLite cannot open is named in the error.
    void sqliteReaderNamesTheFileItCannotOpen()
    {
#ifndef COUNTERPOINT_BULK_SQLITE_READER
        QSKIP("Built without the bulk SQLite reader: Qt's SQLite driver does not use the "
              "system's SQLite (see app/store/bulk/CMakeLists.txt)");
#else
        const QString path = m_dir.filePath(QStringLiteral("missing.counterpoint"));
        auto reader =
            SqliteReader::open(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded), path, 100);
        QVERIFY(!reader);
        QVERIFY2(reader.errorMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(reader.errorMessage()));
#endif
    }

    // A file kept in UTF-16 (which this app never creates) reads the same stored text.
    void storedAnnotationsOfAUtf16FileReadAsUtf8()
    {
        const QString path = m_dir.filePath(QStringLiteral("utf16.counterpoint"));
        QFile::remove(path);
        // The encoding is fixed when the file gets its first table; Qt's driver settles it
        // sooner, so the sqlite3 shell makes the file.
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("needs the sqlite3 shell to make a UTF-16 file");
        QCOMPARE(QProcess::execute(sqlite3,
                                   {path, QStringLiteral("PRAGMA encoding = 'UTF-16le'; PRAGMA "
                                                         "application_id = %1; CREATE TABLE s (x); "
                                                         "DROP TABLE s;")
                                              .arg(Project::applicationId)}),
                 0);
        OpenOptions options;
        options.createIfMissing = true;
        auto project = Project::open(path, options);
        QVERIFY2(project, qPrintable(project.errorMessage()));
        const QUuid article =
            importArticle(**project, writeArticle(QStringLiteral("u.txt"),
                                                  QStringLiteral("Café 🦞 naïve text.")));
        QVERIFY(!article.isNull());
        Annotation annotation;
        annotation.articleId = article;
        annotation.start = 0;
        annotation.end = 7;
        annotation.comment = QStringLiteral("“quoted”");
        auto added = (*project)->addAnnotation(annotation);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QByteArray exact, comment;
        auto read = (*project)->forEachStoredAnnotation([&](StoredAnnotation &&row) {
            exact = row.exact;
            comment = row.comment;
        });
        QVERIFY2(read, qPrintable(read.errorMessage()));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA encoding")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("UTF-16le")); // as meant
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(exact, QStringLiteral("Café 🦞").toUtf8());
        QCOMPARE(comment, QStringLiteral("“quoted”").toUtf8());
    }

    void annotationAroundAstralCharacterKeepsSurrogatesWhole()
    {
        auto text = m_project->articleText(m_articleId);
        QVERIFY(text);
        const int lobster = int(text->indexOf(QStringLiteral("🦞")));
        Annotation split;
        split.articleId = m_articleId;
        split.start = lobster + 1; // between the two halves of the emoji
        split.end = lobster + 4;
        auto refused = m_project->addAnnotation(split);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("splits")));

        Annotation whole = split;
        whole.start = lobster;
        whole.end = lobster + 2;
        auto added = m_project->addAnnotation(whole);
        QVERIFY(added);
        QCOMPARE(added->quote.exact, QStringLiteral("🦞"));
    }

    void rejectsRangeOutsideText()
    {
        Annotation annotation = passage(10, 100000);
        auto refused = m_project->addAnnotation(annotation);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(m_project->annotations()->size(), 0);
    }

    void updateAndRemoveAnnotation()
    {
        Annotation annotation = passage(0, 6);
        auto added = m_project->addAnnotation(annotation);
        QVERIFY(added);
        QSignalSpy changed(m_project.get(), &Project::annotationChanged);
        Annotation edited = *added;
        edited.kind = AnnotationKind::Source;
        edited.comment = QStringLiteral("changed");
        edited.end = 12;
        auto updated = m_project->updateAnnotation(edited);
        QVERIFY(updated);
        QCOMPARE(updated->quote.exact, QStringLiteral("Nvidia calls"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(updated->modified >= added->modified);
        QCOMPARE(toString(m_project->annotation(added->id)->kind),
                 toString(AnnotationKind::Source));

        QSignalSpy removed(m_project.get(), &Project::annotationRemoved);
        QVERIFY(m_project->removeAnnotation(added->id));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!m_project->annotation(added->id));
        QCOMPARE(m_project->annotation(added->id).error().code, Error::Code::NotFound);
    }

    void relationRoundTripsAndGoesWithItsAnnotation()
    {
        Annotation a = passage(0, 6);
        Annotation b = a;
        b.start = 46;
        b.end = 55;
        auto first = m_project->addAnnotation(a);
        auto second = m_project->addAnnotation(b);
        QVERIFY(first && second);
        auto relation =
            m_project->addRelation({QUuid(), first->id, second->id, RelationKind::Rebuts,
                                    QStringLiteral("why"), QString(), QDateTime()});
        QVERIFY2(relation, qPrintable(relation.errorMessage()));
        QCOMPARE(*m_project->relations(), QList<Relation>{*relation});
        QCOMPARE(*m_project->relationsOf(second->id), QList<Relation>{*relation});

        auto twice = m_project->addRelation(
            {QUuid(), first->id, second->id, RelationKind::Rebuts, {}, {}, {}});
        QCOMPARE(twice.error().code, Error::Code::Duplicate);
        auto self = m_project->addRelation(
            {QUuid(), first->id, first->id, RelationKind::Supports, {}, {}, {}});
        QVERIFY(!self);

        QSignalSpy relationRemoved(m_project.get(), &Project::relationRemoved);
        QVERIFY(m_project->removeAnnotation(second->id));
        QCOMPARE(relationRemoved.size(), 1);
        QVERIFY(m_project->relations()->isEmpty());
    }

    void everyReadGivesTagsInTheSameOrder()
    {
        QList<QUuid> tagIds;
        for (const char *name : {"smuggling", "China", "export controls", "AI Diffusion Rule"})
            tagIds.append(m_project->addTag({QUuid(), QString::fromUtf8(name), Qt::red})->id);
        // Ticked in an order that is not the ids' order.
        std::sort(tagIds.begin(), tagIds.end(),
                  [](const QUuid &a, const QUuid &b) { return a.toString() > b.toString(); });
        Annotation annotation = passage(0, 6);
        annotation.tagIds = tagIds;
        auto added = m_project->addAnnotation(annotation);
        QVERIFY(added);
        const QList<QUuid> order = added->tagIds;
        QCOMPARE(QSet<QUuid>(order.begin(), order.end()),
                 QSet<QUuid>(tagIds.begin(), tagIds.end()));
        QVERIFY(order != tagIds);

        QCOMPARE(m_project->annotation(added->id)->tagIds, order);
        QCOMPARE(m_project->annotationsOfArticle(m_articleId)->first().tagIds, order);
        QCOMPARE(m_project->annotations()->first().tagIds, order);
        QList<QUuid> stored;
        auto read = m_project->forEachStoredAnnotation([&](StoredAnnotation &&row) {
            for (const QByteArray &id : std::as_const(row.tagIds))
                stored.append(QUuid::fromString(QLatin1StringView(id)));
        });
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(stored, order);

        // An edit that ticks them in yet another order stores the same order.
        Annotation edited = *added;
        std::reverse(edited.tagIds.begin(), edited.tagIds.end());
        auto updated = m_project->updateAnnotation(edited);
        QVERIFY(updated);
        QCOMPARE(updated->tagIds, order);
        QCOMPARE(m_project->annotation(added->id)->tagIds, order);
    }

    void dismissedPassagesRoundTripAndGoWithTheirArticle()
    {
        QSignalSpy changed(m_project.get(), &Project::dismissedPassagesChanged);
        const DismissedPassage passage{m_articleId, m_articleId, QStringLiteral("0123abcd")};
        QVERIFY(m_project->dismissPassage(passage));
        QVERIFY(m_project->dismissPassage(passage)); // twice is once
        QCOMPARE(*m_project->dismissedPassages(), QList<DismissedPassage>{passage});
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_project->undismissPassage(passage));
        QVERIFY(m_project->dismissedPassages()->isEmpty());
        QVERIFY(m_project->dismissPassage(passage));
        QVERIFY(m_project->removeArticle(m_articleId));
        QVERIFY(m_project->dismissedPassages()->isEmpty());
    }

    void failedWriteLeavesNothingAndSignalsNothing()
    {
        QSignalSpy added(m_project.get(), &Project::annotationAdded);
        QSignalSpy actors(m_project.get(), &Project::actorsChanged);
        auto written = m_project->write([&]() -> Status {
            auto actor = m_project->ensureActor(QStringLiteral("Anthropic"));
            if (!actor)
                return actor.error();
            Annotation annotation = passage(0, 6);
            annotation.actorId = actor->id;
            if (auto stored = m_project->addAnnotation(annotation); !stored)
                return stored.error();
            return Error{Error::Code::Cancelled, QStringLiteral("changed my mind")};
        });
        QVERIFY(!written);
        QCOMPARE(written.errorMessage(), QStringLiteral("changed my mind"));
        QVERIFY(m_project->annotations()->isEmpty());
        QVERIFY(m_project->actors()->isEmpty());
        QCOMPARE(added.size(), 0);
        QCOMPARE(actors.size(), 0);
    }

    void signalsComeAfterCommit()
    {
        bool storedWhenSignalled = false;
        connect(m_project.get(), &Project::annotationAdded, this,
                [&](const Annotation &annotation) {
                    // A second connection sees the row only once it is committed.
                    OpenOptions options;
                    auto other = Project::open(m_project->filePath(), options);
                    storedWhenSignalled = other && (*other)->annotation(annotation.id).ok();
                });
        Annotation annotation = passage(0, 6);
        QVERIFY(m_project->addAnnotation(annotation));
        QVERIFY(storedWhenSignalled);
    }

    void nestedFailureRollsBackOnlyItsPart()
    {
        auto written = m_project->write([&]() -> Status {
            if (auto kept = m_project->ensureTag(QStringLiteral("kept")); !kept)
                return kept.error();
            auto duplicate = m_project->addTag({QUuid(), QStringLiteral("kept"), QColor()});
            if (duplicate)
                return Error{Error::Code::Invalid, QStringLiteral("a duplicate tag was accepted")};
            return success();
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(m_project->tags()->size(), 1);
    }

    void duplicateNamesAreRefusedClearly()
    {
        QVERIFY(m_project->addActor({QUuid(), QStringLiteral("Nvidia"), QString()}));
        auto again = m_project->addActor({QUuid(), QStringLiteral("Nvidia"), QString()});
        QCOMPARE(again.error().code, Error::Code::Duplicate);
        QVERIFY(again.errorMessage().contains(QStringLiteral("Nvidia")));
        auto ensured = m_project->ensureActor(QStringLiteral("nvidia"));
        QVERIFY(ensured);
        QCOMPARE(m_project->actors()->size(), 1);
    }

    void resolvesArticlesAndAnnotationsByPrefix()
    {
        const QUuid second =
            importArticle(*m_project, writeArticle(QStringLiteral("b.txt"),
                                                   QStringLiteral("Nvidia denies it\n")));
        QVERIFY(!second.isNull());
        QCOMPARE(*cli::findArticle(*m_project, QStringLiteral("Nvidia calls")), m_articleId);
        QCOMPARE(*cli::findArticle(*m_project, QStringLiteral("nvidia denies")), second);
        QCOMPARE(cli::findArticle(*m_project, QStringLiteral("Nvidia")).error().code,
                 Error::Code::Ambiguous);
        QCOMPARE(cli::findArticle(*m_project, QStringLiteral("Reuters")).error().code,
                 Error::Code::NotFound);
        QCOMPARE(*cli::findArticle(*m_project, m_articleId.toString(QUuid::WithoutBraces).left(8)),
                 m_articleId);

        Annotation annotation = passage(0, 6);
        auto added = m_project->addAnnotation(annotation);
        QVERIFY(added);
        QCOMPARE(*cli::findAnnotation(*m_project, added->id.toString(QUuid::WithoutBraces).left(6)),
                 added->id);
        QVERIFY(!cli::findAnnotation(*m_project, QStringLiteral("ab")));
        QCOMPARE(cli::findAnnotation(*m_project, QStringLiteral("%%%%")).error().code,
                 Error::Code::NotFound);
    }

    void removingArticleRemovesItsAnnotations()
    {
        Annotation annotation = passage(0, 6);
        QVERIFY(m_project->addAnnotation(annotation));
        QVERIFY(m_project->removeArticle(m_articleId));
        QVERIFY(m_project->annotations()->isEmpty());
        QVERIFY(m_project->articleSummaries()->isEmpty());
    }

    void upgradesASchemaOneProjectKeepingData()
    {
        SKIP_ON_SERVER("a schema-1 file made through a raw SQLite connection");
        Annotation annotation = passage(0, 6);
        auto added = m_project->addAnnotation(annotation);
        QVERIFY(added);
        const QString path = m_project->filePath();
        m_project.reset();
        {
            // What a project written by schema 1 looks like: no version history yet.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TABLE article_version")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX annotation_by_article_kind")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE dismissed_passage")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE article_page")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE consensus_source")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE claim_review")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE annotation_set DROP COLUMN owner")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE annotation_set DROP COLUMN consensus")));
            for (const char *table : {"article", "annotation"}) {
                for (const char *change : {"insert", "update", "delete"})
                    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER search_%1_%2")
                                           .arg(QLatin1String(table), QLatin1String(change))));
                QVERIFY(
                    query.exec(QStringLiteral("DROP TABLE search_%1").arg(QLatin1String(table))));
            }
            // Schema 12's parent tags: a column with a foreign key, so the table is made anew.
            for (const char *statement :
                 {"DROP INDEX tag_by_parent",
                  "CREATE TABLE tag_before (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                  "color TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)",
                  "INSERT INTO tag_before SELECT id, name, color, version FROM tag",
                  "DROP TABLE tag", "ALTER TABLE tag_before RENAME TO tag"})
                QVERIFY2(query.exec(QLatin1String(statement)), statement);
            QVERIFY(query.exec(QStringLiteral("DROP TABLE memo")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE change_log")));
            for (const char *table : {"annotation", "article", "annotation_set", "actor", "tag"})
                QVERIFY(query.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN version")
                                       .arg(QLatin1StringView(table))));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto upgraded = Project::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded.errorMessage()));
        QCOMPARE((*upgraded)->schemaVersion(), Database::latestSchemaVersion);
        QCOMPARE(*(*upgraded)->annotation(added->id), *added);
        auto versions = (*upgraded)->articleVersions(m_articleId);
        QVERIFY2(versions, qPrintable(versions.errorMessage()));
        QVERIFY(versions->isEmpty());
        auto dismissed = (*upgraded)->dismissedPassages();
        QVERIFY2(dismissed, qPrintable(dismissed.errorMessage()));
        QVERIFY(dismissed->isEmpty());
        QVERIFY((*upgraded)->verdicts()->isEmpty()); // schema 7's table is there, empty
        m_project = std::move(upgraded).value();
    }

    void replacingContentKeepsOldVersionAndMovesAnnotations()
    {
        Annotation moved;
        moved.articleId = m_articleId;
        moved.start = 33; // "tall tales"
        moved.end = 43;
        auto first = m_project->addAnnotation(moved);
        Annotation orphan = moved;
        orphan.start = 0; // "Nvidia"
        orphan.end = 6;
        auto second = m_project->addAnnotation(orphan);
        QVERIFY(first && second);
        const Article before = *m_project->article(m_articleId);

        Article next = before;
        next.text = QStringLiteral("Update: the company calls the smuggling story tall tales.\n");
        next.original = next.text.toUtf8();
        next.contentHash = QStringLiteral("next-version-hash");
        Annotation firstPlaced = *first;
        firstPlaced.start = int(next.text.indexOf(QStringLiteral("tall tales")));
        firstPlaced.end = firstPlaced.start + 10;
        firstPlaced.anchorState = AnchorState::Moved;
        Annotation secondPlaced = *second;
        secondPlaced.anchorState = AnchorState::Orphaned;

        QVERIFY(!m_project->replaceArticleContent(next, {firstPlaced})); // one left out
        QCOMPARE(m_project->article(m_articleId)->text, before.text);

        QSignalSpy changed(m_project.get(), &Project::annotationChanged);
        auto replaced = m_project->replaceArticleContent(next, {firstPlaced, secondPlaced});
        QVERIFY2(replaced, qPrintable(replaced.errorMessage()));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_project->article(m_articleId)->text, next.text);
        QCOMPARE(m_project->article(m_articleId)->title, before.title);

        auto movedNow = m_project->annotation(first->id);
        QCOMPARE(movedNow->quote.exact, QStringLiteral("tall tales"));
        QCOMPARE(movedNow->start, firstPlaced.start);
        QCOMPARE(toString(movedNow->anchorState), QStringLiteral("moved"));
        QCOMPARE(movedNow->quote.prefix, QStringLiteral("mpany calls the smuggling story "));
        auto orphanNow = m_project->annotation(second->id);
        QCOMPARE(toString(orphanNow->anchorState), QStringLiteral("orphaned"));
        QCOMPARE(orphanNow->quote, second->quote);

        auto versions = m_project->articleVersions(m_articleId);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->first().version, 1);
        QCOMPARE(versions->first().text, before.text);
        QCOMPARE(versions->first().original, before.original);
    }

    void summariesCountAnnotationsByKind()
    {
        for (const auto kind :
             {AnnotationKind::Claim, AnnotationKind::Claim, AnnotationKind::Source}) {
            Annotation annotation;
            annotation.articleId = m_articleId;
            annotation.kind = kind;
            annotation.start = 0;
            annotation.end = 6;
            QVERIFY(m_project->addAnnotation(annotation));
        }
        auto summaries = m_project->articleSummaries();
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 1);
        QCOMPARE(summaries->first().claims, 2);
        QCOMPARE(summaries->first().sources, 1);
        QCOMPARE(summaries->first().counterclaims, 0);
    }

    // Issue 15 item 10: a claim's verdict is stored whole, replaced, read back after reopening,
    // heard of once committed, cleared, and goes with its annotation.
    void verdictRoundTripsAndGoesWithItsAnnotation()
    {
        Annotation claim = passage(0, 6);
        auto added = m_project->addAnnotation(claim);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(m_project->verdict(added->id)->has_value(), false);

        Verdict verdict;
        verdict.annotationId = added->id;
        verdict.rating = QStringLiteral("Mostly accurate");
        verdict.ratingValue = 4;
        verdict.reviewer = QStringLiteral("Full Fact");
        verdict.date = QDate(2026, 11, 30);
        verdict.url = QStringLiteral("https://fullfact.example/nvidia");
        QSignalSpy changed(m_project.get(), &Project::verdictChanged);
        QVERIFY2(m_project->setVerdict(verdict), "the verdict is stored");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toUuid(), added->id);
        QVERIFY(m_project->setVerdict(verdict)); // the same again changes nothing
        QCOMPARE(changed.size(), 1);

        const QString path = m_project->filePath();
        m_project.reset();
        auto reopened = Project::open(path);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        m_project = std::move(reopened).value();
        auto read = m_project->verdict(added->id);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QVERIFY(read->has_value());
        QCOMPARE(**read, verdict);

        Verdict replaced = verdict;
        replaced.rating = QStringLiteral("False");
        replaced.ratingValue = 1;
        replaced.date = QDate();
        replaced.url.clear();
        QVERIFY(m_project->setVerdict(replaced));
        QCOMPARE(m_project->verdicts()->size(), 1);
        QCOMPARE(m_project->verdicts()->first(), replaced);

        QVERIFY(m_project->clearVerdict(added->id));
        QCOMPARE(m_project->verdict(added->id)->has_value(), false);
        QVERIFY(m_project->clearVerdict(added->id)); // none there: nothing to do

        QVERIFY(m_project->setVerdict(verdict));
        QVERIFY(m_project->removeAnnotation(added->id));
        QCOMPARE(m_project->verdicts()->size(), 0);
    }

    // Only claims and counterclaims are reviewed, on a scale that makes sense, with an address
    // that is one: each refusal says why and stores nothing.
    void verdictsAreCheckedBeforeTheyAreStored()
    {
        Annotation source = passage(0, 6);
        source.kind = AnnotationKind::Source;
        auto sourceId = m_project->addAnnotation(source)->id;
        Annotation counter = passage(7, 12);
        counter.kind = AnnotationKind::Counterclaim;
        auto counterId = m_project->addAnnotation(counter)->id;

        Verdict verdict;
        verdict.annotationId = sourceId;
        verdict.rating = QStringLiteral("False");
        verdict.ratingValue = 1;
        Status refused = m_project->setVerdict(verdict);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("Only a claim or a counterclaim can be given a verdict; this is "
                                "a source."));

        verdict.annotationId = counterId;
        verdict.ratingValue = 6;
        refused = m_project->setVerdict(verdict);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("The rating 6 is off its scale, which runs from 1 to 5."));
        verdict.ratingValue = 1;
        verdict.url = QStringLiteral("fullfact dot org");
        refused = m_project->setVerdict(verdict);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("“fullfact dot org” is not the address of a published review "
                                "(http or https)."));
        verdict.url.clear();
        verdict.rating = QStringLiteral("  ");
        QVERIFY(!m_project->setVerdict(verdict));
        QCOMPARE(m_project->verdicts()->size(), 0);

        verdict.rating = QStringLiteral("Pants on fire");
        verdict.worstRating = 0;
        verdict.bestRating = 6;
        verdict.ratingValue = 0;
        QVERIFY(m_project->setVerdict(verdict)); // a scale of one's own
        QCOMPARE(m_project->verdict(counterId)->value().rating, QStringLiteral("Pants on fire"));
    }

    // Issue 15 item 6: the default set takes the id of the set an import's annotations were
    // in, while it holds none, and only then; a failed write leaves the id as it was.
    void defaultSetTakesAnImportedIdOnlyWhileEmpty()
    {
        const QUuid original = m_project->defaultAnnotationSetId();
        const QUuid wanted = QUuid::createUuid();
        const Status failed = m_project->write([&]() -> Status {
            if (Status adopted = m_project->adoptDefaultAnnotationSet(
                    {wanted, QStringLiteral("Default"), QStringLiteral("Theirs")});
                !adopted)
                return adopted;
            return Error{Error::Code::Invalid, QStringLiteral("rolled back")};
        });
        QCOMPARE(failed.errorMessage(), QStringLiteral("rolled back"));
        QCOMPARE(m_project->defaultAnnotationSetId(), original);

        QVERIFY(m_project->adoptDefaultAnnotationSet(
            {wanted, QStringLiteral("Default"), QStringLiteral("Theirs")}));
        QCOMPARE(m_project->defaultAnnotationSetId(), wanted);
        QCOMPARE(m_project->annotationSets()->size(), 1);
        QCOMPARE(m_project->annotationSets()->first().description, QStringLiteral("Theirs"));
        auto added = m_project->addAnnotation(passage(0, 6));
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->setId, wanted);

        const QString path = m_project->filePath();
        m_project.reset();
        auto reopened = Project::open(path);
        QVERIFY(reopened);
        m_project = std::move(reopened).value();
        QCOMPARE(m_project->defaultAnnotationSetId(), wanted);
        const Status refused =
            m_project->adoptDefaultAnnotationSet({QUuid::createUuid(), QStringLiteral("D"), {}});
        QVERIFY(!refused);
        QCOMPARE(m_project->defaultAnnotationSetId(), wanted);
    }
};

QTEST_MAIN(TestStore)
#include "tst_store.moc"
