#pragma once

#include "domain/Result.h"
#include "ui/charts/StoryChart.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QTimer;

namespace counterpoint {
class Project;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

class AnnotationFilterModel;
class AnnotationTableModel;
class ChartCanvas;

// The story in charts (issue 16 item 3): counts by kind and actor or article, the tags used
// together, who rebuts or supports whom, and the timeline, one at a time as the chooser says.
// Counts what the annotation list shows (or every annotation); a click on a bar's part, a cell
// or a point, or Enter on the one the arrow keys reached, lists its annotations beside the
// chart and makes the first one current. Follows the project's changes, once per burst and
// only while shown; exports PNG and SVG.
class ChartsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    // The annotations come from the list's model (which follows the project), the names and
    // relations from the session's read model; nullptr empties the charts.
    void setSession(ProjectSession *session, AnnotationTableModel *annotations,
                    AnnotationFilterModel *filter);

    QComboBox *chooser() const { return m_chooser; }
    QChartView *canvas() const;
    QListWidget *selectionList() const { return m_selection; }
    QAction *followFilterAction() const { return m_followFilter; }
    QAction *exportAction() const { return m_export; }
    StoryChart *story() const { return m_story.get(); }

    StoryChart::Type chartType() const;
    void setChartType(StoryChart::Type type);
    bool followsFilter() const;
    void setFollowsFilter(bool follow);
    int refreshCount() const { return m_refreshCount; }

    // Draws the chart anew now if anything changed since it last was.
    void refreshNow();
    // Lists the cell's annotations and makes the first current, as a click on it does.
    void chooseCell(int index);
    QList<QUuid> chosenAnnotations() const { return m_chosen; }

    // The chart as shown (at least a legible size), replaced at once or not at all.
    Status exportSvg(const QString &path);
    Status exportPng(const QString &path);
    // Asks where to, then writes SVG or PNG by the name's suffix.
    void chooseExport();

signals:
    void annotationActivated(const QUuid &id); // an annotation of the list beside the chart
    void annotationSelected(const QUuid &id);  // the current one of that list
    // A cell was chosen: every annotation it stands for (the first is annotationSelected).
    void annotationsChosen(const QList<QUuid> &ids);
    void errorOccurred(const QString &title, const QString &message);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void fitSplitter();
    void rebuild();
    analysis::ChartInput input() const;
    QSizeF exportSize() const;
    void paintChart(QPainter *painter, const QRectF &target);
    bool keyPressed(QKeyEvent *event);

    QPointer<ProjectSession> m_session;
    QPointer<Project> m_project;
    QPointer<AnnotationTableModel> m_annotations;
    QPointer<AnnotationFilterModel> m_filter;
    QComboBox *m_chooser = nullptr;
    ChartCanvas *m_canvas = nullptr;
    QLabel *m_selectionTitle = nullptr;
    QListWidget *m_selection = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false;
    QAction *m_followFilter = nullptr;
    QAction *m_export = nullptr;
    std::unique_ptr<StoryChart> m_story;
    QList<QUuid> m_chosen;
    bool m_stale = true;
    int m_refreshCount = 0;
};

} // namespace counterpoint::ui
