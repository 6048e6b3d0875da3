#include "invoicefixture.h"

#include "db/sql.h"
#include "finances/addfunds.h"
#include "finances/offlinepaymentgateway.h"
#include "invoices/canadiantaxes.h"
#include "invoices/taxeddeposit.h"
#include "invoices/taxprofile.h"
#include "invoices/taxtable.h"
#include "testdatabase.h"

#include <QTest>

// Canadian taxes (PRODUCT.md rule 12): the rate table from resources, the tax lines of a deposit by
// province and date, exemptions, the Provincial Tax ID field by province, the tax profile on both
// backends, and deposits recording their tax lines in the same transaction.
class TestCanadianTaxes final : public QObject
{
    Q_OBJECT

    static QString describe(const QList<CanadianTaxes::Line> &lines)
    {
        QStringList parts;
        for (const CanadianTaxes::Line &line : lines)
            parts << QStringLiteral("%1 %2: %3").arg(line.code, TaxTable::rateText(line.rateMilliPercent), line.amount.toDecimalString());
        return parts.join(QStringLiteral("; "));
    }

private slots:
    void table()
    {
        const TaxTable &table = TaxTable::canada();
        QCOMPARE(table.provinces().size(), 13);
        QCOMPARE(table.registration(QStringLiteral("GST")), QStringLiteral("784512963 RT0001"));
        QCOMPARE(TaxTable::parseRate(QStringLiteral("9.975")), std::optional<qint64>(9975));
        QCOMPARE(TaxTable::parseRate(QStringLiteral("5")), std::optional<qint64>(5000));
        QCOMPARE(TaxTable::parseRate(QStringLiteral("5.0001")), std::nullopt);
        QCOMPARE(TaxTable::parseRate(QStringLiteral("-5")), std::nullopt);
        QCOMPARE(TaxTable::rateText(9975), QStringLiteral("9.975"));
        QCOMPARE(TaxTable::rateText(13000), QStringLiteral("13"));
    }

    void malformedTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray provinces = R"("provinces": {"ON": {"name": "Ontario"}})";
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("no provinces") << QByteArray(R"({"rates": []})") << QStringLiteral("no provinces");
        QTest::newRow("float rate") << QByteArray("{" + provinces + R"(, "rates": [{"code": "HST", "provinces": ["ON"], "rate": 13, "from": "2010-07-01"}]})")
                                    << QStringLiteral("rate number 1");
        QTest::newRow("unknown province") << QByteArray("{" + provinces + R"(, "rates": [{"code": "HST", "provinces": ["XX"], "rate": "13", "from": "2010-07-01"}]})")
                                          << QStringLiteral("unknown province “XX”");
        QTest::newRow("overlap") << QByteArray("{" + provinces + R"(, "rates": [{"code": "HST", "provinces": ["ON"], "rate": "13", "from": "2010-07-01"},
                                                                     {"code": "HST", "provinces": ["ON"], "rate": "15", "from": "2020-01-01"}]})")
                                 << QStringLiteral("two HST rates for ON");
        QTest::newRow("ends before it starts") << QByteArray("{" + provinces + R"(, "rates": [{"code": "HST", "provinces": ["ON"], "rate": "13", "from": "2010-07-01", "to": "2010-01-01"}]})")
                                               << QStringLiteral("rate number 1");
    }
    void malformedTables()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto table = TaxTable::fromJson(json);
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(message), qPrintable(table.errorMessage()));
    }

    void taxes_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("taxId");
        QTest::addColumn<bool>("form");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("expected");
        const QDate today(2026, 10, 5);
        const QDate pstEve(2022, 3, 31);
        const QDate pstDay(2022, 4, 1);
        QTest::newRow("ON: HST 13") << "ON" << today << "" << false << qint64(10000) << "HST 13: 13.00";
        QTest::newRow("QC: GST + QST, 9.975 rounds half away") << "QC" << today << "" << false << qint64(10000) << "GST 5: 5.00; QST 9.975: 9.98";
        QTest::newRow("AB: GST only") << "AB" << today << "" << false << qint64(10000) << "GST 5: 5.00";
        QTest::newRow("AB: half a cent rounds up") << "AB" << today << "" << false << qint64(10) << "GST 5: 0.01";
        QTest::newRow("AB: under half a cent") << "AB" << today << "" << false << qint64(9) << "GST 5: 0.00";
        QTest::newRow("NS: HST 15 until 2025-03-31") << "NS" << QDate(2025, 3, 31) << "" << false << qint64(10000) << "HST 15: 15.00";
        QTest::newRow("NS: HST 14 from 2025-04-01") << "NS" << QDate(2025, 4, 1) << "" << false << qint64(10000) << "HST 14: 14.00";
        QTest::newRow("NB: HST 15") << "NB" << today << "" << false << qint64(10000) << "HST 15: 15.00";
        QTest::newRow("BC before PST") << "BC" << pstEve << "" << false << qint64(5000) << "GST 5: 2.50";
        QTest::newRow("BC from 2022-04-01") << "BC" << pstDay << "" << false << qint64(5000) << "GST 5: 2.50; PST 7: 3.50";
        QTest::newRow("BC with tax ID") << "BC" << today << "PST-1234-5678" << false << qint64(5000) << "GST 5: 2.50";
        QTest::newRow("BC with exemption form") << "BC" << today << "" << true << qint64(5000) << "GST 5: 2.50";
        QTest::newRow("BC with an invalid tax ID") << "BC" << today << "12345" << false << qint64(5000) << "GST 5: 2.50; PST 7: 3.50";
        QTest::newRow("MB before PST") << "MB" << pstEve << "" << false << qint64(10000) << "GST 5: 5.00";
        QTest::newRow("MB from 2022-04-01") << "MB" << pstDay << "" << false << qint64(10000) << "GST 5: 5.00; PST 7: 7.00";
        QTest::newRow("MB with tax ID") << "MB" << today << "123456-7" << false << qint64(10000) << "GST 5: 5.00";
        QTest::newRow("MB: a form does not exempt") << "MB" << today << "" << true << qint64(10000) << "GST 5: 5.00; PST 7: 7.00";
        QTest::newRow("SK before PST") << "SK" << pstEve << "" << false << qint64(10000) << "GST 5: 5.00";
        QTest::newRow("SK from 2022-04-01") << "SK" << pstDay << "" << false << qint64(10000) << "GST 5: 5.00; PST 6: 6.00";
        QTest::newRow("SK with tax ID") << "SK" << today << "1234567" << false << qint64(10000) << "GST 5: 5.00";
        QTest::newRow("SK: a form does not exempt") << "SK" << today << "" << true << qint64(10000) << "GST 5: 5.00; PST 6: 6.00";
        QTest::newRow("ON: a tax ID does not remove HST") << "ON" << today << "PST-1234-5678" << false << qint64(10000) << "HST 13: 13.00";
        QTest::newRow("outside Canada") << "" << today << "" << false << qint64(10000) << "";
    }
    void taxes()
    {
        QFETCH(QString, province);
        QFETCH(QDate, date);
        QFETCH(QString, taxId);
        QFETCH(bool, form);
        QFETCH(qint64, amount);
        QFETCH(QString, expected);
        const CanadianTaxes taxes;
        const auto lines = taxes.linesFor(Money(amount, QStringLiteral("CAD")), province, date, taxes.exemption(province, taxId, form));
        QCOMPARE(describe(lines), expected);
        for (const CanadianTaxes::Line &line : lines)
            QCOMPARE(line.amount.currency(), QStringLiteral("CAD"));
    }

    void provincialTaxIdField_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<bool>("taxId");
        QTest::addColumn<bool>("form");
        for (const QString &province : TaxTable::canada().provinces()) {
            const bool pst = province == QLatin1String("BC") || province == QLatin1String("MB") || province == QLatin1String("SK");
            QTest::newRow(qPrintable(province)) << province << pst << (province == QLatin1String("BC"));
        }
        QTest::newRow("none") << QString() << false << false;
    }
    void provincialTaxIdField()
    {
        QFETCH(QString, province);
        QFETCH(bool, taxId);
        QFETCH(bool, form);
        QCOMPARE(TaxProfile::showsProvincialTaxId(province), taxId);
        QCOMPARE(TaxProfile::showsExemptionForm(province), form);
    }

    void profile_data() { TestDatabase::addBackendRows(); }
    void profile()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Account account = InvoiceFixture::addCanadianAccount(db, QString(), QStringLiteral("America/Vancouver"));
        TaxProfile profile(db, account);
        auto loaded = profile.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->province, QString());

        TaxProfile::Fields fields = loaded.value();
        fields.province = QStringLiteral("bc");
        fields.provincialTaxId = QStringLiteral("pst-1234-5678");
        auto saved = profile.save(fields);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved->province, QStringLiteral("BC"));
        QCOMPARE(saved->provincialTaxId, QStringLiteral("PST-1234-5678"));
        QCOMPARE(TaxProfile::exemption(saved.value()), CanadianTaxes::Exemption::TaxId);

        // An ID in the wrong format is refused with what it should look like, and nothing changes.
        TaxProfile::Fields bad = saved.value();
        bad.provincialTaxId = QStringLiteral("12345");
        auto refused = profile.save(bad);
        QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("PST-1234-5678")), qPrintable(refused.errorMessage()));
        QCOMPARE(profile.load()->provincialTaxId, QStringLiteral("PST-1234-5678"));

        // Moving to Ontario: the field disappears, and so does its value.
        TaxProfile::Fields ontario = saved.value();
        ontario.province = QStringLiteral("ON");
        auto moved = profile.save(ontario);
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QCOMPARE(moved->provincialTaxId, QString());
        QCOMPARE(TaxProfile::exemption(moved.value()), CanadianTaxes::Exemption::None);

        // Someone else saved meanwhile: a conflict, not an overwrite.
        QCOMPARE(profile.save(saved.value()).errorKind(), Error::Kind::Conflict);
        TaxProfile::Fields unknown = moved.value();
        unknown.province = QStringLiteral("XX");
        QCOMPARE(profile.save(unknown).errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(TaxProfile(db, account, AccessRole::Employee).save(moved.value()).errorKind(), Error::Kind::Forbidden);
    }

    void depositRecordsItsTaxes_data() { TestDatabase::addBackendRows(); }
    void depositRecordsItsTaxes()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Account ontario = InvoiceFixture::addCanadianAccount(db, QStringLiteral("ON"), QStringLiteral("America/Toronto"));
        const QDateTime now(QDate(2026, 10, 5), QTime(15, 0), QTimeZone::utc());

        TaxedDeposit taxed(db, ontario);
        auto quote = taxed.quote(Money(10000, QStringLiteral("CAD")), QDate(2026, 10, 5));
        QVERIFY(quote.ok());
        QCOMPARE(quote->charged.minor(), qint64(11300));
        Ledger::Posting deposit{Ledger::Kind::Deposit, 10000, now};
        deposit.method = QStringLiteral("card");
        deposit.requestId = QStringLiteral("dep-1");
        auto posted = taxed.post(quote.value(), deposit, nullptr, now);
        QVERIFY2(posted.ok(), qPrintable(posted.errorMessage()));
        // A retry posts nothing new, taxes included.
        QVERIFY(taxed.post(quote.value(), deposit, nullptr, now)->duplicate);

        auto rows = Sql::exec(db, QStringLiteral("SELECT kind, amount_minor, tax_code, quantity, parent_id FROM ledger_transactions "
                                                 "WHERE account_id = ? ORDER BY id"),
                              {ontario.id});
        QVERIFY(rows.ok());
        QVERIFY(rows.value().next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("deposit"));
        QCOMPARE(rows->value(1).toLongLong(), qint64(11300));
        QVERIFY(rows.value().next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("tax"));
        QCOMPARE(rows->value(1).toLongLong(), qint64(-1300));
        QCOMPARE(rows->value(2).toString(), QStringLiteral("HST"));
        QCOMPARE(rows->value(3).toLongLong(), qint64(13000));
        QCOMPARE(rows->value(4).toLongLong(), posted->id);
        QVERIFY(!rows.value().next());
        QCOMPARE(Ledger(db, ontario).balance()->minor(), qint64(10000));
    }

    void addFundsChargesTaxesOnTop_data() { TestDatabase::addBackendRows(); }
    void addFundsChargesTaxesOnTop()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Account bc = InvoiceFixture::addCanadianAccount(db, QStringLiteral("BC"), QStringLiteral("America/Vancouver"));
        const Account us = InvoiceFixture::addAccount(db, QStringLiteral("US-1"));
        const Clock clock = Clock::fixed(QDateTime(QDate(2026, 10, 5), QTime(18, 0), QTimeZone::utc()));
        OfflinePaymentGateway gateway;

        auto paid = AddFunds(db, bc, AccessRole::Owner, &gateway, clock).byPayPal(Money(5000, QStringLiteral("CAD")));
        QVERIFY2(paid.ok(), qPrintable(paid.errorMessage()));
        // $50.00 credited; GST 2.50 and PST 3.50 on top: $56.00 paid.
        QCOMPARE(Ledger(db, bc).balance()->minor(), qint64(5000));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT amount_minor FROM ledger_transactions WHERE id = ?"), {paid->transactionId})->toLongLong(),
                 qint64(5600));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE parent_id = ? AND kind = 'tax'"),
                             {paid->transactionId})->toLongLong(),
                 qint64(2));

        // A wire: the taxes wait with the deposit, and count once it is received.
        AddFunds bcFunds(db, bc, AccessRole::Owner, &gateway, clock);
        auto wire = bcFunds.byWire(Money(10000, QStringLiteral("CAD")));
        QVERIFY2(wire.ok(), qPrintable(wire.errorMessage()));
        QVERIFY2(wire->instructions.contains(QStringLiteral("112.00")), qPrintable(wire->instructions));
        QCOMPARE(Ledger(db, bc).balance()->minor(), qint64(5000));
        QVERIFY(bcFunds.markReceived(wire->transactionId).ok());
        QCOMPARE(Ledger(db, bc).balance()->minor(), qint64(15000));

        // Outside Canada nothing changes.
        auto usPaid = AddFunds(db, us, AccessRole::Owner, &gateway, clock).byPayPal(Money(5000, QStringLiteral("USD")));
        QVERIFY(usPaid.ok());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE account_id = ?"), {us.id})->toLongLong(), qint64(1));
        QCOMPARE(Ledger(db, us).balance()->minor(), qint64(5000));
    }
};

QTEST_GUILESS_MAIN(TestCanadianTaxes)
#include "tst_canadiantaxes.moc"
