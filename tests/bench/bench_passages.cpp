// The shared-passage finder on two 1 MB articles that quote 200 passages from each other, the
// second copy of each lightly changed (case, quote marks, a word). Goal: under 2 s. Baseline,
// measured in the same run: cutting both texts into words and hashing each, the least any
// word-based comparison costs. The last lines print the figures and the ratio.
#include "BenchText.h"
#include "anchor/SharedPassageFinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace counterpoint;
using namespace counterpoint::bench;

namespace {

constexpr int articleSize = 1024 * 1024;
constexpr int planted = 200;
constexpr double goalSeconds = 2.0;

int sentenceEnd(const QString &text, int at)
{
    const qsizetype end = text.indexOf(u'.', at);
    return end < 0 ? int(text.size()) : int(end) + 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    BenchText firstWriter(1), secondWriter(2), quoted(3);
    QString first = firstWriter.article(articleSize);
    QString second = secondWriter.article(articleSize);
    QRandomGenerator &random = quoted.random();

    // Each planted passage goes after a sentence end in both texts, changed in the second.
    QStringList passages;
    QStringList changedPassages;
    for (int i = 0; i < planted; ++i) {
        QString passage;
        while (passage.size() < 120)
            passage += quoted.sentence() + u' ';
        passage = u' ' + passage.trimmed();
        passages.append(passage);
        QString changed = passage;
        switch (i % 3) {
        case 0:
            changed = changed.toUpper();
            break;
        case 1:
            changed.replace(u'“', u'"').replace(u'”', u'"').replace(u',', u';');
            break;
        default:
            changed.insert(changed.indexOf(u' ', changed.size() / 2), QStringLiteral(" very"));
            break;
        }
        changedPassages.append(changed);
    }
    // Places chosen in the texts as generated and filled from the end, so that no passage lands
    // inside another.
    auto plant = [&](QString &text, const QStringList &pieces) {
        QList<int> places;
        for (qsizetype i = 0; i < pieces.size(); ++i)
            places.append(sentenceEnd(text, int(random.bounded(int(text.size()) - 1))));
        std::sort(places.begin(), places.end(), std::greater<>());
        for (qsizetype i = 0; i < pieces.size(); ++i)
            text.insert(places.at(i), pieces.at(i));
    };
    plant(first, passages);
    plant(second, changedPassages);

    QElapsedTimer timer;
    timer.start();
    const QList<PassageMatch> found = SharedPassageFinder().find(first, second);
    const double seconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    size_t checksum = 0;
    for (const QString *text : {&first, &second}) {
        const QStringView view(*text);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= view.size(); ++i) {
            const bool letter = i < view.size() && view[i].isLetterOrNumber();
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0) {
                checksum ^= qHash(view.mid(start, i - start).toString().toCaseFolded());
                start = -1;
            }
        }
    }
    const double baseline = timer.nsecsElapsed() / 1e9;

    // Recall: a planted passage counts as found when a match covers most of it in the first text.
    int recalled = 0;
    for (const QString &passage : std::as_const(passages)) {
        const int start = int(first.indexOf(passage));
        const int end = start + int(passage.size());
        for (const PassageMatch &m : found) {
            if (std::min(end, m.firstEnd) - std::max(start, m.firstStart) >
                passage.size() * 3 / 4) {
                ++recalled;
                break;
            }
        }
    }
    int words = 0;
    for (const PassageMatch &m : found)
        words += m.words;
    out << QStringLiteral("passages found: %1; planted passages found: %2 of %3 (%4 shared words; "
                          "checksum %5)\n")
               .arg(found.size())
               .arg(recalled)
               .arg(planted)
               .arg(words)
               .arg(checksum % 1000);
    out << QStringLiteral("shared passages in two %1 MB articles: %2 s (goal < %3 s)\n")
               .arg(articleSize / 1048576.0, 0, 'f', 1)
               .arg(seconds, 0, 'f', 3)
               .arg(goalSeconds, 0, 'f', 1);
    out << QStringLiteral("baseline hashing every word of both: %1 s; ratio finder/baseline: %2\n")
               .arg(baseline, 0, 'f', 3)
               .arg(seconds / baseline, 0, 'f', 2);
    return seconds < goalSeconds && recalled == planted ? 0 : 1;
}
