// The coding stripes beside a reader pane (issue 20, "codes beside the text"): a bar per
// annotation over its lines, overlapping passages side by side, labels that never collide,
// the same tooltip and click as the highlight, and the View menu's toggle.
#include "SampleWindow.h"
#include "TestSupport.h"
#include "ui/inspector/Inspector.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/reader/CodingMargin.h"
#include "ui/reader/StripeColumns.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include "domain/TextQuote.h"

#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextFrame>
#include <QToolTip>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

// Three paragraphs of about 300 characters: every passage below is placed by its words.
const QString threeParagraphs = QStringLiteral(
    "Alpha opens the first paragraph. The company said the chips were shipped through "
    "intermediaries in three countries, and that every shipment was declared. Its rival called "
    "the account tall tales told to win a policy argument, and asked for the customs records "
    "of all three.\n"
    "Beta opens the second paragraph. Officials in two of the countries said they had seen no "
    "such records; the third did not answer. A trade lawyer said the rule leaves room for "
    "exactly this kind of routing, which is why it was rewritten last spring.\n"
    "Gamma opens the third paragraph. The rewritten rule takes effect in January, and the "
    "company says it will comply. Its rival says the damage is done, and that the chips are "
    "already where they were going.\n");

Annotation annotationOn(const Article &article, const QString &from, const QString &to,
                        AnnotationKind kind)
{
    Annotation annotation;
    annotation.id = QUuid::createUuid();
    annotation.articleId = article.id;
    annotation.kind = kind;
    annotation.start = int(article.text.indexOf(from));
    annotation.end = int(article.text.indexOf(to, annotation.start)) + int(to.size());
    annotation.quote = TextQuote::fromText(article.text, annotation.start, annotation.end);
    return annotation;
}

Stripe stripeOf(const QList<Stripe> &stripes, const QUuid &id)
{
    for (const Stripe &stripe : stripes) {
        if (stripe.id == id)
            return stripe;
    }
    return {};
}

// Where the view draws a document position, in the margin's coordinates.
QRect lineOf(ArticleView &view, int position)
{
    QTextCursor cursor(view.document());
    cursor.setPosition(position);
    const QRect inViewport = view.cursorRect(cursor);
    return inViewport.translated(0, view.viewport()->y() - view.codingMargin()->y());
}

} // namespace

class TestCodingStripes final : public QObject
{
    Q_OBJECT

    Article m_article;
    // A: most of the first paragraph; B inside A; C in the second paragraph; D from the
    // second paragraph into the third; E in the third, after D's end.
    Annotation m_a, m_b, m_c, m_d, m_e;
    QTemporaryDir m_dir;

    std::unique_ptr<ArticleView> shownView(int width)
    {
        auto view = std::make_unique<ArticleView>();
        view->resize(width, 500);
        view->showArticle(m_article);
        view->setAnnotations({m_a, m_b, m_c, m_d, m_e});
        view->setDescriber([](const Annotation &annotation) {
            return QStringLiteral("described %1").arg(annotation.id.toString());
        });
        view->setStripeLabeller([](const Annotation &annotation) {
            return QStringLiteral("Actor of %1 with a label much longer than any margin")
                .arg(annotation.kind == AnnotationKind::Claim ? QStringLiteral("claim")
                                                              : QStringLiteral("other"));
        });
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        QApplication::processEvents();
        return view;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
        m_article.id = QUuid::createUuid();
        m_article.format = ArticleFormat::PlainText;
        m_article.text = threeParagraphs;
        m_article.original = m_article.text.toUtf8();
        m_a = annotationOn(m_article, QStringLiteral("The company said"),
                           QStringLiteral("tall tales"), AnnotationKind::Claim);
        m_b = annotationOn(m_article, QStringLiteral("intermediaries"),
                           QStringLiteral("three countries"), AnnotationKind::Source);
        m_c = annotationOn(m_article, QStringLiteral("Officials"),
                           QStringLiteral("no such records"), AnnotationKind::Counterclaim);
        m_d = annotationOn(m_article, QStringLiteral("A trade lawyer"),
                           QStringLiteral("takes effect in January"), AnnotationKind::Note);
        m_e = annotationOn(m_article, QStringLiteral("Its rival says"),
                           QStringLiteral("the damage is done"), AnnotationKind::Counterclaim);
    }

    // Overlapping passages stand side by side; passages that share no paragraph share a
    // column; each bar runs over its passage's lines.
    void overlappingPassagesStandInColumns()
    {
        auto view = shownView(600);
        QVERIFY(view);
        CodingMargin *margin = view->codingMargin();
        QVERIFY(margin->isVisible());
        QCOMPARE(view->stripeColumns().columnCount(), 2);
        const QList<Stripe> stripes = margin->visibleStripes();
        QCOMPARE(stripes.size(), 5);
        QCOMPARE(stripeOf(stripes, m_a.id).column, 0);
        QCOMPARE(stripeOf(stripes, m_b.id).column, 1); // inside A
        QCOMPARE(stripeOf(stripes, m_c.id).column, 0); // A and B are over
        QCOMPARE(stripeOf(stripes, m_d.id).column, 1); // beside C in the second paragraph
        QCOMPARE(stripeOf(stripes, m_e.id).column, 0); // beside D in the third
        // Column 0 is nearest the text, and the margin lies left of the text.
        QVERIFY(stripeOf(stripes, m_b.id).bar.right() < stripeOf(stripes, m_a.id).bar.left());
        QVERIFY(margin->geometry().right() <
                view->viewport()->x() + view->document()->rootFrame()->frameFormat().leftMargin());
        // A's bar runs from the line of its first word to the line of its last.
        for (const Annotation &annotation : {m_a, m_d}) {
            const QRectF bar = stripeOf(stripes, annotation.id).bar;
            QVERIFY2(qAbs(bar.top() - lineOf(*view, annotation.start).top()) <= 3,
                     qPrintable(QStringLiteral("bar top %1, line top %2")
                                    .arg(bar.top())
                                    .arg(lineOf(*view, annotation.start).top())));
            QVERIFY(qAbs(bar.bottom() - lineOf(*view, annotation.end - 1).bottom()) <= 3);
        }
        // D runs over the paragraph break into the third paragraph, C stops before it.
        const QRect third = lineOf(*view, int(m_article.text.indexOf(QStringLiteral("Gamma"))));
        QVERIFY(stripeOf(stripes, m_d.id).bar.bottom() > third.center().y());
        QVERIFY(stripeOf(stripes, m_c.id).bar.bottom() < third.top());
    }

    // Within one paragraph, passages further apart than any line is long share a column;
    // passages that could share a line stand side by side, at any width.
    void passagesOnDifferentLinesShareAColumn()
    {
        const Annotation first =
            annotationOn(m_article, QStringLiteral("Alpha opens"),
                         QStringLiteral("first paragraph."), AnnotationKind::Claim);
        const Annotation next = annotationOn(m_article, QStringLiteral("The company said"),
                                             QStringLiteral("the chips"), AnnotationKind::Source);
        const Annotation far = annotationOn(m_article, QStringLiteral("asked for the customs"),
                                            QStringLiteral("records"), AnnotationKind::Note);
        ArticleView view;
        view.showArticle(m_article);
        view.setAnnotations({first, next, far});
        const StripeColumns &columns = view.stripeColumns();
        QCOMPARE(columns.columnOf(first.id), 0);
        QCOMPARE(columns.columnOf(next.id), 1); // right after it, maybe on its line
        QCOMPARE(columns.columnOf(far.id), 0);  // 200 characters on
        // Whatever the width, the bars of one column never meet.
        for (int width : {300, 600, 1200}) {
            view.resize(width, 500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QApplication::processEvents();
            const QList<Stripe> stripes = view.codingMargin()->visibleStripes();
            QCOMPARE(stripes.size(), 3);
            QVERIFY(stripeOf(stripes, first.id).bar.bottom() < stripeOf(stripes, far.id).bar.top());
            QVERIFY(stripeOf(stripes, next.id).bar.right() <
                    stripeOf(stripes, first.id).bar.left());
        }
    }

    // In a narrow pane the bars stand alone; in a wide one each gets its label, elided to the
    // room, and no two labels meet.
    void labelsComeWhereThereIsRoomAndNeverOverlap()
    {
        auto narrow = shownView(420);
        QVERIFY(narrow);
        for (const Stripe &stripe : narrow->codingMargin()->visibleStripes())
            QVERIFY(stripe.labelRect.isEmpty());

        auto wide = shownView(1100);
        QVERIFY(wide);
        const QList<Stripe> stripes = wide->codingMargin()->visibleStripes();
        int labelled = 0;
        for (const Stripe &stripe : stripes) {
            if (stripe.labelRect.isEmpty())
                continue;
            ++labelled;
            QVERIFY(stripe.shownLabel.endsWith(QChar(0x2026))); // elided: "…"
            QVERIFY(stripe.labelRect.right() < stripe.bar.left());
            QVERIFY(stripe.labelRect.left() >= 0);
            for (const Stripe &other : stripes) {
                if (other.id != stripe.id && !other.labelRect.isEmpty())
                    QVERIFY(!stripe.labelRect.intersects(other.labelRect));
            }
        }
        QVERIFY2(labelled >= 4, qPrintable(QStringLiteral("%1 labels").arg(labelled)));
        // The text keeps its readable measure beside the labels.
        const QTextFrameFormat format = wide->document()->rootFrame()->frameFormat();
        QVERIFY(wide->document()->textWidth() - format.leftMargin() - format.rightMargin() <=
                wide->readableWidth() + 2);
    }

    // A click on a stripe selects its annotation, as a click on its highlight does; hovering it
    // shows the highlight's tooltip.
    void clickSelectsAndHoverDescribes()
    {
        auto view = shownView(600);
        QVERIFY(view);
        CodingMargin *margin = view->codingMargin();
        const QPoint onB = stripeOf(margin->visibleStripes(), m_b.id).bar.center().toPoint();
        QCOMPARE(margin->stripeAt(onB), m_b.id);
        QSignalSpy clicked(view.get(), &ArticleView::annotationClicked);
        QTest::mouseClick(margin, Qt::LeftButton, {}, onB);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toUuid(), m_b.id);

        // The margin's tooltip for B is its highlight's for B alone (the highlight, covered by A
        // too, lists both).
        QHelpEvent help(QEvent::ToolTip, onB, margin->mapToGlobal(onB));
        QApplication::sendEvent(margin, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), view->toolTipFor({m_b.id}));
        QVERIFY(QToolTip::text().contains(m_b.id.toString()));
        QVERIFY(!QToolTip::text().contains(m_a.id.toString()));
        QToolTip::hideText();
    }

    // The stripes follow the scrolling, painted only for what is on screen, in the columns
    // they had before.
    void stripesFollowScrolling()
    {
        Article article = m_article;
        QList<Annotation> annotations;
        for (int copy = 0; copy < 40; ++copy) {
            const int offset = int(article.text.size());
            article.text += threeParagraphs;
            for (Annotation annotation : {m_a, m_b, m_c}) {
                annotation.id = QUuid::createUuid();
                annotation.start += offset;
                annotation.end += offset;
                annotations.append(annotation);
            }
        }
        article.original = article.text.toUtf8();
        ArticleView view;
        view.resize(600, 400);
        view.showArticle(article);
        view.setAnnotations(annotations);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int top = int(view.codingMargin()->visibleStripes().size());
        QVERIFY(top > 0);
        QVERIFY(top < 30); // the screen's few, not the article's 120
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        QApplication::processEvents();
        const QList<Stripe> middle = view.codingMargin()->visibleStripes();
        QVERIFY(!middle.isEmpty());
        for (const Stripe &stripe : middle) {
            const auto found = std::find_if(annotations.cbegin(), annotations.cend(),
                                            [&](const Annotation &a) { return a.id == stripe.id; });
            QVERIFY(found != annotations.cend());
            QCOMPARE(stripe.column, found->start % int(threeParagraphs.size()) ==
                                            m_b.start % int(threeParagraphs.size())
                                        ? 1
                                        : 0);
            if (stripe.top > 0) // begins on screen: at its first line
                QVERIFY(qAbs(stripe.bar.top() - lineOf(view, found->start).top()) <= 3);
        }
    }

    // View › Coding Stripes hides every pane's margin, gives its room back to the text, and is
    // remembered.
    void theViewMenuTogglesTheMargin()
    {
        const QString path = copySampleProject(m_dir);
        QVERIFY(!path.isEmpty());
        auto window = openWindowOn(path);
        QVERIFY(window);
        const QList<ArticlePane *> panes = window->paneArea()->panes();
        QVERIFY(panes.size() >= 2);
        QAction *toggle = window->codingStripesAction();
        QVERIFY(toggle->isChecked()); // on by default
        ArticleView *view = panes.first()->view();
        QTRY_VERIFY(view->codingMargin()->isVisible());
        QTRY_VERIFY(!view->codingMargin()->visibleStripes().isEmpty());
        const qreal withStripes = view->document()->rootFrame()->frameFormat().leftMargin();

        // A click on a stripe: the Inspector and the list show its annotation.
        const Stripe stripe = view->codingMargin()->visibleStripes().first();
        QTest::mouseClick(view->codingMargin(), Qt::LeftButton, {}, stripe.bar.center().toPoint());
        QTRY_COMPARE(window->inspector()->annotationId(), stripe.id);
        QTRY_COMPARE(window->annotationList()->selectedIds(), QList<QUuid>{stripe.id});

        toggle->trigger();
        for (ArticlePane *pane : panes)
            QVERIFY(!pane->view()->codingMargin()->isVisible());
        QVERIFY(view->document()->rootFrame()->frameFormat().leftMargin() < withStripes);
        QCOMPARE(QSettings().value(QStringLiteral("view/codingStripes")).toBool(), false);
        // A pane opened now has none either.
        const QUuid closed = panes.first()->articleId();
        window->paneArea()->closePane(panes.first());
        ArticlePane *reopened = window->openArticle(closed);
        QVERIFY(reopened);
        QVERIFY(!reopened->view()->stripesShown());

        toggle->trigger();
        QVERIFY(reopened->view()->codingMargin()->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("view/codingStripes")).toBool(), true);
    }
};

QTEST_MAIN(TestCodingStripes)
#include "tst_codingstripes.moc"
