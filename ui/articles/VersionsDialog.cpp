#include "VersionsDialog.h"

#include "articles/ArticleEditCommands.h"
#include "edit/EditHistory.h"
#include "session/ProjectSession.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace counterpoint::ui {

namespace {

enum Column { VersionColumn, DateColumn, FileColumn, StatesColumn, LengthColumn, ColumnCount };

QString formatName(ArticleFormat format)
{
    return toString(format).toUpper();
}

// The text with the given stretches marked: removed ones on the older side, added ones on the
// newer.
void showMarked(QTextEdit *view, const QString &text, const QList<std::pair<int, int>> &stretches,
                const QColor &colour)
{
    view->setPlainText(text);
    QList<QTextEdit::ExtraSelection> marks;
    for (const auto &[start, end] : stretches) {
        if (end <= start)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(view->document());
        mark.cursor.setPosition(start);
        mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
        mark.format.setBackground(colour);
        marks.append(mark);
    }
    view->setExtraSelections(marks);
}

} // namespace

VersionsDialog::VersionsDialog(ProjectSession &session, const QUuid &articleId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_articleId(articleId)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_left(new QComboBox(this))
    , m_right(new QComboBox(this))
    , m_leftText(new QTextEdit(this))
    , m_rightText(new QTextEdit(this))
    , m_changes(new QLabel(this))
{
    setObjectName(QStringLiteral("versionsDialog"));
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_leftText->setObjectName(QStringLiteral("olderVersion"));
    m_rightText->setObjectName(QStringLiteral("newerVersion"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Date"), tr("Source file"),
                                        tr("Annotations after the update"), tr("Characters")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(StatesColumn, QHeaderView::Stretch);

    for (QTextEdit *side : {m_leftText, m_rightText}) {
        side->setReadOnly(true);
        side->setLineWrapMode(QTextEdit::WidgetWidth);
    }
    // The two sides scroll together, in proportion (their lengths differ).
    const auto follow = [](QTextEdit *from, QTextEdit *to) {
        QObject::connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to,
                         [from, to](int value) {
                             const int range = std::max(1, from->verticalScrollBar()->maximum());
                             to->verticalScrollBar()->setValue(
                                 int(qint64(value) * to->verticalScrollBar()->maximum() / range));
                         });
    };
    follow(m_leftText, m_rightText);

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare version"), this));
    compareRow->addWidget(m_left);
    compareRow->addWidget(new QLabel(tr("with version"), this));
    compareRow->addWidget(m_right);
    compareRow->addStretch(1);
    compareRow->addWidget(m_changes);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_leftText);
    sides->addWidget(m_rightText);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_table);
    auto *comparison = new QWidget(this);
    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addLayout(compareRow);
    comparisonLayout->addWidget(sides, 1);
    vertical->addWidget(comparison);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::ActionRole);
    m_restore->setToolTip(tr("Put the selected version back as the article's text; the current "
                             "text is kept as a version and Undo puts it back"));
    m_copy = buttons->addButton(tr("&Copy Changes as Text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyChanges"));
    m_copy->setToolTip(tr("Put the changes between the two versions compared on the clipboard "
                          "as a unified diff (as counterpoint diff prints them)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    connect(m_copy, &QPushButton::clicked, this, &VersionsDialog::copyChanges);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(vertical, 1);
    layout->addWidget(buttons);

    connect(m_left, &QComboBox::currentIndexChanged, this, &VersionsDialog::showComparison);
    connect(m_right, &QComboBox::currentIndexChanged, this, &VersionsDialog::showComparison);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool kept = row >= 0 && row < m_entries.size() && !m_entries.at(row).current;
        m_restore->setEnabled(kept && m_session.isWritable() &&
                              m_session.project().may(Permission::ManageArticles));
        if (row >= 0 && row < m_entries.size())
            compare(m_entries.at(row).version, m_entries.last().version);
    });
    reload();
    // Three quarters of the screen: the text and the list side by side want the room.
    if (const QScreen *shown = screen())
        resize((shown->availableSize() * 3 / 4).expandedTo(QSize(800, 560)));
}

const VersionEntry *VersionsDialog::entry(int version) const
{
    for (const VersionEntry &candidate : m_entries)
        if (candidate.version == version)
            return &candidate;
    return nullptr;
}

void VersionsDialog::reload()
{
    auto entries = VersionHistory::of(m_session.project(), m_articleId);
    if (!entries) {
        m_changes->setText(entries.errorMessage());
        return;
    }
    m_entries = std::move(entries).value();
    auto article = m_session.project().article(m_articleId);
    setWindowTitle(tr("Versions of “%1”").arg(article ? article->title : QString()));

    const QSignalBlocker blockTable(m_table);
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    m_table->setRowCount(int(m_entries.size()));
    m_left->clear();
    m_right->clear();
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const VersionEntry &version = m_entries.at(row);
        const QString number = version.current ? tr("%1 (current)").arg(version.version)
                                               : QString::number(version.version);
        const QString states = VersionHistory::describeAnchorStates(version.anchorStates);
        const QStringList cells = {
            number, locale.toString(version.importedAt.toLocalTime(), QLocale::ShortFormat),
            (version.sourceFileName.isEmpty() ? tr("(no file)") : version.sourceFileName) +
                QStringLiteral(" · ") + formatName(version.format),
            states.isEmpty() ? (row == 0 ? tr("first import") : tr("not recorded")) : states,
            locale.toString(version.text.size())};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_left->addItem(number, version.version);
        m_right->addItem(number, version.version);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(StatesColumn, QHeaderView::Stretch);
    m_restore->setEnabled(false);
    // A role that may not change articles sees the versions but may not restore one, and why.
    if (const QString why = m_session.project().whyNot(Permission::ManageArticles); !why.isEmpty())
        m_restore->setToolTip(why);
    const int count = int(m_entries.size());
    compare(m_entries.at(std::max(0, count - 2)).version, m_entries.last().version);
}

void VersionsDialog::compare(int left, int right)
{
    {
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        m_left->setCurrentIndex(m_left->findData(left));
        m_right->setCurrentIndex(m_right->findData(right));
    }
    showComparison();
}

void VersionsDialog::showComparison()
{
    const VersionEntry *older = entry(m_left->currentData().toInt());
    const VersionEntry *newer = entry(m_right->currentData().toInt());
    if (!older || !newer)
        return;
    const QList<TextChange> changes = VersionHistory::changes(older->text, newer->text);
    QList<std::pair<int, int>> removed;
    QList<std::pair<int, int>> added;
    for (const TextChange &change : changes) {
        removed.append({change.oldStart, change.oldEnd});
        added.append({change.newStart, change.newEnd});
    }
    showMarked(m_leftText, older->text, removed, QColor(230, 80, 80, 90));
    showMarked(m_rightText, newer->text, added, QColor(60, 180, 90, 90));
    m_copy->setEnabled(!changes.isEmpty());
    m_changes->setText(changes.isEmpty()
                           ? tr("The two read the same.")
                           : tr("%n change(s): removed text marked red on the left, added text "
                                "green on the right.",
                                nullptr, int(changes.size())));
}

QString VersionsDialog::changesAsText() const
{
    const VersionEntry *older = entry(m_left->currentData().toInt());
    const VersionEntry *newer = entry(m_right->currentData().toInt());
    return older && newer ? VersionHistory::unifiedDiff(*older, *newer) : QString();
}

void VersionsDialog::copyChanges()
{
    const QString diff = changesAsText();
    if (diff.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(diff);
    m_changes->setText(tr("The changes are on the clipboard as a unified diff (%n line(s)).",
                          nullptr, int(diff.count(u'\n'))));
}

void VersionsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).current)
        return;
    const int version = m_entries.at(row).version;
    Project &project = m_session.project();
    auto update = ArticleEdits(project).prepareRestore(m_articleId, version);
    if (!update) {
        QMessageBox::warning(this, tr("Cannot restore the version"), update.errorMessage());
        return;
    }
    const ReanchorSummary &summary = update->summary;
    if (summary.orphaned > 0 &&
        QMessageBox::question(this, tr("Restore version %1?").arg(version),
                              tr("%n annotation(s) lose their passage on version %1 (they are "
                                 "kept, orphaned, with their quotes). Restore it anyway?",
                                 nullptr, summary.orphaned)
                                  .arg(version)) != QMessageBox::Yes)
        return;
    auto command = ArticleEditCommands::restore(project, *update, version);
    if (command) {
        if (auto done = m_session.history().perform(std::move(command).value()); !done) {
            QMessageBox::warning(this, tr("Cannot restore the version"), done.errorMessage());
            return;
        }
    } else {
        QMessageBox::warning(this, tr("Cannot restore the version"), command.errorMessage());
        return;
    }
    reload();
}

} // namespace counterpoint::ui
