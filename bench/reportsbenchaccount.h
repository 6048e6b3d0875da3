#pragma once

// Shared by the Custom Reports benchmarks: the large account reports_generate wrote (--db FILE), the
// day they take as today (--now INSTANT, the generator's default), and the 6-month, all-numbers report.

#include "accounts/account.h"
#include "accounts/accountrepository.h"
#include "core/clock.h"
#include "db/database.h"
#include "reports/reportquery.h"
#include "reports/reportwindow.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

#include <optional>

namespace ReportsBench {

inline QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("SQLite file."), QStringLiteral("path"));
}

inline QCommandLineOption nowOption()
{
    return QCommandLineOption(QStringLiteral("now"), QStringLiteral("Now."), QStringLiteral("instant"), QStringLiteral("2026-11-23T12:00:00Z"));
}

struct Opened
{
    DatabaseLocation location;
    Account account;
    QDate today; // in the account's time zone
};

// Opens --db into database (migrated) with its first account; prints why not and returns nothing.
inline std::optional<Opened> open(Database &database, const QCommandLineParser &parser, QTextStream &out)
{
    Opened opened;
    opened.location = DatabaseLocation::sqliteFile(parser.value(dbOption()));
    if (auto result = database.open(opened.location); !result) {
        out << result.errorMessage() << '\n';
        return std::nullopt;
    }
    auto account = AccountRepository(database.connection()).resolve(0);
    if (!account) {
        out << account.errorMessage() << '\n';
        return std::nullopt;
    }
    opened.account = account.value();
    opened.today = Clock::fixed(Clock::parseInstant(parser.value(nowOption()))).today(opened.account.timeZone());
    return opened;
}

// The longest report the tab allows: 6 months back to today, every number.
inline ReportQuery sixMonths(const QDate &today, ReportQuery::Grouping grouping = ReportQuery::Grouping::None)
{
    ReportQuery query;
    query.from = ReportWindow::earliestFrom(today);
    query.to = today;
    query.grouping = grouping;
    return query;
}

} // namespace ReportsBench
