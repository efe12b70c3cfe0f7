// File › Connect to Server…: the host, port, database and user of a project on a PostgreSQL
// server, and a password only when libpq finds none of its own (~/.pgpass, PGPASSFILE, a
// service file). A password is kept only when "Remember" is ticked, and then only in the
// system keyring (QtKeychain): never in the settings, the log or the recent list.
#pragma once

#include "domain/Result.h"
#include "store/Project.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // The project's address as the dialog's fields give it; no password in it.
    QString address() const;
    QString password() const;
    bool rememberPassword() const;

    // Opens the server project at address: first with libpq's own password sources, then with
    // the keyring's, then asking (and keeping it in the keyring if the user ticks Remember).
    // password, when given, is tried first. A cancelled question is Error::Code::Cancelled.
    // notice, when given, says why a password to remember could not be kept.
    static Result<std::unique_ptr<ProjectSession>>
    openServerProject(QWidget *parent, const QString &address, const QString &password = {},
                      bool remember = false, QString *notice = nullptr);

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace counterpoint::ui
