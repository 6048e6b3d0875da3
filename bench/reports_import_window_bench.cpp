// reports_import_window_bench: File → Import Calls… on a big CSV (reports_generate --csv), as the
// window lives it. Each run imports into a fresh copy of an account with its numbers
// (reports_generate --db FILE --calls 0):
//  - before (the import on the GUI thread, the event loop run at each progress step, as Import Calls…
//    did until CdrImportRunner): the wall time and the longest the window froze;
//  - now (CdrImportRunner's worker): the same two figures;
//  - Cancel at 50 %: how long until the worker has rolled back, and that nothing was written.
//   QT_QPA_PLATFORM=offscreen reports_import_window_bench --db /tmp/import-empty.sqlite
//       --csv /tmp/reports-1m.csv [--runs 3] [--screenshot tab.png]    (one command line)
// --screenshot: the Custom Reports tab with its import progress dialog, taken mid-import.

#include "guistall.h"

#include "accounts/accountrepository.h"
#include "accounts/accountsession.h"
#include "db/database.h"
#include "db/sql.h"
#include "reports/cdrimporter.h"
#include "reports/cdrimportrunner.h"
#include "reports/reportstab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QTextStream>
#include <QTimer>

namespace {

QString freshCopy(const QString &empty)
{
    const QString path = QDir::temp().filePath(QStringLiteral("reports_import_window_bench.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return QFile::copy(empty, path) ? path : QString();
}

qint64 callCount(const DatabaseLocation &location)
{
    Database database;
    if (!database.openOnly(location))
        return -1;
    auto count = Sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM calls"));
    return count ? count->toLongLong() : -1;
}

// The tab on screen, Import Calls… clicked and its file dialog answered with csv; the tab and its
// progress dialog grabbed once the dialog shows, then the import cancelled.
bool screenshot(const DatabaseLocation &location, const QString &csv, const QString &png)
{
    AccountSession session;
    if (!session.open(location))
        return false;
    ReportsTab tab(&session);
    tab.resize(1280, 800);
    tab.show();
    bool saved = false;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(csv);
            QMetaObject::invokeMethod(dialog, [dialog] { static_cast<QDialog *>(dialog)->accept(); }, Qt::QueuedConnection);
        } else if (auto *progress = tab.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
                   progress && progress->isVisible() && progress->value() >= 40 && !saved) {
            QPixmap window = tab.grab();
            QPainter painter(&window);
            painter.drawPixmap(progress->mapTo(&tab, QPoint(0, 0)), progress->grab());
            painter.end();
            saved = window.save(png);
            progress->cancel();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->accept();
            QCoreApplication::quit();
        }
    });
    answer.start();
    QTimer::singleShot(0, &tab, &ReportsTab::importCalls);
    QCoreApplication::exec();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file with the account and its numbers, no calls."),
                                      QStringLiteral("path"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("CDR CSV to import."), QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("PNG of the tab mid-import."), QStringLiteral("png"));
    parser.addOptions({dbOption, csvOption, runsOption, shotOption});
    parser.process(app);
    QTextStream out(stdout);
    const QString csv = parser.value(csvOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const auto fresh = [&]() -> std::optional<DatabaseLocation> {
        const QString path = freshCopy(parser.value(dbOption));
        if (path.isEmpty())
            return std::nullopt;
        return DatabaseLocation::sqliteFile(path);
    };

    if (parser.isSet(shotOption)) {
        const auto location = fresh();
        if (!location || !screenshot(*location, csv, parser.value(shotOption))) {
            out << "no screenshot taken\n";
            return 1;
        }
        out << "screenshot: " << parser.value(shotOption) << '\n';
        return 0;
    }

    QList<double> beforeWall, beforeStall, nowWall, nowStall, cancelStop;
    qint64 imported = 0;
    for (int run = 0; run < runs; ++run) {
        // Before: on the GUI thread's connection, events run at each progress step.
        auto location = fresh();
        if (!location)
            return 1;
        {
            Database database;
            if (auto opened = database.open(*location); !opened) {
                out << opened.errorMessage() << '\n';
                return 1;
            }
            const Account account = AccountRepository(database.connection()).resolve(0).value();
            GuiStall::Meter stall;
            QElapsedTimer timer;
            stall.start();
            timer.start();
            auto result = CdrImporter(database.connection(), account).importFile(csv, [](int) {
                QCoreApplication::processEvents();
                return true;
            });
            beforeWall << timer.nsecsElapsed() / 1e6;
            beforeStall << stall.stop();
            if (!result) {
                out << result.errorMessage() << '\n';
                return 1;
            }
        }

        // Now: CdrImportRunner.
        location = fresh();
        Account account;
        {
            Database database;
            if (!database.open(*location))
                return 1;
            account = AccountRepository(database.connection()).resolve(0).value();
        }
        {
            CdrImportRunner runner;
            QEventLoop loop;
            QString error;
            QObject::connect(&runner, &CdrImportRunner::imported, &loop, [&](const CdrImporter::Summary &summary) {
                imported = summary.imported;
                loop.quit();
            });
            QObject::connect(&runner, &CdrImportRunner::failed, &loop, [&](const QString &message) {
                error = message;
                loop.quit();
            });
            GuiStall::Meter stall;
            QElapsedTimer timer;
            stall.start();
            timer.start();
            runner.start(*location, account, AccessRole::Owner, csv);
            loop.exec();
            nowWall << timer.nsecsElapsed() / 1e6;
            nowStall << stall.stop();
            if (!error.isEmpty()) {
                out << error << '\n';
                return 1;
            }
        }

        // Cancel at 50 %: until the worker reports that it rolled back.
        location = fresh();
        {
            CdrImportRunner runner;
            QEventLoop loop;
            QElapsedTimer timer;
            QObject::connect(&runner, &CdrImportRunner::progress, &loop, [&](int percent) {
                if (percent >= 50 && !timer.isValid()) {
                    timer.start();
                    runner.cancel();
                }
            });
            QObject::connect(&runner, &CdrImportRunner::imported, &loop, &QEventLoop::quit);
            QObject::connect(&runner, &CdrImportRunner::failed, &loop, &QEventLoop::quit);
            runner.start(*location, account, AccessRole::Owner, csv);
            loop.exec();
            cancelStop << (timer.isValid() ? timer.nsecsElapsed() / 1e6 : -1);
        }
        if (const qint64 left = callCount(*location); left != 0) {
            out << "a cancelled import left " << left << " calls\n";
            return 1;
        }
    }
    out << imported << " calls imported from " << csv << "\n  before, on the GUI thread: " << GuiStall::median(beforeWall)
        << ", window frozen up to " << GuiStall::median(beforeStall) << "\n  now, CdrImportRunner: " << GuiStall::median(nowWall)
        << ", window frozen up to " << GuiStall::median(nowStall) << "\n  cancelled at 50 %: rolled back after "
        << GuiStall::median(cancelStop) << ", no call left\n"
        << Qt::flush;
    return 0;
}
