#include "accounts/demodatagenerator.h"
#include "finances/addfunds.h"
#include "finances/autobilling.h"
#include "finances/billingprofile.h"
#include "finances/offlinepaymentgateway.h"
#include "finances/paymentmethods.h"
#include "db/sql.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QSqlField>
#include <QSqlRecord>
#include <QTest>

// Rule 14: LineDesk never stores a card number. After a full demo account and every finances
// operation, no text column anywhere holds a 13–19 digit run that passes the Luhn check.
class TestCardSafety final : public QObject
{
    Q_OBJECT

private slots:
    void detector_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("card");
        QTest::newRow("visa test number") << QStringLiteral("4242424242424242") << true;
        QTest::newRow("spaced") << QStringLiteral("card 4111 1111 1111 1111 used") << true;
        QTest::newRow("dashed amex") << QStringLiteral("3782-822463-10005") << true;
        QTest::newRow("luhn fails") << QStringLiteral("4242424242424241") << false;
        QTest::newRow("12 digits") << QStringLiteral("424242424242") << false;
        QTest::newRow("phone number") << QStringLiteral("+12125550142") << false;
        QTest::newRow("last four") << QStringLiteral("Visa •••• 4242") << false;
    }
    void detector()
    {
        QFETCH(QString, text);
        QFETCH(bool, card);
        QCOMPARE(PaymentMethods::containsCardNumber(text), card);
    }

    void nothingCardLikeInTheDatabase_data() { TestDatabase::addBackendRows(); }
    void nothingCardLikeInTheDatabase()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Clock clock = Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc()));
        QVERIFY(DemoDataGenerator(db, clock).generate().ok());
        const Account account = AccountRepository(db).resolve(0).value();
        OfflinePaymentGateway gateway;
        PaymentMethods methods(db, account);
        // Someone pastes a whole card number where the last four go: refused, nothing stored.
        QCOMPARE(methods.add(gateway, QStringLiteral("Visa"), QStringLiteral("4242424242424242"), 12, 2030, clock.today(account.timeZone()), false)
                     .errorKind(),
                 Error::Kind::InvalidInput);
        QVERIFY(methods.add(gateway, QStringLiteral("Mastercard"), QStringLiteral("4444"), 11, 2029, clock.today(account.timeZone()), true).ok());
        AddFunds funds(db, account, AccessRole::Owner, &gateway, clock);
        QVERIFY(funds.byCard(Money(2500, account.currency), 0).ok());
        QVERIFY(funds.byPayPal(Money(1500, account.currency)).ok());
        QVERIFY(funds.byWire(Money(100000, account.currency)).ok());
        AutoBilling billing(db, account, AccessRole::Owner, &gateway, clock);
        QVERIFY(billing.run().ok());
        BillingProfile profile(db, account);
        BillingProfile::Fields fields = profile.load().value();
        fields.addressLine2 = QStringLiteral("Floor 41");
        QVERIFY(profile.save(fields).ok());

        const QStringList tables = db.tables();
        QVERIFY(tables.contains(QStringLiteral("ledger_transactions")));
        qint64 scanned = 0;
        for (const QString &table : tables) {
            const QSqlRecord record = db.record(table);
            QStringList textColumns;
            for (int i = 0; i < record.count(); ++i) {
                const QMetaType type = record.field(i).metaType();
                if (type.id() == QMetaType::QString || type.id() == QMetaType::QByteArray)
                    textColumns << record.fieldName(i);
            }
            if (textColumns.isEmpty())
                continue;
            auto query = Sql::exec(db, QStringLiteral("SELECT %1 FROM %2").arg(textColumns.join(QStringLiteral(", ")), table));
            QVERIFY2(query.ok(), qPrintable(query.errorMessage()));
            while (query.value().next()) {
                for (int i = 0; i < textColumns.size(); ++i) {
                    const QString value = query.value().value(i).toString();
                    ++scanned;
                    QVERIFY2(!PaymentMethods::containsCardNumber(value),
                             qPrintable(QStringLiteral("%1.%2 holds “%3”").arg(table, textColumns.at(i), value)));
                }
            }
        }
        QVERIFY(scanned > 1000);
    }
};

QTEST_GUILESS_MAIN(TestCardSafety)
#include "tst_cardsafety.moc"
