// numbers_activity: the numbers tab on a big account. 2 000 numbers and 5 million calls (one number
// with 500 000 of them) are generated straight into a SQLite file (one transaction, BatchInserter) on
// first run. Measures: opening the numbers table model, the first Activity page of the big number,
// the unreturned missed calls queue, and peak RSS while scrolling through all 500 000 calls.
//
//   build/bench/numbers_activity [--db /tmp/numbers-bench.sqlite] [--runs 10]

#include "accounts/accountrepository.h"
#include "db/batchinserter.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "numbers/activitymodel.h"
#include "numbers/numbersmodel.h"
#include "numbers/unreturnedmissedcallsmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kNumbers = 2000;
constexpr qint64 kCalls = 5'000'000;
constexpr qint64 kBigNumberCalls = 500'000;
const QDateTime kNow(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC);

qint64 rssKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool generate(Database &db)
{
    QSqlDatabase c = db.connection();
    (void)Sql::exec(c, QStringLiteral("PRAGMA synchronous=OFF"));
    Transaction transaction(c);
    const qint64 account = Sql::insert(c, QStringLiteral("INSERT INTO accounts (name, account_number, currency, created_at) "
                                                         "VALUES ('Bench', 'B-1', 'USD', 0) RETURNING id")).value();
    BatchInserter numbers(c, QStringLiteral("numbers"),
                          {QStringLiteral("account_id"), QStringLiteral("e164"), QStringLiteral("country"),
                           QStringLiteral("number_type"), QStringLiteral("plan"), QStringLiteral("monthly_fee_minor"),
                           QStringLiteral("currency"), QStringLiteral("ordered_on"), QStringLiteral("next_billing_on")});
    for (int i = 0; i < kNumbers; ++i) {
        if (!numbers.add({account, QStringLiteral("+1514%1").arg(5550000 + i), QStringLiteral("CA"), QStringLiteral("local"),
                          i % 3 ? QStringLiteral("flat") : QStringLiteral("per-minute"), 495, QStringLiteral("USD"),
                          QStringLiteral("2025-01-15"), QStringLiteral("2026-12-15")}))
            return false;
    }
    if (!numbers.flush())
        return false;
    const qint64 firstId = Sql::scalar(c, QStringLiteral("SELECT MIN(id) FROM numbers")).value().toLongLong();
    BatchInserter calls(c, QStringLiteral("calls"),
                        {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"),
                         QStringLiteral("caller"), QStringLiteral("disposition"), QStringLiteral("started_at"),
                         QStringLiteral("duration_s"), QStringLiteral("charge_micro"), QStringLiteral("currency")},
                        500);
    static const QString kinds[] = {QStringLiteral("answered"), QStringLiteral("answered"), QStringLiteral("answered"),
                                    QStringLiteral("answered"), QStringLiteral("answered"), QStringLiteral("voicemail"),
                                    QStringLiteral("missed"), QStringLiteral("blocked"), QStringLiteral("outbound"),
                                    QStringLiteral("answered")};
    const qint64 end = kNow.toSecsSinceEpoch();
    const qint64 span = 180LL * 86400; // six months
    quint64 state = 88172645463325252ULL;
    auto next = [&state] { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; };
    for (qint64 i = 0; i < kCalls; ++i) {
        const int number = i < kBigNumberCalls ? 0 : 1 + int(i % (kNumbers - 1));
        const qint64 perNumber = number == 0 ? kBigNumberCalls : (kCalls - kBigNumberCalls) / (kNumbers - 1);
        const qint64 k = number == 0 ? i : (i - kBigNumberCalls) / (kNumbers - 1);
        const qint64 startedAt = end - span + k * span / perNumber;
        const quint64 r = next();
        if (!calls.add({account, firstId + number, QStringLiteral("+1514%1").arg(5550000 + number),
                        QStringLiteral("+1212%1").arg(2000000 + r % 5000000), kinds[r % 10], startedAt, int(r % 600),
                        qint64(r % 30) * 1000, QStringLiteral("USD")}))
            return false;
        if (i % 500000 == 0)
            std::fprintf(stderr, "generating calls: %lld\n", static_cast<long long>(i));
    }
    if (!calls.flush())
        return false;
    return transaction.commit().ok();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file (generated when missing)."),
                                      QStringLiteral("PATH"), QStringLiteral("/tmp/numbers-bench.sqlite"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                                        QStringLiteral("10"));
    parser.addOptions({dbOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    const QString path = parser.value(dbOption);
    const bool exists = QFileInfo::exists(path);
    Database db;
    if (auto opened = db.open(DatabaseLocation::sqliteFile(path)); !opened) {
        out << "cannot open " << path << ": " << opened.errorMessage() << '\n';
        return 1;
    }
    if (!exists) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(db)) {
            out << "generation failed\n";
            return 1;
        }
        out << "generated " << kCalls << " calls in " << timer.elapsed() / 1000.0 << " s\n";
    }
    const Account account = AccountRepository(db.connection()).resolve(0).value();
    const Clock clock = Clock::fixed(kNow);
    const NumberRepository numbers(db.connection(), account, AccessRole::Owner, clock);
    const qint64 bigId = Sql::scalar(db.connection(), QStringLiteral("SELECT MIN(id) FROM numbers")).value().toLongLong();

    QList<double> openTimes, firstPageTimes, missedFirstPage, queueTimes;
    const int runs = parser.value(runsOption).toInt();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        NumbersModel model;
        model.setRepository(numbers);
        openTimes << timer.nsecsElapsed() / 1e6;
        timer.restart();
        ActivityModel activity;
        activity.setNumber(numbers, bigId, QStringLiteral("America/New_York"));
        (void)activity.index(0, 0).data();
        firstPageTimes << timer.nsecsElapsed() / 1e6;
        timer.restart();
        activity.setDisposition(QStringLiteral("missed"));
        missedFirstPage << timer.nsecsElapsed() / 1e6;
        timer.restart();
        UnreturnedMissedCallsModel queue;
        queue.setRepository(numbers, clock);
        queueTimes << timer.nsecsElapsed() / 1e6;
        if (run == 0)
            out << "numbers: " << model.rowCount() << ", unreturned missed callers (30 days): " << queue.count() << '\n';
    }
    out << "open numbers model (2 000 rows): median " << median(openTimes) << " ms\n";
    out << "Activity first page (200 of 500 000 calls): median " << median(firstPageTimes) << " ms\n";
    out << "Activity filtered to Missed, first page: median " << median(missedFirstPage) << " ms\n";
    out << "unreturned missed calls queue: median " << median(queueTimes) << " ms\n";

    const qint64 before = rssKiB("VmRSS:");
    ActivityModel activity;
    activity.setNumber(numbers, bigId, QStringLiteral("America/New_York"));
    QElapsedTimer timer;
    timer.start();
    qint64 pages = 1;
    while (activity.canFetchMore(QModelIndex())) {
        activity.fetchMore(QModelIndex());
        (void)activity.index(activity.rowCount() - 1, ActivityModel::TimeColumn).data();
        ++pages;
    }
    out << "scrolled through " << activity.rowCount() << " calls (" << pages << " pages) in " << timer.elapsed()
        << " ms; RSS before " << before / 1024 << " MiB, after " << rssKiB("VmRSS:") / 1024 << " MiB, peak "
        << rssKiB("VmHWM:") / 1024 << " MiB\n";
    return 0;
}
