// linedesk-cli: the headless companion of LineDesk. Global options come before the command; each
// command parses its own options (see ARCHITECTURE.md, "linedesk-cli").

#include "clicommands.h"
#include "clicontext.h"

#include "core/appidentity.h"
#include "core/localization.h"
#include "server/keychaincredentialstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QString commandList()
{
    QString text = CliContext::tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &command : allCliCommands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(14), QCoreApplication::translate("Cli", command.summary));
    return text;
}

// --lang must act before any message is printed, so it is read before the real parse.
QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return QStringLiteral("en"); // scripts get English unless they ask
}

// Global options are documented before the command, but people also type them after it
// ("info --format json"): move them to the front so the command never sees them.
QStringList globalOptionsFirst(const QStringList &arguments)
{
    static const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--now"), QStringLiteral("--format"),
                                       QStringLiteral("--lang"), QStringLiteral("--account")};
    QStringList globals{arguments.first()};
    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (withValue.contains(name)) {
            globals << arg;
            if (!arg.contains(QLatin1Char('=')) && i + 1 < arguments.size())
                globals << arguments.at(++i);
        } else {
            rest << arg;
        }
    }
    return globals + rest;
}

// The command name: the first argument that is neither a global option nor its value.
QString commandName(int argc, char *argv[])
{
    static const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--now"), QStringLiteral("--format"),
                                       QStringLiteral("--lang"), QStringLiteral("--account")};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return QString();
}

} // namespace

int main(int argc, char *argv[])
{
    // QPdfWriter and QTextDocument need fonts, hence a QGuiApplication, but only for the invoice
    // command and never a display: the CLI runs on servers.
    std::unique_ptr<QCoreApplication> application;
    if (commandName(argc, argv) == QLatin1String("invoice")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppIdentity::apply();
    const QStringList arguments = globalOptionsFirst(QCoreApplication::arguments());
    const QString language = languageFromArguments(arguments);
    CliContext context;
    if (!Localization::availableLanguages().contains(language))
        return context.usageError(CliContext::tr("Unknown language “%1”; use en, fr or es").arg(language));
    Localization::apply(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("LineDesk command line: manage a virtual phone number account."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Shows this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, CliContext::tr("Shows the version."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      CliContext::tr("The database: a SQLite file or postgresql://user@host:port/db "
                                                     "(default: $LINEDESK_DB, then the GUI's database)."),
                                      CliContext::tr("path-or-url"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       CliContext::tr("The clock for everything time-dependent, as an ISO 8601 instant "
                                                      "with its offset (2026-11-23T10:00:00-05:00)."),
                                       CliContext::tr("instant"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CliContext::tr("Output: table, csv or json."),
                                          CliContext::tr("format"), QStringLiteral("table"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CliContext::tr("Language of messages: en, fr or es."),
                                        CliContext::tr("language"), QStringLiteral("en"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           CliContext::tr("The account to work on when the database holds several."),
                                           CliContext::tr("id"));
    parser.addOptions({help, version, dbOption, nowOption, formatOption, langOption, accountOption});
    parser.addPositionalArgument(CliContext::tr("command"), CliContext::tr("The command to run, then its options."));

    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(help) || (parser.positionalArguments().isEmpty() && !parser.isSet(version))) {
        context.out() << parser.helpText() << '\n' << commandList();
        context.out().flush();
        return parser.isSet(help) ? CliContext::Success : CliContext::InvalidUsage;
    }
    if (parser.isSet(version)) {
        context.out() << "linedesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return CliContext::Success;
    }

    if (!CliOutput::parseFormat(parser.value(formatOption), &context.format))
        return context.usageError(CliContext::tr("Unknown output format “%1”; use table, csv or json").arg(parser.value(formatOption)));

    QString db = parser.value(dbOption);
    if (db.isEmpty())
        db = qEnvironmentVariable("LINEDESK_DB");
    if (db.isEmpty()) {
        context.location = DatabaseLocation::defaultLocation();
    } else {
        auto location = DatabaseLocation::parse(db);
        if (!location)
            return context.fail(location.error());
        context.location = location.value();
        // No password in the URL or PGPASSWORD: the one the GUI remembered in the keychain, if any.
        if (context.location.isServer() && context.location.password().isEmpty()) {
            if (auto remembered = KeychainCredentialStore().readPassword(CredentialStore::keyFor(context.location)))
                context.location.setPassword(remembered.value());
        }
    }

    if (parser.isSet(nowOption)) {
        const QDateTime now = Clock::parseInstant(parser.value(nowOption));
        if (!now.isValid()) {
            return context.usageError(CliContext::tr("--now “%1” is not an instant; write it like 2026-11-23T10:00:00-05:00")
                                          .arg(parser.value(nowOption)));
        }
        context.clock = Clock::fixed(now);
    }
    if (parser.isSet(accountOption)) {
        bool ok = false;
        context.accountId = parser.value(accountOption).toLongLong(&ok);
        if (!ok || context.accountId <= 0)
            return context.usageError(CliContext::tr("--account “%1” is not an account id").arg(parser.value(accountOption)));
    }

    const QStringList positional = parser.positionalArguments();
    const QString name = positional.first();
    for (const CliCommand &command : allCliCommands()) {
        if (command.name == name)
            return command.run(context, positional.mid(1));
    }
    return context.usageError(CliContext::tr("Unknown command “%1”; run linedesk-cli --help for the list").arg(name));
}
