// Issue 9 figures on a PostgreSQL server (see bench/README.md):
//  - live-update latency: another connection commits a number's note; how long until this
//    connection's DatabaseMonitor reports it (LISTEN/NOTIFY through the event loop);
//  - the cost of the ledger's triggers (migration 0004: one call per statement keeps the balance and
//    notifies) on a bulk ledger insert (with them, and with them disabled, in one transaction each);
//  - recovery: pg_terminate_backend() of the session until DatabaseMonitor has reconnected and
//    LISTENs again.
// Usage: live_updates --db postgresql://user@host:port/db [--runs 50] [--rows 20000]
// The database is created and migrated if needed; the bench adds its own account.

#include "db/batchinserter.h"
#include "db/database.h"
#include "db/databasemonitor.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Runs the event loop until `done` or the timeout; returns the elapsed milliseconds (-1: timed out).
template<typename Signal>
double waitFor(DatabaseMonitor *monitor, Signal signal, const QElapsedTimer &since, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    const auto connection = QObject::connect(monitor, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return fired ? double(since.nsecsElapsed()) / 1e6 : -1;
}

qint64 insertLedger(Database &db, qint64 account, int rows)
{
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(db.connection());
    // As bulk writers do (demo data, imports): multi-row INSERTs of 250 rows.
    BatchInserter inserter(db.connection(), QStringLiteral("ledger_transactions"),
                           {QStringLiteral("account_id"), QStringLiteral("kind"), QStringLiteral("occurred_at"),
                            QStringLiteral("amount_minor"), QStringLiteral("currency")});
    for (int i = 0; i < rows; ++i) {
        if (!inserter.add({account, QStringLiteral("call_incoming"), i, -1, QStringLiteral("USD")}))
            return -1;
    }
    if (!inserter.flush() || !transaction.commit())
        return -1;
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("postgresql://… URL (password from PGPASSWORD)."), QStringLiteral("URL"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Latency samples (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Ledger rows per bulk insert (default 20000)."), QStringLiteral("N"),
                                        QStringLiteral("20000"));
    parser.addOptions({dbOption, runsOption, rowsOption});
    parser.process(app);
    auto location = DatabaseLocation::parse(parser.value(dbOption));
    if (!location || !location->isServer()) {
        std::fprintf(stderr, "give --db postgresql://user@host:port/db\n");
        return 2;
    }
    Database mine;
    Database other;
    if (auto opened = mine.open(*location); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    if (!other.open(*location))
        return 1;
    const qint64 account = Sql::insert(mine.connection(),
                                       QStringLiteral("INSERT INTO accounts (name, account_number, created_at) VALUES ('Bench', ?, 0) RETURNING id"),
                                       {QStringLiteral("BENCH-%1").arg(QDateTime::currentMSecsSinceEpoch())})
                               .value();
    const qint64 number = Sql::insert(mine.connection(),
                                      QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, next_billing_on) "
                                                     "VALUES (?, '+12125550100', 'US', 'local', 'USD', '2026-01-01', '2026-12-01') RETURNING id"),
                                      {account})
                              .value();

    DatabaseMonitor monitor(&mine);
    monitor.setProbeInterval(60 * 60 * 1000);
    monitor.start();

    QList<double> latencies;
    const int runs = parser.value(runsOption).toInt();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer since;
        since.start();
        if (!Sql::exec(other.connection(), QStringLiteral("UPDATE numbers SET note = ?, version = version + 1 WHERE id = ?"),
                       {QStringLiteral("run %1").arg(i), number}))
            return 1;
        const double ms = waitFor(&monitor, &DatabaseMonitor::changed, since, 5000);
        if (ms >= 0)
            latencies << ms;
    }
    std::printf("live update (commit on another connection -> changed signal): median %.2f ms, max %.2f ms over %d of %d runs\n",
                median(latencies), latencies.isEmpty() ? 0.0 : *std::max_element(latencies.cbegin(), latencies.cend()),
                int(latencies.size()), runs);

    const int rows = parser.value(rowsOption).toInt();
    const qint64 withTrigger = insertLedger(other, account, rows);
    Sql::exec(other.connection(), QStringLiteral("ALTER TABLE ledger_transactions DISABLE TRIGGER ledger_changed_insert")).value();
    const qint64 withoutTrigger = insertLedger(other, account, rows);
    Sql::exec(other.connection(), QStringLiteral("ALTER TABLE ledger_transactions ENABLE TRIGGER ledger_changed_insert")).value();
    std::printf("bulk ledger insert, %d rows in one transaction: %lld ms with the ledger's statement trigger, %lld ms without\n", rows,
                static_cast<long long>(withTrigger), static_cast<long long>(withoutTrigger));

    QList<double> recoveries;
    for (int i = 0; i < 5; ++i) {
        const qint64 pid = Sql::scalar(mine.connection(), QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
        QElapsedTimer since;
        since.start();
        Sql::exec(other.connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).value();
        monitor.checkConnection(); // what a failed query does
        const double ms = waitFor(&monitor, &DatabaseMonitor::reconnected, since, 30000);
        if (ms >= 0 && monitor.isSubscribed())
            recoveries << ms;
    }
    std::printf("terminated session -> reconnected and listening again: median %.1f ms over %d of 5 runs\n", median(recoveries),
                int(recoveries.size()));
    return 0;
}
