#include "numbers/numberstab.h"
#include "numberstestdata.h"
#include "testdatabase.h"
#include "screenshot.h"
#include "messageboxanswer.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "numbers/addnumberdialog.h"
#include "numbers/numberrepository.h"
#include "numbers/callerfilterrepository.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace NumbersTestData;

// The numbers tab driven through its widgets: add a number, edit its note, switch its plan, add a
// block entry, see Activity filtered to Missed; an employee sees it all and changes nothing.
class TestNumbersTab final : public QObject
{
    Q_OBJECT

private:
    // A fresh database on the backend with one account, and a session on it at now().
    static bool openSession(TestDatabase &test, const QString &backend, AccountSession &session, Account *account)
    {
        if (!test.createAndOpen(backend))
            return false;
        *account = addAccount(test.connection());
        session.setClock(Clock::fixed(now()));
        return session.open(test.location()).ok() && session.setAccount(account->id).ok();
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

private slots:
    void userFlow_data() { TestDatabase::addBackendRows(); }
    void userFlow()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        AccountSession session;
        Account account;
        QVERIFY(openSession(test, backend, session, &account));
        NumbersTab tab(&session);
        tab.resize(1200, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *table = child<QTableView>(&tab, "numbersTable");
        QCOMPARE(table->model()->rowCount(), 0);

        // Add a number through the dialog.
        QTest::mouseClick(child<QPushButton>(&tab, "addNumberButton"), Qt::LeftButton);
        AddNumberDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = tab.findChild<AddNumberDialog *>()) != nullptr && dialog->isVisible());
        auto *ok = child<QPushButton>(dialog, "addNumberOk");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "newNumberEdit"), QStringLiteral("+1 123 555 0142"));
        QVERIFY(!ok->isEnabled()); // impossible number: refused with the reason
        QVERIFY(child<QLabel>(dialog, "newNumberStatus")->text().contains(QStringLiteral("not a number in use")));
        child<QLineEdit>(dialog, "newNumberEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, "newNumberEdit"), QStringLiteral("+1 514 555 0131"));
        child<QLineEdit>(dialog, "newNumberFee")->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, "newNumberFee"), QStringLiteral("4.95"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        NumberRepository numbers(session);
        const NumberRecord added = numbers.findByE164(QStringLiteral("+15145550131")).value();
        QCOMPARE(added.monthlyFeeMinor, qint64(495));
        QCOMPARE(tab.currentNumberId(), added.id);
        QCOMPARE(child<QComboBox>(&tab, "timezoneCombo")->currentText(), QStringLiteral("America/New_York"));

        // Edit its note.
        auto *note = child<QLineEdit>(&tab, "noteEdit");
        note->clear();
        QTest::keyClicks(note, QStringLiteral("Front desk"));
        QTest::mouseClick(child<QPushButton>(&tab, "saveGeneralButton"), Qt::LeftButton);
        QCOMPARE(numbers.find(added.id)->note, QStringLiteral("Front desk"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("Front desk"));

        // Switch its plan; the button then says why it cannot switch again this month.
        auto *details = child<QTabWidget>(&tab, "numberDetailTabs");
        details->setCurrentIndex(3);
        auto *switchPlan = child<QPushButton>(&tab, "switchPlanButton");
        QVERIFY(switchPlan->isEnabled());
        QTest::mouseClick(switchPlan, Qt::LeftButton);
        QCOMPARE(numbers.find(added.id)->plan, QStringLiteral("per-minute"));
        QVERIFY(!switchPlan->isEnabled());
        QVERIFY(switchPlan->toolTip().contains(QStringLiteral("calendar month")));

        // Add a block entry.
        details->setCurrentIndex(1);
        auto *mode = child<QComboBox>(&tab, "filterModeCombo");
        mode->setCurrentIndex(mode->findData(QStringLiteral("block")));
        emit mode->activated(mode->currentIndex());
        QCOMPARE(numbers.find(added.id)->filterMode, QStringLiteral("block"));
        QTest::keyClicks(child<QLineEdit>(&tab, "filterPatternEdit"), QStringLiteral("+1 212 555 0142"));
        QTest::mouseClick(child<QPushButton>(&tab, "addFilterButton"), Qt::LeftButton);
        QCOMPARE(child<QTableView>(&tab, "callerFilterTable")->model()->rowCount(), 1);
        QCOMPARE(CallerFilterRepository(session).entries(added.id)->first().pattern, QStringLiteral("+12125550142"));

        // Activity filtered to Missed.
        const qint64 t = now().toSecsSinceEpoch() - 7200;
        QVERIFY(addCall(test.connection(), account, added.id, added.e164, QStringLiteral("+14155550163"), QStringLiteral("missed"), t));
        QVERIFY(addCall(test.connection(), account, added.id, added.e164, QStringLiteral("+14155550164"), QStringLiteral("answered"), t + 60));
        QVERIFY(addCall(test.connection(), account, added.id, added.e164, QStringLiteral("+14155550165"), QStringLiteral("missed"), t + 120));
        session.notifyDataChanged();
        QCOMPARE(tab.unreturnedCount(), 2);
        details->setCurrentIndex(4);
        auto *activity = child<QTableView>(&tab, "activityTable");
        QCOMPARE(activity->model()->rowCount(), 3);
        auto *type = child<QComboBox>(&tab, "activityTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("missed")));
        QCOMPARE(activity->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(activity->model()->index(row, 2).data().toString(), QStringLiteral("Missed"));

        // Block a missed caller from the queue.
        auto *missed = child<QTableView>(&tab, "missedCallsTable");
        missed->setCurrentIndex(missed->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(&tab, "blockCallerButton"), Qt::LeftButton);
        QCOMPARE(CallerFilterRepository(session).entries(added.id)->size(), 2);
        QCOMPARE(CallerFilterRepository(session).entries(added.id)->last().pattern, QStringLiteral("+14155550165"));
    }

    // Edits of the General and IVR pages are a draft: choosing another number asks Save / Discard /
    // Cancel, and a refresh from elsewhere does not wipe it.
    void draftIsKeptOrAskedAbout_data() { TestDatabase::addBackendRows(); }
    void draftIsKeptOrAskedAbout()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        AccountSession session;
        Account account;
        QVERIFY(openSession(test, backend, session, &account));
        NumberRepository numbers(session);
        NumberRepository::NewNumber request;
        request.number = QStringLiteral("+15145550131");
        const NumberRecord first = numbers.add(request).value();
        request.number = QStringLiteral("+15145550132");
        const NumberRecord second = numbers.add(request).value();
        NumbersTab tab(&session);
        tab.resize(1200, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.selectNumber(first.id);
        QVERIFY(!tab.hasPendingChanges());
        auto *note = child<QLineEdit>(&tab, "noteEdit");
        QTest::keyClicks(note, QStringLiteral("Sales"));
        QVERIFY(tab.hasPendingChanges());

        // Another tab saved something: the list reloads, the draft stays.
        session.notifyDataChanged();
        QCOMPARE(tab.currentNumberId(), first.id);
        QCOMPARE(note->text(), QStringLiteral("Sales"));
        QVERIFY(tab.hasPendingChanges());

        auto *table = child<QTableView>(&tab, "numbersTable");
        const auto rowOf = [&](qint64 id) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data(ItemRoles::IdRole).toLongLong() == id)
                    return row;
            }
            return -1;
        };
        QString asked;
        const auto answer = [&](QMessageBox::StandardButton button) {
            answerNextMessageBox(this, QStringLiteral("pendingChangesPrompt"), button, &asked);
        };
        // Cancel: the first number stays selected with its draft.
        answer(QMessageBox::Cancel);
        table->setCurrentIndex(table->model()->index(rowOf(second.id), 0));
        QVERIFY2(asked.contains(QStringLiteral("514-555-0131")), qPrintable(asked));
        QCOMPARE(tab.currentNumberId(), first.id);
        QCOMPARE(note->text(), QStringLiteral("Sales"));
        // Save: written, then the second number shows.
        answer(QMessageBox::Save);
        table->setCurrentIndex(table->model()->index(rowOf(second.id), 0));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(tab.currentNumberId(), second.id);
        QCOMPARE(numbers.find(first.id)->note, QStringLiteral("Sales"));
        QVERIFY(note->text().isEmpty());
        // Discard: nothing written.
        QTest::keyClicks(note, QStringLiteral("Support"));
        answer(QMessageBox::Discard);
        table->setCurrentIndex(table->model()->index(rowOf(first.id), 0));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(tab.currentNumberId(), first.id);
        QVERIFY(numbers.find(second.id)->note.isEmpty());
        QCOMPARE(note->text(), QStringLiteral("Sales"));
        QVERIFY(!tab.hasPendingChanges());
        // An IVR draft survives saving the General page.
        child<QTabWidget>(&tab, "numberDetailTabs")->setCurrentIndex(2);
        child<QLineEdit>(&tab, "ivrGreetingEdit")->setText(QStringLiteral("Press 1"));
        child<QTabWidget>(&tab, "numberDetailTabs")->setCurrentIndex(0);
        note->setText(QStringLiteral("Sales desk"));
        QTest::mouseClick(child<QPushButton>(&tab, "saveGeneralButton"), Qt::LeftButton);
        QCOMPARE(numbers.find(first.id)->note, QStringLiteral("Sales desk"));
        QVERIFY(numbers.find(first.id)->ivrGreeting.isEmpty());
        QCOMPARE(child<QLineEdit>(&tab, "ivrGreetingEdit")->text(), QStringLiteral("Press 1"));
        QVERIFY(tab.hasPendingChanges());
        QVERIFY(tab.savePendingChanges());
        QCOMPARE(numbers.find(first.id)->ivrGreeting, QStringLiteral("Press 1"));
        QVERIFY(!tab.hasPendingChanges());
    }

    // The window's tab title carries the count of missed callers not called back yet, live.
    void tabTitleCountsUnreturnedCalls_data() { TestDatabase::addBackendRows(); }
    void tabTitleCountsUnreturnedCalls()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        AccountSession session;
        Account account;
        QVERIFY(openSession(test, backend, session, &account));
        NumberRepository::NewNumber request;
        request.number = QStringLiteral("+15145550131");
        const NumberRecord number = NumberRepository(session).add(request).value();
        MainWindow window(&session);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("My Phone Numbers (0)"));

        const qint64 t = now().toSecsSinceEpoch() - 7200;
        QVERIFY(addCall(test.connection(), account, number.id, number.e164, QStringLiteral("+14155550163"), QStringLiteral("missed"), t));
        QVERIFY(addCall(test.connection(), account, number.id, number.e164, QStringLiteral("+14155550165"), QStringLiteral("missed"), t + 60));
        session.notifyDataChanged();
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("My Phone Numbers (2)"));
        window.resize(1200, 800);
        saveScreenshot(&window, QStringLiteral("window-numbers-title-") + backend);
        // Calling one back takes them off the list, and off the count.
        QVERIFY(addCall(test.connection(), account, number.id, number.e164, QStringLiteral("+14155550163"), QStringLiteral("outbound"), t + 600));
        session.notifyDataChanged();
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("My Phone Numbers (1)"));
    }

    // A porting request's status changes from the tab (Set Status…); an employee cannot.
    void portingStatus_data() { TestDatabase::addBackendRows(); }
    void portingStatus()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        AccountSession session;
        Account account;
        QVERIFY(openSession(test, backend, session, &account));
        const PortingRequest request = NumberRepository(session).requestPorting(QStringLiteral("+1 514 555 0177"),
                                                                                QStringLiteral("Old Carrier"), QDate()).value();
        NumbersTab tab(&session);
        tab.resize(1200, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        child<QTabWidget>(&tab, "numberDetailTabs")->setCurrentIndex(5);
        auto *porting = child<QTableWidget>(&tab, "portingTable");
        auto *setStatus = child<QPushButton>(&tab, "portingStatusButton");
        QCOMPARE(porting->rowCount(), 1);
        QCOMPARE(porting->item(0, 4)->text(), QStringLiteral("Submitted"));
        QVERIFY(!setStatus->isEnabled()); // nothing selected yet
        porting->selectRow(0);
        QVERIFY(setStatus->isEnabled());
        QTest::mouseClick(setStatus, Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = tab.findChild<QInputDialog *>(QStringLiteral("portingStatusDialog"))) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->textValue(), QStringLiteral("Submitted"));
        dialog->setTextValue(QStringLiteral("In progress"));
        dialog->accept();
        const QList<PortingRequest> stored = NumberRepository(session).portingRequests().value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().status, QStringLiteral("in-progress"));
        QCOMPARE(stored.first().version, request.version + 1);
        QCOMPARE(porting->item(0, 4)->text(), QStringLiteral("In progress"));
        saveScreenshot(&tab, QStringLiteral("numbers-porting-") + backend);

        session.setRole(AccessRole::Employee);
        porting->selectRow(0);
        QVERIFY(!setStatus->isEnabled());
    }

    void employeeReadOnly_data() { TestDatabase::addBackendRows(); }
    void employeeReadOnly()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        AccountSession session;
        Account account;
        QVERIFY(openSession(test, backend, session, &account));
        NumberRepository::NewNumber request;
        request.number = QStringLiteral("+15145550131");
        QVERIFY(NumberRepository(session).add(request));
        session.setRole(AccessRole::Employee);
        NumbersTab tab(&session);
        tab.show();
        QCOMPARE(child<QTableView>(&tab, "numbersTable")->model()->rowCount(), 1);
        QCOMPARE(child<QLineEdit>(&tab, "noteEdit")->isEnabled(), false);
        QCOMPARE(child<QPushButton>(&tab, "addNumberButton")->isEnabled(), false);
        QCOMPARE(child<QPushButton>(&tab, "releaseNumberButton")->isEnabled(), false);
        QCOMPARE(child<QPushButton>(&tab, "switchPlanButton")->isEnabled(), false);
        QCOMPARE(child<QPushButton>(&tab, "addFilterButton")->isEnabled(), false);
        QCOMPARE(child<QPushButton>(&tab, "saveIvrButton")->isEnabled(), false);
        QVERIFY(child<QPushButton>(&tab, "switchPlanButton")->toolTip().contains(QStringLiteral("employee")));
    }
};

QTEST_MAIN(TestNumbersTab)
#include "tst_numberstab.moc"
