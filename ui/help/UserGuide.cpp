#include "UserGuide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

// Sections of the README written for whoever builds or packages the program, not for its users.
bool forDevelopers(const QString &title)
{
    return title == u"Two commands" || title == u"Install" || title == u"Layout";
}

QString headingTitle(QStringView line, int &level)
{
    level = 0;
    while (level < line.size() && line.at(level) == u'#')
        ++level;
    if (level == 0 || level >= line.size() || line.at(level) != u' ')
        return {};
    return line.mid(level + 1).trimmed().toString();
}

// The guide reads at the dialog's width, never sideways: a code block wraps its long command
// lines, and a table takes the width there is and wraps its cells (Markdown gives both a width
// of their own, the longest line's).
void fitToWidth(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.nonBreakableLines())
            continue;
        format.setNonBreakableLines(false);
        QTextCursor(block).setBlockFormat(format);
    }
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            table->setFormat(format);
        }
    }
}

} // namespace

QString UserGuide::guideMarkdown(const QString &readme)
{
    QString guide;
    bool keep = false;
    bool inCode = false;
    for (const QStringView line : QStringView(readme).split(u'\n')) {
        if (line.startsWith(u"```"))
            inCode = !inCode; // a "# comment" in a shell example is no heading
        int level = 0;
        const QString title = inCode ? QString() : headingTitle(line, level);
        if (level == 1)
            continue; // the README's own title: the dialog has one
        if (level == 2)
            keep = !forDevelopers(title);
        if (keep)
            guide += line + u'\n';
    }
    return guide;
}

QList<UserGuide::Section> UserGuide::sectionsOf(const QString &markdown)
{
    QList<Section> sections;
    bool inCode = false;
    for (const QStringView line : QStringView(markdown).split(u'\n')) {
        if (line.startsWith(u"```"))
            inCode = !inCode; // a "# comment" in a shell example is no heading
        int level = 0;
        const QString title = inCode ? QString() : headingTitle(line, level);
        if (level == 2 || level == 3)
            sections.append({title, level});
    }
    return sections;
}

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_contents(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
{
    setWindowTitle(tr("Counterpoint User Guide"));
    setObjectName(QStringLiteral("userGuide"));

    QFile readme(QStringLiteral(":/counterpoint/guide/README.md"));
    QString markdown;
    if (readme.open(QIODevice::ReadOnly))
        markdown = guideMarkdown(QString::fromUtf8(readme.readAll()));
    if (markdown.isEmpty())
        markdown = tr("The guide could not be read from the program's resources.");
    m_text->setOpenExternalLinks(false);
    m_text->setOpenLinks(false); // nothing is fetched; an address is only shown
    m_text->setMarkdown(markdown);
    fitToWidth(*m_text->document());
    m_text->setAccessibleName(tr("User guide"));

    for (const Section &section : sectionsOf(markdown)) {
        auto *item = new QListWidgetItem(section.title, m_contents);
        if (section.level == 3)
            item->setText(QStringLiteral("    ") + section.title);
        item->setData(Qt::UserRole, section.title);
    }
    m_contents->setAccessibleName(tr("Contents"));
    // A long section title wraps onto a second line rather than hiding behind a scroll bar.
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showSection(item->data(Qt::UserRole).toString());
    });

    m_find->setPlaceholderText(tr("Find in the guide (Enter: next, Shift+Enter: previous)"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_find);
    previous->setContext(Qt::WidgetShortcut);
    connect(previous, &QShortcut::activated, this, [this] { findNext(true); });
    auto *focusFind = new QShortcut(QKeySequence::Find, this);
    connect(focusFind, &QShortcut::activated, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 680});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    setTabOrder(m_find, m_contents);
    setTabOrder(m_contents, m_text);
    resize(920, 640);
    m_text->setFocus();
}

bool UserGuide::showSection(const QString &title)
{
    const QTextDocument *document = m_text->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == title) {
            // The heading at the top of the view: to the end first, then back to it.
            m_text->moveCursor(QTextCursor::End);
            QTextCursor cursor(block);
            m_text->setTextCursor(cursor);
            m_text->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

bool UserGuide::findNext(bool backwards)
{
    const QString wanted = m_find->text();
    if (wanted.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(wanted, flags))
        return true;
    m_text->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
    return m_text->find(wanted, flags);
}

} // namespace counterpoint::ui
