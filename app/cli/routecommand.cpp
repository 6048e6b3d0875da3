// route set E164 FILE.json | show E164 | simulate E164 --at INSTANT [--caller E164|anonymous] | lint E164

#include "clicommands.h"
#include "clicontext.h"

#include "accounts/accessrole.h"
#include "core/phonenumber.h"
#include "routing/callerfilter.h"
#include "routing/routeevaluator.h"
#include "routing/routingjson.h"
#include "routing/routinglinter.h"
#include "routing/routingrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString numberArgument(const QString &text)
{
    auto parsed = PhoneNumber::parse(text);
    return parsed ? parsed->e164() : text.trimmed();
}

// Opens the database and loads the number's routing; a number the account does not have is invalid input.
Result<RoutingRepository::Stored> loadNumber(CliContext &context, const QString &e164, qint64 *accountId)
{
    if (auto opened = context.openDatabase(); !opened)
        return opened.error();
    auto account = context.account();
    if (!account)
        return account.error();
    *accountId = account->id;
    auto stored = RoutingRepository(context.database().connection()).load(account->id, e164);
    if (!stored && stored.errorKind() == Error::Kind::NotFound)
        return invalidInput(CliContext::tr("route: the account has no number %1").arg(e164));
    return stored;
}

int runSet(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number whose routing is replaced."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The routing configuration (JSON, as printed by route show)."));
    if (auto stop = context.parseCommand(parser, QStringLiteral("route set"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(CliContext::tr("route set: expected E164 FILE.json"));
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.usageError(CliContext::tr("route set: cannot read “%1”: %2").arg(positional.at(1), file.errorString()));
    auto config = RoutingJson::read(file.readAll());
    if (!config)
        return context.usageError(CliContext::tr("route set: %1: %2").arg(positional.at(1), config.errorMessage()));

    qint64 accountId = 0;
    auto stored = loadNumber(context, numberArgument(positional.at(0)), &accountId);
    if (!stored)
        return context.fail(stored.error());
    // The CLI works on a local file or with the server's own rights: it acts as the owner here and the
    // server's row-level security refuses an employee's write.
    auto saved = RoutingRepository(context.database().connection())
                     .save(accountId, stored->number.id, stored->number.version, config.value(), AccessRole::Owner);
    if (!saved)
        return context.fail(saved.error());
    context.output().object(QJsonObject{{QStringLiteral("number"), stored->number.e164},
                                        {QStringLiteral("rules"), int(config->rules.size())},
                                        {QStringLiteral("version"), saved.value()}},
                            {{CliContext::tr("Number"), stored->number.e164},
                             {CliContext::tr("Rules saved"), QString::number(config->rules.size())}});
    return CliContext::Success;
}

int runShow(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number whose routing is printed (JSON)."));
    if (auto stop = context.parseCommand(parser, QStringLiteral("route show"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CliContext::tr("route show: expected E164"));
    qint64 accountId = 0;
    auto stored = loadNumber(context, numberArgument(parser.positionalArguments().first()), &accountId);
    if (!stored)
        return context.fail(stored.error());
    // Always JSON: it is the format `route set` reads back.
    context.out() << QString::fromUtf8(RoutingJson::write(stored->config));
    return CliContext::Success;
}

int runSimulate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number called."));
    const QCommandLineOption at(QStringLiteral("at"), CliContext::tr("When the call arrives (ISO 8601 with an offset or Z)."),
                                CliContext::tr("INSTANT"));
    const QCommandLineOption caller(QStringLiteral("caller"), CliContext::tr("Who calls (E.164 or anonymous); without it the filter is not consulted."),
                                    CliContext::tr("E164"));
    parser.addOptions({at, caller});
    if (auto stop = context.parseCommand(parser, QStringLiteral("route simulate"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CliContext::tr("route simulate: expected E164 --at INSTANT"));
    if (!parser.isSet(at))
        return context.usageError(CliContext::tr("route simulate: --at INSTANT is required"));
    const QDateTime instant = Clock::parseInstant(parser.value(at));
    if (!instant.isValid())
        return context.usageError(CliContext::tr("route simulate: --at “%1” is not an instant with an offset, like 2026-11-23T10:00:00-05:00")
                                      .arg(parser.value(at)));
    QString who;
    if (parser.isSet(caller)) {
        auto pattern = CallerFilter::normalizePattern(parser.value(caller));
        if (!pattern || CallerFilter::patternKind(pattern.value()) == CallerFilter::PatternKind::Wildcard)
            return context.usageError(CliContext::tr("route simulate: --caller “%1” is not a number in international form or “anonymous”")
                                          .arg(parser.value(caller)));
        who = pattern.value();
    }

    qint64 accountId = 0;
    auto stored = loadNumber(context, numberArgument(parser.positionalArguments().first()), &accountId);
    if (!stored)
        return context.fail(stored.error());
    const RouteEvaluator evaluator(stored->config);
    const RouteDecision decision = who.isEmpty() ? evaluator.evaluate(instant) : evaluator.evaluate(instant, who);
    const QString localTime = decision.localTime.toString(Qt::ISODate);
    const QJsonObject json{
        {QStringLiteral("action"), RouteDecision::actionName(decision.action)},
        {QStringLiteral("rule"), decision.ruleName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(decision.ruleName)},
        {QStringLiteral("destinations"), QJsonArray::fromStringList(decision.destinations)},
        {QStringLiteral("strategy"), decision.strategy ? QJsonValue(RoutingRule::strategyName(*decision.strategy)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("local_time"), localTime}};
    if (context.format == CliOutput::Format::Json) {
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return CliContext::Success;
    }
    context.output().object(json, {{CliContext::tr("Action"), RouteDecision::actionName(decision.action)},
                                   {CliContext::tr("Rule"), decision.ruleName.isEmpty() ? CliContext::tr("none") : decision.ruleName},
                                   {CliContext::tr("Destinations"), decision.destinations.join(QStringLiteral(", "))},
                                   {CliContext::tr("Strategy"), decision.strategy ? RoutingRule::strategyLabel(*decision.strategy) : QString()},
                                   {CliContext::tr("Local time"), localTime},
                                   {CliContext::tr("UTC"), instant.toUTC().toString(Qt::ISODate)},
                                   {CliContext::tr("Why"), decision.explanation()}});
    return CliContext::Success;
}

int runLint(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number whose routing is checked."));
    if (auto stop = context.parseCommand(parser, QStringLiteral("route lint"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CliContext::tr("route lint: expected E164"));
    qint64 accountId = 0;
    auto stored = loadNumber(context, numberArgument(parser.positionalArguments().first()), &accountId);
    if (!stored)
        return context.fail(stored.error());
    const QList<RoutingWarning> warnings = RoutingLinter::lint(stored->config, stored->number.e164, context.clock.now());
    if (context.format == CliOutput::Format::Table) {
        // One warning per line, for people and for grep.
        for (const RoutingWarning &warning : warnings)
            context.out() << warning.message << '\n';
        return CliContext::Success;
    }
    QList<QVariantList> rows;
    for (const RoutingWarning &warning : warnings) {
        rows << QVariantList{RoutingWarning::kindName(warning.kind),
                             warning.ruleIndex >= 0 ? QVariant(stored->config.rules.at(warning.ruleIndex).name) : QVariant(),
                             warning.message};
    }
    context.output().records({QStringLiteral("kind"), QStringLiteral("rule"), QStringLiteral("message")},
                             {CliContext::tr("Kind"), CliContext::tr("Rule"), CliContext::tr("Warning")}, rows);
    return CliContext::Success;
}

int runRoute(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("set"))
        return runSet(context, rest);
    if (sub == QLatin1String("show"))
        return runShow(context, rest);
    if (sub == QLatin1String("simulate"))
        return runSimulate(context, rest);
    if (sub == QLatin1String("lint"))
        return runLint(context, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: linedesk-cli [global options] route set E164 FILE.json | show E164 | "
                                        "simulate E164 --at INSTANT [--caller E164|anonymous] | lint E164")
                      << '\n';
        return CliContext::Success;
    }
    return context.usageError(sub.isEmpty() ? CliContext::tr("route: expected set, show, simulate or lint")
                                            : CliContext::tr("route: unknown subcommand “%1” (expected set, show, simulate or lint)").arg(sub));
}

} // namespace

CliCommand routeCommand()
{
    return {QStringLiteral("route"),
            QT_TRANSLATE_NOOP("Cli", "Set, show, simulate and lint a number's routing rules (route set|show|simulate|lint)."), runRoute};
}
