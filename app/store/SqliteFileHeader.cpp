#include "SqliteFileHeader.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

namespace counterpoint {

namespace {

constexpr QByteArrayView magic("SQLite format 3\0", 16);

quint32 bigEndian32(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.data() + offset);
}

} // namespace

Result<SqliteFileHeader> SqliteFileHeader::read(const QString &path)
{
    const QString name = u'“' + QDir::toNativeSeparators(path) + u'”';
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot open %1: %2.").arg(name, file.errorString())};
    auto header = parse(file.read(size));
    if (!header)
        return Error{Error::Code::NotADatabase,
                     tr("Cannot open %1: it is not a Counterpoint project (not an SQLite "
                        "database file).")
                         .arg(name)};
    header->fileSize = file.size();
    return *header;
}

std::optional<SqliteFileHeader> SqliteFileHeader::parse(QByteArrayView bytes)
{
    if (bytes.size() < size || bytes.first(magic.size()) != magic)
        return std::nullopt;
    SqliteFileHeader header;
    // Offset 16, two bytes: a power of two from 512 to 32768, or 1 for 65536.
    const quint16 storedPageSize = qFromBigEndian<quint16>(bytes.data() + 16);
    header.pageSize = storedPageSize == 1 ? 65536 : storedPageSize;
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return std::nullopt;
    const quint32 changeCounter = bigEndian32(bytes, 24);
    const quint32 validFor = bigEndian32(bytes, 92);
    if (validFor == changeCounter)
        header.pageCount = bigEndian32(bytes, 28);
    return header;
}

} // namespace counterpoint
