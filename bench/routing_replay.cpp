// routing_replay: the replay of 100 000 calls against 50 rules (issue 4: target < 200 ms).
// Times (1) RouteEvaluator alone over the calls held in memory, through evaluate() (a QDateTime zone
// conversion per call) and evaluateAt() (cached zone offsets), and (2) RoutingReplay::run, which reads
// the calls from a SQLite database with one forward-only query and evaluates each against the draft
// and the saved configuration.
//   routing_replay [--calls 100000] [--rules 50] [--runs 5]

#include "db/batchinserter.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "routing/routeevaluator.h"
#include "routing/routingreplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>

namespace {

// 50 rules like a busy account's: weekly rules with overlapping day sets, nights past midnight, holidays.
RoutingConfig makeConfig(int ruleCount, std::mt19937 &random)
{
    RoutingConfig config;
    config.timezone = QStringLiteral("America/New_York");
    config.voicemail = true;
    QList<CallerFilter::Entry> entries{{QStringLiteral("+1900*"), QString()}, {QStringLiteral("anonymous"), QString()}};
    for (int i = 0; i < 20; ++i)
        entries.append({QStringLiteral("+1212555%1").arg(1000 + i), QString()});
    config.filter = CallerFilter(CallerFilter::Mode::Block, entries);
    for (int i = 0; i < ruleCount; ++i) {
        RoutingRule rule;
        rule.name = QStringLiteral("Rule %1").arg(i + 1);
        if (i % 5 == 4) {
            const QDate from = QDate(2026, 1, 1).addDays(int(random() % 330));
            rule.dateFrom = from;
            rule.dateTo = from.addDays(int(random() % 3));
        } else {
            rule.days = quint8(1 + random() % 127);
        }
        rule.startMinute = int(random() % 96) * 15;
        rule.endMinute = std::min(1440, rule.startMinute + 60 + int(random() % 8) * 30);
        if (i % 7 == 6)
            rule.endMinute = int(random() % 24) * 30; // past midnight
        rule.action = RoutingRule::Action::Forward;
        rule.destinations = {QStringLiteral("+1514555%1").arg(1000 + i)};
        rule.strategy = RoutingRule::Strategy::Sequential;
        config.rules << rule;
    }
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Calls to replay."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), QStringLiteral("Rules in the configuration."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (the best is kept)."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({callsOption, rulesOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int callCount = parser.value(callsOption).toInt();
    const int ruleCount = parser.value(rulesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);

    std::mt19937 random(42);
    const RoutingConfig saved = makeConfig(ruleCount, random);
    RoutingConfig draft = saved;
    draft.rules.move(0, draft.rules.size() - 1);
    draft.voicemail = false;

    // Four weeks of calls ending 2026-11-23, callers from a pool with some blocked ones.
    const qint64 end = QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 start = end - 28 * 86400;
    QList<std::pair<qint64, QString>> calls;
    calls.reserve(callCount);
    QSet<QPair<qint64, QString>> seen; // the calls table's UNIQUE (account, did, started_at, caller)
    while (calls.size() < callCount) {
        const qint64 at = start + qint64(random() % quint64(end - start));
        const int who = int(random() % 1000);
        const QString caller = who < 20 ? QStringLiteral("anonymous")
                               : who < 40 ? QStringLiteral("+1900555%1").arg(1000 + who)
                                          : QStringLiteral("+1617555%1").arg(1000 + who);
        if (seen.contains({at, caller}))
            continue;
        seen.insert({at, caller});
        calls.append({at, caller});
    }

    // Calls reach the table in time order (the CDR import sorts by start, live calls come as they
    // happen), so they are written that way; the evaluator benchmarks below do not depend on it.
    QList<std::pair<qint64, QString>> byTime = calls;
    std::sort(byTime.begin(), byTime.end());

    // (1) The evaluator alone, through either path: the best of the runs and the calls forwarded.
    const auto evaluateAll = [&](bool cached, qint64 *forwarded) {
        qint64 fastest = std::numeric_limits<qint64>::max();
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const RouteEvaluator evaluator(saved);
            *forwarded = 0;
            for (const auto &[at, caller] : std::as_const(calls)) {
                const RouteDecision decision = cached ? evaluator.evaluateAt(at, caller)
                                                      : evaluator.evaluate(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()), caller);
                *forwarded += decision.action == RouteDecision::Action::Forward;
            }
            fastest = std::min(fastest, timer.elapsed());
        }
        return fastest;
    };
    qint64 forwarded = 0;
    qint64 best = evaluateAll(false, &forwarded);
    out << QStringLiteral("evaluate (QDateTime per call): %1 calls x %2 rules in %3 ms (best of %4; %5 forwarded)\n")
               .arg(callCount).arg(ruleCount).arg(best).arg(runs).arg(forwarded);

    // (1b) The evaluator's replay path: epoch seconds and cached zone offsets.
    qint64 forwardedAt = 0;
    best = evaluateAll(true, &forwardedAt);
    out << QStringLiteral("evaluateAt (cached offsets): %1 calls x %2 rules in %3 ms (best of %4; %5 forwarded%6)\n")
               .arg(callCount).arg(ruleCount).arg(best).arg(runs).arg(forwardedAt)
               .arg(forwardedAt == forwarded ? QString() : QStringLiteral(", DIFFERS from evaluate"));

    // (2) RoutingReplay::run over a SQLite database: one query, draft and saved evaluated per call.
    QTemporaryDir dir;
    Database database;
    if (auto opened = database.open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("replay.sqlite")))); !opened) {
        QTextStream(stderr) << opened.errorMessage() << '\n';
        return 1;
    }
    QSqlDatabase db = database.connection();
    const qint64 account = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, created_at) VALUES ('Bench', 'B-1', 0) RETURNING id")).value();
    const qint64 number = Sql::insert(db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, "
                                                         "next_billing_on) VALUES (?, '+12125550142', 'US', 'local', 'USD', '2026-01-01', "
                                                         "'2026-12-01') RETURNING id"),
                                      {account}).value();
    {
        Transaction transaction(db);
        BatchInserter inserter(db, QStringLiteral("calls"),
                               {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"), QStringLiteral("caller"),
                                QStringLiteral("disposition"), QStringLiteral("started_at"), QStringLiteral("duration_s"), QStringLiteral("currency")});
        for (int i = 0; i < calls.size(); ++i) {
            if (auto added = inserter.add({account, number, QStringLiteral("+12125550142"), byTime.at(i).second, QStringLiteral("answered"),
                                           byTime.at(i).first, 60, QStringLiteral("USD")});
                !added) {
                QTextStream(stderr) << added.errorMessage() << '\n';
                return 1;
            }
        }
        if (auto flushed = inserter.flush(); !flushed || !transaction.commit()) {
            QTextStream(stderr) << "insert failed\n";
            return 1;
        }
    }

    // The query alone, for comparison: what reading the calls costs before any evaluation.
    best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto query = Sql::exec(db, QStringLiteral("SELECT started_at, caller FROM calls WHERE account_id = ? AND number_id = ? "
                                                  "AND started_at >= ? AND started_at < ? AND disposition <> 'outbound'"),
                               {account, number, start, end});
        qint64 read = 0;
        while (query && query.value().next())
            read += query.value().value(1).toString().size() > 0 && query.value().value(0).toLongLong() > 0;
        best = std::min(best, timer.elapsed());
        if (read != callCount)
            QTextStream(stderr) << "read " << read << " calls\n";
    }
    out << QStringLiteral("reading the calls alone (SQLite): %1 ms (best of %2)\n").arg(best).arg(runs);

    best = std::numeric_limits<qint64>::max();
    qint64 total = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto result = RoutingReplay::run(db, account, number, QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()),
                                         QDateTime::fromSecsSinceEpoch(end, QTimeZone::utc()), draft, saved);
        best = std::min(best, timer.elapsed());
        if (!result) {
            QTextStream(stderr) << result.errorMessage() << '\n';
            return 1;
        }
        total = result->saved.total;
    }
    out << QStringLiteral("replay (SQLite, draft + saved): %1 calls x %2 rules in %3 ms (best of %4)\n")
               .arg(total).arg(ruleCount).arg(best).arg(runs);
    return 0;
}
