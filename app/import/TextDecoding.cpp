#include "TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringDecoder>

#include <array>

namespace counterpoint {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::TextDecoding)
};

Error notText(const QString &fileName, const QString &why)
{
    return {Error::Code::Invalid, Messages::tr("Cannot import “%1”: it is not text (%2).")
                                      .arg(QDir::toNativeSeparators(fileName), why)};
}

// Windows-1252's 0x80–0x9F; 0 marks the five bytes that the code page leaves undefined.
constexpr std::array<char16_t, 32> windows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool decodeWindows1252(QByteArrayView bytes, QString &text)
{
    text.resize(bytes.size());
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x80 && value < 0xA0) {
            const char16_t mapped = windows1252High[value - 0x80];
            if (mapped == 0)
                return false;
            *out++ = QChar(mapped);
        } else {
            *out++ = QChar(value);
        }
    }
    return true;
}

bool decodeStrictly(QStringConverter::Encoding encoding, QByteArrayView bytes, QString &text)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    text = decoder.decode(bytes);
    return !decoder.hasError();
}

// A control character outside tab, line feed, form feed and carriage return means binary data.
int firstControlCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            return int(i);
        if (c == 0x7F)
            return int(i);
    }
    return -1;
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName)
{
    DecodedText decoded;
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        if (!decodeStrictly(QStringConverter::Utf8, view.sliced(3), decoded.text))
            return notText(fileName,
                           Messages::tr("it starts like UTF-8 but holds bytes that are not UTF-8"));
        decoded.encoding = QStringLiteral("UTF-8");
    } else if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool littleEndian = view.startsWith("\xFF\xFE");
        if (view.size() % 2 != 0 ||
            !decodeStrictly(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                            view.sliced(2), decoded.text))
            return notText(fileName, Messages::tr("it starts like UTF-16 but is not valid UTF-16"));
        decoded.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (view.contains('\0')) {
        return notText(fileName, Messages::tr("it holds binary data"));
    } else if (decodeStrictly(QStringConverter::Utf8, view, decoded.text)) {
        decoded.encoding = QStringLiteral("UTF-8");
    } else if (decodeWindows1252(view, decoded.text)) {
        decoded.encoding = QStringLiteral("windows-1252");
    } else {
        return notText(fileName, Messages::tr("it is neither UTF-8, UTF-16 nor Windows-1252"));
    }

    if (const int at = firstControlCharacter(decoded.text); at >= 0)
        return notText(fileName, Messages::tr("it holds the control character U+%1 at character %2")
                                     .arg(decoded.text.at(at).unicode(), 4, 16, QLatin1Char('0'))
                                     .arg(at));
    decoded.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    decoded.text.replace(u'\r', u'\n');
    return decoded;
}

} // namespace counterpoint
