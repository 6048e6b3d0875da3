#include "reportfixture.h"
#include "../invoices/pdftools.h"

#include "accounts/accountsession.h"
#include "charts/missedcallsheatmap.h"
#include "core/itemroles.h"
#include "db/database.h"
#include "db/sql.h"
#include "dialogs/conflictdialog.h"
#include "reports/reportcalculator.h"
#include "reports/reportstab.h"
#include "reports/savedreportrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace ReportFixture;

class TestReportsTab final : public QObject
{
    Q_OBJECT

private:
    static void checkNumber(QListWidget *list, const QString &e164)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole + 1).toString() == e164)
                list->item(row)->setCheckState(Qt::Checked);
        }
    }

    // The seeded database open in a session, its Custom Reports tab on screen.
    struct Shown
    {
        TestDatabase test;
        AccountSession session;
        Account account;
        std::unique_ptr<ReportsTab> tab;

        // seeded: runs on the seeded database before the session opens it.
        bool open(const QString &backend, const std::function<bool(const QSqlDatabase &, const Account &)> &seeded = {})
        {
            if (!test.createAndOpen(backend))
                return false;
            account = seed(test.connection());
            if (seeded && !seeded(test.connection(), account))
                return false;
            session.setClock(Clock::fixed(QDateTime(kToday, QTime(12, 0), Qt::UTC)));
            if (!session.open(test.location()))
                return false;
            tab = std::make_unique<ReportsTab>(&session);
            tab->resize(1200, 800);
            tab->show();
            return QTest::qWaitForWindowExposed(tab.get());
        }
    };

    // Answers Save Report's dialogs as they come up (polled: each comes up inside the previous click):
    // the name (`name`, or as offered when empty), then, when a conflict is expected, Overwrite.
    static void answerSave(const QString &name, QString *conflictHeadline)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, name, conflictHeadline] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *asked = qobject_cast<QInputDialog *>(modal)) {
                if (!name.isEmpty())
                    asked->setTextValue(name);
                asked->accept();
                if (!conflictHeadline) {
                    timer->stop();
                    timer->deleteLater();
                }
            } else if (auto *conflict = qobject_cast<ConflictDialog *>(modal); conflict && conflictHeadline) {
                *conflictHeadline = conflict->findChild<QLabel *>(QStringLiteral("conflictHeadline"))->text();
                conflict->findChild<QPushButton *>(QStringLiteral("conflictOverwriteButton"))->click();
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }

    // Answers the file dialog of Export PDF… or Import Calls… with path (and Yes when asked to replace
    // it). With previewPages, also looks at the print preview when one comes up: its page count, then
    // closes it. With told, keeps the text of a message box that tells a result, then closes it.
    static QTimer *answerFileDialog(const QString &path, int *previewPages = nullptr, QString *told = nullptr)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [path, previewPages, told] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                // Typed as a person would (selectFile() keeps the offered name when the folder changes).
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(path);
                // QFileDialog::accept, which may ask whether to replace the file: queued, so that this
                // timer runs again to answer that question.
                QMetaObject::invokeMethod(dialog, [dialog] { static_cast<QDialog *>(dialog)->accept(); }, Qt::QueuedConnection);
            } else if (auto *replace = qobject_cast<QMessageBox *>(modal); replace && replace->button(QMessageBox::Yes)) {
                replace->button(QMessageBox::Yes)->click();
            } else if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal); preview && previewPages) {
                *previewPages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
                preview->reject();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal); box && told) {
                *told = box->text();
                box->accept();
            }
        });
        timer->start();
        return timer;
    }

    static qint64 callCount(const QSqlDatabase &db)
    {
        auto count = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls"));
        return count ? count->toLongLong() : -1;
    }

    // Last 6 months, numbers A and B, missed calls: Display Report clicked.
    static void displayMissedOfAandB(ReportsTab &tab)
    {
        auto *preset = tab.findChild<QComboBox *>(QStringLiteral("presetCombo"));
        preset->setCurrentIndex(preset->findText(QStringLiteral("Last 6 months")));
        emit preset->activated(preset->currentIndex());
        auto *numbers = tab.findChild<QListWidget *>(QStringLiteral("numbersList"));
        checkNumber(numbers, kA);
        checkNumber(numbers, kB);
        auto *type = tab.findChild<QComboBox *>(QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findText(QStringLiteral("Missed")));
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("displayReportButton")), Qt::LeftButton);
    }

    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void missedCallsForTwoNumbers_data() { TestDatabase::addBackendRows(); }
    void missedCallsForTwoNumbers()
    {
        QFETCH(QString, backend);
        Shown shown;
        QVERIFY(shown.open(backend));
        ReportsTab &tab = *shown.tab;

        auto *preset = tab.findChild<QComboBox *>(QStringLiteral("presetCombo"));
        auto *from = tab.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
        auto *to = tab.findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
        auto *numbers = tab.findChild<QListWidget *>(QStringLiteral("numbersList"));
        auto *type = tab.findChild<QComboBox *>(QStringLiteral("typeCombo"));
        auto *display = tab.findChild<QPushButton *>(QStringLiteral("displayReportButton"));
        auto *totals = tab.findChild<QLabel *>(QStringLiteral("totalsLabel"));
        auto *table = tab.findChild<QTableView *>(QStringLiteral("reportTable"));
        auto *message = tab.findChild<QLabel *>(QStringLiteral("rangeMessage"));
        QVERIFY(preset && from && to && numbers && type && display && totals && table && message);
        QCOMPARE(numbers->count(), 4); // "All numbers" and the three numbers

        // Last 6 months, numbers A and B, missed calls.
        displayMissedOfAandB(tab);
        QCOMPARE(from->date(), QDate(2026, 5, 23));
        QCOMPARE(numbers->item(0)->checkState(), Qt::Unchecked); // "All numbers" gave way
        // The list shows at once; the totals arrive from the worker thread.
        QCOMPARE(table->model()->rowCount(), 5);
        QTRY_COMPARE(totals->text(), QStringLiteral("Calls: 5 · Minutes: 0.0 · Cost: $0.00"));

        // Grouped by number: the groups come from the worker too (A has 3 missed calls, B 2).
        auto *group = tab.findChild<QComboBox *>(QStringLiteral("groupCombo"));
        QVERIFY(group);
        group->setCurrentIndex(group->findText(QStringLiteral("Number")));
        QTest::mouseClick(display, Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 0).data(ItemRoles::RawValueRole).toString(), kA);
        QCOMPARE(table->model()->index(0, 1).data(ItemRoles::RawValueRole).toLongLong(), 3);
        QTRY_COMPARE(totals->text(), QStringLiteral("Calls: 5 · Minutes: 0.0 · Cost: $0.00"));
        group->setCurrentIndex(group->findText(QStringLiteral("None")));

        // Answered for the same two numbers: two calls, 3 minutes, two charges rounded once.
        type->setCurrentIndex(type->findText(QStringLiteral("Answered")));
        QTest::mouseClick(display, Qt::LeftButton);
        QTRY_COMPARE(totals->text(), QStringLiteral("Calls: 2 · Minutes: 3.0 · Cost: $0.02"));

        // One day more than 6 months is refused in the form, naming the earliest date.
        from->setDate(QDate(2026, 5, 22));
        QTest::mouseClick(display, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("2026-05-23")), qPrintable(message->text()));
        QCOMPARE(totals->text(), QStringLiteral("Calls: 2 · Minutes: 3.0 · Cost: $0.02"));

        // The heatmap outlines every hour for a number without rules.
        auto *heatmap = tab.findChild<MissedCallsHeatmap *>(QStringLiteral("missedCallsHeatmap"));
        QVERIFY(heatmap);
        QTRY_COMPARE(heatmap->outlinedSlots(), 7 * 24);

        // Picking another number over the heatmap counts its missed calls on the worker thread: the
        // old grid stays until they arrive (A had 3 missed calls in the range shown, B has 2).
        const auto missedShown = [heatmap] {
            qint64 sum = 0;
            for (const auto &day : heatmap->counts()) {
                for (qint64 count : day)
                    sum += count;
            }
            return sum;
        };
        auto *coverage = tab.findChild<QComboBox *>(QStringLiteral("coverageCombo"));
        QVERIFY(coverage);
        type->setCurrentIndex(type->findText(QStringLiteral("Missed")));
        from->setDate(QDate(2026, 5, 23));
        QTest::mouseClick(display, Qt::LeftButton);
        QCOMPARE(coverage->currentData().toString(), kA);
        QTRY_COMPARE(missedShown(), qint64(3));
        coverage->setCurrentIndex(coverage->findData(kB));
        emit coverage->activated(coverage->currentIndex());
        QCOMPARE(missedShown(), qint64(3));
        QTRY_COMPARE(missedShown(), qint64(2));
        QCOMPARE(heatmap->outlinedSlots(), 7 * 24);
        const QString shot = qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR");
        if (!shot.isEmpty()) {
            auto *results = tab.findChild<QTabWidget *>(QStringLiteral("reportResultTabs"));
            results->setCurrentIndex(results->indexOf(heatmap->parentWidget())); // the heatmap page
            tab.grab().save(shot + QStringLiteral("/reportstab-heatmap-%1.png").arg(backend));
        }

        // An employee cannot import.
        shown.session.setRole(AccessRole::Employee);
        QVERIFY(!tab.findChild<QPushButton *>(QStringLiteral("importCallsButton"))->isEnabled());
    }

    // Saving over the report opened after someone else saved it asks whose to keep (issue 9, "No lost
    // edits"); Overwrite writes this tab's report over theirs, knowingly.
    void savedReportConflict_data() { TestDatabase::addBackendRows(); }
    void savedReportConflict()
    {
        QFETCH(QString, backend);
        Shown shown;
        QVERIFY(shown.open(backend));
        ReportsTab &tab = *shown.tab;
        auto *save = tab.findChild<QPushButton *>(QStringLiteral("saveReportButton"));
        auto *saved = tab.findChild<QComboBox *>(QStringLiteral("savedReportsCombo"));
        auto *type = tab.findChild<QComboBox *>(QStringLiteral("typeCombo"));
        QVERIFY(save && saved && type);
        type->setCurrentIndex(type->findText(QStringLiteral("Missed")));
        answerSave(QStringLiteral("Missed calls"), nullptr);
        save->click();
        QCOMPARE(saved->currentText(), QStringLiteral("Missed calls"));
        const qint64 id = saved->currentData().toLongLong();

        // Another desktop changes it to voicemail.
        Database other;
        QVERIFY(other.open(shown.test.location()).ok());
        ReportQuery theirs = SavedReportRepository(other.connection(), shown.account.id).all()->first().query;
        theirs.type = ReportQuery::CallType::Voicemail;
        QVERIFY(SavedReportRepository(other.connection(), shown.account.id).save(QStringLiteral("Missed calls"), theirs, QString(), 1).ok());

        QString headline;
        answerSave(QString(), &headline);
        save->click();
        QVERIFY2(headline.startsWith(QStringLiteral("Changed by ")), qPrintable(headline));
        const SavedReport stored = SavedReportRepository(shown.test.connection(), shown.account.id).all()->first();
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.query.type, ReportQuery::CallType::Missed); // this tab's, written over theirs
        QCOMPARE(stored.version, 3);
        QCOMPARE(saved->currentData(ItemRoles::VersionRole).toInt(), 3);
    }

    // Opening the tab shows the default report with its totals at once, summed on the tab's own
    // connection: the worker (its own connection costs several statements on a server, issue 9) only
    // starts when a chart is first shown, and brings the same totals.
    void openingReportChartsWhenShown_data() { TestDatabase::addBackendRows(); }
    void openingReportChartsWhenShown()
    {
        QFETCH(QString, backend);
        Shown shown;
        QVERIFY(shown.open(backend));
        ReportsTab &tab = *shown.tab;
        auto *totals = tab.findChild<QLabel *>(QStringLiteral("totalsLabel"));
        auto *table = tab.findChild<QTableView *>(QStringLiteral("reportTable"));
        auto *results = tab.findChild<QTabWidget *>(QStringLiteral("reportResultTabs"));
        auto *heatmap = tab.findChild<MissedCallsHeatmap *>(QStringLiteral("missedCallsHeatmap"));
        auto *calculator = tab.findChild<ReportCalculator *>();
        QVERIFY(totals && table && results && heatmap && calculator);

        QTRY_VERIFY(totals->text().startsWith(QStringLiteral("Calls: ")));
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(!calculator->isRunning());
        QCOMPARE(heatmap->outlinedSlots(), 0); // no chart yet
        const QString opening = totals->text();

        results->setCurrentIndex(2);
        QTRY_COMPARE(heatmap->outlinedSlots(), 7 * 24);
        QTRY_VERIFY(!calculator->isRunning());
        QCOMPARE(totals->text(), opening);
    }

    // The routing coverage outline comes with the counts from the worker: a number whose office
    // rule answers Monday to Friday 9:00–17:00 has every other hour of the week outlined.
    void heatmapOutlinesHoursWithoutRule_data() { TestDatabase::addBackendRows(); }
    void heatmapOutlinesHoursWithoutRule()
    {
        QFETCH(QString, backend);
        Shown shown;
        QVERIFY(shown.open(backend, [](const QSqlDatabase &db, const Account &account) {
            const auto number = Sql::scalar(db, QStringLiteral("SELECT id FROM numbers WHERE e164 = ?"), {kA});
            return number
                   && Sql::exec(db,
                                QStringLiteral("INSERT INTO routing_rules (account_id, number_id, position, name, days, start_time, "
                                               "end_time, date_from, action) VALUES (?, ?, 1, 'Office', 'mon,tue,wed,thu,fri', '09:00', "
                                               "'17:00', NULL, 'forward')"),
                                {account.id, number->toLongLong()})
                          .ok();
        }));
        ReportsTab &tab = *shown.tab;
        auto *heatmap = tab.findChild<MissedCallsHeatmap *>(QStringLiteral("missedCallsHeatmap"));
        auto *coverage = tab.findChild<QComboBox *>(QStringLiteral("coverageCombo"));
        auto *results = tab.findChild<QTabWidget *>(QStringLiteral("reportResultTabs"));
        QVERIFY(heatmap && coverage && results);
        QTRY_VERIFY(tab.findChild<QLabel *>(QStringLiteral("totalsLabel"))->text().startsWith(QStringLiteral("Calls: ")));
        QCOMPARE(coverage->currentData().toString(), kA); // the first number, with its rule
        results->setCurrentIndex(2);                        // the charts are calculated now
        QTRY_COMPARE(heatmap->outlinedSlots(), 7 * 24 - 5 * 8);

        // Another number, without rules, picked over the heatmap: its own coverage, from its own job.
        coverage->setCurrentIndex(coverage->findData(kB));
        emit coverage->activated(coverage->currentIndex());
        QTRY_COMPARE(heatmap->outlinedSlots(), 7 * 24);
        coverage->setCurrentIndex(coverage->findData(kA));
        emit coverage->activated(coverage->currentIndex());
        QTRY_COMPARE(heatmap->outlinedSlots(), 7 * 24 - 5 * 8);
    }

    // Import Calls… on the tab: the file chosen, imported on a worker while the button (and File →
    // Import Calls…, told by importAllowedChanged) waits, the result told, the report shown again with
    // the new calls; the same file again adds nothing; a bad row is named by its line and nothing is written.
    void importCallsThroughTheTab_data() { TestDatabase::addBackendRows(); }
    void importCallsThroughTheTab()
    {
        QFETCH(QString, backend);
        Shown shown;
        QVERIFY(shown.open(backend));
        ReportsTab &tab = *shown.tab;
        auto *totals = tab.findChild<QLabel *>(QStringLiteral("totalsLabel"));
        auto *import = tab.findChild<QPushButton *>(QStringLiteral("importCallsButton"));
        QVERIFY(totals && import);
        QVERIFY(tab.isImportAllowed());
        displayMissedOfAandB(tab);
        QTRY_COMPARE(totals->text(), QStringLiteral("Calls: 5 · Minutes: 0.0 · Cost: $0.00"));
        const qint64 before = callCount(shown.test.connection());
        QVERIFY(before > 0);

        const QString path = shown.test.tempPath(QStringLiteral("calls.csv"));
        const auto write = [&path](const QByteArray &csv) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(csv) == csv.size();
        };
        QVERIFY(write("start_utc,did,caller,disposition,duration_s,charge\r\n"
                      "2026-11-20T15:00:00Z,+15145550100,+15145551000,missed,0,0\r\n"
                      "2026-11-20T16:00:00Z,+15145550101,anonymous,missed,0,0\r\n"
                      "2026-11-21T10:00:00Z,+15145550100,+15145551001,answered,125,0.25\r\n"));
        QString told;
        std::unique_ptr<QTimer> answering(answerFileDialog(path, nullptr, &told));
        QSignalSpy allowed(&tab, &ReportsTab::importAllowedChanged);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 30000);
        QCOMPARE(told, QStringLiteral("Calls imported: 3. Already present: 0."));
        QCOMPARE(allowed.size(), 2); // off while the import ran, on again after
        QCOMPARE(allowed.at(0).at(0).toBool(), false);
        QCOMPARE(allowed.at(1).at(0).toBool(), true);
        QVERIFY(import->isEnabled());
        QTRY_COMPARE(totals->text(), QStringLiteral("Calls: 7 · Minutes: 0.0 · Cost: $0.00")); // the two missed ones
        QCOMPARE(callCount(shown.test.connection()), before + 3);

        told.clear();
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 30000);
        QCOMPARE(told, QStringLiteral("Calls imported: 0. Already present: 3."));
        QCOMPARE(callCount(shown.test.connection()), before + 3);

        QVERIFY(write("start_utc,did,caller,disposition,duration_s,charge\n"
                      "2026-11-22T15:00:00Z,+15145550100,+15145551000,missed,0,0\n"
                      "2026-11-22T16:00:00Z,+15145550101,anonymous,ringing,0,0\n"));
        told.clear();
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 30000);
        QVERIFY2(told.startsWith(QStringLiteral("Nothing was imported from calls.csv.\nLine 3: ")), qPrintable(told));
        QCOMPARE(callCount(shown.test.connection()), before + 3);
        QVERIFY(import->isEnabled());
    }

    // Export PDF… reads and writes on the worker: the file read back has the title, the filters and
    // the totals; Print… builds the same document there and opens the preview when it is ready.
    void pdfExportAndPrint_data() { TestDatabase::addBackendRows(); }
    void pdfExportAndPrint()
    {
        QFETCH(QString, backend);
        Shown shown;
        QVERIFY(shown.open(backend));
        ReportsTab &tab = *shown.tab;
        auto *totals = tab.findChild<QLabel *>(QStringLiteral("totalsLabel"));
        auto *pdf = tab.findChild<QPushButton *>(QStringLiteral("exportPdfButton"));
        auto *print = tab.findChild<QPushButton *>(QStringLiteral("printReportButton"));
        QVERIFY(totals && pdf && print);
        const QString path = shown.test.tempPath(QStringLiteral("missed.pdf"));
        std::unique_ptr<QTimer> answering(answerFileDialog(path));

        // The report shown on opening (this month, every number) has no charts yet: they are
        // calculated on the worker first, then the PDF is written.
        QTRY_VERIFY(totals->text().startsWith(QStringLiteral("Calls: ")));
        QTest::mouseClick(pdf, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pdf->isEnabled(), 30000);
        const QString opening = PdfTools::text(path).simplified();
        QVERIFY2(opening.contains(totals->text()), qPrintable(opening));
        QVERIFY2(opening.contains(QLatin1String("Numbers: all")), qPrintable(opening));
        QVERIFY(QFile::remove(path));

        displayMissedOfAandB(tab);
        QTRY_COMPARE(totals->text(), QStringLiteral("Calls: 5 · Minutes: 0.0 · Cost: $0.00"));

        QTest::mouseClick(pdf, Qt::LeftButton);
        QVERIFY(!pdf->isEnabled()); // one document at a time
        QVERIFY(!print->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(pdf->isEnabled(), 30000);
        QVERIFY(QFile::exists(path));
        const QString text = PdfTools::text(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("Call report — Reports Inc.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Call type: Missed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Calls: 5 · Minutes: 0.0 · Cost: $0.00")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("+1 514-555-1002")), qPrintable(text)); // a call of B's
        QCOMPARE(PdfTools::infoField(path, QStringLiteral("Title")), QStringLiteral("Call report — Reports Inc."));
        if (const QString shot = qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR"); !shot.isEmpty())
            QFile::copy(path, shot + QStringLiteral("/reportstab-missed-%1.pdf").arg(backend));
        QVERIFY(!tab.findChild<QProgressDialog *>(QStringLiteral("documentProgress"))->isVisible());

        int previewPages = 0;
        answering.reset(answerFileDialog(QString(), &previewPages));
        QTest::mouseClick(print, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(previewPages > 0, 30000);
        QTRY_VERIFY(print->isEnabled());
        QVERIFY(pdf->isEnabled());
    }

    // Cancel stops the export and leaves no file: a file of that name stays as it was; a cancelled
    // Print… opens no preview. On the server
    // the worker is held at its first query (a lock on the calls table) so that the dialog comes up
    // and is cancelled while the export is surely running; on SQLite Cancel follows the click at once.
    void pdfExportCancelled_data() { TestDatabase::addBackendRows(); }
    void pdfExportCancelled()
    {
        QFETCH(QString, backend);
        Shown shown;
        QVERIFY(shown.open(backend));
        ReportsTab &tab = *shown.tab;
        auto *totals = tab.findChild<QLabel *>(QStringLiteral("totalsLabel"));
        auto *pdf = tab.findChild<QPushButton *>(QStringLiteral("exportPdfButton"));
        auto *display = tab.findChild<QPushButton *>(QStringLiteral("displayReportButton"));
        auto *calculator = tab.findChild<ReportCalculator *>();
        QVERIFY(totals && pdf && display && calculator);
        QTRY_VERIFY(totals->text().startsWith(QStringLiteral("Calls: ")));
        QTest::mouseClick(display, Qt::LeftButton); // the charts too: the export starts its worker at once
        QTRY_VERIFY(!calculator->isRunning());
        const QString path = shown.test.tempPath(QStringLiteral("report.pdf"));
        {
            QFile older(path);
            QVERIFY(older.open(QIODevice::WriteOnly));
            older.write("an older report");
        }

        Database blocker;
        const bool server = backend != QLatin1String("sqlite");
        if (server) {
            QVERIFY(blocker.open(shown.test.location()).ok());
            QVERIFY(Sql::exec(blocker.connection(), QStringLiteral("BEGIN")).ok());
            QVERIFY(Sql::exec(blocker.connection(), QStringLiteral("LOCK TABLE calls IN ACCESS EXCLUSIVE MODE")).ok());
        }
        std::unique_ptr<QTimer> answering(answerFileDialog(path));
        QTest::mouseClick(pdf, Qt::LeftButton);
        answering.reset();
        auto *progress = tab.findChild<QProgressDialog *>(QStringLiteral("documentProgress"));
        QVERIFY(progress);
        if (server) {
            QTRY_VERIFY(progress->isVisible()); // after 300 ms, while the window goes on painting
            QCOMPARE(progress->windowModality(), Qt::WindowModal);
            QVERIFY(!tab.grab().isNull());
            const QString shot = qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR");
            if (!shot.isEmpty()) {
                QPixmap window = tab.grab();
                QPainter painter(&window);
                painter.drawPixmap(progress->mapTo(&tab, QPoint(0, 0)), progress->grab());
                painter.end();
                window.save(shot + QStringLiteral("/reportstab-pdf-progress.png"));
            }
        }
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY(!progress->isVisible());
        QVERIFY(pdf->isEnabled()); // another export may start

        // Print… cancelled the same way: no preview comes up, then or later.
        int previewPages = 0;
        answering.reset(answerFileDialog(QString(), &previewPages));
        auto *print = tab.findChild<QPushButton *>(QStringLiteral("printReportButton"));
        QVERIFY(print);
        QTest::mouseClick(print, Qt::LeftButton);
        QVERIFY(!print->isEnabled());
        if (server)
            QTRY_VERIFY(progress->isVisible());
        cancel->click();
        QTRY_VERIFY(!progress->isVisible());
        QVERIFY(print->isEnabled());

        if (server)
            QVERIFY(Sql::exec(blocker.connection(), QStringLiteral("ROLLBACK")).ok());
        shown.tab.reset(); // waits for the workers, which stop at their next step
        QCoreApplication::processEvents();
        QCOMPARE(previewPages, 0);
        QCOMPARE(readFile(path), QStringLiteral("an older report"));
        QCOMPARE(QDir(shown.test.tempPath(QString())).entryList({QStringLiteral("report.pdf*")}, QDir::Files),
                 QStringList{QStringLiteral("report.pdf")});
    }
};

QTEST_MAIN(TestReportsTab)
#include "tst_reportstab.moc"
