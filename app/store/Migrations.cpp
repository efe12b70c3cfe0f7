#include "Migrations.h"

#include <QDir>
#include <QFile>

namespace counterpoint::Migrations {

QString script(Backend backend, int version)
{
    const QDir folder(backend == Backend::SQLite
                          ? QStringLiteral(":/counterpoint/migrations/sqlite")
                          : QStringLiteral(":/counterpoint/migrations/postgresql"));
    const QStringList names =
        folder.entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
    if (names.size() != 1)
        return {};
    QFile file(folder.filePath(names.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList statements(const QString &script)
{
    QStringList statements;
    QString current;
    enum class Block { None, Trigger, Do } block = Block::None;
    const auto lines = QStringView(script).split(u'\n');
    for (const auto line : lines) {
        const auto trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || trimmed.isEmpty())
            continue;
        // A trigger's body (SQLite) and a DO block (PostgreSQL) hold statements of their own;
        // they end with their END.
        if (current.isEmpty()) {
            if (trimmed.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
                block = Block::Trigger;
            else if (trimmed.startsWith(u"DO $$", Qt::CaseInsensitive))
                block = Block::Do;
            else
                block = Block::None;
        }
        current += line + u'\n';
        bool ends = trimmed.endsWith(u';');
        if (block == Block::Trigger)
            ends = trimmed.compare(u"END;", Qt::CaseInsensitive) == 0;
        else if (block == Block::Do)
            ends = trimmed.compare(u"END $$;", Qt::CaseInsensitive) == 0;
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace counterpoint::Migrations
