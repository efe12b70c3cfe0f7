// RapidJSON's SAX reader, iterative (no recursion however deep the file), over a 64 KiB buffer
// of a QIODevice: what it reads whole it builds as Qt's JSON values, so the readers above it
// keep checking QJsonObjects as they always did.
#include "exchange/w3c/JsonStream.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <limits>
#include <utility>
#include <vector>

namespace counterpoint::importing {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};

// RapidJSON's input stream concept over a QIODevice, as its FileReadStream is over a FILE: a
// fixed buffer refilled as the parser takes characters; '\0' once the device is read out.
class DeviceStream
{
public:
    using Ch = char;

    explicit DeviceStream(QIODevice &device)
        : m_device(device)
    {
        refill();
    }

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (m_current < m_last)
            ++m_current;
        else
            refill();
        return c;
    }
    size_t Tell() const { return size_t(m_consumed + (m_current - m_buffer)); }
    bool failed() const { return m_failed; }

    // Output is never asked of an input stream that is not parsed in place.
    Ch *PutBegin()
    {
        RAPIDJSON_ASSERT(false);
        return nullptr;
    }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    size_t PutEnd(Ch *)
    {
        RAPIDJSON_ASSERT(false);
        return 0;
    }

private:
    void refill()
    {
        if (m_eof) {
            m_current = m_last; // stays on the '\0' past the end
            return;
        }
        m_consumed += m_read;
        qint64 read = m_device.read(m_buffer, bufferSize);
        if (read < 0) {
            m_failed = true;
            read = 0;
        }
        m_read = read;
        m_current = m_buffer;
        m_last = m_buffer + read - 1;
        if (read < bufferSize) {
            m_buffer[read] = '\0';
            ++m_last;
            m_eof = true;
        }
    }

    static constexpr qint64 bufferSize = 1 << 16;
    QIODevice &m_device;
    char m_buffer[bufferSize + 1];
    char *m_current = m_buffer;
    char *m_last = m_buffer;
    qint64 m_read = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_failed = false;
};

// The SAX handler: walks the containers the visitor walks into and builds the rest.
class Handler
{
public:
    explicit Handler(JsonVisitor &visitor)
        : m_visitor(visitor)
    {}

    bool tooDeep() const { return m_tooDeep; }
    bool stopped() const { return m_stopped; }

    bool Null() { return scalar(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return scalar(QJsonValue(b)); }
    bool Int(int i) { return scalar(QJsonValue(qint64(i))); }
    bool Uint(unsigned u) { return scalar(QJsonValue(qint64(u))); }
    bool Int64(int64_t i) { return scalar(QJsonValue(qint64(i))); }
    bool Uint64(uint64_t u)
    {
        return scalar(u > uint64_t(std::numeric_limits<qint64>::max()) ? QJsonValue(double(u))
                                                                       : QJsonValue(qint64(u)));
    }
    bool Double(double d) { return scalar(QJsonValue(d)); }
    // Every number arrives as its text (kParseNumbersAsStringsFlag) and is read by Qt, as
    // QJsonDocument reads it: an integer that fits as one, anything else as a double. RapidJSON
    // 1.1.0's own full-precision reading has undefined behaviour on a zero with an exponent
    // ("0e60": clz of zero, found by fuzz_w3c_json).
    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        const QByteArray number = QByteArray::fromRawData(text, qsizetype(length));
        bool integer = false;
        const qint64 whole = number.toLongLong(&integer);
        if (integer)
            return scalar(QJsonValue(whole));
        return scalar(QJsonValue(number.toDouble()));
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(QJsonValue(QString::fromUtf8(text, length)));
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_key = QString::fromUtf8(text, length);
        return true;
    }
    bool StartObject() { return start(true); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool StartArray() { return start(false); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    struct Built
    {
        bool isObject;
        QString key; // its key in its parent
        QJsonObject object;
        QJsonArray array;
    };

    int parentRole() const { return m_walked.empty() ? JsonVisitor::document : m_walked.back(); }

    bool start(bool isObject)
    {
        if (++m_depth > jsonNestingLimit) {
            m_tooDeep = true;
            return false;
        }
        QString key = std::exchange(m_key, QString());
        if (m_built.empty()) {
            const int role = m_visitor.enter(parentRole(), key, isObject);
            if (role != JsonVisitor::whole) {
                m_walked.push_back(role);
                return true;
            }
        }
        m_built.push_back({isObject, std::move(key), {}, {}});
        return true;
    }

    bool end()
    {
        --m_depth;
        if (m_built.empty()) {
            const int role = m_walked.back();
            m_walked.pop_back();
            return keepGoing(m_visitor.leave(role));
        }
        Built done = std::move(m_built.back());
        m_built.pop_back();
        QJsonValue value =
            done.isObject ? QJsonValue(std::move(done.object)) : QJsonValue(std::move(done.array));
        return add(std::move(done.key), std::move(value));
    }

    bool scalar(QJsonValue &&value)
    {
        return add(std::exchange(m_key, QString()), std::move(value));
    }

    bool add(QString key, QJsonValue &&value)
    {
        if (m_built.empty())
            return keepGoing(m_visitor.value(parentRole(), key, std::move(value)));
        Built &into = m_built.back();
        if (into.isObject)
            into.object.insert(key, value);
        else
            into.array.append(value);
        return true;
    }

    bool keepGoing(bool go)
    {
        m_stopped = !go;
        return go;
    }

    JsonVisitor &m_visitor;
    std::vector<int> m_walked;
    std::vector<Built> m_built;
    QString m_key;
    int m_depth = 0;
    bool m_tooDeep = false;
    bool m_stopped = false;
};

// The line an offset falls on, counted again from the start: only ever for an error.
qint64 lineAt(QIODevice &device, qint64 offset)
{
    if (!device.seek(0))
        return 0;
    qint64 line = 1, at = 0;
    while (at < offset) {
        const QByteArray chunk = device.read(std::min<qint64>(1 << 16, offset - at));
        if (chunk.isEmpty())
            break;
        line += chunk.count('\n');
        at += chunk.size();
    }
    return line;
}

std::optional<JsonStreamError> walk(QIODevice &device, qint64 size, JsonVisitor &visitor)
{
    Handler handler(visitor);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseIterativeFlag |
                               rapidjson::kParseValidateEncodingFlag |
                               rapidjson::kParseNumbersAsStringsFlag;
    std::optional<JsonStreamError> error;
    {
        DeviceStream stream(device);
        const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
        if (stream.failed())
            return JsonStreamError{JsonStreamError::Kind::Unreadable, device.errorString(),
                                   qint64(stream.Tell()), 0};
        if (!result)
            error = JsonStreamError{JsonStreamError::Kind::Syntax,
                                    QString::fromUtf8(rapidjson::GetParseError_En(result.Code())),
                                    qint64(result.Offset()), 0};
        if (error && handler.stopped())
            error->kind = JsonStreamError::Kind::Stopped;
        else if (error && handler.tooDeep())
            error->kind = JsonStreamError::Kind::TooDeep;
        else if (error && error->offset >= size &&
                 result.Code() != rapidjson::kParseErrorDocumentEmpty)
            error->kind = JsonStreamError::Kind::Truncated;
    }
    if (error && error->kind != JsonStreamError::Kind::Stopped)
        error->line = lineAt(device, error->offset);
    return error;
}

} // namespace

std::optional<JsonStreamError> walkJsonFile(const QString &path, JsonVisitor &visitor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return JsonStreamError{JsonStreamError::Kind::Unreadable, file.errorString(), 0, 0};
    return walk(file, file.size(), visitor);
}

std::optional<JsonStreamError> walkJson(const QByteArray &bytes, JsonVisitor &visitor)
{
    QByteArray copy = bytes; // shared, not copied: the buffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return walk(buffer, bytes.size(), visitor);
}

QString jsonErrorCause(const JsonStreamError &error)
{
    QString detail = error.detail;
    if (detail.endsWith(u'.'))
        detail.chop(1);
    switch (error.kind) {
    case JsonStreamError::Kind::Truncated:
        return Messages::tr("it is not valid JSON: it ends at line %1 (byte %2) before its JSON "
                            "does; the file may have been cut short.")
            .arg(error.line)
            .arg(error.offset);
    case JsonStreamError::Kind::TooDeep:
        return Messages::tr("it is not valid JSON: it is nested more than %1 levels deep at line "
                            "%2 (byte %3).")
            .arg(jsonNestingLimit)
            .arg(error.line)
            .arg(error.offset);
    case JsonStreamError::Kind::Unreadable:
        return Messages::tr("it cannot be read: %1").arg(error.detail);
    case JsonStreamError::Kind::Syntax:
    case JsonStreamError::Kind::Stopped:
        break;
    }
    return Messages::tr("it is not valid JSON (%1 at line %2, byte %3).")
        .arg(detail)
        .arg(error.line)
        .arg(error.offset);
}

} // namespace counterpoint::importing
