// reports_generate: a large account for the report benchmarks: N calls over the last 6 months on M
// numbers in a SQLite file (one transaction, BatchInserter, synchronous=OFF for this generator only),
// and optionally a CDR CSV of R rows for the import benchmark.
//   reports_generate --db big.sqlite [--calls 5000000] [--numbers 200] [--now 2026-11-23T12:00:00Z]
//   reports_generate --csv rows.csv --rows 1000000 [--numbers 200]

#include "accounts/accountrepository.h"
#include "core/clock.h"
#include "db/batchinserter.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <random>

namespace {

const char *const kDispositions[] = {"answered", "answered", "answered", "answered", "answered", "answered",
                                     "missed",   "voicemail", "blocked", "outbound"};

QString numberAt(int i)
{
    return QStringLiteral("+1514555%1").arg(i, 4, 10, QLatin1Char('0'));
}

int fail(const QString &message)
{
    QTextStream(stderr) << "reports_generate: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file to create."), QStringLiteral("path"));
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Calls."), QStringLiteral("n"), QStringLiteral("5000000"));
    const QCommandLineOption numbersOption(QStringLiteral("numbers"), QStringLiteral("Numbers."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("Now."), QStringLiteral("instant"),
                                       QStringLiteral("2026-11-23T12:00:00Z"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("Write a CDR CSV instead."), QStringLiteral("path"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("CSV rows."), QStringLiteral("n"), QStringLiteral("1000000"));
    parser.addOptions({dbOption, callsOption, numbersOption, nowOption, csvOption, rowsOption});
    parser.process(app);
    const int numbers = parser.value(numbersOption).toInt();
    const qint64 end = Clock::parseInstant(parser.value(nowOption)).toSecsSinceEpoch();
    const qint64 start = end - 183LL * 86400;
    std::mt19937_64 random(42);
    QElapsedTimer timer;
    timer.start();

    if (parser.isSet(csvOption)) {
        QFile file(parser.value(csvOption));
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        const qint64 rows = parser.value(rowsOption).toLongLong();
        QByteArray buffer = "start_utc,did,caller,disposition,duration_s,charge\n";
        for (qint64 i = 0; i < rows; ++i) {
            const qint64 at = start + qint64(random() % quint64(end - start));
            const char *disposition = kDispositions[random() % 10];
            const int duration = qstrcmp(disposition, "answered") == 0 || qstrcmp(disposition, "outbound") == 0 ? int(random() % 900) : 0;
            buffer += QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate).toLatin1() + ',' + numberAt(int(random() % quint64(numbers))).toLatin1()
                      + ",+1438" + QByteArray::number(1000000 + qint64(random() % 8999999)) + ',' + disposition + ','
                      + QByteArray::number(duration) + ",0." + QByteArray::number(100 + duration / 10) + '\n';
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
        file.write(buffer);
        QTextStream(stdout) << "wrote " << rows << " CSV rows in " << timer.elapsed() << " ms\n";
        return 0;
    }

    if (!parser.isSet(dbOption))
        return fail(QStringLiteral("--db or --csv is required"));
    QFile::remove(parser.value(dbOption));
    Database database;
    if (auto opened = database.open(DatabaseLocation::sqliteFile(parser.value(dbOption))); !opened)
        return fail(opened.errorMessage());
    QSqlDatabase db = database.connection();
    Sql::exec(db, QStringLiteral("PRAGMA synchronous=OFF")).ok();
    Sql::exec(db, QStringLiteral("PRAGMA cache_size=-1000000")).ok(); // 1 GB: the indexes stay in memory
    Transaction transaction(db);
    const qint64 account = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, currency, timezone, created_at) "
                                                          "VALUES ('Big Account', 'BIG-1', 'USD', 'America/New_York', ?) RETURNING id"),
                                       {start}).value();
    QList<qint64> numberIds;
    for (int i = 0; i < numbers; ++i) {
        numberIds << Sql::insert(db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, "
                                                    "next_billing_on) VALUES (?, ?, 'CA', 'local', 'USD', '2026-01-01', '2026-12-01') RETURNING id"),
                                 {account, numberAt(i)}).value();
    }
    const qint64 calls = parser.value(callsOption).toLongLong();
    BatchInserter inserter(db, QStringLiteral("calls"),
                           {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"), QStringLiteral("caller"),
                            QStringLiteral("disposition"), QStringLiteral("started_at"), QStringLiteral("duration_s"),
                            QStringLiteral("charge_micro"), QStringLiteral("currency")},
                           500);
    const QString usd = QStringLiteral("USD");
    QStringList dids;
    for (int i = 0; i < numbers; ++i)
        dids << numberAt(i);
    QStringList dispositions;
    for (const char *name : kDispositions)
        dispositions << QLatin1String(name);
    // Calls in time order (as a real account fills up); the step keeps every start distinct.
    const double step = double(end - start) / double(calls);
    for (qint64 i = 0; i < calls; ++i) {
        const int n = int(random() % quint64(numbers));
        const int d = int(random() % 10);
        const int duration = d < 6 || d == 9 ? int(random() % 900) : 0;
        if (auto added = inserter.add({account, numberIds.at(n), dids.at(n), QStringLiteral("+1438%1").arg(1000000 + i % 8999999),
                                       dispositions.at(d), start + qint64(double(i) * step), duration, qint64(duration) * 1500, usd});
            !added)
            return fail(added.errorMessage());
        if (i % 1000000 == 999999)
            QTextStream(stdout) << (i + 1) << " calls, " << timer.elapsed() / 1000 << " s\n" << Qt::flush;
    }
    if (auto flushed = inserter.flush(); !flushed)
        return fail(flushed.errorMessage());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.errorMessage());
    Sql::exec(db, QStringLiteral("ANALYZE")).ok();
    QTextStream(stdout) << "generated " << calls << " calls on " << numbers << " numbers in " << timer.elapsed() << " ms\n";
    return 0;
}
