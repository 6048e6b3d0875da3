#include "routing/routingrepository.h"
#include "routing/routingtab.h"
#include "routing/weekcoveragegrid.h"
#include "routingtestconfig.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "db/sql.h"
#include "testdatabase.h"
#include "screenshot.h"
#include "messageboxanswer.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

#include <memory>
#include <QTimer>

using namespace Qt::StringLiterals;

// The Advanced Routing tab driven like a user: edit a rule, see the grid change, simulate, save;
// leaving with unsaved changes asks; employees cannot change anything.
class TestRoutingTab final : public QObject
{
    Q_OBJECT

private:
    qint64 m_account = 0;
    qint64 m_number = 0;

    void prepare(TestDatabase &test, const QString &backend)
    {
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        m_account = Sql::insert(db, u"INSERT INTO accounts (name, account_number, created_at) VALUES ('Test', 'T-1', 0) RETURNING id"_s).value();
        const QString insert = u"INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, next_billing_on, note) "
                               "VALUES (?, ?, 'US', 'local', 'USD', '2026-01-01', '2026-12-01', ?) RETURNING id"_s;
        m_number = Sql::insert(db, insert, {m_account, u"+12125550142"_s, u"Main line"_s}).value();
        Sql::insert(db, insert, {m_account, u"+13055550119"_s, u"Miami"_s}).value();
        QVERIFY(RoutingRepository(db).save(m_account, m_number, 1, routingTestConfig(), AccessRole::Owner).ok());
        const QString call = u"INSERT INTO calls (account_id, number_id, did, caller, disposition, started_at, duration_s, currency) "
                             "VALUES (?, ?, '+12125550142', ?, 'missed', ?, 0, 'USD')"_s;
        // Monday 17:30 New York, a week before "now": voicemail with the saved rules, Office in the draft.
        QVERIFY(Sql::exec(db, call, {m_account, m_number, u"+12125550100"_s,
                                     QDateTime::fromString(u"2026-11-16T22:30:00Z"_s, Qt::ISODate).toSecsSinceEpoch()}).ok());
    }

    // The tab over prepare()'s database, shown, with "now" on Monday 23 November 2026, 10:00 in New York.
    struct ShownTab
    {
        TestDatabase test;
        AccountSession session;
        std::unique_ptr<RoutingTab> tab;
    };
    void showTab(ShownTab &shown, const QString &backend)
    {
        prepare(shown.test, backend);
        QVERIFY(shown.session.open(shown.test.location()).ok());
        shown.session.setClock(Clock::fixed(QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate)));
        shown.tab = std::make_unique<RoutingTab>(&shown.session);
        shown.tab->resize(1200, 760);
        shown.tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.tab.get()));
    }

    void answerPrompt(QMessageBox::StandardButton answer, QString *asked)
    {
        answerNextMessageBox(this, u"pendingChangesPrompt"_s, answer, asked);
    }

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

private slots:
    void initTestCase() { Localization::apply(u"en"_s); }

    void editSeeGridSimulateSave_data() { TestDatabase::addBackendRows(); }
    void editSeeGridSimulateSave()
    {
        QFETCH(QString, backend);
        ShownTab shown;
        showTab(shown, backend);
        if (QTest::currentTestFailed())
            return;
        TestDatabase &test = shown.test;
        RoutingTab &tab = *shown.tab;

        auto *numbers = child<QComboBox>(tab, "numberCombo");
        QCOMPARE(numbers->count(), 2);
        QVERIFY(numbers->currentText().contains(u"Main line"_s));
        auto *view = child<QTableView>(tab, "rulesView");
        QCOMPARE(view->model()->rowCount(), 8);
        auto *grid = child<WeekCoverageGrid>(tab, "coverageGrid");
        QCOMPARE(grid->ruleAt(0, 68), -1); // Monday 17:00: nobody
        QVERIFY(grid->slotDescription(0, 68).contains(u"voicemail"_s));
        auto *warnings = child<QListWidget>(tab, "warningsList");
        QVERIFY(warnings->count() >= 1); // Lunch never fires

        // Select Office by clicking it, then make it end at 18:00.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(1, 0)).center());
        auto *name = child<QLineEdit>(tab, "ruleNameEdit");
        QCOMPARE(name->text(), u"Office"_s);
        auto *end = child<QLineEdit>(tab, "endEdit");
        QCOMPARE(end->text(), u"17:00"_s);
        end->selectAll();
        QTest::keyClicks(end, u"18:0"_s);
        QVERIFY(!child<QLabel>(tab, "editorErrorLabel")->text().isEmpty()); // half-typed: said, not applied
        QCOMPARE(grid->ruleAt(0, 68), -1);
        QTest::keyClicks(end, u"0"_s);
        QVERIFY(child<QLabel>(tab, "editorErrorLabel")->text().isEmpty());
        QCOMPARE(grid->ruleAt(0, 68), 1); // Monday 17:00 is Office now
        QCOMPARE(grid->ruleAt(0, 71), 1);
        QCOMPARE(grid->ruleAt(0, 72), -1);
        QVERIFY(tab.isDirty());
        auto *save = child<QPushButton>(tab, "saveButton");
        QVERIFY(save->isEnabled());

        // Simulate Monday 17:30 New York against the draft.
        auto *at = child<QDateTimeEdit>(tab, "simulatorDateTime");
        at->setDateTime(QDateTime(QDate(2026, 11, 23), QTime(17, 30), QTimeZone::utc()));
        QVERIFY(child<QLabel>(tab, "simulatorUtcLabel")->text().contains(u"2026-11-23 22:30"_s));
        QTest::mouseClick(child<QPushButton>(tab, "simulateButton"), Qt::LeftButton);
        auto *result = child<QLabel>(tab, "simulatorResultLabel");
        QVERIFY2(result->text().contains(u"Office"_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"FORWARD"_s));
        // A blocked caller is blocked, whatever the time.
        QTest::keyClicks(child<QLineEdit>(tab, "simulatorCallerEdit"), u"anonymous"_s);
        QTest::mouseClick(child<QPushButton>(tab, "simulateButton"), Qt::LeftButton);
        QVERIFY2(result->text().contains(u"BLOCK"_s), qPrintable(result->text()));

        // Replay: last week's Monday 17:30 call is answered by Office in the draft, voicemail when saved.
        QTest::mouseClick(child<QPushButton>(tab, "replayButton"), Qt::LeftButton);
        auto *replay = child<QTableWidget>(tab, "replayTable");
        QVERIFY(replay->rowCount() >= 4);
        QCOMPARE(replay->verticalHeaderItem(1)->text(), u"Rule “Office”"_s);
        QCOMPARE(replay->item(1, 0)->text(), u"1"_s);
        QCOMPARE(replay->item(1, 1)->text(), u"0"_s);

        // Clicking the grid selects the rule of that slot: Saturday 11:00.
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->slotRect(5, 44).center());
        QCOMPARE(name->text(), u"Saturday"_s);

        // Leaving for another number with unsaved changes asks; Cancel stays here.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        numbers->setFocus();
        QTest::keyClick(numbers, Qt::Key_Down);
        QVERIFY(numbers->currentText().contains(u"Main line"_s));
        QVERIFY(tab.isDirty());

        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!tab.isDirty());
        const auto stored = RoutingRepository(test.connection()).loadById(m_account, m_number);
        QCOMPARE(stored->config.rules.at(1).endMinute, 18 * 60);
        QCOMPARE(stored->number.version, 3);
        QVERIFY(!save->isEnabled());
    }

    // The grid shows one real week: ◀ / ▶ move by a week, and a holiday is drawn on its date, where it
    // wins over the weekly rules; This Week comes back to today's week.
    void holidaysOnTheWeekGrid_data() { TestDatabase::addBackendRows(); }
    void holidaysOnTheWeekGrid()
    {
        QFETCH(QString, backend);
        ShownTab shown;
        showTab(shown, backend);
        if (QTest::currentTestFailed())
            return;
        RoutingTab &tab = *shown.tab;
        auto *grid = child<WeekCoverageGrid>(tab, "coverageGrid");
        auto *week = child<QLabel>(tab, "weekLabel");
        const QLocale locale = Localization::locale();
        QCOMPARE(grid->coverage().weekStart(), QDate(2026, 11, 23));
        QVERIFY(week->text().contains(locale.toString(QDate(2026, 11, 23), QLocale::ShortFormat)));
        const int friday10 = 10 * 4;
        QCOMPARE(grid->ruleAt(4, friday10), 1); // Office

        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(child<QPushButton>(tab, "nextWeekButton"), Qt::LeftButton);
        QCOMPARE(grid->coverage().weekStart(), QDate(2026, 12, 21));
        QVERIFY(week->text().contains(locale.toString(QDate(2026, 12, 27), QLocale::ShortFormat)));
        QCOMPARE(grid->ruleAt(4, friday10), 0); // Christmas: the Holiday rule answers all day
        QCOMPARE(grid->ruleAt(4, 0), 0);        // even over Thursday's Night
        QCOMPARE(grid->ruleAt(3, friday10), 1); // the day before is an ordinary Thursday
        saveScreenshot(&tab, u"routing-christmas-week-"_s + backend);
        QVERIFY2(grid->slotDescription(4, friday10).contains(u"Holiday"_s), qPrintable(grid->slotDescription(4, friday10)));
        // Clicking the holiday selects it in the rule list.
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->slotRect(4, friday10).center());
        QCOMPARE(child<QLineEdit>(tab, "ruleNameEdit")->text(), u"Holiday"_s);

        QTest::mouseClick(child<QPushButton>(tab, "nextWeekButton"), Qt::LeftButton);
        QCOMPARE(grid->ruleAt(4, friday10), 1);
        QTest::mouseClick(child<QPushButton>(tab, "previousWeekButton"), Qt::LeftButton);
        QCOMPARE(grid->ruleAt(4, friday10), 0);
        QTest::mouseClick(child<QPushButton>(tab, "thisWeekButton"), Qt::LeftButton);
        QCOMPARE(grid->coverage().weekStart(), QDate(2026, 11, 23));
        QVERIFY(!tab.isDirty()); // looking at other weeks changes nothing
    }

    // A draft is never lost silently: leaving the tab, closing the window or opening another database
    // asks Save / Discard / Cancel.
    void unsavedChangesAreAskedAbout_data() { TestDatabase::addBackendRows(); }
    void unsavedChangesAreAskedAbout()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        prepare(test, backend);
        AccountSession session;
        QVERIFY(session.open(test.location()).ok());
        session.setClock(Clock::fixed(QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate)));
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.tabs();
        tabs->setCurrentIndex(1);
        auto *tab = qobject_cast<RoutingTab *>(tabs->currentWidget());
        QVERIFY(tab);
        auto *voicemail = child<QCheckBox>(*tab, "voicemailCheck");
        voicemail->click(); // voicemail off: a draft
        QVERIFY(tab->isDirty());
        const auto saved = [&] { return RoutingRepository(test.connection()).loadById(m_account, m_number)->config.voicemail; };

        // Leaving the tab: Cancel stays on it with the draft.
        QString asked;
        answerPrompt(QMessageBox::Cancel, &asked);
        tabs->setCurrentIndex(0);
        QVERIFY2(asked.contains(u"+1 212-555-0142"_s), qPrintable(asked));
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(tab->isDirty());

        // Closing the window: Cancel keeps it open.
        asked.clear();
        answerPrompt(QMessageBox::Cancel, &asked);
        QVERIFY(!window.close());
        QVERIFY(!asked.isEmpty());
        QVERIFY(window.isVisible());
        QVERIFY(tab->isDirty());

        // Leaving the tab: Discard drops the draft.
        answerPrompt(QMessageBox::Discard, &asked);
        tabs->setCurrentIndex(2);
        QCOMPARE(tabs->currentIndex(), 2);
        QVERIFY(!tab->isDirty());
        QVERIFY(voicemail->isChecked());
        QCOMPARE(saved(), true);

        // Opening another database: Save writes the draft first.
        tabs->setCurrentIndex(1);
        voicemail->click();
        QVERIFY(tab->isDirty());
        asked.clear();
        answerPrompt(QMessageBox::Save, &asked);
        QVERIFY(window.openDatabase(DatabaseLocation::sqliteFile(test.tempPath(u"other.sqlite"_s)), true));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(saved(), false);
        QCOMPARE(session.database()->location().path(), test.tempPath(u"other.sqlite"_s));

        // Nothing pending: no question.
        asked.clear();
        answerPrompt(QMessageBox::Cancel, &asked);
        tabs->setCurrentIndex(0);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::qWait(20);
        QVERIFY(asked.isEmpty());
    }

    void employeeSeesButCannotChange_data() { TestDatabase::addBackendRows(); }
    void employeeSeesButCannotChange()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        prepare(test, backend);
        AccountSession session;
        QVERIFY(session.open(test.location()).ok());
        RoutingTab tab(&session);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(child<QPushButton>(tab, "addRuleButton")->isEnabled());
        session.setRole(AccessRole::Employee);
        QVERIFY(!child<QPushButton>(tab, "addRuleButton")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "deleteRuleButton")->isEnabled());
        QVERIFY(!child<QComboBox>(tab, "timezoneCombo")->isEnabled());
        QVERIFY(!child<QLineEdit>(tab, "endEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "saveButton")->isEnabled());
        QVERIFY(child<QPushButton>(tab, "simulateButton")->isEnabled()); // viewing tools stay
        QCOMPARE(child<QTableView>(tab, "rulesView")->model()->rowCount(), 8);
        // And the engine refuses even if asked directly; the user is told why.
        QString told;
        QTimer::singleShot(0, this, [&told] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = box->text();
                box->accept();
            }
        });
        QVERIFY(!tab.save());
        QVERIFY2(told.contains(u"employee"_s), qPrintable(told));
    }
};

QTEST_MAIN(TestRoutingTab)
#include "tst_routingtab.moc"
