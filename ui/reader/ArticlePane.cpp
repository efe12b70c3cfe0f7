#include "ArticlePane.h"

#include "ui/common/ElidedLabel.h"
#include "ui/common/LocalDate.h"
#include "ui/reader/ArticleView.h"
#include "ui/reader/FindBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

QToolButton *headerButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

ArticlePane::ArticlePane(QWidget *parent)
    : QFrame(parent)
    , m_title(new ElidedLabel(2, this))
    , m_details(new ElidedLabel(1, this))
    , m_view(new ArticleView(this))
    , m_findBar(new FindBar(m_view, this))
    , m_activeBar(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_details->setForegroundRole(QPalette::PlaceholderText);

    auto *moveLeft = headerButton(this, QStyle::SP_ArrowLeft, tr("Move pane left"));
    auto *moveRight = headerButton(this, QStyle::SP_ArrowRight, tr("Move pane right"));
    auto *close = headerButton(this, QStyle::SP_TitleBarCloseButton, tr("Close pane"));
    connect(moveLeft, &QToolButton::clicked, this, [this] { emit moveRequested(this, -1); });
    connect(moveRight, &QToolButton::clicked, this, [this] { emit moveRequested(this, +1); });
    connect(close, &QToolButton::clicked, this, [this] { emit closeRequested(this); });

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(moveLeft, 0, Qt::AlignTop);
    header->addWidget(moveRight, 0, Qt::AlignTop);
    header->addWidget(close, 0, Qt::AlignTop);

    m_activeBar->setFixedHeight(3);
    m_activeBar->setAutoFillBackground(true);
    setActive(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_activeBar);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_view);
    // Esc closes the find bar, from its field or from the text.
    m_closeFind = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_closeFind->setContext(Qt::WidgetWithChildrenShortcut);
    m_closeFind->setEnabled(false);
    connect(m_closeFind, &QShortcut::activated, m_findBar, &FindBar::close);
    m_findBar->installEventFilter(this);
}

void ArticlePane::showArticle(const Article &article)
{
    updateDetails(article);
    m_view->showArticle(article);
    m_findBar->refresh();
}

void ArticlePane::updateDetails(const Article &article)
{
    m_title->setText(article.title);
    QStringList details;
    for (const QString &part : {article.publisher, article.author, localDate(article.published)}) {
        if (!part.isEmpty())
            details.append(part);
    }
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_details->setVisible(!details.isEmpty());
    setAccessibleName(article.title);
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findBar && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_closeFind->setEnabled(event->type() == QEvent::Show);
    return QFrame::eventFilter(watched, event);
}

QString ArticlePane::title() const
{
    return m_title->text();
}

QUuid ArticlePane::articleId() const
{
    return m_view->articleId();
}

void ArticlePane::setActive(bool active)
{
    // The pane that the keys 1–4 act on is marked by a bar in the palette's highlight colour.
    QPalette barPalette = m_activeBar->palette();
    barPalette.setColor(QPalette::Window, active ? palette().color(QPalette::Highlight)
                                                 : palette().color(QPalette::Window));
    m_activeBar->setPalette(barPalette);
}

} // namespace counterpoint::ui
