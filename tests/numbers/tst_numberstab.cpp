#include "numbers/numberstab.h"
#include "numberstestdata.h"
#include "testdatabase.h"

#include "accounts/accountsession.h"
#include "numbers/addnumberdialog.h"
#include "numbers/numberrepository.h"
#include "numbers/callerfilterrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace NumbersTestData;

// The numbers tab driven through its widgets: add a number, edit its note, switch its plan, add a
// block entry, see Activity filtered to Missed; an employee sees it all and changes nothing.
class TestNumbersTab final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

private slots:
    void userFlow()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = addAccount(test.connection());
        AccountSession session;
        session.setClock(Clock::fixed(now()));
        QVERIFY(session.open(test.location()));
        QVERIFY(session.setAccount(account.id));
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

    void employeeReadOnly()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = addAccount(test.connection());
        AccountSession session;
        session.setClock(Clock::fixed(now()));
        QVERIFY(session.open(test.location()));
        QVERIFY(session.setAccount(account.id));
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
