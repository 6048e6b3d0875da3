// finances_forecast_bench: the balance forecast on a big account. Creates (once) a SQLite account
// with M numbers, a year of ledger history (monthly fees, daily call and CNAM charges per number,
// deposits) and optionally N calls, then times Forecast::inputFor + compute for 90 days and the
// upcoming-charge windows.
//   finances_forecast_bench --db /tmp/finances-big.sqlite [--numbers 2000] [--calls 0] [--runs 20]

#include "accounts/accountrepository.h"
#include "core/clock.h"
#include "db/batchinserter.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "finances/forecast.h"
#include "finances/upcomingcharges.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <random>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "finances_forecast_bench: " << message << '\n';
    return 1;
}

Result<void> generate(QSqlDatabase db, int numbers, qint64 calls, const QDate &today)
{
    Sql::exec(db, QStringLiteral("PRAGMA synchronous=OFF")).value();
    Transaction transaction(db);
    const QTimeZone zone("America/New_York");
    auto account = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, currency, timezone, created_at) "
                                                  "VALUES ('Finances bench', 'FB-1', 'USD', 'America/New_York', 0) RETURNING id"));
    if (!account)
        return account.error();
    const qint64 id = account.value();
    Sql::exec(db, QStringLiteral("INSERT INTO catalogue_options (account_id, code, name, kind, monthly_price_minor, currency) "
                                 "VALUES (?, 'fax', 'Fax', 'number', 395, 'USD'), (?, 'e911', '911', 'number', 150, 'USD')"),
              {id, id}).value();
    const qint64 card = Sql::insert(db, QStringLiteral("INSERT INTO payment_methods (account_id, token, brand, last4, exp_month, exp_year, "
                                                       "is_default, created_at) VALUES (?, 'pm_bench', 'Visa', '4242', 12, 2030, 1, 0) RETURNING id"),
                                    {id}).value();
    Sql::exec(db, QStringLiteral("INSERT INTO autobilling_settings (account_id, enabled, threshold_minor, amount_minor, payment_method_id) "
                                 "VALUES (?, 1, 50000, 250000, ?)"),
              {id, card}).value();
    std::mt19937_64 random(7);
    BatchInserter numberWriter(db, QStringLiteral("numbers"),
                               {QStringLiteral("account_id"), QStringLiteral("e164"), QStringLiteral("country"), QStringLiteral("number_type"),
                                QStringLiteral("plan"), QStringLiteral("monthly_fee_minor"), QStringLiteral("per_minute_micro"),
                                QStringLiteral("currency"), QStringLiteral("ordered_on"), QStringLiteral("next_billing_on"),
                                QStringLiteral("fax"), QStringLiteral("e911")});
    for (int n = 0; n < numbers; ++n) {
        const int day = 1 + int(random() % 28);
        QDate next(today.year(), today.month(), day);
        if (next <= today)
            next = next.addMonths(1);
        if (auto added = numberWriter.add({id, QStringLiteral("+1514%1").arg(5000000 + n, 7, 10, QLatin1Char('0')), QStringLiteral("CA"),
                                           QStringLiteral("local"), n % 2 ? QStringLiteral("per-minute") : QStringLiteral("flat"),
                                           n % 2 ? 195 : 495, 9000, QStringLiteral("USD"), QStringLiteral("2024-01-01"),
                                           next.toString(Qt::ISODate), int(n % 3 == 0), int(n % 4 == 0)});
            !added)
            return added;
    }
    if (auto done = numberWriter.flush(); !done)
        return done;
    auto ids = Sql::exec(db, QStringLiteral("SELECT id, e164, next_billing_on FROM numbers WHERE account_id = ?"), {id});
    QList<std::tuple<qint64, QString, int>> numberRows;
    while (ids.value().next())
        numberRows << std::make_tuple(ids.value().value(0).toLongLong(), ids.value().value(1).toString(),
                                      QDate::fromString(ids.value().value(2).toString(), Qt::ISODate).day());

    BatchInserter ledger(db, QStringLiteral("ledger_transactions"),
                         {QStringLiteral("account_id"), QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("amount_minor"),
                          QStringLiteral("currency"), QStringLiteral("number_id"), QStringLiteral("did"), QStringLiteral("description")});
    qint64 rows = 0;
    for (int d = 365; d >= 1; --d) {
        const QDate day = today.addDays(-d);
        const qint64 feeAt = QDateTime(day, QTime(0, 5), zone).toSecsSinceEpoch();
        const qint64 endAt = QDateTime(day, QTime(23, 59), zone).toSecsSinceEpoch();
        if (auto added = ledger.add({id, QStringLiteral("deposit"), feeAt, 600000, QStringLiteral("USD"), QVariant(QMetaType(QMetaType::LongLong)),
                                     QVariant(QMetaType(QMetaType::QString)), QStringLiteral("Automatic billing")});
            !added)
            return added;
        for (const auto &[numberId, e164, billingDay] : std::as_const(numberRows)) {
            if (day.day() == billingDay) {
                (void)ledger.add({id, QStringLiteral("did_monthly"), feeAt, -495, QStringLiteral("USD"), numberId, e164, QStringLiteral("Monthly fee")});
                ++rows;
            }
            if (numberId % 2 == 0 && day.dayOfWeek() <= 5) {
                (void)ledger.add({id, QStringLiteral("call_incoming"), endAt, -qint64(20 + random() % 300), QStringLiteral("USD"), numberId, e164,
                                  QStringLiteral("Incoming calls")});
                ++rows;
            }
            if (numberId % 5 == 0 && day.dayOfWeek() <= 5) {
                (void)ledger.add({id, QStringLiteral("call_outgoing"), endAt, -qint64(10 + random() % 200), QStringLiteral("USD"), numberId, e164,
                                  QStringLiteral("Outgoing calls")});
                ++rows;
            }
        }
    }
    if (auto done = ledger.flush(); !done)
        return done;
    if (calls > 0) {
        BatchInserter callWriter(db, QStringLiteral("calls"),
                                 {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"), QStringLiteral("caller"),
                                  QStringLiteral("disposition"), QStringLiteral("started_at"), QStringLiteral("duration_s"),
                                  QStringLiteral("charge_micro"), QStringLiteral("currency")});
        const qint64 start = QDateTime(today.addMonths(-6), QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 span = QDateTime(today, QTime(0, 0), zone).toSecsSinceEpoch() - start;
        for (qint64 c = 0; c < calls; ++c) {
            const auto &[numberId, e164, billingDay] = numberRows.at(qsizetype(c % numberRows.size()));
            Q_UNUSED(billingDay);
            if (auto added = callWriter.add({id, numberId, e164, QStringLiteral("+1212%1").arg(c, 7, 10, QLatin1Char('0')),
                                             QStringLiteral("answered"), start + (c * span) / calls, 60, 9000, QStringLiteral("USD")});
                !added)
                return added;
        }
        if (auto done = callWriter.flush(); !done)
            return done;
    }
    QTextStream(stdout) << "generated " << numbers << " numbers, " << rows << " ledger rows, " << calls << " calls\n";
    return transaction.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file (created when missing)."), QStringLiteral("FILE"));
    const QCommandLineOption numbersOption(QStringLiteral("numbers"), QStringLiteral("Numbers."), QStringLiteral("M"), QStringLiteral("2000"));
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Calls to add."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("R"), QStringLiteral("20"));
    parser.addOptions({dbOption, numbersOption, callsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption))
        return fail(QStringLiteral("give --db FILE"));
    const QString path = parser.value(dbOption);
    const bool existed = QFile::exists(path);
    const QDate today(2026, 11, 23);
    Database database;
    if (auto opened = database.open(DatabaseLocation::sqliteFile(path)); !opened)
        return fail(opened.errorMessage());
    if (!existed) {
        QElapsedTimer timer;
        timer.start();
        if (auto made = generate(database.connection(), parser.value(numbersOption).toInt(), parser.value(callsOption).toLongLong(), today); !made)
            return fail(made.errorMessage());
        QTextStream(stdout) << "generation took " << timer.elapsed() << " ms\n";
    }
    auto account = AccountRepository(database.connection()).resolve(0);
    if (!account)
        return fail(account.errorMessage());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QList<double> forecast;
    QList<double> upcoming;
    qsizetype days = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto input = Forecast::inputFor(database.connection(), account.value(), today, 90);
        if (!input)
            return fail(input.errorMessage());
        days = Forecast::compute(input.value()).days.size();
        forecast << timer.nsecsElapsed() / 1e6;
        timer.restart();
        auto windows = UpcomingCharges::forAccount(database.connection(), account.value(), Clock::fixed(QDateTime(today, QTime(12, 0), QTimeZone::utc())));
        if (!windows)
            return fail(windows.errorMessage());
        upcoming << timer.nsecsElapsed() / 1e6;
    }
    std::sort(forecast.begin(), forecast.end());
    std::sort(upcoming.begin(), upcoming.end());
    QTextStream(stdout) << "forecast 90 days (" << days << " days): median " << forecast.at(forecast.size() / 2) << " ms, worst "
                        << forecast.last() << " ms\n"
                        << "upcoming windows: median " << upcoming.at(upcoming.size() / 2) << " ms\n";
    return 0;
}
