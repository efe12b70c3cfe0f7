#include "exchange/refiqda/SourceText.h"

#include <QCoreApplication>

namespace counterpoint::importing {

namespace {
// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};
} // namespace

QString describe(const Counting &counting)
{
    return (counting.utf16Units ? Messages::tr("UTF-16 units") : Messages::tr("code points")) +
           u", " +
           (counting.crLfAsOne ? Messages::tr("CR LF as one") : Messages::tr("CR LF as two"));
}

SourceText::SourceText(const QString &raw)
{
    m_text.reserve(raw.size());
    bool hasCrLf = false, hasAstral = false;
    for (auto &map : m_maps)
        map.reserve(size_t(raw.size()) + 1);
    auto push = [&](bool utf16Units, bool crLfAsOne, int value) {
        m_maps[index({utf16Units, crLfAsOne})].push_back(value);
    };
    auto pushAll = [&](int value) {
        for (auto &map : m_maps)
            map.push_back(value);
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        const int here = int(m_text.size());
        if (c == u'\r' && i + 1 < raw.size() && raw.at(i + 1) == u'\n') {
            hasCrLf = true;
            pushAll(here);            // the CR; counted as one, the pair ends here
            push(false, false, here); // the LF, for those that count it on its own
            push(true, false, here);
            m_text += u'\n';
            ++i;
        } else if (c == u'\r') {
            pushAll(here);
            m_text += u'\n';
        } else if (c.isHighSurrogate() && i + 1 < raw.size() && raw.at(i + 1).isLowSurrogate()) {
            hasAstral = true;
            pushAll(here);
            push(true, false, -1); // between the two units: inside the character
            push(true, true, -1);
            m_text += c;
            m_text += raw.at(++i);
        } else {
            pushAll(here);
            m_text += c;
        }
    }
    pushAll(int(m_text.size()));
    for (const bool utf16 : {false, true}) {
        if (utf16 && !hasAstral)
            continue;
        for (const bool crLfAsOne : {false, true}) {
            if (crLfAsOne && !hasCrLf)
                continue;
            m_countings.append({utf16, crLfAsOne});
        }
    }
}

std::optional<std::pair<int, int>> SourceText::place(const Counting &counting, int start,
                                                     int end) const
{
    const std::vector<int> &map = m_maps[index(counting)];
    if (start < 0 || end < start || size_t(end) >= map.size())
        return std::nullopt;
    const int from = map[size_t(start)], to = map[size_t(end)];
    if (from < 0 || to < 0)
        return std::nullopt;
    return std::pair(from, to);
}

bool isWholeName(const QString &name)
{
    return !name.endsWith(u'…');
}

bool showsName(const QString &text, std::pair<int, int> range, const QString &name)
{
    const QString shown = text.mid(range.first, range.second - range.first).simplified();
    const QString expected = name.simplified();
    if (isWholeName(expected))
        return shown == expected;
    return shown.startsWith(expected.chopped(1));
}

} // namespace counterpoint::importing
