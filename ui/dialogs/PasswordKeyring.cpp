#include "PasswordKeyring.h"

#include "log/LogCategories.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace counterpoint::ui {

namespace {

// QtKeychain answers asynchronously; the caller waits for it (the keyring answers at once, or
// asks the user to unlock it).
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy in the settings
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString PasswordKeyring::read(const QString &address)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(address);
    runToEnd(job);
    if (job.error() != QKeychain::NoError) {
        qCDebug(lcUi) << "no password in the keyring for" << address << ":" << job.errorString();
        return {};
    }
    return job.textData();
}

QString PasswordKeyring::write(const QString &address, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(address);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return {};
    qCInfo(lcUi) << "could not keep the password of" << address
                 << "in the keyring:" << job.errorString();
    return job.errorString().isEmpty() ? QStringLiteral("no system keyring answered")
                                       : job.errorString();
}

void PasswordKeyring::forget(const QString &address)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(address);
    runToEnd(job);
}

} // namespace counterpoint::ui
