// init [--demo] [--seed N]: create or migrate the database; --demo adds the demo account.

#include "clicommands.h"
#include "clicontext.h"

#include "accounts/accountrepository.h"
#include "accounts/demodatagenerator.h"
#include "db/migrations.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

namespace {

int runInit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), CliContext::tr("Adds a realistic demo account."));
    const QCommandLineOption seed(QStringLiteral("seed"), CliContext::tr("Seed of the demo data (default 1)."),
                                  CliContext::tr("N"), QStringLiteral("1"));
    parser.addOptions({demo, seed});
    if (auto stop = context.parseCommand(parser, QStringLiteral("init"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(CliContext::tr("init: unexpected argument “%1”").arg(parser.positionalArguments().first()));
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk || seedValue == 0)
        return context.usageError(CliContext::tr("init: --seed “%1” must be a positive whole number").arg(parser.value(seed)));
    if (parser.isSet(seed) && !parser.isSet(demo))
        return context.usageError(CliContext::tr("init: --seed goes with --demo"));

    const bool existed = context.location.isServer() || QFileInfo::exists(context.location.path());
    if (auto opened = context.openDatabase(true); !opened)
        return context.fail(opened.error());

    QJsonObject json{{QStringLiteral("database"), context.location.toUrl()},
                     {QStringLiteral("backend"), context.location.backendName().toLower()},
                     {QStringLiteral("schema_version"), context.database().schemaVersion()},
                     {QStringLiteral("created"), !existed}};
    QList<QPair<QString, QString>> lines{
        {CliContext::tr("Database"), context.location.toUrl()},
        {CliContext::tr("Schema version"), QString::number(context.database().schemaVersion())}};

    if (parser.isSet(demo)) {
        DemoDataGenerator generator(context.database().connection(), context.clock, seedValue);
        auto created = generator.generate();
        if (!created)
            return context.fail(created.error());
        AccountRepository accounts(context.database().connection());
        auto account = accounts.find(created.value());
        auto counts = accounts.counts(created.value());
        if (!account || !counts)
            return context.fail(account ? counts.error() : account.error());
        json.insert(QStringLiteral("demo_account"),
                    QJsonObject{{QStringLiteral("id"), account->id},
                                {QStringLiteral("number"), account->accountNumber},
                                {QStringLiteral("name"), account->name},
                                {QStringLiteral("numbers"), counts->numbers},
                                {QStringLiteral("calls"), counts->calls},
                                {QStringLiteral("transactions"), counts->transactions}});
        lines << qMakePair(CliContext::tr("Demo account"), CliContext::tr("%1 (%2), id %3").arg(account->name, account->accountNumber).arg(account->id))
              << qMakePair(CliContext::tr("Numbers"), QString::number(counts->numbers))
              << qMakePair(CliContext::tr("Calls"), QString::number(counts->calls))
              << qMakePair(CliContext::tr("Transactions"), QString::number(counts->transactions));
    }
    context.output().object(json, lines);
    return CliContext::Success;
}

} // namespace

CliCommand initCommand()
{
    return {QStringLiteral("init"), QT_TRANSLATE_NOOP("Cli", "Create or upgrade the database; --demo adds a demo account."),
            runInit};
}
