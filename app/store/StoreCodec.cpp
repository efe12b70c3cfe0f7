#include "StoreCodec.h"

namespace counterpoint::codec {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid idFrom(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

QVariant optionalId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id));
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Reads what timeText() wrote ("2026-11-23T09:38:35.123Z") by hand: QDateTime::fromString()
// costs microseconds a call, too much for the 100,000 rows of a large project's list.
QDateTime timeFrom(const QString &text)
{
    const auto digits = [&text](int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; ++i) {
            const int digit = text.at(i).unicode() - u'0';
            if (digit < 0 || digit > 9)
                return -1;
            number = number * 10 + digit;
        }
        return number;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(10) == u'T' && text.at(19) == u'.' &&
        text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QDateTime timeFrom(const QVariant &value)
{
    return timeFrom(value.toString());
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

bool isTimeText(QByteArrayView text)
{
    static constexpr char shape[] = "0000-00-00T00:00:00.000Z";
    if (text.size() != 24)
        return false;
    for (qsizetype i = 0; i < 24; ++i) {
        const bool digit = text.at(i) >= '0' && text.at(i) <= '9';
        if (shape[i] == '0' ? !digit : text.at(i) != shape[i])
            return false;
    }
    const auto number = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text.at(i) - '0');
        return value;
    };
    return QDate::isValid(number(0, 4), number(5, 2), number(8, 2)) &&
           QTime::isValid(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
}

} // namespace counterpoint::codec
