#include "accounts/accountsession.h"
#include "accounts/demodatagenerator.h"
#include "core/localization.h"
#include "finances/autobilling.h"
#include "finances/financestab.h"
#include "finances/forecastchart.h"
#include "finances/ledger.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
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
        QCOMPARE(nav->count(), 8);
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
};

QTEST_MAIN(TestFinancesTab)
#include "tst_financestab.moc"
