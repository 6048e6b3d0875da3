// reports_bench: the Custom Reports figures on a large account made by reports_generate.
//   reports_bench --db big.sqlite [--now 2026-11-23T12:00:00Z]          query and call-list figures
//   reports_bench --db empty.sqlite --import rows.csv                    import throughput
// Prints the missed-by-day aggregate time, the call list's first page time, the peak RSS after
// scrolling the whole list, and rows per second for an import.

#include "reportsbenchaccount.h"

#include "core/itemroles.h"
#include "db/database.h"
#include "reports/callsreportmodel.h"
#include "reports/cdrimporter.h"
#include "reports/reportrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption importOption(QStringLiteral("import"), QStringLiteral("CDR CSV to import."), QStringLiteral("path"));
    parser.addOptions({ReportsBench::dbOption(), ReportsBench::nowOption(), importOption});
    parser.process(app);
    QTextStream out(stdout);

    Database database;
    const auto opened = ReportsBench::open(database, parser, out);
    if (!opened)
        return 1;
    const Account &account = opened->account;
    QElapsedTimer timer;

    if (parser.isSet(importOption)) {
        timer.start();
        auto summary = CdrImporter(database.connection(), account).importFile(parser.value(importOption));
        const qint64 ms = timer.elapsed();
        if (!summary) {
            out << summary.errorMessage() << '\n';
            return 1;
        }
        out << "import: " << summary->rows << " rows (" << summary->imported << " new) in " << ms << " ms = "
            << qint64(double(summary->rows) * 1000.0 / double(std::max<qint64>(ms, 1))) << " rows/s\n";
        return 0;
    }

    const ReportQuery query = ReportsBench::sixMonths(opened->today);
    ReportRepository repository(database.connection(), account);

    ReportQuery missed = query;
    missed.type = ReportQuery::CallType::Missed;
    missed.grouping = ReportQuery::Grouping::Day;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        const auto groups = repository.groups(missed);
        const auto totals = repository.totals(missed);
        out << "missed by day, 6 months, all numbers: " << groups->size() << " days, " << totals->calls << " calls, groups "
            << timer.elapsed() << " ms incl. totals\n" << Qt::flush;
    }

    CallsReportModel model;
    timer.start();
    if (auto set = model.setQuery(database.connection(), account, query); !set) {
        out << set.errorMessage() << '\n';
        return 1;
    }
    for (int row = 0; row < 40; ++row) {
        for (int column = 0; column < CallsReportModel::ColumnCount; ++column)
            model.index(row, column).data();
    }
    out << "call list first page (40 rows shown, no count yet): " << timer.elapsed() << " ms, " << model.rowCount() << " rows so far\n"
        << Qt::flush;

    // What the tab's worker thread computes meanwhile: the totals, whose count the list then takes.
    ReportQuery all = query;
    timer.start();
    const auto totals = repository.totals(all);
    out << "totals over the whole list (worker thread in the tab): " << timer.elapsed() << " ms, " << totals->calls << " calls\n"
        << Qt::flush;
    model.setTotalRows(totals->calls);

    timer.start();
    qint64 touched = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        touched += model.index(row, 0).data(ItemRoles::IdRole).toLongLong() != 0;
        if (row % 256 < 30) { // what a view shows of each page while scrolling
            for (int column = 0; column < CallsReportModel::ColumnCount; ++column)
                model.index(row, column).data();
        }
    }
    out << "scrolled to the end: " << touched << " rows in " << timer.elapsed() << " ms, peak RSS " << peakRssKiB() / 1024 << " MiB\n";
    return 0;
}
