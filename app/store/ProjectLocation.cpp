#include "ProjectLocation.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <memory>

namespace counterpoint {

namespace {

bool isUri(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

// The keywords libpq knows, for telling "dbname=team" from a file called "notes=1.counterpoint".
bool isLibpqKeyword(const QString &word)
{
    static const QStringList keywords = [] {
        QStringList names;
        PQconninfoOption *defaults = PQconndefaults();
        for (PQconninfoOption *option = defaults; option && option->keyword; ++option)
            names.append(QString::fromLatin1(option->keyword));
        PQconninfoFree(defaults);
        return names;
    }();
    return keywords.contains(word);
}

// How Qt's QPSQL driver wants a value in its connect options (it turns ';' into ' ').
QString quotedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

// The keywords QSqlDatabase has setters for; the rest go into the connect options.
bool hasOwnSetter(const QString &keyword)
{
    return keyword == u"host" || keyword == u"port" || keyword == u"dbname" || keyword == u"user";
}

} // namespace

bool ProjectLocation::looksLikeServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isUri(trimmed))
        return true;
    static const QRegularExpression firstWord(QStringLiteral("^([a-z_]+)\\s*="));
    const auto match = firstWord.match(trimmed);
    return match.hasMatch() && isLibpqKeyword(match.captured(1));
}

ProjectLocation ProjectLocation::file(const QString &path)
{
    ProjectLocation location;
    location.m_path = path;
    return location;
}

Result<ProjectLocation> ProjectLocation::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return file(text);

    const QString trimmed = text.trimmed();
    char *why = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> parsed(
        PQconninfoParse(trimmed.toUtf8().constData(), &why), &PQconninfoFree);
    if (!parsed) {
        QString reason = why ? QString::fromUtf8(why).trimmed() : tr("out of memory");
        PQfreemem(why);
        // libpq's message names the part it could not read; the whole address may hold nothing
        // secret, but it is not repeated either way.
        return Error{Error::Code::Invalid,
                     tr("Cannot read the server address: %1.").arg(reason.remove(u'\n'))};
    }

    ProjectLocation location;
    location.m_server = true;
    for (PQconninfoOption *option = parsed.get(); option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        const QString keyword = QString::fromLatin1(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == u"password")
            return Error{Error::Code::Invalid,
                         tr("Cannot use a server address that holds a password: it would be "
                            "kept in the recent list and the shell's history. Put the password "
                            "in ~/.pgpass (or the file PGPASSFILE names), or leave it out to be "
                            "asked for it.")};
        if (!hasOwnSetter(keyword) && value.contains(u';'))
            return Error{Error::Code::Invalid,
                         tr("Cannot use the server address: Qt's PostgreSQL driver cannot pass "
                            "a “;” in %1.")
                             .arg(keyword)};
        location.m_options.append({keyword, value});
    }
    if (location.option(QStringLiteral("port")).isEmpty() == false && location.port() <= 0)
        return Error{Error::Code::Invalid,
                     tr("Cannot use the server address: “%1” is not a port number.")
                         .arg(location.option(QStringLiteral("port")))};
    return location;
}

QString ProjectLocation::option(const QString &keyword) const
{
    for (const auto &[key, value] : m_options) {
        if (key == keyword)
            return value;
    }
    return {};
}

int ProjectLocation::port() const
{
    bool ok = false;
    const int number = option(QStringLiteral("port")).toInt(&ok);
    return ok && number > 0 && number < 65536 ? number : -1;
}

ProjectLocation ProjectLocation::withOption(const QString &keyword, const QString &value) const
{
    ProjectLocation changed = *this;
    for (auto &[key, current] : changed.m_options) {
        if (key == keyword) {
            current = value;
            return changed;
        }
    }
    changed.m_options.append({keyword, value});
    return changed;
}

QString ProjectLocation::toString() const
{
    if (!m_server)
        return m_path;
    const auto encoded = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    QString uri = QStringLiteral("postgresql://");
    if (!user().isEmpty())
        uri += encoded(user()) + u'@';
    // A socket folder or several hosts go in the query, where libpq reads them as they are.
    const bool plainHost = !host().isEmpty() && !host().contains(u'/') && !host().contains(u',');
    if (plainHost)
        uri += host().contains(u':') ? u'[' + host() + u']' : encoded(host());
    if (plainHost && port() > 0)
        uri += u':' + QString::number(port());
    uri += u'/' + encoded(database());
    QStringList query;
    for (const auto &[key, value] : m_options) {
        if (key == u"user" || key == u"dbname" || (plainHost && (key == u"host" || key == u"port")))
            continue;
        query.append(key + u'=' + encoded(value));
    }
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString ProjectLocation::displayName() const
{
    if (!m_server)
        return u'“' + QDir::toNativeSeparators(m_path) + u'”';
    const QString name = !database().isEmpty()  ? database()
                         : !service().isEmpty() ? tr("service %1").arg(service())
                                                : tr("the default database");
    const QString where = host().isEmpty() ? tr("the local server") : host();
    return tr("“%1” on %2").arg(name, where);
}

QString ProjectLocation::extraConnectOptions() const
{
    QStringList pairs;
    for (const auto &[key, value] : m_options) {
        if (!hasOwnSetter(key))
            pairs.append(key + u'=' + quotedValue(value));
    }
    return pairs.join(u';');
}

} // namespace counterpoint
