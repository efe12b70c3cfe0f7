// How ids and times are written to and read from a project's columns: the one place that knows
// the stored forms ("0b3c…-…" in lower case without braces; ISO 8601 in UTC with milliseconds),
// for the Qt SQL rows and the bytes of the bulk reader alike.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace counterpoint::codec {

// An id as a column stores it.
QString idText(const QUuid &id);
QUuid idFrom(const QVariant &value);
// An id column that may be NULL: a null id binds as NULL.
QVariant optionalId(const QUuid &id);

// A time as a column stores it, and back; reading is fast for the stored form.
QString timeText(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);
QDateTime timeFrom(const QString &text);
// Now, in the milliseconds the database keeps, so a stored time reads back equal.
QDateTime now();

// True when text is already what idText() writes, as it is for every id the app stored.
inline bool isIdText(QByteArrayView text)
{
    // Which bytes may stand where: a table, as this runs for several ids of every row.
    static const auto lowerHex = [] {
        std::array<bool, 256> table{};
        for (const char c : std::string_view("0123456789abcdef"))
            table[static_cast<unsigned char>(c)] = true;
        return table;
    }();
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' ||
        text[23] != '-')
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        if (!lowerHex[static_cast<unsigned char>(text[i])] && i != 8 && i != 13 && i != 18 &&
            i != 23)
            return false;
    }
    return true;
}
// True when text is already what timeText() writes for the time it names.
bool isTimeText(QByteArrayView text);

// The 128 bits of an id in idText() form, to sort and compare ids as two numbers.
struct IdKey
{
    quint64 high = 0;
    quint64 low = 0;

    explicit IdKey(QByteArrayView text)
    {
        int digits = 0;
        for (const char c : text) {
            const int nibble = c >= '0' && c <= '9'   ? c - '0'
                               : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                      : -1;
            if (nibble < 0)
                continue; // the dashes
            quint64 &half = digits++ < 16 ? high : low;
            half = half << 4 | quint64(nibble);
        }
    }
    friend bool operator<(const IdKey &a, const IdKey &b)
    {
        return a.high != b.high ? a.high < b.high : a.low < b.low;
    }
};

// A column's bytes as a QByteArray: Qt SQL's own buffer is shared, the bulk reader's (valid
// only until its next row) copied.
inline QByteArray ownedBytes(const QByteArray &text)
{
    return text;
}
inline QByteArray ownedBytes(QByteArrayView text)
{
    return text.toByteArray();
}

// The same into a buffer reused from row to row: resize(0) keeps its memory when no one else
// holds it, so reading 100,000 rows does not cost ten allocations each.
inline void assignBytes(QByteArray &to, const QByteArray &text)
{
    to = text; // Qt SQL's buffer, shared
}
inline void assignBytes(QByteArray &to, QByteArrayView text)
{
    to.resize(0);
    to.append(text);
}

// An id column that is not NULL as idText(idFrom(value)) gives it; the stored bytes themselves
// when they already are that text.
template<class Text> QByteArray storedIdText(const Text &text)
{
    if (isIdText(text))
        return ownedBytes(text);
    return idText(QUuid::fromString(QString::fromUtf8(text))).toUtf8();
}

// The same for any id column of a row, empty for NULL.
template<class Rows> QByteArray storedIdText(const Rows &rows, int column)
{
    return rows.isNull(column) ? QByteArray() : storedIdText(rows.text(column));
}

template<class Rows> void assignIdText(QByteArray &to, const Rows &rows, int column)
{
    if (rows.isNull(column))
        to.resize(0);
    else if (const auto text = rows.text(column); isIdText(text))
        assignBytes(to, text);
    else
        to = storedIdText(text);
}

template<class Text> QByteArray storedTimeText(const Text &text)
{
    if (isTimeText(text))
        return ownedBytes(text);
    return timeText(timeFrom(QString::fromUtf8(text))).toUtf8();
}

template<class Text> void assignTimeText(QByteArray &to, const Text &text)
{
    if (isTimeText(text))
        assignBytes(to, text);
    else
        to = storedTimeText(text);
}

// Each kind or state with its stored name, to match a column's bytes against.
template<class Kind> QList<std::pair<Kind, QByteArray>> storedNames(const QList<Kind> &all)
{
    QList<std::pair<Kind, QByteArray>> names;
    for (const Kind kind : all)
        names.append({kind, toString(kind).toUtf8()});
    return names;
}

// A kind or state column as the row mapping reads it, with the same default, matched as bytes
// first.
template<class Kind>
Kind storedKind(QByteArrayView text, const QList<std::pair<Kind, QByteArray>> &names,
                std::optional<Kind> (*parse)(const QString &), Kind fallback)
{
    for (const auto &[kind, name] : names) {
        if (text == QByteArrayView(name))
            return kind;
    }
    return parse(QString::fromUtf8(text)).value_or(fallback);
}

} // namespace counterpoint::codec
