// finances_tab_bench: how long the Finances tab takes to open (construct, show, first page
// refreshed) on a big account, and to switch to the 90-day forecast. Uses the database made by
// finances_forecast_bench.
//   QT_QPA_PLATFORM=offscreen finances_tab_bench --db /tmp/finances-big.sqlite [--runs 10]

#include "accounts/accountsession.h"
#include "finances/financestab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LineDeskBench"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file."), QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("R"), QStringLiteral("10"));
    parser.addOptions({dbOption, runsOption});
    parser.process(app);
    AccountSession session;
    session.setClock(Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc())));
    if (auto opened = session.open(DatabaseLocation::sqliteFile(parser.value(dbOption))); !opened) {
        QTextStream(stderr) << opened.errorMessage() << '\n';
        return 1;
    }
    QList<double> built; // constructed with its first page filled, before show()
    QList<double> open;
    QList<double> forecast;
    for (int i = 0; i < std::max(1, parser.value(runsOption).toInt()); ++i) {
        QElapsedTimer timer;
        timer.start();
        FinancesTab tab(&session);
        tab.showPage(0);
        built << timer.nsecsElapsed() / 1e6;
        tab.resize(1200, 800);
        tab.show();
        QCoreApplication::processEvents();
        open << timer.nsecsElapsed() / 1e6;
        timer.restart();
        tab.showPage(7);
        QCoreApplication::processEvents();
        forecast << timer.nsecsElapsed() / 1e6;
    }
    std::sort(built.begin(), built.end());
    std::sort(open.begin(), open.end());
    std::sort(forecast.begin(), forecast.end());
    QTextStream(stdout) << "Finances tab open (Account Balance): median " << open.at(open.size() / 2) << " ms, worst " << open.last()
                        << " ms (of which constructed with the first page filled: median " << built.at(built.size() / 2)
                        << " ms)\nswitch to Balance Forecast (30 days): median " << forecast.at(forecast.size() / 2) << " ms\n";
    return 0;
}
