#include "subscription/basket.h"
#include "subscription/basketmodel.h"
#include "subscription/billingoptions.h"
#include "subscription/minuteusage.h"

#include "core/itemroles.h"

#include "modeltesting.h"
#include "subscriptionfixture.h"
#include "testdatabase.h"
#include "finances/offlinepaymentgateway.h"

#include <QTest>

using namespace SubscriptionFixture;
using Payment = SubscriptionService::Payment;

// The basket (quantities, totals, the three ways to pay), billing options validation and minute packages.
class TestBasket final : public QObject
{
    Q_OBJECT

private slots:
    void totalsAndQuantities_data() { TestDatabase::addBackendRows(); }
    void totalsAndQuantities()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        Basket basket(db.connection(), account, AccessRole::Owner, kNov23);
        BasketModel model;
        auto tester = attachModelTester(&model);

        QVERIFY(basket.add(QStringLiteral("crm-integration")).ok());
        QVERIFY(basket.add(QStringLiteral("desk-phone")).ok());
        QVERIFY(basket.add(QStringLiteral("desk-phone")).ok()); // the same product again: quantity 2
        auto lines = basket.lines();
        QVERIFY(lines.ok());
        model.setLines(lines.value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(lines->at(1).quantity, 2);
        QCOMPARE(model.index(1, BasketModel::TotalColumn).data(ItemRoles::RawValueRole).toLongLong(), qint64(1590));

        auto totals = basket.totals();
        QVERIFY2(totals.ok(), qPrintable(totals.errorMessage()));
        QCOMPARE(totals->items, 3);
        QCOMPARE(totals->monthly.toDecimalString(), QStringLiteral("28.85"));  // 12.95 + 2 × 7.95
        QCOMPARE(totals->chargedNow.toDecimalString(), QStringLiteral("7.69")); // 3.45 + 15.90 × 8 / 30 = 4.24
        // The tab prices the lines it read against the state it shows: the same totals, no statement more.
        auto state = SubscriptionService(db.connection(), account, AccessRole::Owner, kNov23).state();
        QVERIFY(state.ok());
        auto shown = basket.totals(lines.value(), state.value());
        QVERIFY2(shown.ok(), qPrintable(shown.errorMessage()));
        QCOMPARE(shown->items, totals->items);
        QCOMPARE(shown->monthly, totals->monthly);
        QCOMPARE(shown->chargedNow, totals->chargedNow);

        const qint64 phones = lines->at(1).id;
        QVERIFY(basket.decrement(phones).ok());
        QCOMPARE(basket.totals()->monthly.toDecimalString(), QStringLiteral("20.90"));
        QCOMPARE(basket.decrement(phones).errorKind(), Error::Kind::InvalidInput); // below 1: use the bin
        QVERIFY(basket.increment(phones).ok());
        QVERIFY(basket.increment(phones).ok());
        QCOMPARE(basket.totals()->items, 4);
        QVERIFY(basket.remove(lines->at(0).id).ok());
        model.setLines(basket.lines().value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(basket.totals()->monthly.toDecimalString(), QStringLiteral("23.85"));
        QCOMPARE(basket.add(QStringLiteral("nope")).errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(basket.add(QStringLiteral("fax")).errorKind(), Error::Kind::InvalidInput);
        QVERIFY(basket.clear().ok());
        QCOMPARE(basket.totals()->items, 0);
        model.setLines({});
        QCOMPARE(model.rowCount(), 0);
    }

    void paymentPaths_data()
    {
        TestDatabase::addBackendRows();
    }
    void paymentPaths()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("prepaid"), 2000);
        OfflinePaymentGateway gateway;
        Basket basket(db.connection(), account, AccessRole::Owner, kNov23, &gateway);
        auto balance = [&] { return AccountRepository(db.connection()).balance(account)->minor(); };
        const qint64 savedCard = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM payment_methods"))->toLongLong();

        // Account funds: $20 does not cover $16.40 + $16.40 for two CRM-sized items.
        QVERIFY(basket.add(QStringLiteral("crm-integration")).ok());
        QVERIFY(basket.add(QStringLiteral("minutes-75k")).ok());
        auto refused = basket.checkout(Payment{}, QStringLiteral("b1"), false);
        QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(basket.lines()->size(), 2); // nothing paid, the basket kept
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 0);

        // A new card: only a token, brand, last four and expiry are kept.
        Payment newCard;
        newCard.method = Payment::Method::NewCard;
        newCard.token = QStringLiteral("4242424242424242"); // a card number is not a token
        newCard.brand = QStringLiteral("Visa");
        newCard.last4 = QStringLiteral("4242");
        newCard.expMonth = 12;
        newCard.expYear = 2029;
        QCOMPARE(basket.checkout(newCard, QStringLiteral("b2"), false).errorKind(), Error::Kind::InvalidInput);
        newCard.token = QStringLiteral("pm_new_1");
        newCard.expYear = 2026;
        newCard.expMonth = 10; // expired
        QCOMPARE(basket.checkout(newCard, QStringLiteral("b3"), false).errorKind(), Error::Kind::InvalidInput);
        newCard.expYear = 2029;
        QCOMPARE(gateway.chargesMade(), 0); // refused before the gateway was asked
        // The provider declines: nothing is written, the basket stays, no card is kept.
        gateway.declineNext(1, QStringLiteral("insufficient funds"));
        auto declined = basket.checkout(newCard, QStringLiteral("b4-declined"), true);
        QCOMPARE(declined.errorKind(), Error::Kind::InvalidInput);
        QVERIFY2(declined.errorMessage().contains(QStringLiteral("insufficient funds")), qPrintable(declined.errorMessage()));
        QCOMPARE(basket.lines()->size(), 2);
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 0);
        QCOMPARE(count(db.connection(), QStringLiteral("payment_methods")), 1);
        QCOMPARE(count(db.connection(), QStringLiteral("outbox")), 0);
        const int chargesBefore = gateway.chargesMade();
        auto paid = basket.checkout(newCard, QStringLiteral("b4"), true);
        QVERIFY2(paid.ok(), qPrintable(paid.errorMessage()));
        // prepaid: a full month plus 8/30 of it, for 12.95 and for 450.00 → 16.40 + 570.00
        QCOMPARE(paid->chargedNow.toDecimalString(), QStringLiteral("586.40"));
        QCOMPARE(balance(), qint64(2000)); // the card paid it all
        QCOMPARE(gateway.chargesMade(), chargesBefore + 1); // through the gateway, once
        QCOMPARE(count(db.connection(), QStringLiteral("payment_methods")), 2);
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 2);
        QCOMPARE(count(db.connection(), QStringLiteral("outbox")), 1);
        QVERIFY(basket.lines()->isEmpty());
        auto stored = Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE token LIKE '4242%'"));
        QCOMPARE(stored->toLongLong(), qint64(0));

        // The saved card.
        QVERIFY(basket.add(QStringLiteral("desk-phone"), 2).ok());
        Payment saved;
        saved.method = Payment::Method::SavedCard;
        saved.paymentMethodId = savedCard;
        auto second = basket.checkout(saved, QStringLiteral("b5"), false);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(second->chargedNow.toDecimalString(), QStringLiteral("20.14")); // 15.90 + 4.24
        QCOMPARE(gateway.chargesMade(), chargesBefore + 2);
        // Without a gateway a card cannot be charged: refused, nothing written.
        QVERIFY(basket.add(QStringLiteral("desk-phone")).ok());
        Basket offline(db.connection(), account, AccessRole::Owner, kNov23);
        QCOMPARE(offline.checkout(saved, QStringLiteral("b5-offline"), false).errorKind(), Error::Kind::InvalidInput);
        QVERIFY(basket.clear().ok());
        saved.paymentMethodId = 999999;
        QVERIFY(basket.add(QStringLiteral("desk-phone")).ok());
        QCOMPARE(basket.checkout(saved, QStringLiteral("b6"), false).errorKind(), Error::Kind::InvalidInput);

        // Account funds that cover it: a $0.00 WebPhone-like line costs nothing, a phone costs 16.40 − 2.95…
        QVERIFY(basket.clear().ok());
        QVERIFY(basket.add(QStringLiteral("desk-phone")).ok()); // 7.95 + 2.12 = 10.07 ≤ 20.00
        auto funds = basket.checkout(Payment{}, QStringLiteral("b7"), false);
        QVERIFY2(funds.ok(), qPrintable(funds.errorMessage()));
        QCOMPARE(balance(), qint64(2000 - 1007));
        QCOMPARE(basket.checkout(Payment{}, QStringLiteral("b8"), false).errorKind(), Error::Kind::InvalidInput); // empty
    }

    void employeeCannotUseTheBasket_data() { TestDatabase::addBackendRows(); }
    void employeeCannotUseTheBasket()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        Basket owner(db.connection(), account, AccessRole::Owner, kNov23);
        QVERIFY(owner.add(QStringLiteral("crm-integration")).ok());
        Basket employee(db.connection(), account, AccessRole::Employee, kNov23);
        QVERIFY(employee.lines().ok()); // viewing is allowed
        QCOMPARE(employee.add(QStringLiteral("desk-phone")).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employee.increment(owner.lines()->first().id).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employee.remove(owner.lines()->first().id).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employee.checkout(Payment{}, QStringLiteral("e"), false).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(owner.lines()->size(), 1);
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 0);
    }

    void billingOptionsValidation_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const QList<std::tuple<const char *, QString, QString, bool>> cases{
            {"valid", QString(), QString(), true},
            {"no company", QStringLiteral("company"), QString(), false},
            {"no address", QStringLiteral("addressLine1"), QStringLiteral("  "), false},
            {"no line 2 is fine", QStringLiteral("addressLine2"), QString(), true},
            {"no city", QStringLiteral("city"), QString(), false},
            {"no region", QStringLiteral("region"), QString(), false},
            {"no postal code", QStringLiteral("postalCode"), QString(), false},
            {"no country", QStringLiteral("country"), QString(), false},
            {"bad country", QStringLiteral("country"), QStringLiteral("USA"), false},
            {"no e-mail", QStringLiteral("billingEmail"), QString(), false},
            {"bad e-mail", QStringLiteral("billingEmail"), QStringLiteral("billing.example"), false},
            {"card without card", QStringLiteral("method"), QStringLiteral("card-none"), false},
            {"card with card", QStringLiteral("method"), QStringLiteral("card"), true},
            {"unknown method", QStringLiteral("method"), QStringLiteral("cheque"), false}};
        for (const QString &backend : TestDatabase::backends()) {
            for (const auto &[name, field, value, valid] : cases)
                QTest::addRow("%s %s", qPrintable(backend), name) << backend << field << value << valid;
        }
    }
    void billingOptionsValidation()
    {
        QFETCH(QString, backend);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        BillingOptions options(db.connection(), account, AccessRole::Owner);
        auto settings = options.load();
        QVERIFY2(settings.ok(), qPrintable(settings.errorMessage()));
        BillingOptions::Settings changed = settings.value();
        if (field == QLatin1String("method")) {
            changed.method = value == QLatin1String("card-none") ? QStringLiteral("card") : value;
            if (value == QLatin1String("card"))
                changed.paymentMethodId = options.cards()->first().id;
        } else if (!field.isEmpty()) {
            QString *target = field == QLatin1String("company")        ? &changed.company
                              : field == QLatin1String("addressLine1") ? &changed.addressLine1
                              : field == QLatin1String("addressLine2") ? &changed.addressLine2
                              : field == QLatin1String("city")         ? &changed.city
                              : field == QLatin1String("region")       ? &changed.region
                              : field == QLatin1String("postalCode")   ? &changed.postalCode
                              : field == QLatin1String("country")      ? &changed.country
                                                                       : &changed.billingEmail;
            *target = value;
        }
        auto saved = options.save(changed);
        QCOMPARE(saved.ok(), valid);
        if (!valid) {
            QCOMPARE(saved.errorKind(), Error::Kind::InvalidInput);
            QCOMPARE(options.load()->company, QStringLiteral("Fixture Inc")); // nothing written
            return;
        }
        auto reloaded = options.load();
        QCOMPARE(reloaded->method, changed.method);
        QCOMPARE(reloaded->addressLine2, changed.addressLine2);
        // A second save from the stale copy is a conflict, not a lost update.
        QCOMPARE(options.save(changed).errorKind(), Error::Kind::Conflict);
        QCOMPARE(BillingOptions(db.connection(), account, AccessRole::Employee).save(reloaded.value()).errorKind(), Error::Kind::Forbidden);
    }

    void minutePackages_data()
    {
        QTest::addColumn<qint64>("included");
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("overage");
        QTest::addColumn<int>("percent");
        QTest::newRow("unused") << qint64(75000) << qint64(0) << qint64(75000) << qint64(0) << 0;
        QTest::newRow("part") << qint64(75000) << qint64(50000) << qint64(25000) << qint64(0) << 67;
        QTest::newRow("exact") << qint64(500000) << qint64(500000) << qint64(0) << qint64(0) << 100;
        QTest::newRow("over") << qint64(75000) << qint64(80000) << qint64(0) << qint64(5000) << 100;
        QTest::newRow("no package") << qint64(0) << qint64(10) << qint64(0) << qint64(10) << 100;
    }
    void minutePackages()
    {
        QFETCH(qint64, included);
        QFETCH(qint64, used);
        const MinuteUsage::Period period = MinuteUsage::compute(included, used, QDate(2026, 11, 1), QDate(2026, 12, 1));
        QTEST(period.remaining(), "remaining");
        QTEST(period.overage(), "overage");
        QTEST(period.percentUsed(), "percent");
    }

    void minutesDoNotRollOver_data() { TestDatabase::addBackendRows(); }
    void minutesDoNotRollOver()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        exec(db.connection(), QStringLiteral("INSERT INTO subscription_items (account_id, option_id, started_on) "
                                             "SELECT account_id, id, '2026-10-01' FROM catalogue_options WHERE code = 'minutes-75k'"));
        auto call = [&](const QDateTime &at, qint64 seconds, const QString &disposition) {
            exec(db.connection(), QStringLiteral("INSERT INTO calls (account_id, did, caller, disposition, started_at, duration_s, currency) "
                                                 "VALUES (?, '+12125550142', ?, ?, ?, ?, 'USD')"),
                 {account.id, QStringLiteral("+1917555%1").arg(at.toSecsSinceEpoch() % 10000, 4, 10, QLatin1Char('0')), disposition,
                  at.toSecsSinceEpoch(), seconds});
        };
        // October: 50 000 minutes used, 25 000 left over (lost).
        call(QDateTime(QDate(2026, 10, 10), QTime(14, 0), Qt::UTC), 50000 * 60, QStringLiteral("answered"));
        // November: 80 000 minutes and one second (rounded up), plus a missed call that uses nothing.
        call(QDateTime(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC), 60000 * 60, QStringLiteral("outbound"));
        call(QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC), 20000 * 60 + 1, QStringLiteral("answered"));
        call(QDateTime(QDate(2026, 11, 21), QTime(14, 0), Qt::UTC), 3600, QStringLiteral("missed"));
        // A call at 23:30 New York on Oct 31 is 03:30 UTC on Nov 1: it counts in October.
        call(QDateTime(QDate(2026, 11, 1), QTime(3, 30), Qt::UTC), 600, QStringLiteral("answered"));

        auto october = MinuteUsage::current(db.connection(), account, at(QDate(2026, 10, 20)));
        QVERIFY2(october.ok(), qPrintable(october.errorMessage()));
        QCOMPARE(october->included, qint64(75000));
        QCOMPARE(october->used, qint64(50010));
        auto november = MinuteUsage::current(db.connection(), account, kNov23);
        QVERIFY(november.ok());
        QCOMPARE(november->included, qint64(75000)); // no rollover of October's minutes
        QCOMPARE(november->used, qint64(80001));
        QCOMPARE(november->overage(), qint64(5001));
        QCOMPARE(november->overageCost(12000, QStringLiteral("USD")).toDecimalString(), QStringLiteral("60.01"));
        QCOMPARE(november->from, QDate(2026, 11, 1));
        QCOMPARE(november->to, QDate(2026, 12, 1));
    }
};

QTEST_GUILESS_MAIN(TestBasket)
#include "tst_basket.moc"
