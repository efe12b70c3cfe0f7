#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace counterpoint::bench {

// Article-like text for benchmarks: sentences of words drawn, most often the common ones, from a
// vocabulary of made-up words, with commas, quotes and paragraph breaks. Seeded: every run gets
// the same text.
class BenchText final
{
public:
    explicit BenchText(quint32 seed, int vocabulary = 4000)
        : m_random(seed)
    {
        static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa",  "ti", "vo", "ze",
                                          "an", "el", "or", "us", "ch", "str", "pl", "qu", "ix"};
        for (int i = 0; i < vocabulary; ++i) {
            QString word;
            const int parts = 1 + int(m_random.bounded(4));
            for (int p = 0; p < parts; ++p)
                word += QLatin1String(syllables[m_random.bounded(int(std::size(syllables)))]);
            m_words.append(word);
        }
    }

    QString word()
    {
        // Squaring a uniform draw favours the first words, as real text favours common ones.
        const double u = m_random.generateDouble();
        return m_words.at(int(u * u * m_words.size()));
    }

    QString sentence()
    {
        const int length = 6 + int(m_random.bounded(20));
        QString text = word();
        text[0] = text[0].toUpper();
        const bool quoted = m_random.bounded(10) == 0;
        if (quoted)
            text.prepend(u'“');
        for (int i = 1; i < length; ++i) {
            text += (m_random.bounded(9) == 0 ? QStringLiteral(", ") : QStringLiteral(" "));
            text += word();
        }
        text += u'.';
        if (quoted)
            text += u'”';
        return text;
    }

    QString article(int size)
    {
        QString text;
        text.reserve(size + 1000);
        while (text.size() < size) {
            const int sentences = 2 + int(m_random.bounded(6));
            for (int s = 0; s < sentences; ++s)
                text += sentence() + u' ';
            text.chop(1);
            text += u'\n';
        }
        return text.left(size);
    }

    QRandomGenerator &random() { return m_random; }

private:
    QRandomGenerator m_random;
    QStringList m_words;
};

} // namespace counterpoint::bench
