#include "accounts/accountsession.h"
#include "accounts/demodatagenerator.h"
#include "core/localization.h"
#include "finances/autobilling.h"
#include "finances/financestab.h"
#include "finances/forecastchart.h"
#include "finances/ledger.h"
#include "testdatabase.h"
#include "screenshot.h"
#include "messageboxanswer.h"
#include "financefixture.h"
#include "finances/autobillingrunner.h"
#include "finances/offlinepaymentgateway.h"
#include "finances/paymentmethods.h"
#include "db/database.h"
#include "numbers/numberrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QMessageBox>
#include <QTimer>
#include <QApplication>
#include <QTest>
#include <qcustomplot.h>

// The Finances tab driven through its widgets: add funds, change automatic billing, and see the
// balance and the forecast follow; an employee sees the controls disabled.
class TestFinancesTab final : public QObject
{
    Q_OBJECT

private slots:
    void addFundsAndAutoBilling_data() { TestDatabase::addBackendRows(); }
    void addFundsAndAutoBilling()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Clock clock = Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc()));
        const qint64 accountId = DemoDataGenerator(test.connection(), clock).generate().value();
        AccountSession session;
        session.setClock(clock);
        QVERIFY(session.open(test.location()).ok());
        QVERIFY(session.setAccount(accountId).ok());
        const QLocale locale = Localization::locale();
        auto balanceNow = [&] { return Ledger(session.connection(), session.account()).balance().value(); };

        FinancesTab tab(&session);
        tab.showPage(0); // it opens on the page used last
        tab.resize(1100, 750);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *nav = tab.findChild<QListWidget *>(QStringLiteral("financesNav"));
        QCOMPARE(nav->count(), 10);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Account Balance"));
        QCOMPARE(nav->item(7)->text(), QStringLiteral("Balance Forecast"));
        auto *balance = tab.findChild<QLabel *>(QStringLiteral("balanceAmount"));
        const Money before = balanceNow();
        QCOMPARE(balance->text(), before.format(locale));
        QVERIFY(!tab.findChild<QLabel *>(QStringLiteral("upcomingNext7Days"))->text().isEmpty());
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("upcomingExplanation"))->text().contains(QStringLiteral("overlap")));
        QSignalSpy dataChanged(&session, &AccountSession::dataChanged);

        // Add Funds: $25.00 by card.
        nav->setCurrentRow(1);
        auto *amount = tab.findChild<QLineEdit *>(QStringLiteral("addFundsAmount"));
        QTest::keyClicks(amount, QStringLiteral("25.00"));
        tab.findChild<QComboBox *>(QStringLiteral("addFundsMethod"))->setCurrentIndex(0);
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("addFundsButton")), Qt::LeftButton);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(balanceNow().minor(), before.minor() + 2500);
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("addFundsResult"))->text().contains(Money(2500, QStringLiteral("USD")).format(locale)));
        nav->setCurrentRow(0);
        QCOMPARE(balance->text(), balanceNow().format(locale));

        // The forecast with automatic billing as the demo has it.
        nav->setCurrentRow(7);
        auto *chart = tab.findChild<ForecastChart *>(QStringLiteral("forecastChart"));
        auto *summary = tab.findChild<QLabel *>(QStringLiteral("forecastSummary"));
        QCOMPARE(chart->plot()->graph(1)->dataCount(), 31); // today + 30 days
        QCOMPARE(chart->plot()->graph(1)->data()->at(0)->value, double(balanceNow().minor()) / 100.0);
        QVERIFY(!summary->text().contains(QStringLiteral("Automatic billing is off")));
        QTest::mouseClick(tab.findChild<QRadioButton *>(QStringLiteral("forecast90Days")), Qt::LeftButton);
        QCOMPARE(chart->plot()->graph(1)->dataCount(), 91);

        // Automatic Billing: the slider turns it off (the card stays), the forecast follows.
        nav->setCurrentRow(2);
        auto *slider = tab.findChild<QCheckBox *>(QStringLiteral("autobillEnabled"));
        QVERIFY(slider->isChecked());
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("autobillCard"))->text().contains(QStringLiteral("4242")));
        slider->click();
        QVERIFY(!AutoBilling(session.connection(), session.account(), AccessRole::Owner, nullptr, clock).settings()->enabled);
        nav->setCurrentRow(7);
        QVERIFY2(summary->text().contains(QStringLiteral("Automatic billing is off")), qPrintable(summary->text()));
        QCOMPARE(chart->plot()->graph(3)->dataCount(), 0); // no top-up markers

        // On again, with a threshold above the balance and $100 a charge: top-ups appear.
        nav->setCurrentRow(2);
        slider->click();
        auto *threshold = tab.findChild<QLineEdit *>(QStringLiteral("autobillThreshold"));
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("5000.00"));
        auto *charge = tab.findChild<QLineEdit *>(QStringLiteral("autobillAmount"));
        charge->selectAll();
        QTest::keyClicks(charge, QStringLiteral("100.00"));
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("autobillUpdate")), Qt::LeftButton);
        const auto saved = AutoBilling(session.connection(), session.account(), AccessRole::Owner, nullptr, clock).settings().value();
        QCOMPARE(saved.thresholdMinor, qint64(500000));
        QCOMPARE(saved.amountMinor, qint64(10000));
        QVERIFY(saved.enabled);
        nav->setCurrentRow(7);
        QVERIFY(chart->plot()->graph(3)->dataCount() > 0);
        QVERIFY2(summary->text().contains(QStringLiteral("top up")), qPrintable(summary->text()));
        QVERIFY(chart->describeDay(0).contains(QStringLiteral("automatic top-up")));

        // Transaction History shows the new deposit first.
        nav->setCurrentRow(3);
        auto *history = tab.findChild<QTableView *>(QStringLiteral("historyTable"));
        QVERIFY(history->model()->rowCount() > 0);
        QCOMPARE(history->model()->index(0, 4).data().toString(), Money(2500, QStringLiteral("USD")).format(locale));

        // An employee only views.
        session.setRole(AccessRole::Employee);
        QVERIFY(!tab.findChild<QPushButton *>(QStringLiteral("addFundsButton"))->isEnabled());
        QVERIFY(!slider->isEnabled());
        QVERIFY(!tab.findChild<QPushButton *>(QStringLiteral("cardAdd"))->isEnabled());
    }

    // DID Billing switches a plan through the numbers' rule (the reason on the disabled button) and
    // deletes a number after a confirmation.
    void didBillingSwitchesAndDeletes_data() { TestDatabase::addBackendRows(); }
    void didBillingSwitchesAndDeletes()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Clock clock = Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc()));
        const Account account = FinanceFixture::addAccount(test.connection());
        const qint64 local = FinanceFixture::addNumber(test.connection(), account, QStringLiteral("+12125550142"), 495, QDate(2026, 12, 15));
        FinanceFixture::addNumber(test.connection(), account, QStringLiteral("+18005550199"), 995, QDate(2026, 12, 20), false, false,
                                  QStringLiteral("toll-free"));
        AccountSession session;
        session.setClock(clock);
        QVERIFY(session.open(test.location()).ok());
        QVERIFY(session.setAccount(account.id).ok());
        FinancesTab tab(&session);
        tab.showPage(4);
        tab.resize(1100, 750);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *table = tab.findChild<QTableWidget *>(QStringLiteral("didBillingTable"));
        auto *switchPlan = tab.findChild<QPushButton *>(QStringLiteral("didSwitchPlanButton"));
        auto *release = tab.findChild<QPushButton *>(QStringLiteral("didReleaseButton"));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!switchPlan->isEnabled()); // nothing selected
        const auto selectNumber = [&](const QString &e164) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 1)->text() == e164)
                    table->selectRow(row);
            }
        };
        // Toll-free: the rule says no before anyone tries.
        selectNumber(QStringLiteral("+18005550199"));
        QVERIFY(!switchPlan->isEnabled());
        QVERIFY2(switchPlan->toolTip().contains(QStringLiteral("oll-free")), qPrintable(switchPlan->toolTip()));
        // Local: flat → per minute, then not again this month.
        selectNumber(QStringLiteral("+12125550142"));
        QVERIFY(switchPlan->isEnabled());
        QTest::mouseClick(switchPlan, Qt::LeftButton);
        NumberRepository numbers(session);
        QCOMPARE(numbers.find(local)->plan, QStringLiteral("per-minute"));
        selectNumber(QStringLiteral("+12125550142"));
        QVERIFY(table->selectedItems().first()->row() >= 0);
        QVERIFY(!switchPlan->isEnabled());
        QVERIFY2(switchPlan->toolTip().contains(QStringLiteral("calendar month")), qPrintable(switchPlan->toolTip()));
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("didPlanReason"))->text().contains(QStringLiteral("calendar month")));
        saveScreenshot(&tab, QStringLiteral("finances-did-billing-") + backend);

        // Delete: Cancel keeps it, Delete removes it.
        const auto answer = [this](QMessageBox::StandardButton button) {
            answerNextMessageBox(this, QStringLiteral("didReleaseConfirmation"), button);
        };
        answer(QMessageBox::Cancel);
        QTest::mouseClick(release, Qt::LeftButton);
        QVERIFY(numbers.find(local).ok());
        answer(QMessageBox::Yes);
        QTest::mouseClick(release, Qt::LeftButton);
        QCOMPARE(numbers.find(local).errorKind(), Error::Kind::NotFound);
        QCOMPARE(table->rowCount(), 1);

        session.setRole(AccessRole::Employee);
        table->selectRow(0);
        QVERIFY(!switchPlan->isEnabled());
        QVERIFY(!release->isEnabled());
    }

    // Payment Methods: making a card the default from a list someone else changed meanwhile is
    // refused with who changed it, and the list then shows the cards as they are (issue 9).
    void paymentMethodConflict_data() { TestDatabase::addBackendRows(); }
    void paymentMethodConflict()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addCard(test.connection(), account); // Visa 4242, the default
        OfflinePaymentGateway gateway;
        const auto mastercard = PaymentMethods(test.connection(), account)
                                    .add(gateway, QStringLiteral("Mastercard"), QStringLiteral("5555"), 10, 2030, QDate(2026, 11, 23), false);
        QVERIFY(mastercard.ok());
        AccountSession session;
        session.setClock(Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc())));
        QVERIFY(session.open(test.location()).ok());
        QVERIFY(session.setAccount(account.id).ok());
        FinancesTab tab(&session);
        tab.showPage(6);
        tab.resize(1100, 750);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *table = tab.findChild<QTableWidget *>(QStringLiteral("paymentMethodsTable"));
        auto *makeDefault = tab.findChild<QPushButton *>(QStringLiteral("cardMakeDefault"));
        QVERIFY(table && makeDefault);
        QCOMPARE(table->rowCount(), 2);
        const auto rowOf = [table](const QString &last4) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text().endsWith(last4))
                    return row;
            }
            return -1;
        };
        QCOMPARE(table->item(rowOf(QStringLiteral("4242")), 2)->text(), QStringLiteral("Default"));

        // Another desktop makes the Mastercard the default (the Visa changes too); this page still
        // shows the Visa as the default, and the user makes it the default again.
        Database other;
        QVERIFY(other.open(test.location()).ok());
        QVERIFY(PaymentMethods(other.connection(), account).setDefault(mastercard->id, mastercard->version).ok());
        table->selectRow(rowOf(QStringLiteral("4242")));
        QString warning;
        answerNextMessageBox(this, QString(), QMessageBox::Ok, &warning);
        makeDefault->click();
        QVERIFY2(warning.contains(QStringLiteral("changed by someone else")), qPrintable(warning));
        QCOMPARE(PaymentMethods(test.connection(), account).defaultMethod()->value().id, mastercard->id); // theirs stays
        QCOMPARE(table->item(rowOf(QStringLiteral("5555")), 2)->text(), QStringLiteral("Default"));  // shown as it is now
        QCOMPARE(table->item(rowOf(QStringLiteral("4242")), 2)->text(), QString());
        // From the list as it is now, it works.
        table->selectRow(rowOf(QStringLiteral("4242")));
        makeDefault->click();
        QCOMPARE(PaymentMethods(test.connection(), account).defaultMethod()->value().last4, QStringLiteral("4242"));
    }

    // The window runs due automatic billing itself: when Finances opens, after a data change and on
    // its timer; never for an employee.
    void automaticBillingRunsFromTheWindow_data() { TestDatabase::addBackendRows(); }
    void automaticBillingRunsFromTheWindow()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QDateTime now(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc());
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addCard(test.connection(), account);
        OfflinePaymentGateway gateway;
        AutoBilling setup(test.connection(), account, AccessRole::Owner, &gateway, Clock::fixed(now));
        AutoBilling::Settings settings = setup.settings().value();
        settings.enabled = true;
        settings.thresholdMinor = 1000;
        settings.amountMinor = 5000;
        QVERIFY(setup.update(settings).ok());
        const auto attempts = [&] { return setup.attempts().value().size(); };
        const auto balance = [&] { return Ledger(test.connection(), account).balance()->minor(); };

        AccountSession session;
        session.setClock(Clock::fixed(now));
        QVERIFY(session.open(test.location()).ok());
        QVERIFY(session.setAccount(account.id).ok());
        session.setRole(AccessRole::Employee);
        FinancesTab tab(&session);
        tab.showPage(0); // Account Balance (it opens on the page used last)
        auto *runner = tab.findChild<AutoBillingRunner *>(QStringLiteral("autoBillingRunner"));
        QVERIFY(runner);
        QCOMPARE(runner->interval(), 60 * 1000);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTest::qWait(50);
        QCOMPARE(attempts(), 0); // an employee's window charges nothing
        QVERIFY(!runner->runNow());

        // The owner: the balance ($0.00) is under the $10.00 threshold, the card is charged $50.00.
        QSignalSpy ran(runner, &AutoBillingRunner::ran);
        session.setRole(AccessRole::Owner);
        tab.hide();
        tab.show(); // opening Finances
        QTRY_COMPARE(attempts(), 1);
        QCOMPARE(balance(), qint64(5000));
        QCOMPARE(ran.count(), 1);
        QCOMPARE(ran.first().first().value<AutoBilling::Outcome>(), AutoBilling::Outcome::Approved);
        QCOMPARE(tab.findChild<QLabel *>(QStringLiteral("balanceAmount"))->text(),
                 Money(5000, QStringLiteral("USD")).format(Localization::locale()));

        // Usage brings it under the threshold again the same day: the timer's next run writes the
        // once-a-day notice instead of a second charge, and only once.
        Ledger::Posting usage{Ledger::Kind::CallOutgoing, -4500};
        QVERIFY(Ledger(test.connection(), account).post(usage, nullptr, now).ok());
        runner->setInterval(20);
        QTRY_COMPARE(attempts(), 2);
        QCOMPARE(setup.attempts()->first().outcome, QStringLiteral("skipped"));
        QTest::qWait(100);
        QCOMPARE(attempts(), 2);
        QCOMPARE(balance(), qint64(500));
        QCOMPARE(gateway.chargesMade(), 0); // the tab has its own gateway; this one only set up
    }
};

QTEST_MAIN(TestFinancesTab)
#include "tst_financestab.moc"
