// reports_cancel_bench: how soon a Custom Report's calculation lets go once it is abandoned (a new
// Display Report, another number over the heatmap, Cancel, or the window closing), on a large account
// made by reports_generate: the 6-month, all-numbers report grouped by day.
//   reports_cancel_bench --db /tmp/reports-big.sqlite [--runs 5] [--after 100,400,1000]
// For each moment after the start (ms), paired runs of:
//  - before: the calculator's steps (totals, day groups, missed calls per day and per weekday × hour)
//    on a worker that looks at an "abandoned" flag between steps, as ReportCalculator did before its
//    queries could be interrupted: the query under way runs to its end;
//  - now: ReportCalculator itself, abandoned by its destructor, which interrupts the query under way.
// Prints the time from abandoning to the worker's end (the destructor returning), and once the time
// of a whole calculation left alone.

#include "guistall.h"
#include "reportsbenchaccount.h"

#include "reports/reportcalculator.h"
#include "reports/reportrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {

void waitMs(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// The calculator's steps without interruption: a step under way finishes before the flag is seen.
void stepsWithoutInterrupt(const DatabaseLocation &location, const Account &account, const ReportQuery &query,
                           const std::atomic<bool> &abandoned)
{
    Database database;
    if (!database.openOnly(location))
        return;
    const ReportRepository repository(database.connection(), account);
    ReportQuery missed = query;
    missed.type = ReportQuery::CallType::Missed;
    missed.grouping = ReportQuery::Grouping::None;
    if (!repository.totals(query) || abandoned)
        return;
    if (!repository.groups(query) || abandoned)
        return;
    if (!repository.perDayAndNumber(missed) || abandoned)
        return;
    (void)repository.perWeekdayAndHour(missed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Paired runs."), QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption afterOption(QStringLiteral("after"), QStringLiteral("Abandon this long after the start (ms, comma-separated)."),
                                         QStringLiteral("ms"), QStringLiteral("100,400,1000"));
    parser.addOptions({ReportsBench::dbOption(), ReportsBench::nowOption(), runsOption, afterOption});
    parser.process(app);
    QTextStream out(stdout);

    Database database;
    const auto opened = ReportsBench::open(database, parser, out);
    if (!opened)
        return 1;
    const DatabaseLocation &location = opened->location;
    const Account &account = opened->account;
    const ReportQuery query = ReportsBench::sixMonths(opened->today, ReportQuery::Grouping::Day);
    ReportQuery heatmap = query;
    heatmap.type = ReportQuery::CallType::Missed;
    heatmap.grouping = ReportQuery::Grouping::None;
    const int runs = std::max(1, parser.value(runsOption).toInt());

    {
        QElapsedTimer whole;
        whole.start();
        ReportCalculator calculator;
        QString error;
        QEventLoop loop;
        QObject::connect(&calculator, &ReportCalculator::failed, &loop, [&error](const QString &message) { error = message; });
        QObject::connect(&calculator, &ReportCalculator::done, &loop, &QEventLoop::quit);
        calculator.start(location, account, query, heatmap);
        loop.exec();
        if (!error.isEmpty()) {
            out << error << '\n';
            return 1;
        }
        out << "6 months, all numbers, grouped by day: whole calculation " << whole.elapsed() << " ms\n" << Qt::flush;
    }

    for (const QString &afterText : parser.value(afterOption).split(QLatin1Char(','))) {
        const int after = afterText.toInt();
        QList<double> before;
        QList<double> now;
        for (int run = 0; run < runs; ++run) {
            std::atomic<bool> abandoned{false};
            std::unique_ptr<QThread> worker(QThread::create([&] { stepsWithoutInterrupt(location, account, query, abandoned); }));
            worker->start(QThread::LowPriority);
            waitMs(after);
            QElapsedTimer timer;
            timer.start();
            abandoned = true;
            worker->wait();
            before << timer.nsecsElapsed() / 1e6;

            auto calculator = std::make_unique<ReportCalculator>();
            calculator->start(location, account, query, heatmap);
            waitMs(after);
            timer.restart();
            calculator.reset(); // abandons, then waits for the worker
            now << timer.nsecsElapsed() / 1e6;
        }
        out << "abandoned " << after << " ms after the start: worker gone after, before " << GuiStall::median(before) << ", now " << GuiStall::median(now)
            << '\n'
            << Qt::flush;
    }
    return 0;
}
