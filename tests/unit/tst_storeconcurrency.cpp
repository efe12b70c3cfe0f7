// Two processes on one project (here two Project objects on one file, each with a connection
// of its own): a write anchors on the article's text as stored when it runs, never on a text
// this process read before another replaced it; `annotate` looks up its passage and stores it
// in one transaction.
#include "TestSupport.h"

#include "cli/PassageAnnotation.h"

#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

class TestStoreConcurrency final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_first;
    std::unique_ptr<Project> m_second; // "another process"
    QUuid m_articleId;

    static const QString &originalText()
    {
        static const QString text = QStringLiteral(
            "Nvidia calls the smuggling story tall tales.\nAnthropic cites cases.\n");
        return text;
    }

    // The second project replaces the article's text, moving "tall tales" and its annotations.
    Status replaceFromSecond(const QString &text)
    {
        auto article = m_second->article(m_articleId);
        if (!article)
            return article.error();
        auto annotations = m_second->annotationsOfArticle(m_articleId);
        if (!annotations)
            return annotations.error();
        Article next = *article;
        next.text = text;
        next.original = text.toUtf8();
        next.contentHash = QString::fromLatin1(QByteArray::number(qHash(text), 16));
        QList<Annotation> placed;
        for (Annotation annotation : std::as_const(*annotations)) {
            const qsizetype at = text.indexOf(annotation.quote.exact);
            if (at >= 0) {
                annotation.start = int(at);
                annotation.end = int(at + annotation.quote.exact.size());
                annotation.anchorState = AnchorState::Moved;
            } else {
                annotation.anchorState = AnchorState::Orphaned;
            }
            placed.append(annotation);
        }
        return m_second->replaceArticleContent(next, placed);
    }

    // The stored quote is what the stored range reads in the stored text.
    static void verifyStoredQuoteMatchesStoredText(Project &project, const QUuid &annotationId)
    {
        auto stored = project.annotation(annotationId);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        auto text = project.article(stored->articleId);
        QVERIFY(text);
        QCOMPARE(stored->quote, TextQuote::fromText(text->text, stored->start, stored->end));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("test.counterpoint")));
        m_first = createProject(m_dir);
        QVERIFY(m_first);
        const QString path = m_dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(path, originalText().toUtf8()));
        m_articleId = importArticle(*m_first, path);
        QVERIFY(!m_articleId.isNull());
        OpenOptions options;
        options.busyTimeoutMs = 100; // waits for the first one's lock only briefly
        auto second = Project::open(m_first->filePath(), options);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        m_second = std::move(second).value();
    }

    void cleanup()
    {
        m_second.reset();
        m_first.reset();
    }

    // The window's case: it changes an annotation after another process replaced the article.
    void updateAfterAnotherProcessReplacedTheTextAnchorsOnTheNewText()
    {
        Annotation annotation;
        annotation.articleId = m_articleId;
        annotation.start = int(originalText().indexOf(QStringLiteral("tall tales")));
        annotation.end = annotation.start + 10;
        auto added = m_first->addAnnotation(annotation); // the first caches the text
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(*m_first->articleText(m_articleId), originalText());

        const QString newText = QStringLiteral(
            "Correction, 12 May: the company called the smuggling story tall tales.\n");
        QVERIFY(replaceFromSecond(newText));

        // The first still holds the annotation as it read it, range and all, and edits it.
        Annotation edited = *added;
        edited.comment = QStringLiteral("edited in the window");
        auto updated = m_first->updateAnnotation(edited);
        if (updated) {
            QCOMPARE(updated->quote, TextQuote::fromText(newText, edited.start, edited.end));
            verifyStoredQuoteMatchesStoredText(*m_second, added->id);
        } else {
            QVERIFY2(updated.errorMessage().contains(m_first->filePath()),
                     qPrintable(updated.errorMessage()));
        }
        // What the first reads now is the new text.
        QCOMPARE(*m_first->articleText(m_articleId), newText);
    }

    // The same for a new annotation: its quote comes from the text as stored.
    void addAfterAnotherProcessReplacedTheTextAnchorsOnTheNewText()
    {
        QCOMPARE(*m_first->articleText(m_articleId), originalText()); // cached
        const QString newText = QStringLiteral("Anthropic: Nvidia's tall tales.\n");
        QVERIFY(replaceFromSecond(newText));

        Annotation annotation;
        annotation.articleId = m_articleId;
        annotation.start = 0;
        annotation.end = 9;
        auto added = m_first->addAnnotation(annotation);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->quote.exact, QStringLiteral("Anthropic"));
        verifyStoredQuoteMatchesStoredText(*m_second, added->id);
    }

    // `annotate` searches the text it stores against: a replacement that comes first is seen,
    // and none can come between the search and the store.
    void annotateLooksUpAndStoresInOneTransaction()
    {
        QCOMPARE(*m_first->articleText(m_articleId), originalText()); // cached
        const QString moved = QStringLiteral("Nvidia, again: tall tales, the smuggling story.\n");
        QVERIFY(replaceFromSecond(moved));

        cli::PassageRequest request;
        request.article = QStringLiteral("Nvidia calls");
        request.kind = AnnotationKind::Counterclaim;
        request.exact = QStringLiteral("tall tales");
        std::optional<Status> interleaved;
        auto added = cli::annotatePassage(*m_first, request, [&] {
            // Between the search and the store, the other process tries to replace the text.
            interleaved = replaceFromSecond(QStringLiteral("Nothing of the sort.\n"));
        });
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QVERIFY(interleaved.has_value());
        QVERIFY2(!*interleaved, "another write came between the search and the store");
        QCOMPARE(interleaved->error().code, Error::Code::Locked);

        QCOMPARE(added->quote.exact, QStringLiteral("tall tales"));
        QCOMPARE(added->start, int(moved.indexOf(QStringLiteral("tall tales"))));
        auto stored = m_second->annotation(added->id);
        QVERIFY(stored);
        QCOMPARE(stored->quote.exact, request.exact);
        verifyStoredQuoteMatchesStoredText(*m_second, added->id);
        QCOMPARE(m_second->article(m_articleId)->text, moved);
    }

    // A passage the current text no longer has is refused, naming the article.
    void annotateRefusesAPassageTheCurrentTextLacks()
    {
        QCOMPARE(*m_first->articleText(m_articleId), originalText()); // cached
        QVERIFY(replaceFromSecond(QStringLiteral("Nvidia calls it nothing.\n")));
        cli::PassageRequest request;
        request.article = QStringLiteral("Nvidia calls");
        request.exact = QStringLiteral("tall tales");
        auto refused = cli::annotatePassage(*m_first, request);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("does not occur")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(m_second->annotationsOfArticle(m_articleId)->isEmpty());
    }
};

QTEST_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
