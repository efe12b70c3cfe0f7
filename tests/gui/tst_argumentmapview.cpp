// The argument map in the main window, driven offscreen on the sample project: a card per claim,
// counterclaim and source and an arrow per relation between them, no cards on top of each other,
// a click that leads to the passage, the list's filter followed on request, SVG and PNG exports
// that other programs read, and a map that follows the project's changes once per burst.
#include "SampleWindow.h"
#include "TestSupport.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/map/ArgumentMapView.h"
#include "ui/reader/ArticlePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include <QApplication>
#include <QDockWidget>
#include <QGraphicsView>
#include <QImage>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

bool onMap(const Annotation &annotation)
{
    return annotation.kind != AnnotationKind::Note;
}

QSet<QUuid> idsOf(const QList<MapNodeItem *> &nodes)
{
    QSet<QUuid> ids;
    for (const MapNodeItem *node : nodes)
        ids.insert(node->annotationId());
    return ids;
}

} // namespace

class TestArgumentMapView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;

    ArgumentMapView *map() const { return m_window->argumentMap(); }
    QDockWidget *dock() const
    {
        return m_window->findChild<QDockWidget *>(QStringLiteral("argumentMapDock"));
    }

    QList<Annotation> annotationsOnMap() const
    {
        QList<Annotation> shown;
        for (const Annotation &a : *m_window->project()->annotations()) {
            if (onMap(a))
                shown.append(a);
        }
        return shown;
    }

    // Scrolls the card into view and gives its centre on the viewport.
    QPoint onScreen(MapNodeItem *node) const
    {
        map()->canvas()->ensureVisible(node, 0, 0);
        return map()->canvas()->mapFromScene(node->sceneBoundingRect().center());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void init()
    {
        // Every test starts from a fresh copy of the sample project and a fresh window.
        m_projectPath = copySampleProject(m_dir);
        QVERIFY(!m_projectPath.isEmpty());
        m_window = openWindowOn(m_projectPath);
        QVERIFY(m_window);
        QVERIFY(dock());
        QVERIFY(!dock()->isVisible()); // closed until asked for
        dock()->toggleViewAction()->trigger();
        QVERIFY(dock()->isVisible());
        QTRY_VERIFY(dock()->height() >= m_window->height() / 3); // room to read a map
        QTRY_VERIFY(!map()->nodeItems().isEmpty());
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget))
                widget->close();
        }
        m_window.reset();
    }

    void showsACardPerClaimCounterclaimAndSourceAndAnArrowPerRelation()
    {
        const QList<Annotation> shown = annotationsOnMap();
        QSet<QUuid> ids;
        for (const Annotation &a : shown)
            ids.insert(a.id);
        QCOMPARE(map()->nodeItems().size(), shown.size());
        QCOMPARE(idsOf(map()->nodeItems()), ids);

        QSet<QUuid> relations;
        for (const Relation &r : *m_window->project()->relations()) {
            if (ids.contains(r.fromId) && ids.contains(r.toId))
                relations.insert(r.id);
        }
        QVERIFY(!relations.isEmpty());
        QSet<QUuid> edges;
        for (const MapEdgeItem *edge : map()->edgeItems())
            edges.insert(edge->relationId());
        QCOMPARE(map()->edgeItems().size(), relations.size());
        QCOMPARE(edges, relations);

        // A lane per actor, named.
        QSet<QUuid> actors;
        for (const Annotation &a : shown)
            actors.insert(a.actorId);
        int lanes = 0;
        for (QGraphicsItem *item : map()->scene()->items())
            lanes += item->type() == MapLaneItem::Type ? 1 : 0;
        QCOMPARE(lanes, actors.size());
    }

    void placesNoCardOnAnotherOrALabelOnACard()
    {
        const QList<MapNodeItem *> nodes = map()->nodeItems();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            for (qsizetype j = i + 1; j < nodes.size(); ++j)
                QVERIFY2(!nodes[i]->sceneBoundingRect().intersects(nodes[j]->sceneBoundingRect()),
                         "two cards overlap");
            for (const MapEdgeItem *edge : map()->edgeItems())
                QVERIFY2(!edge->labelRect().intersects(nodes[i]->sceneBoundingRect()),
                         "a relation's label covers a card");
        }
        const QList<MapEdgeItem *> edges = map()->edgeItems();
        for (qsizetype i = 0; i < edges.size(); ++i) {
            for (qsizetype j = i + 1; j < edges.size(); ++j)
                QVERIFY2(!edges[i]->labelRect().intersects(edges[j]->labelRect()),
                         "two labels overlap");
        }
    }

    void clickingACardOpensItsPassage()
    {
        // A card of the article that is not open yet.
        QSet<QUuid> open;
        for (ArticlePane *pane : m_window->paneArea()->panes())
            open.insert(pane->articleId());
        std::optional<Annotation> target;
        for (const Annotation &a : annotationsOnMap()) {
            if (!open.contains(a.articleId)) {
                target = a;
                break;
            }
        }
        QVERIFY(target);
        MapNodeItem *node = map()->nodeItem(target->id);
        QVERIFY(node);
        QVERIFY(!node->isCurrent());
        QTest::mouseClick(map()->canvas()->viewport(), Qt::LeftButton, {}, onScreen(node));
        QCOMPARE(m_window->currentAnnotation(), target->id);
        QVERIFY(!m_window->paneArea()->panesShowing(target->articleId).isEmpty());
        QCOMPARE(m_window->paneArea()->activePane()->articleId(), target->articleId);
        QVERIFY(node->isCurrent());
    }

    void highlightsTheCurrentAnnotation()
    {
        const QList<Annotation> shown = annotationsOnMap();
        m_window->setCurrentAnnotation(shown.at(1).id);
        for (const MapNodeItem *node : map()->nodeItems())
            QCOMPARE(node->isCurrent(), node->annotationId() == shown.at(1).id);
        m_window->setCurrentAnnotation(shown.at(0).id);
        QVERIFY(map()->nodeItem(shown.at(0).id)->isCurrent());
        QVERIFY(!map()->nodeItem(shown.at(1).id)->isCurrent());
    }

    void followsTheListsFilterWhenAsked()
    {
        AnnotationFilterModel *filter = m_window->annotationList()->filter();
        filter->setKind(AnnotationKind::Claim);
        QTest::qWait(10);
        QCOMPARE(map()->nodeItems().size(), annotationsOnMap().size()); // not asked yet

        map()->followFilterAction()->trigger();
        QVERIFY(map()->followsFilter());
        const QList<QUuid> visible = filter->visibleIds();
        QVERIFY(!visible.isEmpty());
        QTRY_COMPARE(idsOf(map()->nodeItems()), QSet<QUuid>(visible.cbegin(), visible.cend()));
        QVERIFY(map()->nodeItems().size() < annotationsOnMap().size());
        for (const MapNodeItem *node : map()->nodeItems())
            QVERIFY(node->kind() == AnnotationKind::Claim);

        // The map follows the filter as it changes, and all of it comes back without one.
        filter->clearFilters();
        QTRY_COMPARE(map()->nodeItems().size(), annotationsOnMap().size());
    }

    void exportsSvgThatRenderersRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.svg"));
        const Status done = map()->exportSvg(path);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QVERIFY(!renderer.viewBoxF().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        // The quotes are text, so the map can be searched and copied from.
        int found = 0;
        for (const MapNodeItem *node : map()->nodeItems())
            found += svg.contains(node->lines().first().toHtmlEscaped()) ? 1 : 0;
        QCOMPARE(found, map()->nodeItems().size());
    }

    void exportsPngAtTwiceTheSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.png"));
        const Status done = map()->exportPng(path);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (map()->scene()->sceneRect().size() * 2).toSize());
    }

    void reportsAnExportItCannotWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("no such folder/map.svg"));
        const Status svg = map()->exportSvg(path);
        QVERIFY(!svg);
        QVERIFY(svg.errorMessage().contains(QStringLiteral("map.svg")));
        const Status png = map()->exportPng(m_dir.filePath(QStringLiteral("no such folder/m.png")));
        QVERIFY(!png);
        QVERIFY(!QFile::exists(path));
    }

    void followsNewAndRemovedRelationsOnceABurst()
    {
        // Two annotations on the map that no relation links yet.
        const QList<Annotation> shown = annotationsOnMap();
        QSet<QPair<QUuid, QUuid>> linked;
        for (const Relation &r : *m_window->project()->relations()) {
            linked.insert({r.fromId, r.toId});
            linked.insert({r.toId, r.fromId});
        }
        QList<Relation> added;
        for (const Annotation &a : shown) {
            for (const Annotation &b : shown) {
                if (added.size() < 2 && a.id != b.id && a.kind == AnnotationKind::Counterclaim &&
                    b.kind == AnnotationKind::Claim && !linked.contains({a.id, b.id})) {
                    linked.insert({a.id, b.id});
                    linked.insert({b.id, a.id});
                    Relation r;
                    r.fromId = a.id;
                    r.toId = b.id;
                    r.kind = RelationKind::Rebuts;
                    added.append(r);
                }
            }
        }
        QCOMPARE(added.size(), 2);
        const qsizetype edges = map()->edgeItems().size();
        const int layouts = map()->layoutCount();
        for (Relation &r : added) {
            auto stored = m_window->project()->addRelation(r);
            QVERIFY2(stored, qPrintable(stored.errorMessage()));
            r = *stored;
        }
        QTRY_COMPARE(map()->edgeItems().size(), edges + 2);
        QCOMPARE(map()->layoutCount(), layouts + 1);
        bool drawn = false;
        for (const MapEdgeItem *edge : map()->edgeItems())
            drawn = drawn || edge->relationId() == added.first().id;
        QVERIFY(drawn);

        QVERIFY(m_window->project()->removeRelation(added.first().id));
        QTRY_COMPARE(map()->edgeItems().size(), edges + 1);
    }

    void staysIdleWhileClosed()
    {
        dock()->toggleViewAction()->trigger();
        QVERIFY(!map()->isVisible());
        const int layouts = map()->layoutCount();
        const QUuid id = annotationsOnMap().first().id;
        QVERIFY(m_window->project()->removeAnnotation(id));
        QTest::qWait(20);
        QCOMPARE(map()->layoutCount(), layouts);
        // Shown again, it catches up.
        dock()->toggleViewAction()->trigger();
        QTRY_VERIFY(!map()->nodeItem(id) && map()->layoutCount() == layouts + 1);
        QCOMPARE(map()->nodeItems().size(), annotationsOnMap().size());
    }

    void isDrivenByTheKeyboard()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        map()->canvas()->setFocus();
        QTRY_VERIFY(map()->canvas()->hasFocus());
        QVERIFY(m_window->currentAnnotation().isNull());
        QTest::keyClick(map()->canvas(), Qt::Key_Down);
        const QUuid first = m_window->currentAnnotation();
        QVERIFY(!first.isNull());
        QVERIFY(map()->nodeItem(first)->isCurrent());
        QTest::keyClick(map()->canvas(), Qt::Key_Down);
        const QUuid second = m_window->currentAnnotation();
        QVERIFY(!second.isNull() && second != first);
        QVERIFY(map()->nodeItem(second)->sceneBoundingRect().top() >
                map()->nodeItem(first)->sceneBoundingRect().top());
        QTest::keyClick(map()->canvas(), Qt::Key_Return);
        const auto article = m_window->project()->annotation(second)->articleId;
        QCOMPARE(m_window->paneArea()->activePane()->articleId(), article);

        map()->canvas()->setFocus();
        map()->canvas()->resetTransform();
        const qreal zoom = map()->zoom();
        QTest::keyClick(map()->canvas(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(map()->zoom() > zoom);
        QTest::keyClick(map()->canvas(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(map()->canvas(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(map()->zoom() < zoom);
    }

    void isRememberedWithTheWindow()
    {
        dock()->setFloating(true);
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(dock()->isFloating());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(dock()->isVisible());
    }
};

QTEST_MAIN(TestArgumentMapView)
#include "tst_argumentmapview.moc"
