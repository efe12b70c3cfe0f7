#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace counterpoint::ui {

// Help › User Guide (F1, issue 20): the README's sections for users (the window, the command
// line, agreement, team mode, what the project keeps, the exchange formats), bundled into the
// program and shown offline. One text, so the guide never says other than the README does.
class UserGuide final : public QDialog
{
    Q_OBJECT

public:
    struct Section
    {
        QString title;
        int level = 2; // 2 for "## ", 3 for "### "
    };

    explicit UserGuide(QWidget *parent = nullptr);

    // The README's user sections as Markdown: those under "## " headings, without the ones for
    // developers and packagers (building, installing, the source layout).
    static QString guideMarkdown(const QString &readme);
    static QList<Section> sectionsOf(const QString &markdown);

    QListWidget *contents() const { return m_contents; }
    QTextBrowser *text() const { return m_text; }
    QLineEdit *findField() const { return m_find; }
    // Scrolls to the section's heading; false when there is none of that title.
    bool showSection(const QString &title);
    // The next occurrence of the find field's text after the cursor, wrapping round once.
    bool findNext(bool backwards = false);

private:
    QListWidget *m_contents = nullptr;
    QTextBrowser *m_text = nullptr;
    QLineEdit *m_find = nullptr;
};

} // namespace counterpoint::ui
