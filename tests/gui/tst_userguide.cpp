// Help › User Guide (issue 20): F1 opens the README's sections for users, bundled into the
// program; its contents go to each section, Find finds a shortcut, and nothing for developers
// (building, installing, the source layout) is in it.

#include "SampleWindow.h"
#include "TestSupport.h"
#include "ui/help/UserGuide.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

class TestUserGuide final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static UserGuide *openGuide()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *guide = qobject_cast<UserGuide *>(widget); guide && guide->isVisible())
                return guide;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void f1OpensTheGuideOnTheWindowsSections()
    {
        auto window = openWindowOn(copySampleProject(m_dir));
        QVERIFY(window);
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_VERIFY(openGuide());
        UserGuide *guide = openGuide();
        const QString text = guide->text()->toPlainText();
        // What a user reads: the window, tagging keys, team mode, the formats.
        QVERIFY2(text.contains(u"Articles side by side"), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Team mode"));
        QVERIFY(text.contains(u"Exchange formats"));
        // Not what a developer reads.
        QVERIFY(!text.contains(u"packaging/dev.sh"));
        QVERIFY(!text.contains(u"counterpoint-ui"));
        // Markdown rendered, not shown as source.
        QVERIFY(!text.contains(u"## "));
        QVERIFY(!text.contains(u"**"));
        guide->close();
    }

    void theContentsGoToEachSection()
    {
        UserGuide guide;
        guide.resize(900, 600);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QStringList titles;
        for (int i = 0; i < guide.contents()->count(); ++i)
            titles.append(guide.contents()->item(i)->data(Qt::UserRole).toString());
        for (const QString &wanted :
             {QStringLiteral("The window"), QStringLiteral("The command line"),
              QStringLiteral("Team mode"), QStringLiteral("Articles from PDFs and scraped pages")})
            QVERIFY2(titles.contains(wanted), qPrintable(titles.join(u", ")));
        QVERIFY(!titles.contains(QStringLiteral("Install")));
        QVERIFY(!titles.contains(QStringLiteral("Layout")));

        // Choosing a late section scrolls the text to its heading.
        QScrollBar *scroll = guide.text()->verticalScrollBar();
        const int top = scroll->value();
        guide.contents()->setFocus();
        guide.contents()->setCurrentRow(int(titles.indexOf(QStringLiteral("Team mode"))));
        QTRY_VERIFY(scroll->value() > top);
        QCOMPARE(guide.text()->textCursor().block().text().trimmed(), QStringLiteral("Team mode"));
        QVERIFY(!guide.showSection(QStringLiteral("No such section")));
    }

    // Code blocks and tables wrap at the dialog's width: nothing is read by scrolling sideways.
    void theGuideNeverScrollsSideways()
    {
        UserGuide guide;
        guide.resize(900, 600);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QTextBrowser *text = guide.text();
        QVERIFY(text->document()->rootFrame()->childFrames().size() > 0); // the README's tables
        // Laid out whole at the width the view gives it, the guide is no wider than that.
        QTextDocument *document = text->document();
        QTRY_VERIFY(document->textWidth() > 0);
        QVERIFY2(document->size().width() <= text->viewport()->width() + 1,
                 qPrintable(QStringLiteral("%1 wide in a view of %2")
                                .arg(document->size().width())
                                .arg(text->viewport()->width())));
        QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
    }

    void findFindsAShortcutAndWrapsRound()
    {
        UserGuide guide;
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QTest::keyClick(&guide, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), guide.findField());
        QTest::keyClicks(guide.findField(), QStringLiteral("Ctrl+Shift+C"));
        QTest::keyClick(guide.findField(), Qt::Key_Return);
        QCOMPARE(guide.text()->textCursor().selectedText(), QStringLiteral("Ctrl+Shift+C"));
        const int first = guide.text()->textCursor().position();
        // Past the last one, Find begins again from the top.
        for (int i = 0; i < 20 && guide.text()->textCursor().position() >= first; ++i)
            QVERIFY(guide.findNext());
        QVERIFY(guide.text()->textCursor().position() <= first);
        QCOMPARE(guide.text()->textCursor().selectedText(), QStringLiteral("Ctrl+Shift+C"));
        guide.findField()->setText(QStringLiteral("no such words in the guide"));
        QVERIFY(!guide.findNext());
    }

    // The guide is the README's text: a heading of the README is a section of the guide.
    void theGuideIsTheReadmesUserSections()
    {
        QFile readme(QStringLiteral(":/counterpoint/guide/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString markdown = UserGuide::guideMarkdown(QString::fromUtf8(readme.readAll()));
        const QList<UserGuide::Section> sections = UserGuide::sectionsOf(markdown);
        QVERIFY(sections.size() >= 6);
        QCOMPARE(sections.first().title, QStringLiteral("The window"));
        QCOMPARE(UserGuide::guideMarkdown(QStringLiteral("# T\n## Install\nx\n## Use\ny\n```\n"
                                                         "# not a heading\n```\n")),
                 QStringLiteral("## Use\ny\n```\n# not a heading\n```\n\n"));
        const auto small = UserGuide::sectionsOf(QStringLiteral("## Use\n```\n# no\n```\n### A\n"));
        QCOMPARE(small.size(), 2);
        QCOMPARE(small.at(1).level, 3);
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
