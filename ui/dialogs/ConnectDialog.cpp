#include "ConnectDialog.h"
#include "PasswordKeyring.h"

#include "log/LogCategories.h"
#include "session/ProjectSession.h"
#include "store/ProjectLocation.h"
#include "store/SystemUser.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

constexpr int defaultPort = 5432;

// Asks for the password of address; empty when the user cancels.
QString askPassword(QWidget *parent, const QString &address, const QString &why, bool *remember)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ConnectDialog::tr("Password"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(why, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *field = new QLineEdit(&dialog);
    field->setEchoMode(QLineEdit::Password);
    layout->addWidget(field);
    auto *keep = new QCheckBox(ConnectDialog::tr("&Remember in the system keyring"), &dialog);
    layout->addWidget(keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.setAccessibleName(address);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    *remember = keep->isChecked();
    return field->text();
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember password in the system keyring"), this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_user->setText(systemUserName());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass or the keyring when empty"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto complete = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_database->text().trimmed().isEmpty());
    };
    connect(m_database, &QLineEdit::textChanged, this, complete);
    complete();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ConnectDialog::address() const
{
    ProjectLocation location = *ProjectLocation::parse(QStringLiteral("postgresql:///"));
    if (!m_host->text().trimmed().isEmpty())
        location = location.withOption(QStringLiteral("host"), m_host->text().trimmed());
    if (m_port->value() != defaultPort)
        location = location.withOption(QStringLiteral("port"), QString::number(m_port->value()));
    location = location.withOption(QStringLiteral("dbname"), m_database->text().trimmed());
    if (!m_user->text().trimmed().isEmpty())
        location = location.withOption(QStringLiteral("user"), m_user->text().trimmed());
    return location.toString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

Result<std::unique_ptr<ProjectSession>>
ConnectDialog::openServerProject(QWidget *parent, const QString &address, const QString &password,
                                 bool remember, QString *notice)
{
    // Kept in the keyring when asked to; where it cannot be, the caller hears why.
    const auto keep = [&](const QString &kept) {
        const QString failed = PasswordKeyring::write(address, kept);
        if (!failed.isEmpty() && notice)
            *notice = tr("The password was not remembered: the system keyring: %1.").arg(failed);
    };
    OpenOptions options;
    options.password = password;
    auto opened = ProjectSession::open(address, options);
    if (opened || opened.error().code != Error::Code::PasswordNeeded) {
        if (opened && remember && !password.isEmpty())
            keep(password);
        return opened;
    }
    // libpq found no password of its own (or the given one was refused): the keyring's, if any.
    if (password.isEmpty()) {
        options.password = PasswordKeyring::read(address);
        if (!options.password.isEmpty()) {
            opened = ProjectSession::open(address, options);
            if (opened || opened.error().code != Error::Code::PasswordNeeded)
                return opened;
            PasswordKeyring::forget(address); // refused: the server's password has changed
        }
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool remembered = false;
        options.password = askPassword(parent, address, opened.errorMessage(), &remembered);
        if (options.password.isEmpty())
            return Error{Error::Code::Cancelled, tr("No password was given.")};
        opened = ProjectSession::open(address, options);
        if (opened) {
            if (remembered)
                keep(options.password);
            return opened;
        }
        if (opened.error().code != Error::Code::PasswordNeeded)
            return opened;
    }
    return opened;
}

} // namespace counterpoint::ui
