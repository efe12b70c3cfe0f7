#include "CleanupDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

constexpr int snippetLength = 70;

QString snippet(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > snippetLength ? line.left(snippetLength - 1) + u'…' : line;
}

} // namespace

CleanupDialog::CleanupDialog(const Article &article, QList<CleanupSuggestion> suggestions,
                             QList<Annotation> annotations, QWidget *parent)
    : QDialog(parent)
    , m_suggestions(std::move(suggestions))
    , m_annotations(std::move(annotations))
    , m_list(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("cleanupDialog"));
    setWindowTitle(tr("Clean Up “%1”").arg(article.title));

    auto *intro = new QLabel(
        tr("These passages look like page furniture rather than the story. Uncheck what should "
           "stay; the article keeps its current text as a version, and Undo puts it back."),
        this);
    intro->setWordWrap(true);

    for (const CleanupSuggestion &suggestion : std::as_const(m_suggestions)) {
        auto *item = new QListWidgetItem(
            tr("%1 — “%2”").arg(suggestion.reason(), snippet(suggestion.text)), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(suggestion.text.trimmed());
    }
    m_text->setReadOnly(true);
    m_text->setPlainText(article.text);
    m_text->setObjectName(QStringLiteral("cleanupPreview"));
    m_list->setObjectName(QStringLiteral("cleanupSuggestions"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_remove = buttons->addButton(tr("&Remove Checked"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::itemChanged, this, [this] { showMarks(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CleanupDialog::reveal);
    showMarks();
    if (!m_suggestions.isEmpty())
        m_list->setCurrentRow(0);
    // Three quarters of the screen: the text and the list side by side want the room.
    if (const QScreen *shown = screen())
        resize((shown->availableSize() * 3 / 4).expandedTo(QSize(800, 560)));
}

QList<TextCut> CleanupDialog::checkedCuts() const
{
    QList<TextCut> cuts;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            cuts.append(m_suggestions.at(row).cut);
    return cuts;
}

void CleanupDialog::showMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    int characters = 0;
    int checked = 0;
    int annotated = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        const CleanupSuggestion &suggestion = m_suggestions.at(row);
        const bool on = m_list->item(row)->checkState() == Qt::Checked;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(suggestion.cut.start);
        mark.cursor.setPosition(suggestion.cut.end, QTextCursor::KeepAnchor);
        mark.format.setBackground(on ? QColor(230, 80, 80, 90) : QColor(240, 200, 60, 70));
        mark.format.setFontStrikeOut(on);
        marks.append(mark);
        if (!on)
            continue;
        ++checked;
        characters += suggestion.cut.end - suggestion.cut.start;
        for (const Annotation &annotation : std::as_const(m_annotations))
            if (annotation.anchorState != AnchorState::Orphaned &&
                annotation.start < suggestion.cut.end && annotation.end > suggestion.cut.start)
                ++annotated;
    }
    m_text->setExtraSelections(marks);
    QString summary = tr("%n passage(s) checked, ", nullptr, checked) +
                      tr("%n character(s) to remove.", nullptr, characters);
    if (annotated > 0)
        summary += u' ' + tr("%n annotation(s) sit in them and will lose their passage.", nullptr,
                             annotated);
    if (m_suggestions.isEmpty())
        summary = tr("Nothing in this article looks like debris.");
    m_summary->setText(summary);
    m_remove->setEnabled(checked > 0);
}

void CleanupDialog::reveal(int row)
{
    if (row < 0 || row >= m_suggestions.size())
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_suggestions.at(row).cut.start);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

} // namespace counterpoint::ui
