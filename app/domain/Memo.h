#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace counterpoint {

// What a memo is about (issue 20): the project as a whole, one article, or one actor.
enum class MemoSubject { Project, Article, Actor };

// "project", "article", "actor": as the store and the command line name them.
inline QString toString(MemoSubject subject)
{
    switch (subject) {
    case MemoSubject::Project:
        return QStringLiteral("project");
    case MemoSubject::Article:
        return QStringLiteral("article");
    case MemoSubject::Actor:
        return QStringLiteral("actor");
    }
    return {};
}

inline std::optional<MemoSubject> memoSubjectFrom(const QString &name)
{
    for (MemoSubject subject : {MemoSubject::Project, MemoSubject::Article, MemoSubject::Actor}) {
        if (name == toString(subject))
            return subject;
    }
    return std::nullopt;
}

// A memo's text as it is kept: its line ends as typed, without the white space after its last
// word (so that a memo saved twice unchanged is one change, not two).
inline QString normalizedMemoText(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    return text.left(end);
}

// An analyst's free-text note on the project, an article or an actor: what a QDA tool calls a
// memo. At most one per subject; an empty memo is no memo (the store keeps none).
struct Memo
{
    MemoSubject subject = MemoSubject::Project;
    QUuid subjectId; // the article's or the actor's id; null for the project's memo
    QString text;
    QString author; // who wrote it last
    QDateTime modified;
    qint64 version = 0; // raised by each change; 0 for a memo not stored

    friend bool operator==(const Memo &, const Memo &) = default;
};

} // namespace counterpoint
