#pragma once

#include "domain/Kinds.h"

#include <QSplitter>
#include <QSplitterHandle>

#include <functional>

namespace counterpoint::ui {

class ArticleView;

// A relation whose two ends are shown in two neighbouring panes: the document positions of its
// ends in the left and the right pane, and which way it points.
struct Connector
{
    int leftPosition = 0;
    int rightPosition = 0;
    RelationKind kind = RelationKind::Rebuts;
    bool pointsRight = true; // "from" is in the left pane
};

using ConnectorProvider = std::function<QList<Connector>(ArticleView *left, ArticleView *right)>;

// The gap between two panes, with the relations between them drawn across it as curves from
// passage to passage, the way a diff viewer links changed blocks. Follows scrolling.
class ConnectorHandle final : public QSplitterHandle
{
    Q_OBJECT

public:
    ConnectorHandle(Qt::Orientation orientation, QSplitter *parent);

    // The connectors drawn last time, with their ends in this handle's coordinates.
    QList<QLineF> drawnConnectors() const { return m_drawn; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QLineF> m_drawn;
};

// The splitter of the reader panes: its handles draw the connectors.
class PaneSplitter final : public QSplitter
{
    Q_OBJECT

public:
    explicit PaneSplitter(QWidget *parent = nullptr);

    void setConnectorProvider(ConnectorProvider provider);
    QList<Connector> connectorsAt(int handleIndex) const;
    ArticleView *viewAt(int index) const;
    void updateConnectors(); // relations or scrolling changed

protected:
    QSplitterHandle *createHandle() override;

private:
    ConnectorProvider m_provider;
};

QColor relationColor(RelationKind kind);

} // namespace counterpoint::ui
