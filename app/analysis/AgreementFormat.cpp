#include "AgreementFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>

namespace counterpoint::analysis {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::analysis)
};

// The names every output gives the figures: each says which variant it is.
const char *const unitizingAlphaName = "krippendorff_unitizing_alpha_2004";
const char *const alphaName = "krippendorff_alpha_nominal_characters";
const char *const cohenName = "cohen_kappa_characters";
const char *const fleissName = "fleiss_kappa_characters";
const char *const lightName = "light_kappa_characters";
const char *const percentName = "percent_agreement_characters";

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString shown(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 3) : QStringLiteral("n/a");
}

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 12) : QString();
}

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QJsonObject pairJson(const AgreementReport &report, const PairFigures &pair)
{
    QJsonObject object;
    object.insert(QStringLiteral("first"), report.coders.at(pair.first));
    object.insert(QStringLiteral("second"), report.coders.at(pair.second));
    object.insert(QLatin1String(unitizingAlphaName), number(pair.unitizingAlpha));
    object.insert(QLatin1String(alphaName), number(pair.krippendorffAlphaNominal));
    object.insert(QLatin1String(cohenName), number(pair.cohenKappa));
    object.insert(QLatin1String(percentName), number(pair.percentAgreement));
    return object;
}

QJsonObject figuresJson(const AgreementReport &report, const Figures &figures)
{
    QJsonObject object;
    object.insert(QStringLiteral("characters"), double(figures.characters));
    object.insert(QStringLiteral("unitizing_units"), double(figures.units));
    object.insert(QLatin1String(unitizingAlphaName), number(figures.unitizingAlpha));
    object.insert(QStringLiteral("unitizing_observed_disagreement"),
                  number(figures.unitizingObserved));
    object.insert(QStringLiteral("unitizing_expected_disagreement"),
                  number(figures.unitizingExpected));
    object.insert(QLatin1String(alphaName), number(figures.krippendorffAlphaNominal));
    object.insert(QLatin1String(cohenName), number(figures.cohenKappa));
    object.insert(QLatin1String(fleissName), number(figures.fleissKappa));
    object.insert(QLatin1String(lightName), number(figures.lightKappa));
    object.insert(QLatin1String(percentName), number(figures.percentAgreement));
    QJsonArray pairs;
    for (const PairFigures &pair : figures.pairs)
        pairs.append(pairJson(report, pair));
    object.insert(QStringLiteral("pairs"), pairs);
    return object;
}

QJsonObject scopeJson(const AgreementReport &report, const ScopeFigures &scope)
{
    QJsonObject object;
    if (scope.articleId.isNull()) {
        object.insert(QStringLiteral("article"), QJsonValue::Null);
        object.insert(QStringLiteral("articles"), double(report.articles.size()));
    } else {
        object.insert(QStringLiteral("article"), scope.articleId.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("title"), scope.title);
    }
    object.insert(QStringLiteral("characters"), double(scope.all.characters));
    QJsonObject annotations;
    for (size_t coder = 0; coder < scope.annotationsPerCoder.size(); ++coder)
        annotations.insert(report.coders.at(qsizetype(coder)),
                           double(scope.annotationsPerCoder[coder]));
    object.insert(QStringLiteral("annotations"), annotations);
    object.insert(QStringLiteral("all_codes"), figuresJson(report, scope.all));
    QJsonObject codes;
    for (size_t code = 0; code < scope.perCode.size(); ++code)
        codes.insert(report.codes.at(qsizetype(code)), figuresJson(report, scope.perCode[code]));
    object.insert(QStringLiteral("codes"), codes);
    return object;
}

QJsonObject spanJson(const ReadingSpan &span, const AgreementNames &names)
{
    QJsonObject object;
    object.insert(QStringLiteral("annotation"), span.annotationId.toString(QUuid::WithoutBraces));
    object.insert(QStringLiteral("start"), double(span.start));
    object.insert(QStringLiteral("end"), double(span.end));
    object.insert(QStringLiteral("kind"), toString(span.kind));
    QJsonArray tags;
    for (const QUuid &tag : span.tagIds)
        tags.append(names.tags.value(tag, tag.toString(QUuid::WithoutBraces)));
    object.insert(QStringLiteral("tags"), tags);
    return object;
}

QString spanText(const ReadingSpan &span, const AgreementNames &names)
{
    QStringList tags;
    for (const QUuid &tag : span.tagIds)
        tags.append(names.tags.value(tag));
    QString text =
        QStringLiteral("%1–%2 %3").arg(span.start).arg(span.end).arg(toString(span.kind));
    if (!tags.isEmpty())
        text += QStringLiteral(" [%1]").arg(tags.join(QStringLiteral(", ")));
    return text;
}

QString figuresRow(const QString &label, const Figures &figures, bool twoCoders)
{
    return QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
        .arg(label, -16)
        .arg(shown(figures.unitizingAlpha), 8)
        .arg(shown(figures.krippendorffAlphaNominal), 8)
        .arg(shown(twoCoders ? figures.cohenKappa : figures.fleissKappa), 8)
        .arg(shown(figures.percentAgreement), 8)
        .arg(figures.units, 8);
}

} // namespace

QString agreementText(const AgreementReport &report, const AgreementNames &names,
                      bool listDisagreements)
{
    const bool twoCoders = report.coders.size() == 2;
    QString text;
    text += Messages::tr("Agreement of %1 by %2. Articles: %3; characters: %4.\n")
                .arg(report.coders.join(QStringLiteral(", ")), toString(report.scheme))
                .arg(report.articles.size())
                .arg(report.overall.all.characters);
    text += Messages::tr("Figures: uα Krippendorff's unitizing alpha (2004); α Krippendorff's "
                         "alpha, nominal, per character (uncoded a category); %1; % percent "
                         "agreement per character.\n")
                .arg(twoCoders ? Messages::tr("κ Cohen's kappa") : Messages::tr("κ Fleiss' kappa"));
    const QString header = QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                               .arg(Messages::tr("code"), -16)
                               .arg(QStringLiteral("uα"), 8)
                               .arg(QStringLiteral("α"), 8)
                               .arg(QStringLiteral("κ"), 8)
                               .arg(QStringLiteral("%"), 8)
                               .arg(Messages::tr("units"), 8);
    text += u'\n' + Messages::tr("Overall") + u'\n' + header;
    text += figuresRow(Messages::tr("(all codes)"), report.overall.all, twoCoders);
    for (qsizetype code = 0; code < report.codes.size(); ++code)
        text += figuresRow(report.codes.at(code), report.overall.perCode[size_t(code)], twoCoders);
    text += u'\n' + Messages::tr("Pairs (all codes): uα, α, Cohen's κ, %") + u'\n';
    for (const PairFigures &pair : report.overall.all.pairs) {
        text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                    .arg(report.coders.at(pair.first) + QStringLiteral(" – ") +
                             report.coders.at(pair.second),
                         -24)
                    .arg(shown(pair.unitizingAlpha), 8)
                    .arg(shown(pair.krippendorffAlphaNominal), 8)
                    .arg(shown(pair.cohenKappa), 8)
                    .arg(shown(pair.percentAgreement), 8);
    }
    if (report.articles.size() > 1) {
        text += u'\n' + Messages::tr("Per article (all codes)") + u'\n' + header;
        for (const ScopeFigures &article : report.articles)
            text += figuresRow(article.title.left(16), article.all, twoCoders);
    }

    text += u'\n' + Messages::tr("Disagreements") + u'\n';
    for (int a = 0; a < report.coders.size(); ++a) {
        for (int b = a + 1; b < report.coders.size(); ++b) {
            std::map<DisagreementType, int> counts;
            for (const PairDisagreements &found : report.disagreements) {
                if (found.first != a || found.second != b)
                    continue;
                for (const Disagreement &disagreement : found.disagreements)
                    ++counts[disagreement.type];
            }
            text += Messages::tr("  %1 – %2: only %1 %3, only %2 %4, boundaries %5, kind or "
                                 "tags %6, both %7\n")
                        .arg(report.coders.at(a), report.coders.at(b))
                        .arg(counts[DisagreementType::OnlyFirst])
                        .arg(counts[DisagreementType::OnlySecond])
                        .arg(counts[DisagreementType::Boundaries])
                        .arg(counts[DisagreementType::Code])
                        .arg(counts[DisagreementType::BoundariesAndCode]);
            if (!listDisagreements)
                continue;
            for (const PairDisagreements &found : report.disagreements) {
                if (found.first != a || found.second != b)
                    continue;
                for (const Disagreement &disagreement : found.disagreements) {
                    text += QStringLiteral("    %1: %2 | %3\n")
                                .arg(toString(disagreement.type), -20)
                                .arg(disagreement.first ? spanText(*disagreement.first, names)
                                                        : QStringLiteral("—"),
                                     disagreement.second ? spanText(*disagreement.second, names)
                                                         : QStringLiteral("—"));
                }
            }
        }
    }
    return text;
}

QString agreementCsv(const AgreementReport &report)
{
    QString csv = QStringLiteral("article_id,article_title,code,first_set,second_set,characters,"
                                 "unitizing_units,%1,%2,%3,%4,%5,%6\n")
                      .arg(QLatin1String(unitizingAlphaName), QLatin1String(alphaName),
                           QLatin1String(cohenName), QLatin1String(fleissName),
                           QLatin1String(lightName), QLatin1String(percentName));
    auto rows = [&](const ScopeFigures &scope, const QString &code, const Figures &figures) {
        const QString article =
            scope.articleId.isNull() ? QString() : scope.articleId.toString(QUuid::WithoutBraces);
        csv +=
            QStringLiteral("%1,%2,%3,,,%4,%5,%6,%7,%8,%9,%10,%11\n")
                .arg(article, csvField(scope.title), csvField(code))
                .arg(figures.characters)
                .arg(figures.units)
                .arg(csvNumber(figures.unitizingAlpha), csvNumber(figures.krippendorffAlphaNominal),
                     csvNumber(figures.cohenKappa), csvNumber(figures.fleissKappa),
                     csvNumber(figures.lightKappa), csvNumber(figures.percentAgreement));
        for (const PairFigures &pair : figures.pairs) {
            csv +=
                QStringLiteral("%1,%2,%3,%4,%5,%6,,%7,%8,%9,,,%10\n")
                    .arg(article, csvField(scope.title), csvField(code),
                         csvField(report.coders.at(pair.first)),
                         csvField(report.coders.at(pair.second)))
                    .arg(figures.characters)
                    .arg(csvNumber(pair.unitizingAlpha), csvNumber(pair.krippendorffAlphaNominal),
                         csvNumber(pair.cohenKappa), csvNumber(pair.percentAgreement));
        }
    };
    auto scopeRows = [&](const ScopeFigures &scope) {
        rows(scope, QString(), scope.all);
        for (qsizetype code = 0; code < report.codes.size(); ++code)
            rows(scope, report.codes.at(code), scope.perCode[size_t(code)]);
    };
    scopeRows(report.overall);
    for (const ScopeFigures &article : report.articles)
        scopeRows(article);
    return csv;
}

QByteArray agreementJson(const AgreementReport &report, const AgreementNames &names)
{
    QJsonObject root;
    QJsonObject measures;
    measures.insert(QLatin1String(unitizingAlphaName),
                    QStringLiteral("Krippendorff's unitizing alpha, Content Analysis 2nd ed. "
                                   "(2004) 12.4, per code; for all codes 1 - sum uDo / sum uDe"));
    measures.insert(QLatin1String(alphaName),
                    QStringLiteral("Krippendorff's alpha, nominal; each character a unit, its "
                                   "value the combination of codes a coder gave it, uncoded a "
                                   "category of its own; per code: has it or not"));
    measures.insert(QLatin1String(cohenName),
                    QStringLiteral("Cohen's kappa (1960), each coder's own marginals, per "
                                   "character; two coders only"));
    measures.insert(QLatin1String(fleissName),
                    QStringLiteral("Fleiss' kappa (1971), pooled marginals, per character"));
    measures.insert(QLatin1String(lightName),
                    QStringLiteral("Light's kappa (1971): the mean of the pairs' Cohen's kappa"));
    measures.insert(QLatin1String(percentName),
                    QStringLiteral("share of characters two coders gave the same value, mean "
                                   "over the pairs"));
    root.insert(QStringLiteral("measures"), measures);
    root.insert(QStringLiteral("by"), toString(report.scheme));
    QJsonArray sets;
    for (qsizetype coder = 0; coder < report.coders.size(); ++coder) {
        QJsonObject set;
        set.insert(QStringLiteral("id"), report.setIds.value(coder).toString(QUuid::WithoutBraces));
        set.insert(QStringLiteral("name"), report.coders.at(coder));
        sets.append(set);
    }
    root.insert(QStringLiteral("sets"), sets);
    root.insert(QStringLiteral("codes"), QJsonArray::fromStringList(report.codes));
    root.insert(QStringLiteral("overall"), scopeJson(report, report.overall));
    QJsonArray articles;
    for (const ScopeFigures &article : report.articles)
        articles.append(scopeJson(report, article));
    root.insert(QStringLiteral("articles"), articles);
    QJsonArray disagreements;
    for (const PairDisagreements &found : report.disagreements) {
        for (const Disagreement &disagreement : found.disagreements) {
            QJsonObject object;
            object.insert(QStringLiteral("article"),
                          found.articleId.toString(QUuid::WithoutBraces));
            object.insert(QStringLiteral("first_set"), report.coders.at(found.first));
            object.insert(QStringLiteral("second_set"), report.coders.at(found.second));
            object.insert(QStringLiteral("type"), toString(disagreement.type));
            object.insert(QStringLiteral("first"),
                          disagreement.first ? QJsonValue(spanJson(*disagreement.first, names))
                                             : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("second"),
                          disagreement.second ? QJsonValue(spanJson(*disagreement.second, names))
                                              : QJsonValue(QJsonValue::Null));
            disagreements.append(object);
        }
    }
    root.insert(QStringLiteral("disagreements"), disagreements);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace counterpoint::analysis
