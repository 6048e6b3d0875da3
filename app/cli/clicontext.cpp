#include "clicontext.h"

#include "accounts/accountrepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

CliContext::CliContext() : m_out(stdout), m_err(stderr), m_database(std::make_unique<Database>()) {}

Result<void> CliContext::openDatabase(bool create)
{
    if (location.backend() == DatabaseLocation::Backend::SQLite && !create && !QFileInfo::exists(location.path())) {
        return invalidInput(tr("There is no database at “%1”; create it with “linedesk-cli --db %1 init --demo”")
                                .arg(location.path()));
    }
    return m_database->open(location);
}

Result<Account> CliContext::account()
{
    return AccountRepository(m_database->connection()).resolve(accountId);
}

std::optional<int> CliContext::parseCommand(QCommandLineParser &parser, const QString &command,
                                            const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows the options of this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("linedesk-cli %1").arg(command)} + arguments)) {
        return usageError(tr("%1: %2").arg(command, parser.errorText()));
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QStringLiteral("linedesk-cli %1 [options]").arg(command),
                                           QStringLiteral("linedesk-cli [global options] %1 [options]").arg(command));
        m_out.flush();
        return Success;
    }
    return std::nullopt;
}

int CliContext::fail(const Error &error)
{
    m_err << "linedesk-cli: " << error.message << '\n';
    m_err.flush();
    return error.kind == Error::Kind::InvalidInput ? InvalidUsage : Failure;
}

int CliContext::usageError(const QString &message)
{
    m_err << "linedesk-cli: " << message << '\n';
    m_err.flush();
    return InvalidUsage;
}
