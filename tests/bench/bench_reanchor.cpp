// Re-anchoring 10,000 annotations on a 1 MB article after scattered edits. Goal: under 1 s.
// Baseline, measured in the same run: QString::indexOf of every quote in the new text, the least
// any search for the quotes costs. The last lines print the figures and the ratio.
#include "BenchText.h"
#include "anchor/Reanchorer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace counterpoint;
using namespace counterpoint::bench;

namespace {

constexpr int articleSize = 1024 * 1024;
constexpr int annotationCount = 10000;
constexpr int editCount = 400;
constexpr double goalSeconds = 1.0;

// A word boundary at or after at.
int wordStart(const QString &text, int at)
{
    while (at < text.size() && text[at] != u' ')
        ++at;
    return std::min(int(text.size()), at + 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    BenchText generator(20260523);
    QRandomGenerator &random = generator.random();
    const QString before = generator.article(articleSize);

    QList<Annotation> annotations;
    annotations.reserve(annotationCount);
    for (int i = 0; i < annotationCount; ++i) {
        const int start = wordStart(before, int(random.bounded(articleSize - 400)));
        const int end = wordStart(before, start + 20 + int(random.bounded(200))) - 1;
        Annotation a;
        a.id = QUuid::createUuid();
        a.start = start;
        a.end = std::max(start + 1, end);
        a.quote = TextQuote::fromText(before, a.start, a.end);
        annotations.append(a);
    }

    // Scattered edits, applied from the end so earlier positions stay valid: new sentences,
    // deleted stretches, changed words and punctuation.
    QList<int> places;
    for (int i = 0; i < editCount; ++i)
        places.append(wordStart(before, int(random.bounded(articleSize - 1000))));
    std::sort(places.begin(), places.end(), std::greater<>());
    // Each edit as (place, characters removed, characters inserted), for the ground truth.
    struct Edit
    {
        int at;
        int removed;
        int inserted;
    };
    QList<Edit> edits;
    QString after = before;
    int previous = int(before.size());
    for (const int at : std::as_const(places)) {
        QString inserted;
        int removed = 0;
        switch (random.bounded(4)) {
        case 0:
            inserted = generator.sentence() + u' ';
            break;
        case 1: // never into the text an edit further on put there
            removed = std::min(10 + int(random.bounded(300)), previous - at);
            break;
        case 2:
            removed = wordStart(after, at) - 1 - at;
            inserted = generator.word();
            break;
        default:
            inserted = QStringLiteral("; ");
            break;
        }
        after.replace(at, removed, inserted);
        edits.append({at, removed, int(inserted.size())});
        previous = at;
    }

    QElapsedTimer timer;
    timer.start();
    ReanchorSummary summary;
    Reanchorer reanchorer(before, after);
    const qint64 diffNs = timer.nsecsElapsed();
    const QList<Annotation> placed = reanchorer.reanchorAll(annotations, &summary);
    const double seconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qsizetype found = 0;
    for (const Annotation &a : std::as_const(annotations))
        found += after.indexOf(a.quote.exact) >= 0 ? 1 : 0;
    const double baseline = timer.nsecsElapsed() / 1e9;

    // Ground truth: an annotation no edit touched must be exactly where the edits before it
    // shifted it.
    int untouched = 0;
    int rightPlace = 0;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        int shift = 0;
        bool touched = false;
        for (const Edit &e : std::as_const(edits)) {
            if (e.at + e.removed <= a.start && (e.at < a.start || e.removed == 0))
                shift += e.inserted - e.removed;
            else if (e.at < a.end)
                touched = true;
        }
        if (touched)
            continue;
        ++untouched;
        const Annotation &p = placed.at(i);
        rightPlace += p.start == a.start + shift && p.end == a.end + shift ? 1 : 0;
    }
    out << QStringLiteral("untouched annotations placed where the edits moved them: %1 of %2\n")
               .arg(rightPlace)
               .arg(untouched);
    out << QStringLiteral("annotations placed: %1 of %2 (%3 found by indexOf)\n")
               .arg(placed.size())
               .arg(annotationCount)
               .arg(found);
    out << QStringLiteral("states: exact %1, moved %2, fuzzy %3, orphaned %4\n")
               .arg(summary.exact)
               .arg(summary.moved)
               .arg(summary.fuzzy)
               .arg(summary.orphaned);
    out << QStringLiteral("re-anchor %1 annotations, %2 MB article, %3 edits: %4 s (diff %5 s; "
                          "goal < %6 s)\n")
               .arg(annotationCount)
               .arg(after.size() / 1048576.0, 0, 'f', 2)
               .arg(editCount)
               .arg(seconds, 0, 'f', 3)
               .arg(diffNs / 1e9, 0, 'f', 3)
               .arg(goalSeconds, 0, 'f', 1);
    out << QStringLiteral("baseline indexOf of every quote: %1 s; ratio re-anchor/baseline: %2\n")
               .arg(baseline, 0, 'f', 3)
               .arg(seconds / baseline, 0, 'f', 2);
    return seconds < goalSeconds && placed.size() == annotationCount && rightPlace == untouched ? 0
                                                                                                : 1;
}
