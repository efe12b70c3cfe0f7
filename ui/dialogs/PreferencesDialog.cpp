#include "PreferencesDialog.h"

#include "ui/shell/Appearance.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

const QString authorSetting = QStringLiteral("identity/authorName");
const QString confirmDeleteSetting = QStringLiteral("editing/confirmDelete");

QString loginName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? PreferencesDialog::tr("your login name") : user;
}

} // namespace

QString PreferencesDialog::authorName()
{
    return QSettings().value(authorSetting).toString().trimmed();
}

bool PreferencesDialog::confirmBeforeDelete()
{
    return QSettings().value(confirmDeleteSetting, false).toBool();
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(this))
    , m_textSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_confirmDelete(new QCheckBox(tr("Ask before deleting an annotation"), this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_author->setText(authorName());
    m_author->setPlaceholderText(loginName());
    m_author->setToolTip(tr("Recorded as the author of the annotations and links you make in a "
                            "local project. Empty: your login name. On a server, your server "
                            "role is recorded instead."));
    auto *authorHint = new QLabel(tr("For annotations and links made in local projects."), this);
    authorHint->setForegroundRole(QPalette::PlaceholderText);
    authorHint->setWordWrap(true);

    m_textSize->setRange(6, 36);
    m_textSize->setSuffix(tr(" pt"));
    const int saved = Appearance::savedTextSize();
    m_textSize->setValue(saved > 0 ? saved : QApplication::font().pointSize());
    m_textSize->setToolTip(tr("The size of the articles' text in the reader panes"));

    m_theme->addItem(tr("Follow the system"), int(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), int(Appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Appearance::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Appearance::savedTheme())));

    m_confirmDelete->setChecked(confirmBeforeDelete());

    auto *form = new QFormLayout;
    form->addRow(tr("&Author name:"), m_author);
    form->addRow(QString(), authorHint);
    form->addRow(tr("&Text size:"), m_textSize);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(QString(), m_confirmDelete);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(authorSetting, m_author->text().trimmed());
    settings.setValue(confirmDeleteSetting, m_confirmDelete->isChecked());
    // The size only when it differs from the system's: a system font change still follows.
    const int points = m_textSize->value();
    Appearance::saveTextSize(
        points == QApplication::font().pointSize() && Appearance::savedTextSize() == 0 ? 0
                                                                                       : points);
    Appearance::saveTheme(Appearance::Theme(m_theme->currentData().toInt()));
    Appearance::applySaved();
    emit applied();
    QDialog::accept();
}

} // namespace counterpoint::ui
