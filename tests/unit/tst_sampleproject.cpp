// The sample project that the build makes from seeds/ with the command line: what a new user
// opens first. Its articles, its annotations and its links across articles are all there, and
// every annotation's quote is exactly the text its range covers.
#include "TestSupport.h"

#include <QSet>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

class TestSampleProject final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Project> m_project;

private slots:
    void initTestCase()
    {
        OpenOptions options;
        options.readOnly = true; // a test must not change the build's sample
        auto opened =
            Project::open(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), options);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_project = std::move(opened).value();
    }

    void holdsTheThreeArticlesWithDetails()
    {
        auto summaries = m_project->articleSummaries();
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 3);
        QVERIFY(summaries->at(0).title.startsWith(QStringLiteral("Anthropic warns")));
        QCOMPARE(summaries->at(0).publisher, QStringLiteral("The Ledger Review"));
        QVERIFY(summaries->at(1).title.startsWith(QStringLiteral("Nvidia dismisses")));
        QCOMPARE(summaries->at(1).publisher, QStringLiteral("Silicon Dispatch"));
        auto nvidia = m_project->article(summaries->at(1).id);
        QVERIFY(nvidia);
        QCOMPARE(toString(nvidia->format), QStringLiteral("html"));
        QVERIFY(!nvidia->text.contains(QStringLiteral("localhost"))); // file:///etc/hosts not read
    }

    void holdsEveryKindActorsTagsAndSets()
    {
        auto annotations = m_project->annotations();
        QVERIFY(annotations);
        QMap<AnnotationKind, int> byKind;
        for (const Annotation &annotation : std::as_const(*annotations))
            ++byKind[annotation.kind];
        for (const AnnotationKind kind : allAnnotationKinds())
            QVERIFY2(byKind.value(kind) >= 2, qPrintable(toString(kind)));
        QStringList actors;
        for (const Actor &actor : *m_project->actors())
            actors.append(actor.name);
        for (const char *name : {"Anthropic", "Nvidia", "Jensen Huang", "CNBC"})
            QVERIFY2(actors.contains(QLatin1String(name)), name);
        QVERIFY(m_project->tags()->size() >= 4);
        QCOMPARE(m_project->annotationSets()->size(), 2);
    }

    // The sample's work is its analyst's, whoever built it (it said "root" when built in CI).
    void isTheSampleAnalystsWork()
    {
        auto annotations = m_project->annotations();
        QVERIFY(annotations && !annotations->isEmpty());
        for (const Annotation &annotation : std::as_const(*annotations))
            QCOMPARE(annotation.author, QStringLiteral("Sample Analyst"));
        auto relations = m_project->relations();
        QVERIFY(relations && !relations->isEmpty());
        for (const Relation &relation : std::as_const(*relations))
            QCOMPARE(relation.author, QStringLiteral("Sample Analyst"));
    }

    void everyQuoteIsTheTextOfItsRange()
    {
        auto annotations = m_project->annotations();
        QVERIFY(annotations);
        for (const Annotation &annotation : std::as_const(*annotations)) {
            auto text = m_project->articleText(annotation.articleId);
            QVERIFY(text);
            QCOMPARE(text->mid(annotation.start, annotation.length()), annotation.quote.exact);
            QCOMPARE(text->mid(annotation.start - annotation.quote.prefix.size(),
                               annotation.quote.prefix.size()),
                     annotation.quote.prefix);
        }
    }

    void linksClaimsAcrossArticles()
    {
        auto relations = m_project->relations();
        QVERIFY(relations);
        QSet<RelationKind> kinds;
        int acrossArticles = 0;
        for (const Relation &relation : std::as_const(*relations)) {
            kinds.insert(relation.kind);
            if (m_project->annotation(relation.fromId)->articleId !=
                m_project->annotation(relation.toId)->articleId)
                ++acrossArticles;
        }
        QCOMPARE(kinds.size(), allRelationKinds().size());
        QVERIFY(acrossArticles >= 5);
    }
};

QTEST_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
