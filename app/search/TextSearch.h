#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace counterpoint::search {

struct SearchOptions
{
    bool regex = false;         // the whole query is one regular expression (Perl's syntax)
    bool wholeWord = false;     // a hit begins and ends at the edges of words
    bool caseSensitive = false; // otherwise letters are compared case folded
};

// A hit: [start, end) in UTF-16 code units of the text searched.
struct TextHit
{
    int start = 0;
    int end = 0;
    friend bool operator==(const TextHit &, const TextHit &) = default;
};

// What a query looks for, term by term.
struct QueryTerm
{
    enum class Kind {
        Word,   // the letters anywhere (a substring), or as a whole word with wholeWord
        Phrase, // "the words" in this order, with any white space between them
        Prefix, // word*: a word that begins so; the hit is the whole word
    };
    Kind kind = Kind::Word;
    QStringList words;
};

// A term on its own, or a NEAR(a b …, N) group: its terms with at most N words between them.
struct QueryItem
{
    QList<QueryTerm> terms;
    int nearDistance = -1; // -1: not a NEAR group
};

// Where the words of a text are (runs of letters, digits, marks and '_'), for whole words,
// NEAR and the words of context around a hit.
struct WordBounds
{
    QList<int> starts;
    QList<int> ends;
    static WordBounds of(QStringView text);
};

bool isWordCharacter(char32_t c);
// The text case folded code point by code point; the same length, so offsets stay valid.
QString foldedForSearch(QStringView text);

// A search as the user typed it: words ("climate" finds climate, climates, Climate), "phrases",
// prefix*, NEAR(a b, N) (at most N words apart, 10 when N is not given), or with regex the whole
// query as one regular expression. Every item must occur in a text for it to have hits; the
// hits are then every occurrence of every item.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    static constexpr int defaultNearDistance = 10;

    static Result<SearchQuery> parse(const QString &query, const SearchOptions &options = {});
    // The text as one phrase, for finding it in a pane: what is typed is what is found.
    static Result<SearchQuery> literal(const QString &text, const SearchOptions &options = {});

    QString text() const { return m_text; }
    const SearchOptions &options() const { return m_options; }
    const QList<QueryItem> &items() const { return m_items; }

    // Strings that every text with a hit holds (compared case folded unless case-sensitive):
    // what an index may narrow the search by. Empty for a regular expression.
    QStringList requiredSubstrings() const;

    // Every hit in text, in order; none unless every item occurs in it.
    QList<TextHit> find(const QString &text) const;

private:
    struct CompiledTerm
    {
        QRegularExpression pattern;
        QueryTerm::Kind kind = QueryTerm::Kind::Word;
    };
    QList<TextHit> findTerm(const CompiledTerm &term, const QString &text,
                            const QString &subject) const;
    QList<TextHit> findNear(const QueryItem &item, const QList<QList<TextHit>> &termHits,
                            const QString &text) const;
    Status compile();

    QString m_text;
    SearchOptions m_options;
    QList<QueryItem> m_items;
    QList<QList<CompiledTerm>> m_compiled; // per item, per term
    QRegularExpression m_regex;
};

} // namespace counterpoint::search
