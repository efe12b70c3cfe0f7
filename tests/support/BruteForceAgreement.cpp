#include "BruteForceAgreement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

namespace counterpoint::testing {

using namespace analysis;

namespace {

constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

// Per-character values, values[coder][character], each a dense category id.
using Values = std::vector<std::vector<int>>;

int categoryCount(const Values &values)
{
    int count = 0;
    for (const auto &coder : values)
        for (int v : coder)
            count = std::max(count, v + 1);
    return count;
}

// Krippendorff's α from the coincidence matrix, as Krippendorff (2011) computes it: every
// ordered pair of values within a unit adds 1/(m_u − 1) to its cell.
double alphaOf(const Values &values)
{
    const size_t m = values.size();
    const size_t k = size_t(categoryCount(values));
    std::vector<std::vector<double>> o(k, std::vector<double>(k, 0));
    for (size_t u = 0; u < values[0].size(); ++u)
        for (size_t i = 0; i < m; ++i)
            for (size_t j = 0; j < m; ++j)
                if (i != j)
                    o[size_t(values[i][u])][size_t(values[j][u])] += 1.0 / double(m - 1);
    std::vector<double> nc(k, 0);
    double n = 0;
    for (size_t c = 0; c < k; ++c)
        for (size_t d = 0; d < k; ++d) {
            nc[c] += o[c][d];
            n += o[c][d];
        }
    double observed = 0, expected = 0;
    for (size_t c = 0; c < k; ++c)
        for (size_t d = 0; d < k; ++d)
            if (c != d) {
                observed += o[c][d];
                expected += nc[c] * nc[d];
            }
    if (expected <= 0)
        return undefined;
    return 1.0 - (n - 1) * observed / expected;
}

// Cohen's κ from the two coders' contingency table.
double cohenOf(const std::vector<int> &a, const std::vector<int> &b, int k)
{
    std::vector<std::vector<double>> table(size_t(k), std::vector<double>(size_t(k), 0));
    for (size_t u = 0; u < a.size(); ++u)
        table[size_t(a[u])][size_t(b[u])] += 1;
    const double n = double(a.size());
    double po = 0, pe = 0;
    for (int c = 0; c < k; ++c) {
        po += table[size_t(c)][size_t(c)] / n;
        double row = 0, column = 0;
        for (int d = 0; d < k; ++d) {
            row += table[size_t(c)][size_t(d)];
            column += table[size_t(d)][size_t(c)];
        }
        pe += (row / n) * (column / n);
    }
    if (pe >= 1)
        return undefined;
    return (po - pe) / (1 - pe);
}

double percentOf(const std::vector<int> &a, const std::vector<int> &b)
{
    double same = 0;
    for (size_t u = 0; u < a.size(); ++u)
        same += a[u] == b[u] ? 1 : 0;
    return same / double(a.size());
}

// Fleiss' κ: P̄ the mean over units of the agreeing pairs' share, P̄e from the pooled shares.
double fleissOf(const Values &values)
{
    const size_t m = values.size();
    const size_t k = size_t(categoryCount(values));
    const size_t units = values[0].size();
    std::vector<double> totals(k, 0);
    std::vector<int> counts(k, 0);
    double pbar = 0;
    for (size_t u = 0; u < units; ++u) {
        std::fill(counts.begin(), counts.end(), 0);
        for (size_t i = 0; i < m; ++i)
            ++counts[size_t(values[i][u])];
        double agreeing = 0;
        for (size_t c = 0; c < k; ++c) {
            agreeing += double(counts[c]) * double(counts[c] - 1);
            totals[c] += counts[c];
        }
        pbar += agreeing / (double(m) * double(m - 1));
    }
    const double n = double(units);
    pbar /= n;
    double pe = 0;
    for (double t : totals)
        pe += (t / (n * double(m))) * (t / (n * double(m)));
    if (pe >= 1)
        return undefined;
    return (pbar - pe) / (1 - pe);
}

Figures nominalFigures(const Values &values)
{
    const int m = int(values.size());
    const size_t length = values[0].size();
    const int k = categoryCount(values);
    Figures f;
    f.characters = qint64(length);
    f.krippendorffAlphaNominal = length ? alphaOf(values) : undefined;
    f.fleissKappa = length ? fleissOf(values) : undefined;
    double light = 0, percent = 0;
    int pairs = 0;
    for (int a = 0; a < m; ++a)
        for (int b = a + 1; b < m; ++b) {
            PairFigures p;
            p.first = a;
            p.second = b;
            p.krippendorffAlphaNominal =
                length ? alphaOf({values[size_t(a)], values[size_t(b)]}) : undefined;
            p.cohenKappa = length ? cohenOf(values[size_t(a)], values[size_t(b)], k) : undefined;
            p.percentAgreement =
                length ? percentOf(values[size_t(a)], values[size_t(b)]) : undefined;
            light += p.cohenKappa;
            percent += p.percentAgreement;
            ++pairs;
            f.pairs.push_back(p);
        }
    f.lightKappa = light / pairs;
    f.percentAgreement = percent / pairs;
    f.cohenKappa = m == 2 ? f.pairs[0].cohenKappa : undefined;
    return f;
}

struct Section
{
    qint64 start, end;
    bool unit;
};

// One coder's sections of one code in one article, cut from the characters: a unit runs on
// while one of the coder's spans covers both a character and the next.
std::vector<Section> sectionsOf(const std::vector<ReadingSpan> &spans, int code, qint64 length)
{
    std::vector<int> covered(size_t(length) + 1, 0), linked(size_t(length) + 1, 0);
    for (const ReadingSpan &span : spans) {
        if (std::find(span.codes.begin(), span.codes.end(), code) == span.codes.end())
            continue;
        for (qint64 i = span.start; i < span.end; ++i) {
            covered[size_t(i)] = 1;
            if (i + 1 < span.end)
                linked[size_t(i)] = 1;
        }
    }
    std::vector<Section> sections;
    qint64 i = 0;
    while (i < length) {
        qint64 j = i + 1;
        if (covered[size_t(i)]) {
            while (j < length && linked[size_t(j - 1)])
                ++j;
        } else {
            while (j < length && !covered[size_t(j)])
                ++j;
        }
        sections.push_back({i, j, covered[size_t(i)] != 0});
        i = j;
    }
    return sections;
}

double deltaOf(const Section &g, const Section &h)
{
    if (g.unit && h.unit && g.start < h.end && h.start < g.end)
        return double(g.start - h.start) * double(g.start - h.start) +
               double(g.end - h.end) * double(g.end - h.end);
    if (g.unit && !h.unit && h.start <= g.start && g.end <= h.end)
        return double(g.end - g.start) * double(g.end - g.start);
    if (!g.unit && h.unit && g.start <= h.start && h.end <= g.end)
        return double(h.end - h.start) * double(h.end - h.start);
    return 0;
}

struct UnitizingSums
{
    long double deltas = 0; // over ordered pairs i ≠ j
    qint64 length = 0;
    std::vector<qint64> units, gaps;
};

// rows[coder] over articles: each article's sections of each coder.
void addUnitizing(UnitizingSums &sums, const std::vector<std::vector<Section>> &rows, qint64 length)
{
    sums.length += length;
    for (size_t i = 0; i < rows.size(); ++i) {
        for (const Section &s : rows[i])
            (s.unit ? sums.units : sums.gaps).push_back(s.end - s.start);
        for (size_t j = 0; j < rows.size(); ++j) {
            if (i == j)
                continue;
            for (const Section &g : rows[i])
                for (const Section &h : rows[j])
                    sums.deltas += deltaOf(g, h);
        }
    }
}

void unitizingFigures(const UnitizingSums &sums, int m, double &observed, double &expected)
{
    const long double L = sums.length;
    observed = double(sums.deltas / ((long double)m * (m - 1) * L * L));
    const long double n = (long double)sums.units.size();
    long double numerator = 0, unitPairs = 0;
    for (qint64 unit : sums.units) {
        const long double l = unit;
        long double fit = 0;
        for (qint64 gap : sums.gaps)
            if (gap >= unit)
                fit += (long double)(gap - unit + 1);
        numerator += (n - 1) / 3 * (2 * l * l * l - 3 * l * l + l) + l * l * fit;
        unitPairs += l * (l - 1);
    }
    expected =
        double(2 / L * numerator / ((long double)m * L * ((long double)m * L - 1) - unitPairs));
}

double alphaFrom(double observed, double expected)
{
    return expected > 0 ? 1.0 - observed / expected : undefined;
}

ScopeFigures scopeOf(const AgreementInput &input,
                     const std::vector<const ArticleReadings *> &articles)
{
    const int m = int(input.coders.size());
    const int codes = int(input.codes.size());
    ScopeFigures scope;
    // Masks, then the combination's category and each code's bit, character by character.
    std::vector<std::vector<quint64>> masks(static_cast<size_t>(m));
    for (const ArticleReadings *article : articles) {
        for (int c = 0; c < m; ++c) {
            std::vector<quint64> mask(size_t(article->length), 0);
            for (const ReadingSpan &span : article->coders[size_t(c)])
                for (int code : span.codes)
                    for (qint64 i = span.start; i < span.end; ++i)
                        mask[size_t(i)] |= quint64(1) << code;
            masks[size_t(c)].insert(masks[size_t(c)].end(), mask.begin(), mask.end());
        }
    }
    Values values(static_cast<size_t>(m));
    std::unordered_map<quint64, int> combinations; // each mask a dense category id
    for (int c = 0; c < m; ++c)
        for (quint64 mask : masks[size_t(c)])
            values[size_t(c)].push_back(
                combinations.emplace(mask, int(combinations.size())).first->second);
    scope.all = nominalFigures(values);

    // Unitizing, per code and per pair of coders per code.
    std::vector<UnitizingSums> perCode(static_cast<size_t>(codes));
    const int pairCount = m * (m - 1) / 2;
    std::vector<std::vector<UnitizingSums>> perPair(
        static_cast<size_t>(pairCount), std::vector<UnitizingSums>(static_cast<size_t>(codes)));
    for (const ArticleReadings *article : articles) {
        for (int code = 0; code < codes; ++code) {
            std::vector<std::vector<Section>> rows;
            for (int c = 0; c < m; ++c)
                rows.push_back(sectionsOf(article->coders[size_t(c)], code, article->length));
            addUnitizing(perCode[size_t(code)], rows, article->length);
            int pair = 0;
            for (int a = 0; a < m; ++a)
                for (int b = a + 1; b < m; ++b, ++pair)
                    addUnitizing(perPair[size_t(pair)][size_t(code)],
                                 {rows[size_t(a)], rows[size_t(b)]}, article->length);
        }
    }
    double observedAll = 0, expectedAll = 0;
    std::vector<double> pairObserved(size_t(pairCount), 0), pairExpected(size_t(pairCount), 0);
    for (int code = 0; code < codes; ++code) {
        Values bits(static_cast<size_t>(m));
        for (int c = 0; c < m; ++c)
            for (quint64 mask : masks[size_t(c)])
                bits[size_t(c)].push_back(int((mask >> code) & 1));
        Figures f = nominalFigures(bits);
        double observed, expected;
        unitizingFigures(perCode[size_t(code)], m, observed, expected);
        f.unitizingObserved = observed;
        f.unitizingExpected = expected;
        f.unitizingAlpha = alphaFrom(observed, expected);
        f.units = qsizetype(perCode[size_t(code)].units.size());
        observedAll += observed;
        expectedAll += expected;
        scope.all.units += f.units;
        for (int p = 0; p < pairCount; ++p) {
            unitizingFigures(perPair[size_t(p)][size_t(code)], 2, observed, expected);
            f.pairs[size_t(p)].unitizingAlpha = alphaFrom(observed, expected);
            pairObserved[size_t(p)] += observed;
            pairExpected[size_t(p)] += expected;
        }
        scope.perCode.push_back(f);
    }
    scope.all.unitizingObserved = codes ? observedAll : undefined;
    scope.all.unitizingExpected = codes ? expectedAll : undefined;
    scope.all.unitizingAlpha = alphaFrom(observedAll, expectedAll);
    for (int p = 0; p < pairCount; ++p)
        scope.all.pairs[size_t(p)].unitizingAlpha =
            alphaFrom(pairObserved[size_t(p)], pairExpected[size_t(p)]);
    return scope;
}

double difference(double a, double b)
{
    if (std::isnan(a) && std::isnan(b))
        return 0;
    if (std::isnan(a) != std::isnan(b))
        return std::numeric_limits<double>::infinity();
    return std::abs(a - b);
}

double figuresDifference(const Figures &a, const Figures &b)
{
    if (a.pairs.size() != b.pairs.size() || a.characters != b.characters || a.units != b.units)
        return std::numeric_limits<double>::infinity();
    double d = 0;
    for (auto [x, y] : {std::pair{a.unitizingAlpha, b.unitizingAlpha},
                        {a.unitizingObserved, b.unitizingObserved},
                        {a.unitizingExpected, b.unitizingExpected},
                        {a.krippendorffAlphaNominal, b.krippendorffAlphaNominal},
                        {a.cohenKappa, b.cohenKappa},
                        {a.fleissKappa, b.fleissKappa},
                        {a.lightKappa, b.lightKappa},
                        {a.percentAgreement, b.percentAgreement}})
        d = std::max(d, difference(x, y));
    for (size_t p = 0; p < a.pairs.size(); ++p) {
        d = std::max(d, difference(a.pairs[p].krippendorffAlphaNominal,
                                   b.pairs[p].krippendorffAlphaNominal));
        d = std::max(d, difference(a.pairs[p].cohenKappa, b.pairs[p].cohenKappa));
        d = std::max(d, difference(a.pairs[p].percentAgreement, b.pairs[p].percentAgreement));
        d = std::max(d, difference(a.pairs[p].unitizingAlpha, b.pairs[p].unitizingAlpha));
    }
    return d;
}

double scopeDifference(const ScopeFigures &a, const ScopeFigures &b)
{
    if (a.perCode.size() != b.perCode.size())
        return std::numeric_limits<double>::infinity();
    double d = figuresDifference(a.all, b.all);
    for (size_t c = 0; c < a.perCode.size(); ++c)
        d = std::max(d, figuresDifference(a.perCode[c], b.perCode[c]));
    return d;
}

} // namespace

AgreementReport bruteForceAgreement(const AgreementInput &input)
{
    Q_ASSERT(input.codes.size() <= 64);
    AgreementReport report;
    report.scheme = input.scheme;
    report.setIds = input.setIds;
    report.coders = input.coders;
    report.codes = input.codes;
    std::vector<const ArticleReadings *> all;
    for (const ArticleReadings &article : input.articles) {
        all.push_back(&article);
        ScopeFigures scope = scopeOf(input, {&article});
        scope.articleId = article.articleId;
        scope.title = article.title;
        report.articles.append(scope);
    }
    report.overall = scopeOf(input, all);
    return report;
}

double largestDifference(const AgreementReport &a, const AgreementReport &b)
{
    if (a.articles.size() != b.articles.size())
        return std::numeric_limits<double>::infinity();
    double d = scopeDifference(a.overall, b.overall);
    for (qsizetype i = 0; i < a.articles.size(); ++i)
        d = std::max(d, scopeDifference(a.articles.at(i), b.articles.at(i)));
    return d;
}

} // namespace counterpoint::testing
