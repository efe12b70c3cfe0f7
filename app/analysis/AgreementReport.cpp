#include "AgreementReport.h"

#include "CharacterSweep.h"

#include <limits>

namespace counterpoint::analysis {

QString toString(CodeScheme scheme)
{
    return scheme == CodeScheme::Tag ? QStringLiteral("tag") : QStringLiteral("kind");
}

namespace {

constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

// uα of two coders alone needs its own sums: the expected disagreement depends on who is in.
double pairUnitizingAlpha(const std::vector<UnitizingAlpha> &pairUnitizing)
{
    double observed = 0, expected = 0;
    for (const UnitizingAlpha &code : pairUnitizing) {
        observed += code.observedDisagreement();
        expected += code.expectedDisagreement();
    }
    return expected > 0 ? 1.0 - observed / expected : undefined;
}

Figures figuresOf(const NominalAgreement &nominal, const std::vector<const UnitizingAlpha *> &codes,
                  qint64 characters)
{
    Figures figures;
    figures.characters = characters;
    double observed = 0, expected = 0;
    for (const UnitizingAlpha *code : codes) {
        figures.units += code->unitCount();
        observed += code->observedDisagreement();
        expected += code->expectedDisagreement();
    }
    figures.unitizingObserved = codes.empty() ? undefined : observed;
    figures.unitizingExpected = codes.empty() ? undefined : expected;
    figures.unitizingAlpha = expected > 0 ? 1.0 - observed / expected : undefined;
    figures.krippendorffAlphaNominal = nominal.krippendorffAlpha();
    figures.cohenKappa = nominal.coders() == 2 ? nominal.cohenKappa(0, 1) : undefined;
    figures.fleissKappa = nominal.fleissKappa();
    figures.lightKappa = nominal.lightKappa();
    figures.percentAgreement = nominal.meanPercentAgreement();
    for (int a = 0; a < nominal.coders(); ++a) {
        for (int b = a + 1; b < nominal.coders(); ++b) {
            figures.pairs.push_back({a, b, nominal.krippendorffAlpha(a, b),
                                     nominal.cohenKappa(a, b), nominal.percentAgreement(a, b),
                                     undefined});
        }
    }
    return figures;
}

// Per pair of coders, per code: uα sums of the two alone.
using PairUnitizing = std::vector<std::vector<UnitizingAlpha>>;

ScopeFigures scopeOf(const AgreementSums &sums, const PairUnitizing &pairs, int coders)
{
    ScopeFigures scope;
    std::vector<const UnitizingAlpha *> all;
    for (const UnitizingAlpha &code : sums.unitizing)
        all.push_back(&code);
    scope.all = figuresOf(sums.combined, all, sums.characters);
    size_t pair = 0;
    for (int a = 0; a < coders; ++a) {
        for (int b = a + 1; b < coders; ++b, ++pair)
            scope.all.pairs[pair].unitizingAlpha = pairUnitizingAlpha(pairs[pair]);
    }
    for (size_t code = 0; code < sums.codes.size(); ++code) {
        Figures figures = figuresOf(sums.codes[code], {&sums.unitizing[code]}, sums.characters);
        for (size_t p = 0; p < figures.pairs.size(); ++p)
            figures.pairs[p].unitizingAlpha = pairs[p][code].alpha();
        scope.perCode.push_back(std::move(figures));
    }
    return scope;
}

} // namespace

AgreementReport computeAgreement(const AgreementInput &input)
{
    AgreementReport report;
    report.scheme = input.scheme;
    report.setIds = input.setIds;
    report.coders = input.coders;
    report.codes = input.codes;
    const int coders = int(input.coders.size());
    const int codes = int(input.codes.size());
    const int pairCount = coders * (coders - 1) / 2;

    CodeSetCategories categories;
    AgreementSums total(coders, codes);
    PairUnitizing totalPairs(size_t(pairCount),
                             std::vector<UnitizingAlpha>(size_t(codes), UnitizingAlpha(2)));
    std::vector<qsizetype> totalAnnotations(size_t(coders), 0);

    for (const ArticleReadings &article : input.articles) {
        std::vector<std::vector<CodedSpan>> readings(static_cast<size_t>(coders));
        for (int coder = 0; coder < coders; ++coder) {
            const std::vector<ReadingSpan> &spans = article.coders[size_t(coder)];
            totalAnnotations[size_t(coder)] += qsizetype(spans.size());
            for (const ReadingSpan &span : spans) {
                for (int code : span.codes)
                    readings[size_t(coder)].push_back({span.start, span.end, code});
            }
        }
        AgreementSums sums(coders, codes);
        addArticle(sums, article.length, readings, categories);

        // uα of each pair alone, per code, on this article.
        PairUnitizing pairs(size_t(pairCount),
                            std::vector<UnitizingAlpha>(size_t(codes), UnitizingAlpha(2)));
        size_t pair = 0;
        for (int a = 0; a < coders; ++a) {
            for (int b = a + 1; b < coders; ++b, ++pair) {
                for (int code = 0; code < codes; ++code) {
                    std::vector<std::vector<Interval>> units(2);
                    for (const CodedSpan &span : readings[size_t(a)]) {
                        if (span.code == code)
                            units[0].push_back({span.start, span.end});
                    }
                    for (const CodedSpan &span : readings[size_t(b)]) {
                        if (span.code == code)
                            units[1].push_back({span.start, span.end});
                    }
                    pairs[pair][size_t(code)].addContinuum(article.length, std::move(units));
                    totalPairs[pair][size_t(code)].merge(pairs[pair][size_t(code)]);
                }
                std::vector<Disagreement> found =
                    disagreementsOf(article.coders[size_t(a)], article.coders[size_t(b)]);
                if (!found.empty())
                    report.disagreements.append({a, b, article.articleId, std::move(found)});
            }
        }

        ScopeFigures scope = scopeOf(sums, pairs, coders);
        scope.articleId = article.articleId;
        scope.title = article.title;
        for (const std::vector<ReadingSpan> &spans : article.coders)
            scope.annotationsPerCoder.push_back(qsizetype(spans.size()));
        report.articles.append(std::move(scope));
        total.merge(sums);
    }
    report.overall = scopeOf(total, totalPairs, coders);
    report.overall.annotationsPerCoder = totalAnnotations;
    return report;
}

} // namespace counterpoint::analysis
