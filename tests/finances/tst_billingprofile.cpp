#include "finances/billingprofile.h"
#include "finances/ledger.h"
#include "finances/offlinepaymentgateway.h"
#include "finances/paymentmethods.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QTest>

// Billing Profile validation and optimistic locking; payment methods as tokens with a default.
class TestBillingProfile final : public QObject
{
    Q_OBJECT

private:
    static BillingProfile::Fields valid()
    {
        BillingProfile::Fields f;
        f.company = QStringLiteral("Northwind LLC");
        f.addressLine1 = QStringLiteral("350 Fifth Avenue");
        f.city = QStringLiteral("New York");
        f.region = QStringLiteral("NY");
        f.postalCode = QStringLiteral("10118");
        f.country = QStringLiteral("US");
        f.billingEmail = QStringLiteral("billing@example.com");
        f.currency = QStringLiteral("USD");
        f.timezone = QStringLiteral("America/New_York");
        return f;
    }

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty company") << "company" << "";
        QTest::newRow("empty street") << "address_line1" << " ";
        QTest::newRow("empty city") << "city" << "";
        QTest::newRow("bad zip") << "postal_code" << "1011";
        QTest::newRow("bad country") << "country" << "USA";
        QTest::newRow("unknown country") << "country" << "XX";
        QTest::newRow("bad e-mail") << "billing_email" << "billing.example.com";
        QTest::newRow("bad currency") << "currency" << "DOL";
        QTest::newRow("bad time zone") << "timezone" << "Eastern";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QVERIFY(BillingProfile::problems(valid()).isEmpty());
        BillingProfile::Fields f = valid();
        if (field == QLatin1String("company")) f.company = value;
        if (field == QLatin1String("address_line1")) f.addressLine1 = value;
        if (field == QLatin1String("city")) f.city = value;
        if (field == QLatin1String("postal_code")) f.postalCode = value;
        if (field == QLatin1String("country")) f.country = value;
        if (field == QLatin1String("billing_email")) f.billingEmail = value;
        if (field == QLatin1String("currency")) f.currency = value;
        if (field == QLatin1String("timezone")) f.timezone = value;
        const auto problems = BillingProfile::problems(f);
        QCOMPARE(problems.keys(), QList<QString>{field});
    }

    void saveWithVersion_data() { TestDatabase::addBackendRows(); }
    void saveWithVersion()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        BillingProfile profile(test.connection(), account);
        BillingProfile::Fields loaded = profile.load().value();
        QCOMPARE(loaded.version, 1);
        BillingProfile::Fields changed = valid();
        changed.version = loaded.version;
        changed.timezone = QStringLiteral("America/Toronto");
        changed.postalCode = QStringLiteral("H2X 1Y4");
        changed.country = QStringLiteral("CA");
        changed.region = QStringLiteral("QC");
        auto saved = profile.save(changed);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->timezone, QStringLiteral("America/Toronto"));
        QCOMPARE(AccountRepository(test.connection()).find(account.id)->timezone, QStringLiteral("America/Toronto"));
        // The stale copy loses.
        QCOMPARE(profile.save(changed).errorKind(), Error::Kind::Conflict);
        // Currency is fixed once there are transactions.
        QVERIFY(Ledger(test.connection(), account).post({Ledger::Kind::Deposit, 1500}).ok());
        BillingProfile::Fields euros = saved.value();
        euros.currency = QStringLiteral("EUR");
        QCOMPARE(profile.save(euros).errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(BillingProfile(test.connection(), account, AccessRole::Employee).save(saved.value()).errorKind(), Error::Kind::Forbidden);
    }

    void paymentMethods_data() { TestDatabase::addBackendRows(); }
    void paymentMethods()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        OfflinePaymentGateway gateway;
        PaymentMethods methods(test.connection(), account);
        const QDate today(2026, 11, 23);
        auto first = methods.add(gateway, QStringLiteral("Visa"), QStringLiteral("4242"), 8, 2028, today, false);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first->isDefault); // the only card is the default
        QCOMPARE(first->label(), QStringLiteral("Visa •••• 4242"));
        QVERIFY(first->token.startsWith(QStringLiteral("pm_")));
        auto second = methods.add(gateway, QStringLiteral("Mastercard"), QStringLiteral("5555"), 10, 2027, today, false);
        QVERIFY(!second->isDefault);
        QCOMPARE(methods.add(gateway, QStringLiteral("Visa"), QStringLiteral("1234"), 10, 2026, today, false).errorKind(),
                 Error::Kind::InvalidInput); // expired at the end of October
        QCOMPARE(methods.add(gateway, QStringLiteral("Diners"), QStringLiteral("1234"), 10, 2030, today, false).errorKind(),
                 Error::Kind::InvalidInput);
        QVERIFY(methods.setDefault(second->id, second->version).ok());
        QCOMPARE(methods.defaultMethod()->value().id, second->id);
        // The version it was read at is spent: acting on that reading again is a conflict, nothing changes.
        QCOMPARE(methods.remove(second->id, second->version).errorKind(), Error::Kind::Conflict);
        QCOMPARE(methods.list()->size(), 2);
        QVERIFY(methods.remove(second->id, methods.find(second->id)->version).ok());
        QCOMPARE(methods.defaultMethod()->value().id, first->id);
        QCOMPARE(methods.list()->size(), 1);
        QCOMPARE(methods.setDefault(second->id, second->version + 1).errorKind(), Error::Kind::NotFound);
        QCOMPARE(PaymentMethods(test.connection(), account, AccessRole::Employee).remove(first->id, methods.find(first->id)->version).errorKind(),
                 Error::Kind::Forbidden);
        QCOMPARE(methods.list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBillingProfile)
#include "tst_billingprofile.moc"
