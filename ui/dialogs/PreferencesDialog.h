#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace counterpoint::ui {

// Edit › Preferences: the author name for local projects, the reader's text size, the theme and
// whether deleting asks first. Saved in the settings on OK, and kept from start to start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The settings' keys and defaults, read by whoever acts on them.
    static QString authorName(); // empty: the login name
    static bool confirmBeforeDelete();

    QLineEdit *authorField() const { return m_author; }
    QSpinBox *textSizeField() const { return m_textSize; }
    QComboBox *themeField() const { return m_theme; }
    QCheckBox *confirmDeleteField() const { return m_confirmDelete; }

    void accept() override;

signals:
    // Saved: the window applies the text size and the theme.
    void applied();

private:
    QLineEdit *m_author = nullptr;
    QSpinBox *m_textSize = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_confirmDelete = nullptr;
};

} // namespace counterpoint::ui
