#pragma once

#include "clioutput.h"

#include "accounts/account.h"
#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "db/databaselocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

// What every command gets: the global options (--db, --now, --format, --lang, --account), the open
// database, and the streams. Exit codes follow the contract: 0 success, 2 invalid input or usage
// (nothing written), 1 any other failure.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, InvalidUsage = 2 };

    CliContext();

    DatabaseLocation location;
    Clock clock;
    CliOutput::Format format = CliOutput::Format::Table;
    qint64 accountId = 0;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    CliOutput output() { return CliOutput(m_out, format); }

    // Opens the database and brings its schema up to date. Unless create is true, a SQLite file
    // that does not exist is an error instead of a new empty database.
    Result<void> openDatabase(bool create = false);
    Database &database() { return *m_database; }
    Result<Account> account();

    // Parses a command's own options. Returns the exit code when the command must stop here (an
    // error, printed; or --help, answered), nothing when it should go on.
    std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

    // Prints "linedesk-cli: message" to stderr and returns the exit code for the error's kind.
    int fail(const Error &error);
    int usageError(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
};
