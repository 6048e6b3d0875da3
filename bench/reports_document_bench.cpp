// reports_document_bench: the printable Custom Report (ReportDocument) on a large account made by
// reports_generate — the 6-month, all-numbers call list (its first 2000 calls) and the same range
// grouped by day.
//   QT_QPA_PLATFORM=offscreen reports_document_bench --db /tmp/reports-big.sqlite [--runs 3]
// Prints, for each report:
//  - what Print… and Export PDF… did on the GUI thread before they moved to a worker: the document
//    built with its totals read (Print…), then printed to a PDF by QTextDocument::print (Export PDF…);
//  - the same work on ReportCalculator's worker as the tab now starts it (the totals the tab already
//    has passed in): the time until the PDF is written or the document handed over, and the longest
//    the GUI thread's event loop went without running (a 5 ms timer), i.e. how long the window froze;
//  - how long after Cancel (abandon) the worker stops, and that no file was left.

#include "guistall.h"
#include "reportsbenchaccount.h"

#include "core/localization.h"
#include "reports/reportcalculator.h"
#include "reports/reportdocument.h"
#include "reports/reportrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

bool waitFor(ReportCalculator &calculator, QString *error)
{
    QEventLoop loop;
    QObject::connect(&calculator, &ReportCalculator::failed, &loop, [error](const QString &message) { *error = message; });
    QObject::connect(&calculator, &ReportCalculator::done, &loop, &QEventLoop::quit);
    loop.exec();
    return error->isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({ReportsBench::dbOption(), ReportsBench::nowOption(), runsOption});
    parser.process(app);
    QTextStream out(stdout);

    Database database;
    const auto opened = ReportsBench::open(database, parser, out);
    if (!opened)
        return 1;
    const DatabaseLocation &location = opened->location;
    const Account &account = opened->account;
    const ReportRepository repository(database.connection(), account);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString pdf = QDir::temp().filePath(QStringLiteral("reports_document_bench.pdf"));
    QImage chart(900, 360, QImage::Format_RGB32); // the size of the tab's chart image
    chart.fill(Qt::white);

    for (const auto grouping : {ReportQuery::Grouping::None, ReportQuery::Grouping::Day}) {
        const ReportQuery query = ReportsBench::sixMonths(opened->today, grouping);
        out << "6 months, all numbers, grouped by " << ReportQuery::groupingLabel(grouping) << ":\n" << Qt::flush;
        QElapsedTimer timer;
        timer.start();
        const auto totals = repository.totals(query);
        if (!totals) {
            out << totals.errorMessage() << '\n';
            return 1;
        }
        out << "  totals: " << totals->calls << " calls in " << timer.elapsed() << " ms\n" << Qt::flush;

        QList<double> built;
        QList<double> printed;
        QList<double> workerPdf;
        QList<double> pdfStall;
        QList<double> workerDocument;
        QList<double> documentStall;
        QList<double> cancelStop;
        qint64 pdfBytes = 0;
        for (int run = 0; run < runs; ++run) {
            // Before: all of it on the GUI thread, totals read again.
            timer.restart();
            auto document = ReportDocument::build(repository, query, chart);
            if (!document) {
                out << document.errorMessage() << '\n';
                return 1;
            }
            built << timer.nsecsElapsed() / 1e6;
            {
                QPdfWriter writer(pdf);
                writer.setPageSize(QPageSize(Localization::locale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                                                     : QPageSize::A4));
                document.value()->print(&writer);
            }
            printed << timer.nsecsElapsed() / 1e6;

            // Now: on the worker, the tab's totals passed in.
            QFile::remove(pdf);
            ReportCalculator calculator;
            GuiStall::Meter stall;
            QString error;
            stall.start();
            timer.restart();
            calculator.startPdf(location, account, query, chart, totals.value(), pdf);
            if (!waitFor(calculator, &error)) {
                out << error << '\n';
                return 1;
            }
            workerPdf << timer.nsecsElapsed() / 1e6;
            pdfStall << stall.stop();

            std::shared_ptr<QTextDocument> handed;
            QObject::connect(&calculator, &ReportCalculator::documentReady, [&handed](const std::shared_ptr<QTextDocument> &d) { handed = d; });
            stall.start();
            timer.restart();
            calculator.startDocument(location, account, query, chart, totals.value());
            if (!waitFor(calculator, &error) || !handed) {
                out << error << '\n';
                return 1;
            }
            workerDocument << timer.nsecsElapsed() / 1e6;
            documentStall << stall.stop();
            pdfBytes = QFileInfo(pdf).size();

            // Cancel part-way through the PDF's pages: how long until the worker is gone (the
            // calculator's destructor waits for it), and no file.
            QFile::remove(pdf);
            auto cancelled = std::make_unique<ReportCalculator>();
            QEventLoop loop;
            QObject::connect(cancelled.get(), &ReportCalculator::progress, &loop, [&](int percent) {
                if (percent >= 70 && cancelled->isRunning()) {
                    cancelled->abandon();
                    loop.quit();
                }
            });
            cancelled->startPdf(location, account, query, chart, totals.value(), pdf);
            loop.exec();
            timer.restart();
            cancelled.reset();
            cancelStop << timer.nsecsElapsed() / 1e6;
            if (QFile::exists(pdf)) {
                out << "a cancelled PDF was written\n";
                return 1;
            }
        }
        out << "  before, on the GUI thread: document built (Print…) " << GuiStall::median(built) << "; document built and PDF written (Export PDF…) "
            << GuiStall::median(printed) << "\n  now, on the worker with the totals known: PDF written " << GuiStall::median(workerPdf)
            << ", GUI thread's longest stall " << GuiStall::median(pdfStall) << "; document for Print… " << GuiStall::median(workerDocument)
            << ", longest stall " << GuiStall::median(documentStall) << "\n  cancelled at 70 %: worker gone after " << GuiStall::median(cancelStop)
            << ", no file left\n  (PDF of " << pdfBytes / 1024 << " KiB)\n"
            << Qt::flush;
    }
    return 0;
}
