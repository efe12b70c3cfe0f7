#pragma once

// JSON read as a stream (RapidJSON's SAX reader over a fixed buffer): the containers a visitor
// walks into are never held whole, so a file of a million annotations costs the memory of one.
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace counterpoint::importing {

// Told of each value as the stream reaches it. Containers the visitor walks into arrive as
// enter() … leave(); every other value arrives whole, once it has ended, in value().
class JsonVisitor
{
public:
    static constexpr int document = -1; // the parent of the document's own value
    static constexpr int whole = -1;    // what enter() returns to have a container read whole

    virtual ~JsonVisitor() = default;
    // A container begins as the member key of the walked container of role parent (an empty key
    // in an array, and for the document). A role >= 0 walks into it; whole reads it whole.
    virtual int enter(int parent, const QString &key, bool isObject) = 0;
    // A value read whole, member key of parent. False stops the walk (see stopped()).
    virtual bool value(int parent, const QString &key, QJsonValue &&value) = 0;
    // The walked container of role has ended. False stops the walk.
    virtual bool leave(int role) = 0;
};

struct JsonStreamError
{
    enum class Kind { Syntax, Truncated, TooDeep, Unreadable, Stopped };
    Kind kind = Kind::Syntax;
    QString detail; // the parser's words for a syntax error, the system's for an unreadable file
    qint64 offset = 0;
    qint64 line = 1;
};

// Containers nested deeper than this are refused, as QJsonDocument refuses them: every value
// read whole is rebuilt, and a hostile file must not make that unbounded.
inline constexpr int jsonNestingLimit = 1024;

// Walks the JSON of the file at path, or of bytes, with the visitor: no error when the whole
// document was read, Stopped when the visitor stopped it.
std::optional<JsonStreamError> walkJsonFile(const QString &path, JsonVisitor &visitor);
std::optional<JsonStreamError> walkJson(const QByteArray &bytes, JsonVisitor &visitor);

// The cause of a syntax, truncation or nesting error, for "Cannot import FILE: CAUSE".
QString jsonErrorCause(const JsonStreamError &error);

} // namespace counterpoint::importing
