#include "FindBar.h"

#include "ui/reader/ArticleView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace counterpoint::ui {

namespace {

QToolButton *toggle(QWidget *parent, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_caseSensitive(toggle(this, tr("Aa"), tr("Match case")))
    , m_wholeWord(toggle(this, tr("W"), tr("Whole words")))
    , m_regex(toggle(this, tr(".*"), tr("Regular expression")))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setAccessibleName(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous hit (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous hit"));
    m_previous->setAutoRaise(true);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next hit (F3)"));
    m_next->setAccessibleName(tr("Next hit"));
    m_next->setAutoRaise(true);
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close the find bar"));
    closeButton->setAutoRaise(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_wholeWord);
    layout->addWidget(m_regex);
    layout->addWidget(m_status);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, [this] { search(false); });
    for (QToolButton *option : {m_caseSensitive, m_wholeWord, m_regex})
        connect(option, &QToolButton::toggled, this, [this] { search(true); });
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

search::SearchOptions FindBar::options() const
{
    search::SearchOptions options;
    options.caseSensitive = m_caseSensitive->isChecked();
    options.wholeWord = m_wholeWord->isChecked();
    options.regex = m_regex->isChecked();
    return options;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::activate()
{
    const QTextCursor selection = m_view->textCursor();
    m_origin = selection.selectionStart();
    const QString selected = selection.selectedText();
    const bool wasVisible = isVisible();
    show();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) &&
        selected.size() <= 200 && selected != m_field->text())
        m_field->setText(selected); // searches
    else if (!wasVisible)
        search(true);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::close()
{
    hide();
    m_hits.clear();
    m_current = -1;
    m_view->setFindHits({}, -1);
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::refresh()
{
    if (isVisible()) {
        m_origin = 0;
        search(false);
    }
}

void FindBar::search(bool keepPlace)
{
    const int from = keepPlace && m_current >= 0 ? m_hits[m_current].start : m_origin;
    m_hits.clear();
    m_current = -1;
    m_error.clear();
    const QString text = m_field->text();
    if (!text.isEmpty()) {
        auto query = search::SearchQuery::literal(text, options());
        if (!query) {
            m_error = query.errorMessage();
        } else {
            // The document's own text: its positions are the article's offsets, paragraph
            // breaks included (U+2029, white space to the search as a line break is).
            const QString documentText = m_view->document()->toRawText();
            for (const search::TextHit &hit : query->find(documentText))
                m_hits.append({hit.start, hit.end});
        }
    }
    int current = m_hits.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].start >= from) {
            current = i;
            break;
        }
    }
    goTo(current);
}

void FindBar::goTo(int index)
{
    m_current = index;
    m_view->setFindHits(m_hits, m_current);
    if (m_current >= 0)
        m_view->selectPassage(m_hits[m_current]);
    m_status->setText(status());
    m_status->setToolTip(m_error);
    QPalette fieldPalette = m_field->palette();
    fieldPalette.setColor(QPalette::Text, !m_field->text().isEmpty() && m_hits.isEmpty()
                                              ? QColor(0xc0, 0x39, 0x2b)
                                              : palette().color(QPalette::Text));
    m_field->setPalette(fieldPalette);
}

QString FindBar::status() const
{
    if (!m_error.isEmpty())
        return tr("Not a valid expression");
    if (m_field->text().isEmpty())
        return {};
    if (m_hits.isEmpty())
        return tr("Not found");
    return tr("%1 of %2").arg(m_current + 1).arg(m_hits.size());
}

void FindBar::findNext()
{
    if (!isVisible()) {
        activate();
        return;
    }
    if (!m_hits.isEmpty())
        goTo((m_current + 1) % int(m_hits.size())); // past the last: the first again
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        activate();
        return;
    }
    if (!m_hits.isEmpty())
        goTo((m_current - 1 + int(m_hits.size())) % int(m_hits.size()));
}

} // namespace counterpoint::ui
