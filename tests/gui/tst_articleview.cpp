// The reader pane on its own: what the user sees of an article's highlights when it opens.
#include "ui/reader/ArticleView.h"

#include "domain/TextQuote.h"

#include <QScrollBar>

#include <QTest>
#include <algorithm>

using namespace counterpoint;
using namespace counterpoint::ui;

namespace {

// Paragraphs of ordinary words, about `characters` long.
QString longText(int characters)
{
    const QString paragraph = QStringLiteral(
        "The company said the chips were shipped through intermediaries in three countries, "
        "and its rival called the account tall tales told to win a policy argument.\n");
    QString text;
    while (text.size() < characters)
        text += paragraph;
    return text;
}

Annotation annotationOn(const Article &article, int start, int end)
{
    Annotation annotation;
    annotation.id = QUuid::createUuid();
    annotation.articleId = article.id;
    annotation.kind = AnnotationKind::Claim;
    annotation.start = start;
    annotation.end = end;
    annotation.quote = TextQuote::fromText(article.text, start, end);
    return annotation;
}

// Whether every character of start..end is drawn highlighted (a highlight is cut at paragraph
// ends and at the screen's edges, so it may be several extra selections).
bool highlights(const ArticleView &view, int start, int end)
{
    QList<bool> covered(end - start, false);
    for (const QTextEdit::ExtraSelection &selection : view.extraSelections()) {
        for (int i = std::max(start, selection.cursor.selectionStart());
             i < std::min(end, selection.cursor.selectionEnd()); ++i)
            covered[i - start] = true;
    }
    // A paragraph's end (the block separator) is never drawn.
    const QString text = view.document()->toPlainText();
    for (int i = start; i < end; ++i) {
        if (!covered[i - start] && text.at(i) != QChar::ParagraphSeparator && text.at(i) != u'\n')
            return false;
    }
    return true;
}

} // namespace

class TestArticleView final : public QObject
{
    Q_OBJECT

private slots:
    // An article opens with its first screen's highlights drawn, before any scrolling, however
    // long it is (the first annotation of the 1 MB article sits at characters 51–130).
    void firstScreenIsHighlightedWithoutScrolling_data()
    {
        QTest::addColumn<int>("characters");
        QTest::addColumn<bool>("annotationsBeforeShow");
        QTest::newRow("2 KB, annotated before shown") << 2'000 << true;
        QTest::newRow("100 KB, annotated before shown") << 100'000 << true;
        QTest::newRow("1 MB, annotated before shown") << 1'000'000 << true;
        QTest::newRow("1 MB, annotated once shown") << 1'000'000 << false;
    }
    void firstScreenIsHighlightedWithoutScrolling()
    {
        QFETCH(int, characters);
        QFETCH(bool, annotationsBeforeShow);
        Article article;
        article.id = QUuid::createUuid();
        article.format = ArticleFormat::PlainText;
        article.text = longText(characters);
        article.original = article.text.toUtf8();
        QList<Annotation> annotations{annotationOn(article, 51, 130)};
        for (int start = 400; start + 100 < article.text.size(); start += 250)
            annotations.append(annotationOn(article, start, start + 60));

        ArticleView view;
        view.resize(700, 500);
        view.showArticle(article);
        if (annotationsBeforeShow)
            view.setAnnotations(annotations);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (!annotationsBeforeShow)
            view.setAnnotations(annotations);
        QTest::qWait(50);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QVERIFY2(highlights(view, 51, 130), "the first annotation is not highlighted");
        // Only the screen's few are extra selections, not the whole article's.
        QVERIFY(view.extraSelections().size() > 1);
        QVERIFY(view.extraSelections().size() < 100);
    }

    // Scrolled into the middle of a long article, and of one long paragraph: the highlights on
    // screen are drawn, those far above are not.
    void scrolledScreenIsHighlighted_data()
    {
        QTest::addColumn<bool>("oneParagraph");
        QTest::newRow("paragraphs") << false;
        QTest::newRow("one paragraph") << true;
    }
    void scrolledScreenIsHighlighted()
    {
        QFETCH(bool, oneParagraph);
        Article article;
        article.id = QUuid::createUuid();
        article.format = ArticleFormat::PlainText;
        article.text = longText(200'000);
        if (oneParagraph)
            article.text.replace(u'\n', u' ');
        article.original = article.text.toUtf8();
        QList<Annotation> annotations{annotationOn(article, 51, 130)};
        for (int start = 400; start + 100 < article.text.size(); start += 250)
            annotations.append(annotationOn(article, start, start + 60));

        ArticleView view;
        view.resize(700, 500);
        view.showArticle(article);
        view.setAnnotations(annotations);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > 10'000);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        QTest::qWait(50);
        const int middle = view.cursorForPosition(view.viewport()->rect().center()).position();
        QVERIFY(middle > 50'000);
        const auto onScreen = std::find_if(annotations.cbegin(), annotations.cend(),
                                           [&](const Annotation &a) { return a.start >= middle; });
        QVERIFY(onScreen != annotations.cend());
        QVERIFY2(highlights(view, onScreen->start, onScreen->end),
                 "the annotation in the middle of the screen is not highlighted");
        QVERIFY(!highlights(view, 51, 130));
        QVERIFY(view.extraSelections().size() < 100);
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
