#include "TextSearch.h"

#include <QChar>

#include <algorithm>
#include <functional>

namespace counterpoint::search {

namespace {

char32_t codePointAt(QStringView text, int i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i + 1]);
    return c.unicode();
}

char32_t codePointBefore(QStringView text, int i)
{
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

int nextCodePoint(QStringView text, int i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return i + 2;
    return i + 1;
}

bool wordBefore(QStringView text, int i)
{
    return i > 0 && isWordCharacter(codePointBefore(text, i));
}

bool wordAt(QStringView text, int i)
{
    return i < text.size() && isWordCharacter(codePointAt(text, i));
}

// No word goes on across the position: it is at the edge of the words on either side.
bool atWordEdge(QStringView text, int i)
{
    return !(wordBefore(text, i) && wordAt(text, i));
}

// The text as PCRE2 may be given it unchecked: a lone surrogate (which a QString can hold) becomes
// U+FFFD, one code unit for one, so that every offset stays the text's. Without the check, each
// match call would validate the whole text again, which made a regular expression with many hits
// in a long article quadratic (15 times slower on 50 KB with 280 hits); with the check left to
// PCRE2, a text with a lone surrogate would find nothing at all.
QString matchable(const QString &text)
{
    if (QStringView(text).isValidUtf16())
        return text;
    QString valid = text;
    for (int i = 0; i < valid.size(); ++i) {
        if (valid[i].isHighSurrogate() && i + 1 < valid.size() && valid[i + 1].isLowSurrogate())
            ++i;
        else if (valid[i].isSurrogate())
            valid[i] = QChar::ReplacementCharacter;
    }
    return valid;
}

QStringList wordsOf(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'_';
}

QString foldedForSearch(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (int i = 0; i < text.size();) {
        const int next = nextCodePoint(text, i);
        const char32_t c = codePointAt(text, i);
        const char32_t f = QChar::toCaseFolded(c);
        const int width = QChar::requiresSurrogates(f) ? 2 : 1;
        if (f != c && width == next - i) {
            if (width == 2) {
                folded.append(QChar(QChar::highSurrogate(f)));
                folded.append(QChar(QChar::lowSurrogate(f)));
            } else {
                folded.append(QChar(char16_t(f)));
            }
        } else {
            folded.append(text.mid(i, next - i));
        }
        i = next;
    }
    return folded;
}

WordBounds WordBounds::of(QStringView text)
{
    WordBounds bounds;
    bool inWord = false;
    for (int i = 0; i < text.size();) {
        const int next = nextCodePoint(text, i);
        const bool word = isWordCharacter(codePointAt(text, i));
        if (word && !inWord)
            bounds.starts.append(i);
        else if (!word && inWord)
            bounds.ends.append(i);
        inWord = word;
        i = next;
    }
    if (inWord)
        bounds.ends.append(int(text.size()));
    return bounds;
}

Result<SearchQuery> SearchQuery::parse(const QString &query, const SearchOptions &options)
{
    SearchQuery parsed;
    parsed.m_text = query;
    parsed.m_options = options;
    if (query.trimmed().isEmpty())
        return Error{Error::Code::Invalid, tr("The search is empty: type what to look for.")};
    if (options.regex) {
        if (auto compiled = parsed.compile(); !compiled)
            return compiled.error();
        return parsed;
    }

    const QStringView text(query);
    int i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && text[i].isSpace())
            ++i;
    };
    // One word, "phrase" or prefix* from i; stops before white space, a quote, and (inside
    // NEAR) a comma or the closing parenthesis.
    auto readTerm = [&](bool insideNear) -> Result<QueryTerm> {
        QueryTerm term;
        if (text[i] == u'"') {
            const int close = int(text.indexOf(u'"', i + 1));
            if (close < 0)
                return Error{
                    Error::Code::Invalid,
                    tr("The search “%1” opens a quotation mark it does not close.").arg(query)};
            term.kind = QueryTerm::Kind::Phrase;
            term.words = wordsOf(text.mid(i + 1, close - i - 1).toString());
            i = close + 1;
            if (i < text.size() && text[i] == u'*')
                return Error{Error::Code::Invalid,
                             tr("The search “%1” puts * after a phrase: only a word can be a "
                                "prefix (word*).")
                                 .arg(query)};
            return term;
        }
        const int from = i;
        while (i < text.size() && !text[i].isSpace() && text[i] != u'"' &&
               !(insideNear && (text[i] == u',' || text[i] == u')')))
            ++i;
        QString word = text.mid(from, i - from).toString();
        if (word.endsWith(u'*')) {
            while (word.endsWith(u'*'))
                word.chop(1);
            if (word.isEmpty())
                return Error{Error::Code::Invalid,
                             tr("The search “%1” has a * on its own: put it after the beginning "
                                "of a word (clim*).")
                                 .arg(query)};
            term.kind = QueryTerm::Kind::Prefix;
        }
        term.words = {word};
        return term;
    };

    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        QueryItem item;
        if (text.mid(i).startsWith(u"NEAR(")) {
            i += 5;
            while (true) {
                skipSpace();
                if (i >= text.size())
                    return Error{
                        Error::Code::Invalid,
                        tr("The search “%1” opens NEAR( without closing it with “)”.").arg(query)};
                if (text[i] == u')') {
                    ++i;
                    break;
                }
                if (text[i] == u',') {
                    ++i;
                    skipSpace();
                    const int from = i;
                    while (i < text.size() && text[i].isDigit())
                        ++i;
                    bool ok = false;
                    const int distance = text.mid(from, i - from).toInt(&ok);
                    skipSpace();
                    if (!ok || i >= text.size() || text[i] != u')')
                        return Error{Error::Code::Invalid,
                                     tr("The search “%1” has NEAR(…, N) without a number of "
                                        "words as N.")
                                         .arg(query)};
                    item.nearDistance = distance;
                    ++i;
                    break;
                }
                auto term = readTerm(true);
                if (!term)
                    return term.error();
                if (!term->words.isEmpty())
                    item.terms.append(*term);
            }
            if (item.terms.size() < 2)
                return Error{Error::Code::Invalid,
                             tr("The search “%1” has a NEAR(…) with fewer than two terms in it.")
                                 .arg(query)};
            if (item.nearDistance < 0)
                item.nearDistance = defaultNearDistance;
        } else {
            auto term = readTerm(false);
            if (!term)
                return term.error();
            if (term->words.isEmpty())
                continue; // ""
            item.terms.append(*term);
        }
        parsed.m_items.append(item);
    }
    if (parsed.m_items.isEmpty())
        return Error{Error::Code::Invalid, tr("The search is empty: type what to look for.")};
    if (auto compiled = parsed.compile(); !compiled)
        return compiled.error();
    return parsed;
}

Result<SearchQuery> SearchQuery::literal(const QString &text, const SearchOptions &options)
{
    if (options.regex)
        return parse(text, options);
    SearchQuery parsed;
    parsed.m_text = text;
    parsed.m_options = options;
    QueryTerm term;
    term.words = wordsOf(text);
    if (term.words.isEmpty())
        return Error{Error::Code::Invalid, tr("The search is empty: type what to look for.")};
    term.kind = term.words.size() == 1 ? QueryTerm::Kind::Word : QueryTerm::Kind::Phrase;
    QueryItem item;
    item.terms.append(term);
    parsed.m_items.append(item);
    if (auto compiled = parsed.compile(); !compiled)
        return compiled.error();
    return parsed;
}

Status SearchQuery::compile()
{
    if (m_options.regex) {
        QRegularExpression::PatternOptions patternOptions =
            QRegularExpression::UseUnicodePropertiesOption;
        if (!m_options.caseSensitive)
            patternOptions |= QRegularExpression::CaseInsensitiveOption;
        m_regex = QRegularExpression(m_text, patternOptions);
        if (!m_regex.isValid())
            return Error{Error::Code::Invalid,
                         tr("The regular expression “%1” is not valid: %2 (at character %3).")
                             .arg(m_text, m_regex.errorString())
                             .arg(m_regex.patternErrorOffset() + 1)};
        return success();
    }
    for (const QueryItem &item : std::as_const(m_items)) {
        QList<CompiledTerm> compiled;
        for (const QueryTerm &term : item.terms) {
            QStringList escaped;
            for (const QString &word : term.words)
                escaped.append(QRegularExpression::escape(
                    m_options.caseSensitive ? word : foldedForSearch(word)));
            CompiledTerm pattern;
            pattern.kind = term.kind;
            pattern.pattern = QRegularExpression(escaped.join(QStringLiteral("\\s+")),
                                                 QRegularExpression::UseUnicodePropertiesOption);
            compiled.append(pattern);
        }
        m_compiled.append(compiled);
    }
    return success();
}

QStringList SearchQuery::requiredSubstrings() const
{
    QStringList substrings;
    if (m_options.regex)
        return substrings;
    for (const QueryItem &item : m_items) {
        for (const QueryTerm &term : item.terms)
            substrings.append(term.words);
    }
    substrings.removeDuplicates();
    return substrings;
}

QList<TextHit> SearchQuery::findTerm(const CompiledTerm &term, const QString &text,
                                     const QString &subject) const
{
    QList<TextHit> hits;
    const QRegularExpression &pattern = m_options.regex ? m_regex : term.pattern;
    int from = 0;
    while (from <= subject.size()) {
        const QRegularExpressionMatch match =
            pattern.match(subject, from, QRegularExpression::NormalMatch,
                          QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!match.hasMatch())
            break;
        const int start = int(match.capturedStart());
        int end = int(match.capturedEnd());
        const int retry = start < text.size() ? nextCodePoint(text, start) : start + 1;
        if (end == start) { // an empty match is no hit
            from = retry;
            continue;
        }
        bool accepted = true;
        if (term.kind == QueryTerm::Kind::Prefix) {
            accepted = atWordEdge(text, start);
            while (end < text.size() && wordAt(text, end))
                end = nextCodePoint(text, end);
        } else if (m_options.wholeWord) {
            accepted = atWordEdge(text, start) && atWordEdge(text, end);
        }
        if (!accepted) {
            from = retry;
            continue;
        }
        hits.append({start, end});
        from = end;
    }
    return hits;
}

QList<TextHit> SearchQuery::findNear(const QueryItem &item, const QList<QList<TextHit>> &termHits,
                                     const QString &text) const
{
    const WordBounds words = WordBounds::of(text);
    // The words a hit covers, as indexes into words (a hit between words counts as the one before).
    auto wordIndex = [&](int position) {
        const auto after = std::upper_bound(words.starts.begin(), words.starts.end(), position);
        return std::max(0, int(after - words.starts.begin()) - 1);
    };
    struct Placed
    {
        int first = 0;
        int last = 0;
    };
    QList<QList<Placed>> placed;
    int widest = 0;
    for (const QList<TextHit> &hits : termHits) {
        QList<Placed> list;
        int longest = 0;
        for (const TextHit &hit : hits) {
            const Placed p{wordIndex(hit.start), wordIndex(hit.end - 1)};
            longest = std::max(longest, p.last - p.first + 1);
            list.append(p);
        }
        widest += longest;
        placed.append(list);
    }
    const int span = item.nearDistance + widest; // no group spans more words than this

    QList<QList<bool>> inGroup;
    for (const QList<Placed> &list : std::as_const(placed))
        inGroup.append(QList<bool>(list.size(), false));

    const int terms = int(placed.size());
    QList<int> chosen(terms, -1);
    // A group: one hit of each term, at most nearDistance words between them besides their
    // own, none of them overlapping another.
    auto accept = [&](int low, int high, int own) {
        if ((high - low + 1) - own > item.nearDistance)
            return;
        for (int t = 0; t < terms; ++t) {
            for (int u = t + 1; u < terms; ++u) {
                const TextHit &a = termHits[t][chosen[t]];
                const TextHit &b = termHits[u][chosen[u]];
                if (a.start < b.end && b.start < a.end)
                    return;
            }
        }
        for (int t = 0; t < terms; ++t)
            inGroup[t][chosen[t]] = true;
    };
    // Anchored on each hit of the first term, the others looked for within reach of it only.
    for (int h = 0; h < placed[0].size(); ++h) {
        chosen[0] = h;
        const Placed &anchor = placed[0][h];
        std::function<void(int, int, int, int)> near = [&](int term, int low, int high, int own) {
            if (term == terms) {
                accept(low, high, own);
                return;
            }
            const QList<Placed> &list = placed[term];
            const auto from =
                std::lower_bound(list.begin(), list.end(), anchor.first - span,
                                 [](const Placed &p, int word) { return p.first < word; });
            for (auto it = from; it != list.end() && it->first <= anchor.last + span; ++it) {
                const int newLow = std::min(low, it->first);
                const int newHigh = std::max(high, it->last);
                if (newHigh - newLow + 1 > span)
                    continue;
                chosen[term] = int(it - list.begin());
                near(term + 1, newLow, newHigh, own + it->last - it->first + 1);
            }
        };
        near(1, anchor.first, anchor.last, anchor.last - anchor.first + 1);
    }

    QList<TextHit> hits;
    for (int t = 0; t < terms; ++t) {
        for (int h = 0; h < termHits[t].size(); ++h) {
            if (inGroup[t][h])
                hits.append(termHits[t][h]);
        }
    }
    return hits;
}

QList<TextHit> SearchQuery::find(const QString &text) const
{
    if (m_options.regex)
        return findTerm(CompiledTerm{}, text, matchable(text));
    const QString subject = matchable(m_options.caseSensitive ? text : foldedForSearch(text));
    QList<TextHit> all;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QueryItem &item = m_items[i];
        QList<QList<TextHit>> termHits;
        for (const CompiledTerm &term : m_compiled[i]) {
            termHits.append(findTerm(term, text, subject));
            if (termHits.last().isEmpty())
                return {};
        }
        const QList<TextHit> hits =
            item.nearDistance >= 0 ? findNear(item, termHits, text) : termHits.first();
        if (hits.isEmpty())
            return {};
        all.append(hits);
    }
    std::sort(all.begin(), all.end(), [](const TextHit &a, const TextHit &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace counterpoint::search
