#include "ConnectDialog.h"

#include "log/LogCategories.h"
#include "session/ProjectSession.h"
#include "store/ProjectLocation.h"
#include "store/SystemUser.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <qt6keychain/keychain.h>

namespace counterpoint::ui {

namespace {

// The keyring entry of a server project: the service is the app, the key its address.
const QString keyringService = QStringLiteral("Counterpoint");

constexpr int defaultPort = 5432;

// QtKeychain answers asynchronously; the dialog waits for it (the keyring answers at once,
// or asks the user to unlock it).
QString readKeyring(const QString &address)
{
    QKeychain::ReadPasswordJob job(keyringService);
    job.setAutoDelete(false);
    job.setKey(address);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        qCDebug(lcUi) << "no password in the keyring for" << address << ":" << job.errorString();
        return {};
    }
    return job.textData();
}

void writeKeyring(const QString &address, const QString &password)
{
    QKeychain::WritePasswordJob job(keyringService);
    job.setAutoDelete(false);
    job.setKey(address);
    job.setTextData(password);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        qCInfo(lcUi) << "could not keep the password of" << address
                     << "in the keyring:" << job.errorString();
}

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

Result<std::unique_ptr<ProjectSession>> ConnectDialog::openServerProject(QWidget *parent,
                                                                         const QString &address,
                                                                         const QString &password,
                                                                         bool remember)
{
    OpenOptions options;
    options.password = password;
    auto opened = ProjectSession::open(address, options);
    if (opened || opened.error().code != Error::Code::PasswordNeeded) {
        if (opened && remember && !password.isEmpty())
            writeKeyring(address, password);
        return opened;
    }
    // libpq found no password of its own (or the given one was refused): the keyring's, if any.
    if (password.isEmpty()) {
        options.password = readKeyring(address);
        if (!options.password.isEmpty()) {
            opened = ProjectSession::open(address, options);
            if (opened || opened.error().code != Error::Code::PasswordNeeded)
                return opened;
        }
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool keep = false;
        options.password = askPassword(parent, address, opened.errorMessage(), &keep);
        if (options.password.isEmpty())
            return Error{Error::Code::Cancelled, tr("No password was given.")};
        opened = ProjectSession::open(address, options);
        if (opened) {
            if (keep)
                writeKeyring(address, options.password);
            return opened;
        }
        if (opened.error().code != Error::Code::PasswordNeeded)
            return opened;
    }
    return opened;
}

} // namespace counterpoint::ui
