#include "CoderCommands.h"

#include "CommandSupport.h"
#include "analysis/BlindCoding.h"

#include <QCoreApplication>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

Result<QUuid> setNamed(const Project &project, const QString &name)
{
    auto sets = project.annotationSets();
    if (!sets)
        return sets.error();
    for (const AnnotationSet &set : std::as_const(*sets)) {
        if (set.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return set.id;
    }
    return Error{
        Error::Code::NotFound,
        Messages::tr("There is no annotation set called “%1” in %2.").arg(name, project.name())};
}

int runCoders(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   Messages::tr("Give a set to an analyst (empty: nobody's)."),
                                   Messages::tr("SET=ANALYST"));
    const QCommandLineOption consensus(QStringLiteral("consensus"),
                                       Messages::tr("Make a set the consensus set."),
                                       Messages::tr("SET"));
    const QCommandLineOption blind(QStringLiteral("blind"), Messages::tr("Blind coding on or off."),
                                   QStringLiteral("on|off"));
    parser.addOptions({owner, consensus, blind});
    int status = ExitOk;
    if (!parseArguments(parser, codersSubcommand(), arguments, 1, 1, streams, status))
        return status;
    if (parser.isSet(blind) && parser.value(blind) != u"on" && parser.value(blind) != u"off") {
        streams.err << Messages::tr("--blind must be on or off.") << u'\n';
        return ExitUsage;
    }
    const bool changes = parser.isSet(owner) || parser.isSet(consensus) || parser.isSet(blind);
    OpenOptions options;
    options.readOnly = !changes;
    auto opened = Project::open(parser.positionalArguments().first(), options);
    if (!opened)
        return fail(streams, opened.errorMessage());
    Project &project = **opened;
    const Status written = project.write([&]() -> Status {
        for (const QString &assignment : parser.values(owner)) {
            const qsizetype equals = assignment.indexOf(u'=');
            if (equals < 0)
                return Error{Error::Code::Invalid,
                             Messages::tr("--owner takes SET=ANALYST, not “%1”.").arg(assignment)};
            auto set = setNamed(project, assignment.left(equals));
            if (!set)
                return set.error();
            if (auto owned = project.setAnnotationSetOwner(*set, assignment.mid(equals + 1));
                !owned)
                return owned;
        }
        if (parser.isSet(consensus)) {
            auto set = setNamed(project, parser.value(consensus));
            if (!set)
                return set.error();
            if (auto marked = project.setConsensusSet(*set, true); !marked)
                return marked;
        }
        if (parser.isSet(blind))
            return analysis::setBlindCoding(project, parser.value(blind) == u"on");
        return success();
    });
    if (changes && !written)
        return fail(streams, written.errorMessage());

    auto sets = project.annotationSets();
    auto roles = project.annotationSetRoles();
    if (!sets || !roles)
        return fail(streams, sets ? roles.errorMessage() : sets.errorMessage());
    streams.out << Messages::tr("Blind coding: %1")
                       .arg(analysis::isBlindCoding(project) ? Messages::tr("on")
                                                             : Messages::tr("off"))
                << u'\n';
    for (const AnnotationSet &set : std::as_const(*sets)) {
        SetRole role;
        for (const SetRole &candidate : std::as_const(*roles)) {
            if (candidate.setId == set.id)
                role = candidate;
        }
        streams.out << QStringLiteral("%1  %2  %3\n")
                           .arg(set.name, -24)
                           .arg(role.owner.isEmpty() ? Messages::tr("(nobody's)") : role.owner, -16)
                           .arg(role.consensus ? Messages::tr("consensus") : QString());
    }
    return ExitOk;
}

} // namespace

Subcommand codersSubcommand()
{
    return {QStringLiteral("coders"),
            QStringLiteral("coders PROJECT [--owner SET=ANALYST]... [--consensus SET] "
                           "[--blind on|off]"),
            Messages::tr("Show or set whose reading each annotation set is, the consensus set and "
                         "blind coding."),
            &runCoders};
}

} // namespace counterpoint::cli
