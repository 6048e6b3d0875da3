// info: backend, schema version, account, row counts.

#include "clicommands.h"
#include "clicontext.h"

#include "accounts/accountrepository.h"
#include "core/localization.h"
#include "db/migrations.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

int runInfo(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = context.parseCommand(parser, QStringLiteral("info"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(CliContext::tr("info: unexpected argument “%1”").arg(parser.positionalArguments().first()));
    if (auto opened = context.openDatabase(); !opened)
        return context.fail(opened.error());

    Database &db = context.database();
    QJsonObject json{{QStringLiteral("backend"), db.backendName().toLower()},
                     {QStringLiteral("server_version"), db.serverVersion()},
                     {QStringLiteral("database"), context.location.toUrl()},
                     {QStringLiteral("schema_version"), db.schemaVersion()},
                     {QStringLiteral("latest_schema_version"), Migrations::latestVersion()}};
    QList<QPair<QString, QString>> lines{{CliContext::tr("Backend"), db.serverVersion()},
                                         {CliContext::tr("Database"), context.location.toUrl()},
                                         {CliContext::tr("Schema version"), QString::number(db.schemaVersion())}};

    AccountRepository accounts(db.connection());
    auto account = accounts.resolve(context.accountId);
    if (!account && (account.errorKind() != Error::Kind::NotFound || context.accountId > 0))
        return context.fail(account.error());
    if (!account) {
        json.insert(QStringLiteral("account"), QJsonValue::Null);
        lines << qMakePair(CliContext::tr("Account"), CliContext::tr("none yet"));
        context.output().object(json, lines);
        return CliContext::Success;
    }
    auto counts = accounts.counts(account->id);
    auto balance = accounts.balance(account.value());
    if (!counts || !balance)
        return context.fail(counts ? balance.error() : counts.error());
    auto all = accounts.all();
    json.insert(QStringLiteral("accounts"), all ? int(all->size()) : 1);
    json.insert(QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), account->id},
                                                       {QStringLiteral("number"), account->accountNumber},
                                                       {QStringLiteral("name"), account->name},
                                                       {QStringLiteral("currency"), account->currency},
                                                       {QStringLiteral("timezone"), account->timezone},
                                                       {QStringLiteral("billing_mode"), account->billingMode}});
    json.insert(QStringLiteral("balance"), balance->toDecimalString());
    json.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("numbers"), counts->numbers},
                                                      {QStringLiteral("calls"), counts->calls},
                                                      {QStringLiteral("transactions"), counts->transactions},
                                                      {QStringLiteral("routing_rules"), counts->routingRules}});
    const QLocale locale = Localization::locale();
    lines << qMakePair(CliContext::tr("Account"), CliContext::tr("%1 (%2), id %3").arg(account->name, account->accountNumber).arg(account->id))
          << qMakePair(CliContext::tr("Balance"), balance->format(locale))
          << qMakePair(CliContext::tr("Numbers"), locale.toString(counts->numbers))
          << qMakePair(CliContext::tr("Calls"), locale.toString(counts->calls))
          << qMakePair(CliContext::tr("Transactions"), locale.toString(counts->transactions))
          << qMakePair(CliContext::tr("Routing rules"), locale.toString(counts->routingRules));
    context.output().object(json, lines);
    return CliContext::Success;
}

} // namespace

CliCommand infoCommand()
{
    return {QStringLiteral("info"), QT_TRANSLATE_NOOP("Cli", "Show the backend, schema version, account and row counts."),
            runInfo};
}
