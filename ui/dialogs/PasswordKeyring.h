// The system keyring (QtKeychain: the Secret Service, KWallet, …), where a server project's
// password is kept when the user ticks "Remember", keyed by the project's address (which holds no
// password). Nothing here falls back to a file: where there is no keyring, nothing is kept and
// the caller says so.
#pragma once

#include <QString>

namespace counterpoint::ui {

class PasswordKeyring final
{
public:
    static inline const QString service = QStringLiteral("Counterpoint");

    // The password kept for address; empty when none is (or there is no keyring).
    static QString read(const QString &address);
    // Keeps password for address; on failure, why (the keyring's own words), else empty.
    static QString write(const QString &address, const QString &password);
    // Forgets address's password (a refused one is not offered again).
    static void forget(const QString &address);
};

} // namespace counterpoint::ui
