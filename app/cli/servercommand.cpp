// server setup | add-user NAME --role owner|admin|employee [--password-stdin] | remove-user NAME:
// a team's PostgreSQL server (issue 9). Run as the server's administrator, e.g.
// `linedesk-cli --db postgresql://admin@db.example.com/linedesk server setup`.

#include "clicommands.h"
#include "clicontext.h"

#include "server/servermembers.h"
#include "server/serversetup.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace {

std::optional<int> openServer(CliContext &context, const QString &command)
{
    if (!context.location.isServer()) {
        return context.usageError(CliContext::tr("%1: give the server with --db postgresql://admin@host/database; a "
                                                 "SQLite file has no users")
                                      .arg(command));
    }
    if (auto opened = context.openDatabase(true); !opened)
        return context.fail(opened.error());
    return std::nullopt;
}

int runSetup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = context.parseCommand(parser, QStringLiteral("server setup"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(CliContext::tr("server setup: unexpected argument “%1”").arg(parser.positionalArguments().first()));
    if (auto stop = openServer(context, QStringLiteral("server setup")))
        return *stop;
    auto report = ServerSetup(context.database().connection()).run();
    if (!report)
        return context.fail(report.error());
    const QJsonObject json{{QStringLiteral("database"), context.location.toUrl()},
                           {QStringLiteral("schema_version"), context.database().schemaVersion()},
                           {QStringLiteral("table_owner"), ServerSetup::kSchemaOwnerRole},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(ServerSetup::groupRoles())},
                           {QStringLiteral("account_tables"), QJsonArray::fromStringList(report->accountTables)},
                           {QStringLiteral("read_only_tables"), QJsonArray::fromStringList(report->readOnlyTables)},
                           {QStringLiteral("shared_tables"), QJsonArray::fromStringList(report->sharedTables)}};
    context.output().object(
        json, {{CliContext::tr("Database"), context.location.toUrl()},
               {CliContext::tr("Schema version"), QString::number(context.database().schemaVersion())},
               {CliContext::tr("Tables owned by"), ServerSetup::kSchemaOwnerRole},
               {CliContext::tr("Group roles"), ServerSetup::groupRoles().join(QStringLiteral(", "))},
               {CliContext::tr("Row-level security"),
                CliContext::tr("%n table(s)", nullptr, int(report->accountTables.size() + report->readOnlyTables.size()))},
               {CliContext::tr("Read-only for members"), (report->readOnlyTables + report->sharedTables).join(QStringLiteral(", "))}});
    return CliContext::Success;
}

// Parses add-user / remove-user: their options, and the one positional argument, the user's name.
std::optional<int> parseUserCommand(CliContext &context, QCommandLineParser &parser, const QString &command,
                                    const QStringList &arguments, QString *user)
{
    parser.addPositionalArgument(CliContext::tr("NAME"), CliContext::tr("The user's PostgreSQL login."));
    if (auto stop = context.parseCommand(parser, command, arguments))
        return stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usageError(CliContext::tr("%1: name the user (their PostgreSQL login)").arg(command));
    if (positional.size() > 1)
        return context.usageError(CliContext::tr("%1: unexpected argument “%2”").arg(command, positional.at(1)));
    *user = positional.first();
    if (!ServerMembers::isValidUserName(*user)) {
        return context.usageError(CliContext::tr("%1: “%2” is not a user name LineDesk accepts (lower-case letters, digits, "
                                                 "_ . - @; not pg_… or linedesk_…)")
                                      .arg(command, *user));
    }
    return std::nullopt;
}

int runAddUser(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("server add-user");
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), CliContext::tr("owner, admin or employee (read only)."),
                                  CliContext::tr("ROLE"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           CliContext::tr("Read the user's password from the first line of standard input."));
    parser.addOptions({role, passwordStdin});
    QString user;
    if (auto stop = parseUserCommand(context, parser, command, arguments, &user))
        return *stop;
    static const QStringList roles{QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("employee")};
    if (!parser.isSet(role) || !roles.contains(parser.value(role)))
        return context.usageError(CliContext::tr("%1: --role must be owner, admin or employee").arg(command));
    std::optional<QString> password;
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password->isEmpty())
            return context.usageError(CliContext::tr("%1: --password-stdin read an empty password").arg(command));
    }
    if (auto stop = openServer(context, command))
        return *stop;
    auto account = context.account();
    if (!account)
        return context.usageError(CliContext::tr("%1: %2").arg(command, account.errorMessage()));
    auto added = ServerMembers(context.database().connection())
                     .add(user, accessRoleFromName(parser.value(role)), account->id, password);
    if (!added)
        return context.fail(added.error());
    const QJsonObject json{{QStringLiteral("user"), added->user},
                           {QStringLiteral("role"), accessRoleName(added->role)},
                           {QStringLiteral("account"), added->accountId},
                           {QStringLiteral("created_login"), added->createdRole},
                           {QStringLiteral("password_set"), password.has_value()}};
    context.output().object(json, {{CliContext::tr("User"), added->user},
                                   {CliContext::tr("Role"), accessRoleName(added->role)},
                                   {CliContext::tr("Account"), QStringLiteral("%1 (%2)").arg(account->name).arg(account->id)},
                                   {CliContext::tr("New login"), added->createdRole ? CliContext::tr("yes") : CliContext::tr("no")}});
    return CliContext::Success;
}

int runRemoveUser(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("server remove-user");
    QCommandLineParser parser;
    QString user;
    if (auto stop = parseUserCommand(context, parser, command, arguments, &user))
        return *stop;
    if (auto stop = openServer(context, command))
        return *stop;
    // With --account, only that membership goes; without, the user leaves every account.
    auto removed = ServerMembers(context.database().connection()).remove(user, context.accountId);
    if (!removed)
        return context.fail(removed.error());
    context.output().object({{QStringLiteral("user"), user}, {QStringLiteral("memberships_removed"), removed.value()}},
                            {{CliContext::tr("User"), user},
                             {CliContext::tr("Memberships removed"), QString::number(removed.value())}});
    return CliContext::Success;
}

int runServer(CliContext &context, const QStringList &arguments)
{
    using Action = int (*)(CliContext &, const QStringList &);
    static const QList<QPair<QString, Action>> actions{{QStringLiteral("setup"), runSetup},
                                                       {QStringLiteral("add-user"), runAddUser},
                                                       {QStringLiteral("remove-user"), runRemoveUser}};
    const QString sub = arguments.value(0);
    for (const auto &action : actions) {
        if (action.first == sub)
            return action.second(context, arguments.mid(1));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: linedesk-cli --db postgresql://admin@host/database server setup | "
                                        "add-user NAME --role owner|admin|employee [--password-stdin] | remove-user NAME")
                      << '\n';
        context.out().flush();
        return CliContext::Success;
    }
    if (sub.isEmpty())
        return context.usageError(CliContext::tr("server: say what to do: setup, add-user or remove-user"));
    return context.usageError(CliContext::tr("server: unknown action “%1”; use setup, add-user or remove-user").arg(sub));
}

} // namespace

CliCommand serverCommand()
{
    return {QStringLiteral("server"),
            QT_TRANSLATE_NOOP("Cli", "Set up a team's PostgreSQL server: roles, row-level security, users."), runServer};
}
