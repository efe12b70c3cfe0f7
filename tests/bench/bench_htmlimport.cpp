// Issue 18 item 8: reading 1 MB of any HTML into an article takes under 2 s. Each page shape that
// has made an HTML importer quadratic (nesting of blocks and of inline elements, long and nested
// lists, wide tables, unclosed tags, many images) at about 1 MB, read as the importer reads a
// file, beside the same page's text as plain text (the floor) and beside an ordinary article of
// the same size. Prints its figures as its last lines.
#include "BenchText.h"
#include "import/ArticleImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace counterpoint;

namespace {

constexpr int pageSize = 1 << 20; // about 1 MB of markup

QString repeatedUntil(const QString &unit, qsizetype size)
{
    return unit.repeated(qMax<qsizetype>(1, size / qMax<qsizetype>(1, unit.size())));
}

// A page whose body is opening, then text, then closing, about half of pageSize each way.
QString nested(const QString &open, const QString &close, const QString &inner)
{
    return QStringLiteral("<html><head><title>Shape</title></head><body>") +
           repeatedUntil(open, pageSize / 2) + inner + repeatedUntil(close, pageSize / 2) +
           QStringLiteral("</body></html>");
}

struct Shape
{
    const char *name;
    QString html;
};

QList<Shape> shapes()
{
    bench::BenchText text(18);
    QList<Shape> all;
    QString ordinary = QStringLiteral("<html><head><title>Ordinary</title></head><body>");
    while (ordinary.size() < pageSize)
        ordinary += QStringLiteral("<p>") + text.sentence() + QStringLiteral(" <a href=\"#\">") +
                    text.word() + QStringLiteral("</a> ") + text.sentence() +
                    QStringLiteral("</p>\n");
    all.append({"ordinary paragraphs (baseline)", ordinary + QStringLiteral("</body></html>")});
    all.append({"nested <div>s", nested(QStringLiteral("<div>"), QStringLiteral("</div>"),
                                        QStringLiteral("Deep inside."))});
    all.append({"nested inline <span><b><i>",
                nested(QStringLiteral("<span><b><i>"), QStringLiteral("</i></b></span>"),
                       QStringLiteral("Deep inline."))});
    all.append({"nested <blockquote>s",
                nested(QStringLiteral("<blockquote>x"), QStringLiteral("</blockquote>"),
                       QStringLiteral("Quoted."))});
    all.append({"nested lists", nested(QStringLiteral("<ul><li>item"), QStringLiteral("</li></ul>"),
                                       QStringLiteral("Deepest item."))});
    all.append({"one long list",
                QStringLiteral("<html><body><ul>") +
                    repeatedUntil(QStringLiteral("<li>An item of the list</li>"), pageSize) +
                    QStringLiteral("</ul></body></html>")});
    all.append({"a wide table", QStringLiteral("<html><body><table>") +
                                    repeatedUntil(QStringLiteral("<tr>") +
                                                      QStringLiteral("<td>cell</td>").repeated(40) +
                                                      QStringLiteral("</tr>"),
                                                  pageSize) +
                                    QStringLiteral("</table></body></html>")});
    all.append({"nested tables",
                nested(QStringLiteral("<table><tr><td>"), QStringLiteral("</td></tr></table>"),
                       QStringLiteral("Innermost cell."))});
    all.append(
        {"unclosed <p><font>", QStringLiteral("<html><body>") +
                                   repeatedUntil(QStringLiteral("<p><font>words "), pageSize) +
                                   QStringLiteral("</body></html>")});
    all.append({"many images",
                QStringLiteral("<html><body><p>") +
                    repeatedUntil(QStringLiteral("<img src=\"x.png\" alt=\"a\"> and "), pageSize) +
                    QStringLiteral("</p></body></html>")});
    return all;
}

// The median of three reads of bytes as fileName, in seconds; -1 when refused.
double secondsToRead(const QByteArray &bytes, const QString &fileName, QString *text = nullptr)
{
    QList<double> runs;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto article = ArticleImporter::readBytes(bytes, fileName);
        runs.append(double(timer.nsecsElapsed()) / 1e9);
        if (!article) {
            std::printf("  refused: %s\n", qPrintable(article.errorMessage()));
            return -1;
        }
        if (text)
            *text = article->text;
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    struct Row
    {
        const char *name;
        double kb;
        double seconds;
        double plainSeconds;
    };
    QList<Row> rows;
    for (const Shape &shape : shapes()) {
        const QByteArray bytes = shape.html.toUtf8();
        QString text;
        const double seconds = secondsToRead(bytes, QStringLiteral("shape.html"), &text);
        const double plain = secondsToRead(text.toUtf8(), QStringLiteral("shape.txt"));
        rows.append({shape.name, double(bytes.size()) / 1024, seconds, plain});
    }
    const double baseline = rows.constFirst().seconds;
    double slowest = 0;
    std::printf("reading about 1 MB of HTML of each shape (median of 3; goal: under 2 s each):\n");
    for (const Row &row : std::as_const(rows)) {
        std::printf("  %-32s %6.0f KB  %.3f s  (%.1fx its text as plain text, %.2fx ordinary "
                    "paragraphs)\n",
                    row.name, row.kb, row.seconds,
                    row.plainSeconds > 0 ? row.seconds / row.plainSeconds : 0.0,
                    baseline > 0 ? row.seconds / baseline : 0.0);
        slowest = std::max(slowest, row.seconds);
    }
    std::printf("slowest shape: %.3f s (%.2fx the goal of 2 s)\n", slowest, slowest / 2.0);
    const bool everyRead =
        std::all_of(rows.cbegin(), rows.cend(), [](const Row &r) { return r.seconds >= 0; });
    return everyRead ? 0 : 1;
}
