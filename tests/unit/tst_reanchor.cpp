// Re-anchoring annotations on edited versions of the sample articles: every annotation must end
// in the expected state (exact, moved, fuzzy, orphaned) AND on the expected range of the new
// canonical text. Texts are made by the real importer, as an update from a file makes them.
#include "TestSupport.h"

#include "anchor/FuzzyMatcher.h"
#include "anchor/Reanchorer.h"
#include "anchor/TextDiff.h"
#include "import/ArticleImporter.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

struct Edit
{
    QByteArray from; // replaced once in the file's bytes; must occur exactly once
    QByteArray to;
};

// What an annotation on `quote` should become: its state, and the passage of the new text it
// should cover (unique there), or for an orphan the text its collapsed range should sit before.
struct Expected
{
    QString quote;
    AnchorState state;
    QString passage;
};

const QString anthropicFile = QStringLiteral("anthropic-warns-of-gpu-smuggling.md");
const QString briefingFile = QStringLiteral("analyst-briefing.txt");
const QString nvidiaFile = QStringLiteral("nvidia-denies-tall-tales.html");

// The annotations BuildSampleProject.cmake makes on the Markdown article.
const QStringList anthropicQuotes = {
    QStringLiteral("In a long post on its blog"),
    QStringLiteral("chip smuggling is a major threat to American export controls"),
    QStringLiteral("China has built sophisticated smuggling operations, with documented cases "
                   "involving hundreds of millions of dollars worth of chips"),
    QStringLiteral("Anthropic wants the rule enforced on schedule and made stricter, not delayed."),
    QStringLiteral("Speaking to CNBC"),
    QStringLiteral("American firms should focus on innovation and rise to the challenge, rather "
                   "than tell tall tales."),
    QStringLiteral("the AI Diffusion Rule should not be used to stifle competition"),
    QStringLiteral("China already has significant AI expertise of its own"),
    QStringLiteral("new licensing terms could cost it up to $5.5 billion in revenue"),
    QStringLiteral("Whether more chips really make better AI is itself debated"),
};

// The annotations BuildSampleProject.cmake makes on the HTML article.
const QStringList nvidiaQuotes = {
    QStringLiteral("American firms should focus on innovation and rise to the challenge, rather "
                   "than tell tall tales"),
    QStringLiteral("given to CNBC"),
    QStringLiteral("In 2022 a woman was caught carrying 200 CPUs hidden in a prosthetic belly."),
    QStringLiteral("In 2023 two men were found moving GPUs into China packed alongside live "
                   "lobsters."),
    QStringLiteral("Anthropic is citing earlier cases, not making claims out of thin air."),
    QStringLiteral("it has given no evidence of ongoing smuggling"),
    QStringLiteral("accelerate the diffusion of American AI technology around the world"),
    QStringLiteral("China is right behind us"),
};

const QStringList briefingQuotes = {
    QStringLiteral("Chip smuggling into China is a major threat to US export controls."),
    QStringLiteral("The company calls the smuggling stories “tall tales”"),
    QStringLiteral("Neither side has published evidence about smuggling happening now."),
};

Article render(const QByteArray &bytes, const QString &fileName)
{
    auto article = ArticleImporter::readBytes(bytes, fileName);
    if (!article)
        qFatal("cannot render %s: %s", qPrintable(fileName), qPrintable(article.errorMessage()));
    return *article;
}

QList<Annotation> annotate(const QString &text, const QStringList &quotes)
{
    QList<Annotation> annotations;
    for (const QString &quote : quotes) {
        const int start = int(text.indexOf(quote));
        if (start < 0 || text.indexOf(quote, start + 1) >= 0)
            qFatal("the quote “%s” must occur once in the article", qPrintable(quote));
        Annotation annotation;
        annotation.id = QUuid::createUuid();
        annotation.start = start;
        annotation.end = start + int(quote.size());
        annotation.quote = TextQuote::fromText(text, annotation.start, annotation.end);
        annotations.append(annotation);
    }
    return annotations;
}

} // namespace

class TestReanchor final : public QObject
{
    Q_OBJECT

private:
    // Edits the sample file, re-anchors its annotations and checks each one's state and range.
    void check(const QString &fileName, const QStringList &quotes, const QList<Edit> &edits,
               const QList<Expected> &expected)
    {
        const QByteArray original = readFile(sampleArticlesDir() + u'/' + fileName);
        QVERIFY(!original.isEmpty());
        QByteArray edited = original;
        for (const Edit &edit : edits) {
            QVERIFY2(edited.count(edit.from) == 1, edit.from.constData());
            edited.replace(edit.from, edit.to);
        }
        const Article before = render(original, fileName);
        const Article after = render(edited, fileName);
        const QList<Annotation> annotations = annotate(before.text, quotes);

        Reanchorer reanchorer(before.text, after.text);
        ReanchorSummary summary;
        const QList<Annotation> placed = reanchorer.reanchorAll(annotations, &summary);
        QCOMPARE(placed.size(), annotations.size()); // nothing dropped
        QCOMPARE(summary.total(), annotations.size());

        for (const Expected &e : expected) {
            const int index = int(quotes.indexOf(e.quote));
            QVERIFY2(index >= 0, qPrintable(e.quote));
            const Annotation &a = placed.at(index);
            const QString where =
                QStringLiteral("“%1”: got %2 at %3–%4 “%5”")
                    .arg(e.quote, toString(a.anchorState))
                    .arg(a.start)
                    .arg(a.end)
                    .arg(a.start == a.end
                             ? after.text.mid(a.start - 12, 12) + u'|' + after.text.mid(a.start, 12)
                             : after.text.mid(a.start, a.end - a.start));
            QVERIFY2(a.anchorState == e.state, qPrintable(where));
            const int at = int(after.text.indexOf(e.passage));
            QVERIFY2(at >= 0 && after.text.indexOf(e.passage, at + 1) < 0,
                     qPrintable(QStringLiteral("expected passage not unique: ") + e.passage));
            if (e.state == AnchorState::Orphaned) {
                QVERIFY2(a.start == at && a.end == at, qPrintable(where));
                QCOMPARE(a.quote, annotations.at(index).quote); // an orphan keeps its words
            } else {
                QVERIFY2(a.start == at && a.end == at + e.passage.size(), qPrintable(where));
                QCOMPARE(a.quote.exact, e.passage);
            }
        }
        QCOMPARE(expected.size(), quotes.size()); // every annotation checked
    }

    static QList<Expected> all(const QStringList &quotes, AnchorState state)
    {
        QList<Expected> expected;
        for (const QString &quote : quotes)
            expected.append({quote, state, quote});
        return expected;
    }

private slots:
    void fuzzyMatcherFindsTheLeastDistance()
    {
        // Against brute force, on a small alphabet so that near misses abound; patterns longer
        // than 64 characters cross blocks.
        QRandomGenerator random(5);
        auto randomText = [&](int length) {
            QString text;
            for (int i = 0; i < length; ++i)
                text.append(QChar(u'a' + random.bounded(4)));
            return text;
        };
        for (int round = 0; round < 60; ++round) {
            const QString text = randomText(200);
            const int length = 1 + random.bounded(150);
            QString pattern = text.mid(random.bounded(200 - std::min(length, 199)), length);
            for (int e = 0; e < length / 8; ++e)
                pattern[random.bounded(int(pattern.size()))] = QChar(u'a' + random.bounded(4));
            // Sellers' dynamic programme: the least distance of pattern to any substring.
            QList<int> column(pattern.size() + 1);
            for (int i = 0; i <= pattern.size(); ++i)
                column[i] = i;
            int best = int(pattern.size());
            for (const QChar c : text) {
                int diagonal = column[0];
                column[0] = 0;
                for (int i = 1; i <= pattern.size(); ++i) {
                    const int above = column[i];
                    column[i] = std::min(
                        {above + 1, column[i - 1] + 1, diagonal + (pattern[i - 1] == c ? 0 : 1)});
                    diagonal = above;
                }
                best = std::min(best, column.last());
            }
            const FuzzyMatcher matcher(pattern);
            const QList<FuzzyMatch> matches = matcher.search(text, 0, int(text.size()), length);
            QVERIFY(!matches.isEmpty());
            QCOMPARE(matches.first().errors, best);
            for (const FuzzyMatch &m : matches)
                QCOMPARE(FuzzyMatcher::editDistance(
                             pattern, QStringView(text).mid(m.start, m.end - m.start)),
                         m.errors);
        }
    }

    void offsetMapFollowsEdits()
    {
        const QString before = QStringLiteral("One two three. Four five six. Seven eight.");
        const QString after = QStringLiteral("Zero. One two three. Five six! Seven eight.");
        const OffsetMap map = TextDiff::offsetMap(before, after);
        QCOMPARE(map.map(0), 6); // "One"
        QCOMPARE(map.map(int(before.indexOf(u"six"))), int(after.indexOf(u"six")));
        QCOMPARE(map.map(int(before.indexOf(u"Seven"))), int(after.indexOf(u"Seven")));
        QCOMPARE(map.map(int(before.size())), int(after.size()));
        QVERIFY(map.isUnchanged(0, 13));
        QVERIFY(!map.isUnchanged(15, 29));
    }

    void unchangedTextKeepsEveryAnchorExact()
    {
        check(anthropicFile, anthropicQuotes,
              {{"effect this month in its present form, or what its consequences will be.",
                "effect this month in its present form, or what its consequences will be.\n\n"
                "A later paragraph, added at the end."}},
              all(anthropicQuotes, AnchorState::Exact));
    }

    void insertionBeforeEveryQuoteMovesThem()
    {
        check(anthropicFile, anthropicQuotes,
              {{"# Anthropic warns of GPU smuggling as export rule deadline nears\n",
                "# Anthropic warns of GPU smuggling as export rule deadline nears\n\n"
                "*Updated:* a correction was added below, and a new opening paragraph.\n"}},
              all(anthropicQuotes, AnchorState::Moved));
    }

    void insertionsInsideAndAroundQuotes()
    {
        QList<Expected> expected = all(anthropicQuotes, AnchorState::Moved);
        expected[0].state = AnchorState::Exact; // before every edit
        // Inside: a word added in the middle of the quote.
        expected[1] = {anthropicQuotes[1], AnchorState::Fuzzy,
                       QStringLiteral("chip smuggling is a very major threat to American export "
                                      "controls")};
        // Right after a quote, and right before one: the quotes themselves are intact.
        check(anthropicFile, anthropicQuotes,
              {{"is a major threat", "is a very major threat"},
               {"worth of chips.", "worth of chips, by its count."},
               {"Speaking to CNBC,", "Only yesterday. Speaking to CNBC,"}},
              expected);
    }

    void deletedParagraphOrphansItsAnnotations()
    {
        QList<Expected> expected = all(anthropicQuotes, AnchorState::Exact);
        // The whole "Nvidia's answer" section goes: its annotations are orphaned where it was.
        for (int i : {4, 5, 6, 7})
            expected[i] = {anthropicQuotes[i], AnchorState::Orphaned,
                           QStringLiteral("Nvidia has a great deal at stake.")};
        expected[8].state = AnchorState::Moved;
        expected[9].state = AnchorState::Moved;
        check(anthropicFile, anthropicQuotes,
              {{"## Nvidia's answer\n\nNvidia has rejected the smuggling story in unusually blunt "
                "terms. Speaking to CNBC, a company\nspokesperson said: \"American firms should "
                "focus on innovation and rise to the challenge, rather\nthan tell tall tales.\" "
                "The chipmaker added that the AI Diffusion Rule should not be used to stifle\n"
                "competition, and it maintains that China already has significant AI expertise of "
                "its own.\n\n",
                ""}},
              expected);
    }

    void changedPunctuationAndQuoteMarks()
    {
        QList<Expected> expected = all(anthropicQuotes, AnchorState::Exact);
        // Punctuation inside the quote: found again approximately, on the edited words.
        expected[2] = {anthropicQuotes[2], AnchorState::Fuzzy,
                       QStringLiteral("China has built sophisticated smuggling operations; with "
                                      "documented cases involving hundreds of millions of "
                                      "dollars’ worth of chips")};
        // Quote marks around a quote change its context only: it is exactly where it was.
        check(anthropicFile, anthropicQuotes,
              {{"operations, with", "operations; with"},
               {"dollars worth", "dollars’ worth"},
               {"said: \"American", "said: “American"},
               {"tall tales.\" The", "tall tales.” The"}},
              [&] {
                  // "dollars’" adds a character: everything after the edit has moved.
                  for (int i = 3; i < expected.size(); ++i)
                      expected[i].state = AnchorState::Moved;
                  return expected;
              }());
    }

    void changedQuoteMarksInsideAQuote()
    {
        QList<Expected> expected = all(briefingQuotes, AnchorState::Exact);
        expected[1] = {briefingQuotes[1], AnchorState::Fuzzy,
                       QStringLiteral("The company calls the smuggling stories \"tall tales\"")};
        check(briefingFile, briefingQuotes, {{"“tall tales”", "\"tall tales\""}}, expected);
    }

    void htmlMarkupParagraphsAndEntities()
    {
        QList<Expected> expected = all(nvidiaQuotes, AnchorState::Moved);
        // A word changed inside a quote.
        expected[2] = {nvidiaQuotes[2], AnchorState::Fuzzy,
                       QStringLiteral("In 2022 a woman was caught carrying 200 CPUs hidden inside "
                                      "a prosthetic belly.")};
        // A quote reworded away: orphaned where it was.
        expected[7] = {nvidiaQuotes[7], AnchorState::Orphaned,
                       QStringLiteral("of the competition")};
        check(nvidiaFile, nvidiaQuotes,
              {// Markup alone changes no text.
               {"<p>The unusual methods", "<p><em>The unusual</em> methods"},
               // A new paragraph before most quotes.
               {"<h2>Where the examples come from</h2>",
                "<p>Update: Nvidia declined to comment further.</p>\n"
                "<h2>Where the examples come from</h2>"},
               {"hidden in a prosthetic", "hidden inside a prosthetic"},
               // Other quote marks around a quote, written as an entity.
               {"<p>&ldquo;American firms", "<p>&quot;American firms"},
               {"warning that China is right behind\nus.", "warning of the competition."}},
              expected);
    }

    void removedQuoteIsOrphaned()
    {
        QList<Expected> expected = all(anthropicQuotes, AnchorState::Exact);
        expected[3] = {anthropicQuotes[3], AnchorState::Orphaned,
                       QStringLiteral("Nvidia's answer")};
        for (int i = 4; i < expected.size(); ++i)
            expected[i].state = AnchorState::Moved;
        check(anthropicFile, anthropicQuotes,
              {{"Anthropic wants the rule enforced on schedule and made stricter, not delayed.\n\n",
                ""}},
              expected);
    }

    void quoteMovedElsewhereIsFoundNearest()
    {
        // The sentence of the "licensing terms" quote moves to the end of the article.
        QList<Expected> expected = all(anthropicQuotes, AnchorState::Exact);
        expected[8].state = AnchorState::Moved;
        expected[9].state = AnchorState::Moved;
        check(anthropicFile, anthropicQuotes,
              {{"and the company has warned that new licensing terms could cost it up to $5.5 "
                "billion in revenue in\nits 2026 fiscal year.",
                "and the company is worried."},
               {"what its consequences will be.",
                "what its consequences will be. Nvidia says new licensing terms could cost it up "
                "to $5.5 billion in revenue."}},
              expected);
    }

    void farMovesLongQuotesAndOddInput()
    {
        // Filler without repeats, so that only the quotes below occur once.
        QString filler;
        for (int i = 0; filler.size() < 60000; ++i)
            filler += QStringLiteral("Sentence number %1 says nothing much. ").arg(i);
        const QString longQuote = filler.mid(20000, 3000);
        const QString before = QStringLiteral("Chips! A statement moved far away. ") + filler;
        QString after = filler;
        after.replace(20500, 9, QStringLiteral("(changed)")); // inside the long quote
        after += QStringLiteral("A statement moved far away. Chips!");

        auto make = [&](int start, int end) {
            Annotation a;
            a.id = QUuid::createUuid();
            a.start = start;
            a.end = end;
            a.quote = TextQuote::fromText(before, start, end);
            return a;
        };
        const int longStart = int(before.indexOf(longQuote));
        QList<Annotation> annotations = {
            make(7, 34),                                        // a sentence, moved to the end
            make(0, 5),                                         // "Chips": short, moved too
            make(longStart, longStart + int(longQuote.size())), // long, edited inside
        };
        Annotation noQuote; // nothing to find: orphaned, not dropped
        noQuote.start = 5;
        noQuote.end = 3;
        annotations.append(noQuote);
        Annotation outside = make(0, 5); // a range past the old text's end: the quote decides
        outside.start = 900000;
        outside.end = 900005;
        annotations.append(outside);

        Reanchorer reanchorer(before, after);
        const QList<Annotation> placed = reanchorer.reanchorAll(annotations);
        QCOMPARE(placed.size(), annotations.size());
        const int moved = int(after.indexOf(u"A statement moved far away."));
        QCOMPARE(toString(placed[0].anchorState), toString(AnchorState::Moved));
        QCOMPARE(placed[0].start, moved);
        QCOMPARE(placed[0].end, moved + 27);
        QCOMPARE(toString(placed[1].anchorState), toString(AnchorState::Moved));
        QCOMPARE(placed[1].start, int(after.size()) - 6);
        QCOMPARE(toString(placed[2].anchorState), toString(AnchorState::Fuzzy));
        QCOMPARE(placed[2].start, longStart - 35);
        QCOMPARE(placed[2].end, longStart - 35 + int(longQuote.size()));
        QCOMPARE(toString(placed[3].anchorState), toString(AnchorState::Orphaned));
        QCOMPARE(placed[3].start, placed[3].end);
        QCOMPARE(toString(placed[4].anchorState), toString(AnchorState::Moved));
        QCOMPARE(placed[4].start, int(after.size()) - 6);

        // On an empty new text everything is orphaned, at 0.
        Reanchorer emptied(before, QString());
        for (const Annotation &a : emptied.reanchorAll(annotations)) {
            QCOMPARE(toString(a.anchorState), toString(AnchorState::Orphaned));
            QCOMPARE(a.start, 0);
            QCOMPARE(a.end, 0);
        }
    }

    void randomEditsKeepEveryPromise()
    {
        // Whatever the edits: nothing dropped, ranges inside the text, exact and moved ranges
        // hold the quote, fuzzy ones hold something within half the quote's length of it.
        QRandomGenerator random(7);
        const QStringList words = {QStringLiteral("chips"),  QStringLiteral("smuggling"),
                                   QStringLiteral("China"),  QStringLiteral("the"),
                                   QStringLiteral("rule"),   QStringLiteral("“tall tales”"),
                                   QStringLiteral("🦞"),   QStringLiteral("export"),
                                   QStringLiteral("Nvidia"), QStringLiteral("a")};
        auto phrase = [&](int count) {
            QString text;
            for (int i = 0; i < count; ++i)
                text += words.at(random.bounded(int(words.size()))) +
                        (random.bounded(8) == 0 ? QStringLiteral(".\n") : QStringLiteral(" "));
            return text;
        };
        for (int round = 0; round < 20; ++round) {
            const QString before = phrase(3000);
            QString after = before;
            for (int e = 0; e < 40; ++e) {
                const int at = random.bounded(int(after.size()));
                after.replace(at, random.bounded(40), phrase(random.bounded(6)));
            }
            QList<Annotation> annotations;
            for (int i = 0; i < 200; ++i) {
                Annotation a;
                a.id = QUuid::createUuid();
                a.start = random.bounded(int(before.size()) - 100);
                a.end = a.start + 1 + random.bounded(90);
                if (before.at(a.start).isLowSurrogate())
                    --a.start;
                if (before.at(a.end).isLowSurrogate())
                    ++a.end;
                a.quote = TextQuote::fromText(before, a.start, a.end);
                annotations.append(a);
            }
            Reanchorer reanchorer(before, after);
            ReanchorSummary summary;
            const QList<Annotation> placed = reanchorer.reanchorAll(annotations, &summary);
            QCOMPARE(placed.size(), annotations.size());
            QCOMPARE(summary.total(), annotations.size());
            for (int i = 0; i < placed.size(); ++i) {
                const Annotation &p = placed.at(i);
                const QString &quote = annotations.at(i).quote.exact;
                QCOMPARE(p.id, annotations.at(i).id);
                QVERIFY(p.start >= 0 && p.start <= p.end && p.end <= after.size());
                const QString text = after.mid(p.start, p.end - p.start);
                switch (p.anchorState) {
                case AnchorState::Exact:
                    QCOMPARE(p.start, annotations.at(i).start);
                    Q_FALLTHROUGH();
                case AnchorState::Moved:
                    QCOMPARE(text, quote);
                    break;
                case AnchorState::Fuzzy:
                    QVERIFY(!text.isEmpty());
                    QVERIFY(FuzzyMatcher::editDistance(quote, text) <= quote.size() / 2);
                    break;
                case AnchorState::Orphaned:
                    QCOMPARE(p.start, p.end);
                    QCOMPARE(p.quote, annotations.at(i).quote);
                    break;
                }
            }
        }
    }

    void repetitiveArticleDoesNotReattachToOtherParagraphs()
    {
        // Issue 20, item 6: a long article of paragraphs that share most of their words and
        // differ in names and figures. Annotations sit in 50 paragraphs that the new version
        // deletes; none may be re-attached to another paragraph that lacks the quote's own
        // names and figures. The annotations of paragraphs that stay, edited or not, are found.
        const QStringList towns = {
            QStringLiteral("Ashford"),  QStringLiteral("Brampton"),  QStringLiteral("Carlow"),
            QStringLiteral("Dunmore"),  QStringLiteral("Elmsworth"), QStringLiteral("Fenwick"),
            QStringLiteral("Glenrock"), QStringLiteral("Harwich"),   QStringLiteral("Ilford"),
            QStringLiteral("Jarrow"),   QStringLiteral("Kelso"),     QStringLiteral("Lydney"),
            QStringLiteral("Marlow"),   QStringLiteral("Newbury"),   QStringLiteral("Oakham"),
            QStringLiteral("Penrith"),  QStringLiteral("Redruth"),   QStringLiteral("Selby"),
            QStringLiteral("Thirsk"),   QStringLiteral("Wetherby")};
        const QStringList names = {
            QStringLiteral("Okafor"),   QStringLiteral("Lindqvist"), QStringLiteral("Moreau"),
            QStringLiteral("Tanaka"),   QStringLiteral("Brennan"),   QStringLiteral("Castillo"),
            QStringLiteral("Novak"),    QStringLiteral("Haddad"),    QStringLiteral("Ferreira"),
            QStringLiteral("Kowalski"), QStringLiteral("Osei"),      QStringLiteral("Petrova"),
            QStringLiteral("Quinn"),    QStringLiteral("Rahman"),    QStringLiteral("Sato"),
            QStringLiteral("Varga"),    QStringLiteral("Whitfield"), QStringLiteral("Yilmaz")};
        const QStringList items = {QStringLiteral("roads"),   QStringLiteral("housing"),
                                   QStringLiteral("schools"), QStringLiteral("libraries"),
                                   QStringLiteral("parks"),   QStringLiteral("buses")};
        struct Paragraph
        {
            QString text;
            QStringList quotes;   // annotated sentences and phrases
            QStringList ownWords; // per quote: its names and figures, space-separated
        };
        QRandomGenerator random(2020);
        QList<Paragraph> paragraphs;
        for (int i = 0; i < 5000; ++i) {
            const QString town = towns.at(random.bounded(int(towns.size())));
            const QString name = names.at(random.bounded(int(names.size())));
            const QString item = items.at(random.bounded(int(items.size())));
            const QString budget =
                QStringLiteral("%1.%2").arg(random.bounded(1, 1000)).arg(random.bounded(10));
            const QString families = QString::number(random.bounded(100, 1000));
            const QString year = QString::number(random.bounded(2001, 2025));
            const QString approved =
                QStringLiteral("%1 council approved a budget of %2 million for %3 in %4.")
                    .arg(town, budget, item, year);
            const QString said =
                QStringLiteral("Councillor %1 said the %2 plan would help %3 families in %4.")
                    .arg(name, item, families, town);
            const QString meet =
                QStringLiteral("The council will meet again next spring, as it does every year.");
            Paragraph p;
            p.text = approved + u' ' + said + u' ' + meet + QStringLiteral("\n\n");
            p.quotes = {said, approved.left(approved.indexOf(u" for ")),
                        QStringLiteral("help %1 families").arg(families)};
            p.ownWords = {name + u' ' + families + u' ' + town, town + u' ' + budget, families};
            paragraphs.append(p);
        }
        QString before;
        for (const Paragraph &p : std::as_const(paragraphs))
            before += p.text;

        // Every 50th paragraph is annotated; half of those are deleted; of the others, half are
        // edited slightly where they are: a word of one annotated sentence changes, or in the
        // other a figure is corrected.
        enum Fate { Kept, Deleted, Reworded, Corrected };
        const auto edit = [](QString text, int fate) {
            if (fate == Reworded)
                text.replace(QStringLiteral(" plan would help "),
                             QStringLiteral(" scheme would help "));
            if (fate == Corrected)
                text.replace(QRegularExpression(QStringLiteral("of (\\d+)\\.(\\d) million")),
                             QStringLiteral("of \\1.\\2\\2 million"));
            return text;
        };
        QList<Annotation> annotations;
        QList<QString> ownWords;
        QList<int> fate;
        QString after;
        int offset = 0;
        for (int i = 0; i < paragraphs.size(); ++i) {
            const Paragraph &p = paragraphs.at(i);
            const bool annotated = i % 50 == 7;
            const int what = !annotated          ? Kept
                             : (i / 50) % 2 == 0 ? Deleted
                             : (i / 50) % 4 == 1 ? Reworded
                                                 : Corrected;
            if (annotated) {
                for (int q = 0; q < p.quotes.size(); ++q) {
                    Annotation a;
                    a.id = QUuid::createUuid();
                    a.start = offset + int(p.text.indexOf(p.quotes.at(q)));
                    a.end = a.start + int(p.quotes.at(q).size());
                    a.quote = TextQuote::fromText(before, a.start, a.end);
                    annotations.append(a);
                    ownWords.append(p.ownWords.at(q));
                    fate.append(what);
                }
            }
            offset += int(p.text.size());
            if (what != Deleted)
                after += edit(p.text, what);
        }
        QVERIFY(before.size() > 1000 * 1000);
        QCOMPARE(fate.count(Deleted), 50 * 3);

        Reanchorer reanchorer(before, after);
        ReanchorSummary summary;
        const QList<Annotation> placed = reanchorer.reanchorAll(annotations, &summary);
        QCOMPARE(placed.size(), annotations.size());
        int wrong = 0;
        int nowhere = 0;
        int foundAgain = 0;
        int orphaned = 0;
        int movedToTheSameWords = 0;
        for (int i = 0; i < placed.size(); ++i) {
            const Annotation &a = placed.at(i);
            const QString quote = annotations.at(i).quote.exact;
            const QString passage = after.mid(a.start, a.end - a.start);
            if (fate.at(i) == Deleted) {
                if (a.anchorState == AnchorState::Orphaned) {
                    ++orphaned;
                    continue;
                }
                if (a.anchorState == AnchorState::Moved)
                    ++movedToTheSameWords; // the same words elsewhere: for the user to review
                // Re-attached: the passage must hold the quote's own names and figures.
                const QStringList own = ownWords.at(i).split(u' ');
                const bool hasOwnWords =
                    std::all_of(own.cbegin(), own.cend(),
                                [&](const QString &w) { return passage.contains(w); });
                if (!hasOwnWords) {
                    ++wrong;
                    if (!after.contains(quote))
                        ++nowhere;
                    qInfo().noquote() << toString(a.anchorState) << "“" + quote + "” →"
                                      << "“" + passage + "”";
                }
                continue;
            }
            // A paragraph that stays: its annotations are on their own words.
            const QString expected = edit(quote, fate.at(i));
            QVERIFY2(a.anchorState != AnchorState::Orphaned, qPrintable(quote));
            QVERIFY2(passage == expected, qPrintable(quote + QStringLiteral(" → ") + passage));
            ++foundAgain;
        }
        qInfo("%d of %d annotations in deleted paragraphs re-attached elsewhere without their own "
              "words (%d to text that exists nowhere in the new version), %d orphaned, %d moved "
              "to the same words elsewhere; %d of the others found (%d fuzzy)",
              wrong, int(fate.count(Deleted)), nowhere, orphaned, movedToTheSameWords, foundAgain,
              summary.fuzzy);
        QCOMPARE(wrong, 0);
    }

    void fuzzyMatchesNeverSplitACharacter()
    {
        const QString before =
            QStringLiteral("Crates held 🦞 live lobsters and chips, they say.");
        const QString after =
            QStringLiteral("Crates held 🦀🦀 live lobster and chips, it says.");
        Annotation a;
        a.start = int(before.indexOf(u"🦞"));
        a.end = int(before.indexOf(u" and"));
        a.quote = TextQuote::fromText(before, a.start, a.end);
        const Annotation placed = Reanchorer(before, after).reanchor(a);
        QCOMPARE(toString(placed.anchorState), toString(AnchorState::Fuzzy));
        QVERIFY(!after.at(placed.start).isLowSurrogate());
        QVERIFY(placed.end == after.size() || !after.at(placed.end).isLowSurrogate());
        QVERIFY2(after.mid(placed.start, placed.end - placed.start).endsWith(u"live lobster"),
                 qPrintable(after.mid(placed.start, placed.end - placed.start)));
    }
};

QTEST_MAIN(TestReanchor)
#include "tst_reanchor.moc"
