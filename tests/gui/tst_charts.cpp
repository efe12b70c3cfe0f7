// The Charts dock (issue 16 item 3) in the main window, driven offscreen on the sample project:
// Ctrl+Shift+C opens it with the chart chooser focused, each chart counts what the list's filter
// leaves, a click on a bar's part, a cell or a point lists its annotations and makes the first
// current in the window (and in the annotation list), the arrow keys and Enter do the same, and
// the PNG and SVG exports are images other programs read.
#include "SampleWindow.h"
#include "TestSupport.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "ui/charts/ChartsView.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QListWidget>
#include <QMessageBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

QSet<QUuid> setOf(const QList<QUuid> &ids)
{
    return QSet<QUuid>(ids.cbegin(), ids.cend());
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ChartsView *charts() const { return m_window->charts(); }
    QDockWidget *dock() const
    {
        return m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
    }

    void show(StoryChart::Type type)
    {
        if (charts()->chartType() != type) {
            const int before = charts()->refreshCount();
            charts()->setChartType(type);
            QTRY_VERIFY(charts()->refreshCount() > before);
        }
        QCOMPARE(charts()->story()->type(), type);
        // Laid out in the dock, so that cells have their places.
        QTRY_VERIFY(!charts()->story()->cellRect(0).isEmpty() ||
                    charts()->story()->cells().isEmpty());
    }

    int cellDescribed(const QString &text) const
    {
        const auto &cells = charts()->story()->cells();
        for (int i = 0; i < int(cells.size()); ++i) {
            if (charts()->story()->describe(i).contains(text))
                return i;
        }
        return -1;
    }

    // Clicks the middle of the cell, as a user does.
    void click(int cell)
    {
        StoryChart *story = charts()->story();
        QChartView *canvas = charts()->canvas();
        const QPointF inChart = story->cellRect(cell).center();
        const QPoint at = canvas->mapFromScene(story->chart()->mapToScene(inChart));
        QVERIFY(canvas->viewport()->rect().contains(at));
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at);
    }

    QSet<QUuid> annotationsWhere(const std::function<bool(const Annotation &)> &test) const
    {
        QSet<QUuid> ids;
        for (const Annotation &a : *m_window->project()->annotations()) {
            if (test(a))
                ids.insert(a.id);
        }
        return ids;
    }

    // The sample's ids by name: the seed makes new ones on every build.
    QUuid actorNamed(const QString &name) const
    {
        return m_window->session()->readModel().actorNamed(name);
    }
    QUuid tagNamed(const QString &name) const
    {
        return m_window->session()->readModel().tagNamed(name);
    }

    QUuid listCurrent() const
    {
        const QModelIndex index = m_window->annotationList()->table()->currentIndex();
        return index.data(AnnotationTableModel::IdRole).toUuid();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void init()
    {
        const QString path = copySampleProject(m_dir);
        QVERIFY(!path.isEmpty());
        m_window = openWindowOn(path);
        QVERIFY(m_window);
        QVERIFY(dock());
        QVERIFY(!dock()->isVisible()); // closed until asked for
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock()->isVisible());
        QTRY_VERIFY(charts()->story());
        QTRY_VERIFY(dock()->height() >= m_window->height() / 3);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget))
                widget->close();
        }
        m_window.reset();
    }

    void opensFromTheKeyboardWithTheChooserFocused()
    {
        QTRY_COMPARE(QApplication::focusWidget(), charts()->chooser());
        // The chooser's Down key goes to the next chart.
        const int before = charts()->refreshCount();
        QTest::keyClick(charts()->chooser(), Qt::Key_Down);
        QCOMPARE(charts()->chartType(), StoryChart::Type::KindsByArticle);
        QTRY_VERIFY(charts()->refreshCount() > before);
        QCOMPARE(charts()->story()->type(), StoryChart::Type::KindsByArticle);
        // Tab goes on to the chart, then to the list of what it picked.
        charts()->chooser()->setFocus(Qt::TabFocusReason);
        QCOMPARE(charts()->chooser()->nextInFocusChain(), charts()->canvas());
        QVERIFY(charts()->canvas()->focusPolicy() & Qt::TabFocus);
    }

    void aClickOnABarListsItsAnnotationsAndMakesTheFirstCurrent()
    {
        show(StoryChart::Type::KindsByActor);
        const int cell = cellDescribed(QStringLiteral("Counterclaim of Nvidia"));
        QVERIFY(cell >= 0);
        QCOMPARE(charts()->story()->cells().at(cell).count, 5);
        click(cell);
        const QUuid nvidia = actorNamed(QStringLiteral("Nvidia"));
        QVERIFY(!nvidia.isNull());
        const QSet<QUuid> expected = annotationsWhere([&](const Annotation &a) {
            return a.actorId == nvidia && a.kind == AnnotationKind::Counterclaim;
        });
        QCOMPARE(expected.size(), 5);
        QCOMPARE(setOf(charts()->chosenAnnotations()), expected);
        QCOMPARE(charts()->selectionList()->count(), 5);
        const QUuid first = charts()->chosenAnnotations().first();
        QCOMPARE(m_window->currentAnnotation(), first);
        QCOMPARE(listCurrent(), first);
        // The bar's rows are chosen in the list too, ready for one bulk edit of all five.
        AnnotationListPanel *list = m_window->annotationList();
        QCOMPARE(setOf(list->selectedIds()), expected);
        QVERIFY(list->editSelectedAction()->isEnabled());
        QVERIFY2(list->editSelectedAction()->text().contains(u'5'),
                 qPrintable(list->editSelectedAction()->text()));

        // Enter on another of them goes to its passage.
        charts()->selectionList()->setFocus();
        charts()->selectionList()->setCurrentRow(2);
        const QUuid third = charts()->selectionList()->item(2)->data(Qt::UserRole).toUuid();
        QCOMPARE(m_window->currentAnnotation(), third);
        QTest::keyClick(charts()->selectionList(), Qt::Key_Return);
        QCOMPARE(m_window->currentAnnotation(), third);
    }

    void followsTheListsFilter()
    {
        show(StoryChart::Type::KindsByActor);
        auto total = [this] {
            int sum = 0;
            for (const StoryChart::Cell &cell : charts()->story()->cells())
                sum += cell.count;
            return sum;
        };
        QCOMPARE(total(), 21);
        const int before = charts()->refreshCount();
        m_window->annotationList()->filter()->setKind(AnnotationKind::Claim);
        QTRY_VERIFY(charts()->refreshCount() > before);
        const int claims = int(annotationsWhere([](const Annotation &a) {
                                   return a.kind == AnnotationKind::Claim;
                               }).size());
        QCOMPARE(claims, 7);
        QCOMPARE(total(), claims);
        for (int i = 0; i < int(charts()->story()->cells().size()); ++i)
            QVERIFY(charts()->story()->describe(i).startsWith(QStringLiteral("Claim of")));

        // Not following: every annotation again.
        const int again = charts()->refreshCount();
        charts()->followFilterAction()->trigger();
        QTRY_VERIFY(charts()->refreshCount() > again);
        QCOMPARE(total(), 21);
    }

    void aCellOfTheTagHeatMapListsTheAnnotationsWithBothTags()
    {
        show(StoryChart::Type::TagPairs);
        const int cell = cellDescribed(QStringLiteral("“smuggling” and “China”"));
        QVERIFY(cell >= 0);
        click(cell);
        const QUuid smuggling = tagNamed(QStringLiteral("smuggling"));
        const QUuid china = tagNamed(QStringLiteral("China"));
        const QSet<QUuid> both = annotationsWhere([&](const Annotation &a) {
            return a.tagIds.contains(smuggling) && a.tagIds.contains(china);
        });
        QCOMPARE(both.size(), 2);
        QCOMPARE(setOf(charts()->chosenAnnotations()), both);
    }

    void theKeyboardReachesEveryCellOfTheRebuttals()
    {
        show(StoryChart::Type::Rebuttals);
        // Rows who rebuts, columns whom: Nvidia → Anthropic above Silicon Dispatch → Anthropic,
        // beside which Silicon Dispatch → Nvidia.
        QCOMPARE(charts()->story()->cells().size(), 3);
        const int nvidia = cellDescribed(QStringLiteral("Nvidia rebuts Anthropic"));
        const int dispatch = cellDescribed(QStringLiteral("Silicon Dispatch rebuts Anthropic"));
        const int dispatchNvidia = cellDescribed(QStringLiteral("Silicon Dispatch rebuts Nvidia"));
        QVERIFY(nvidia >= 0 && dispatch >= 0 && dispatchNvidia >= 0);
        charts()->canvas()->setFocus(Qt::TabFocusReason);
        auto press = [this](Qt::Key key) {
            QTest::keyClick(charts()->canvas(), key);
            return charts()->story()->currentCell();
        };
        QCOMPARE(press(Qt::Key_Right), nvidia); // the first cell, from none
        QCOMPARE(press(Qt::Key_Down), dispatch);
        QCOMPARE(press(Qt::Key_Right), dispatchNvidia);
        QCOMPARE(press(Qt::Key_Right), dispatchNvidia); // nothing further that way
        QCOMPARE(press(Qt::Key_Left), dispatch);
        QCOMPARE(press(Qt::Key_Up), nvidia);
        QTest::keyClick(charts()->canvas(), Qt::Key_Return);
        // Both ends of Nvidia's four rebuttals, each once.
        QCOMPARE(charts()->chosenAnnotations().size(), 7);
        const QUuid nvidiaId = actorNamed(QStringLiteral("Nvidia"));
        const QUuid anthropicId = actorNamed(QStringLiteral("Anthropic"));
        int rebutting = 0;
        for (const QUuid &id : charts()->chosenAnnotations()) {
            const QUuid actor = m_window->project()->annotation(id)->actorId;
            QVERIFY(actor == nvidiaId || actor == anthropicId);
            rebutting += actor == nvidiaId ? 1 : 0;
        }
        QCOMPARE(rebutting, 4); // four counterclaims of Nvidia's, three claims of Anthropic's
        QCOMPARE(m_window->currentAnnotation(), charts()->chosenAnnotations().first());
    }

    void aPointOfTheTimelineListsWhatWasSaidThatDay()
    {
        show(StoryChart::Type::Timeline);
        QCOMPARE(charts()->story()->cells().size(), 10);
        QVERIFY(charts()->story()->chart()->title().contains(QStringLiteral("2 annotation")));
        const int cell = cellDescribed(QStringLiteral("Jensen Huang, Claim"));
        QVERIFY(cell >= 0);
        click(cell);
        const QUuid huang = actorNamed(QStringLiteral("Jensen Huang"));
        QCOMPARE(setOf(charts()->chosenAnnotations()),
                 annotationsWhere([&](const Annotation &a) { return a.actorId == huang; }));
        QCOMPARE(charts()->chosenAnnotations().size(), 2);
    }

    void exportsPngAndSvgThatOtherProgramsRead()
    {
        for (StoryChart::Type type : StoryChart::types()) {
            show(type);
            const QString name = StoryChart::fileName(type);
            const QString png = m_dir.filePath(name + QStringLiteral(".png"));
            const QString svg = m_dir.filePath(name + QStringLiteral(".svg"));
            const Status pngDone = charts()->exportPng(png);
            QVERIFY2(pngDone, qPrintable(pngDone.errorMessage()));
            const Status svgDone = charts()->exportSvg(svg);
            QVERIFY2(svgDone, qPrintable(svgDone.errorMessage()));

            const QImage image(png);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 1200 && image.height() >= 700);
            // Drawn, not blank: the kinds' colours are in it for the bars and the timeline.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 20, qPrintable(name));

            QSvgRenderer renderer(svg);
            QVERIFY2(renderer.isValid(), qPrintable(svg));
            const QByteArray text = readFile(svg);
            QVERIFY(text.contains("<svg"));
            if (type == StoryChart::Type::KindsByActor || type == StoryChart::Type::Rebuttals)
                QVERIFY2(text.contains("Nvidia"), qPrintable(name));
            if (type == StoryChart::Type::TagPairs)
                QVERIFY(text.contains("smuggling"));
        }
        // Where it cannot write: a message naming the file, and no file.
        const QString bad = m_dir.filePath(QStringLiteral("no-such-folder/chart.png"));
        const Status failed = charts()->exportPng(bad);
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(QStringLiteral("chart.png")),
                 qPrintable(failed.errorMessage()));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
