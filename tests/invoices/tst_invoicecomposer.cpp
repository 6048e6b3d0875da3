#include "invoicefixture.h"

#include "db/sql.h"
#include "invoices/invoicecomposer.h"
#include "invoices/taxeddeposit.h"
#include "testdatabase.h"

#include <QTest>

// Invoice composition against a hand-computed ledger (PRODUCT.md rule 11): which lines appear on
// which document, grouping, totals equal to the sum of lines, opening + movements = closing, a
// stable invoice number, and the Canadian invoice's deposits with their tax lines. Both backends.
class TestInvoiceComposer final : public QObject
{
    Q_OBJECT

    static const Invoice::Section *section(const Invoice &invoice, const char *kind)
    {
        for (const Invoice::Section &s : invoice.sections) {
            if (s.kind == QLatin1String(kind))
                return &s;
        }
        return nullptr;
    }

    static Clock clock() { return Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc())); }

private slots:
    void standard_data() { TestDatabase::addBackendRows(); }
    void standard()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        InvoiceFixture::October october;
        QVERIFY(InvoiceFixture::addOctober(test.connection(), &october));
        const InvoiceComposer composer(test.connection(), october.account, clock());
        auto composed = composer.compose(QDate(2026, 10, 1), QDate(2026, 10, 31), Invoice::Kind::Standard);
        QVERIFY2(composed.ok(), qPrintable(composed.errorMessage()));
        const Invoice &invoice = composed.value();

        QCOMPARE(invoice.number, QStringLiteral("INV-T-1-20261001-20261031"));
        QCOMPARE(invoice.issuedOn, QDate(2026, 11, 23));
        QCOMPARE(invoice.billing.company, QStringLiteral("Harbour & Sons Ltd"));
        QCOMPARE(invoice.billing.billingEmail, QStringLiteral("billing@harbour.example"));
        QCOMPARE(invoice.accountNumber, QStringLiteral("T-1"));

        // The sections in print order, each with its lines; no pending wire, nothing of November.
        QStringList kinds;
        for (const Invoice::Section &s : invoice.sections)
            kinds << s.kind;
        QCOMPARE(kinds.join(QLatin1Char(',')), QStringLiteral("deposit,did_monthly,fax,e911,call_incoming,call_outgoing,cnam,subscription"));
        QCOMPARE(section(invoice, "deposit")->lines.size(), 1);
        QCOMPARE(section(invoice, "deposit")->lines.first().method, QStringLiteral("paypal"));
        QCOMPARE(section(invoice, "deposit")->total.minor(), qint64(2500));
        QCOMPARE(section(invoice, "did_monthly")->lines.size(), 2);
        QCOMPARE(section(invoice, "did_monthly")->total.minor(), qint64(-2495));
        QCOMPARE(section(invoice, "fax")->total.minor(), qint64(-395));
        QCOMPARE(section(invoice, "e911")->total.minor(), qint64(-150));
        QCOMPARE(section(invoice, "subscription")->total.minor(), qint64(-3995));

        // Communication charges: one line per number and direction, minutes and cost summed.
        const auto *incoming = section(invoice, "call_incoming");
        QCOMPARE(incoming->lines.size(), 2);
        QCOMPARE(incoming->lines.at(0).did, QStringLiteral("+12125550100"));
        QCOMPARE(incoming->lines.at(0).quantity, qint64(20));
        QCOMPARE(incoming->lines.at(0).amount.minor(), qint64(-200));
        QCOMPARE(incoming->lines.at(1).did, QStringLiteral("+12125550101"));
        QCOMPARE(incoming->lines.at(1).quantity, qint64(30));
        QCOMPARE(incoming->total.minor(), qint64(-500));
        const auto *outgoing = section(invoice, "call_outgoing");
        QCOMPARE(outgoing->lines.size(), 2);
        // Oct 31 22:30 in New York is Nov 1 in UTC: still October's.
        QCOMPARE(outgoing->lines.at(1).did, QStringLiteral("+12125550101"));
        QCOMPARE(outgoing->lines.at(1).quantity, qint64(2));
        QCOMPARE(outgoing->total.minor(), qint64(-75));

        // CNAM only for the number with CNAM lookup.
        const auto *cnam = section(invoice, "cnam");
        QCOMPARE(cnam->lines.size(), 1);
        QCOMPARE(cnam->lines.first().did, QStringLiteral("+12125550100"));
        QCOMPARE(cnam->lines.first().quantity, qint64(3));
        QCOMPARE(cnam->total.minor(), qint64(-12));

        // Totals are the sums of their lines; opening + movements = closing.
        for (const Invoice::Section &s : invoice.sections) {
            qint64 sum = 0;
            for (const Invoice::Line &line : s.lines)
                sum += line.amount.minor();
            QCOMPARE(s.total.minor(), sum);
        }
        QCOMPARE(invoice.opening.minor(), qint64(10000));
        QCOMPARE(invoice.movements().minor(), qint64(-5122));
        QCOMPARE(invoice.closing.minor(), qint64(4878));
        QCOMPARE(invoice.lineCount(), qint64(11));

        // The same account and range: the same number; another range: another one.
        QCOMPARE(composer.compose(QDate(2026, 10, 1), QDate(2026, 10, 31), Invoice::Kind::Standard)->number, invoice.number);
        QVERIFY(composer.compose(QDate(2026, 10, 1), QDate(2026, 10, 30), Invoice::Kind::Standard)->number != invoice.number);
        QVERIFY(composer.compose(QDate(2026, 10, 1), QDate(2026, 10, 31), Invoice::Kind::Canadian)->number != invoice.number);

        // The next month starts where this one closed.
        auto november = composer.compose(QDate(2026, 11, 1), QDate(2026, 11, 30), Invoice::Kind::Standard);
        QVERIFY(november.ok());
        QCOMPARE(november->opening.minor(), invoice.closing.minor() - 4); // the unlisted CNAM query of a number without lookup
        QCOMPARE(november->closing.minor(), november->opening.minor() - 495);
    }

    void refusals_data() { TestDatabase::addBackendRows(); }
    void refusals()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        InvoiceFixture::October october;
        QVERIFY(InvoiceFixture::addOctober(test.connection(), &october));
        const InvoiceComposer composer(test.connection(), october.account, clock());
        QCOMPARE(composer.compose(QDate(2026, 10, 31), QDate(2026, 10, 1), Invoice::Kind::Standard).errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(composer.compose(QDate(), QDate(2026, 10, 1), Invoice::Kind::Standard).errorKind(), Error::Kind::InvalidInput);
        Account broken = october.account;
        broken.timezone = QStringLiteral("Mars/Olympus");
        auto refused = InvoiceComposer(test.connection(), broken, clock()).compose(QDate(2026, 10, 1), QDate(2026, 10, 31), Invoice::Kind::Standard);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Mars/Olympus")));
    }

    void canadian_data() { TestDatabase::addBackendRows(); }
    void canadian()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Account account = InvoiceFixture::addCanadianAccount(db, QStringLiteral("ON"), QStringLiteral("America/Toronto"));
        TaxedDeposit taxed(db, account);
        auto deposit = [&](qint64 credited, const QDateTime &at) {
            auto quote = taxed.quote(Money(credited, QStringLiteral("CAD")), at.date());
            Ledger::Posting posting{Ledger::Kind::Deposit, credited, at};
            posting.method = QStringLiteral("card");
            return quote.ok() && taxed.post(quote.value(), posting, nullptr, at.toUTC()).ok();
        };
        QVERIFY(deposit(10000, InvoiceFixture::local(account, 2026, 10, 5, 9, 0)));   // HST 13.00 → 113.00
        QVERIFY(deposit(3333, InvoiceFixture::local(account, 2026, 10, 20, 9, 0)));   // HST 4.33 → 37.66
        QVERIFY(deposit(2000, InvoiceFixture::local(account, 2026, 11, 2, 9, 0)));    // November: not listed
        Ledger ledger(db, account);
        QVERIFY(InvoiceFixture::post(ledger, Ledger::Kind::DidMonthly, -495, InvoiceFixture::local(account, 2026, 10, 1, 0, 5)));
        Sql::exec(db, QStringLiteral("INSERT INTO account_settings (account_id, key, value) VALUES (?, 'tax_registration.HST', '111111111 RT0002')"),
                  {account.id}).value();

        auto composed = InvoiceComposer(db, account, clock()).compose(QDate(2026, 10, 1), QDate(2026, 10, 31), Invoice::Kind::Canadian);
        QVERIFY2(composed.ok(), qPrintable(composed.errorMessage()));
        const Invoice &invoice = composed.value();
        QCOMPARE(invoice.number, QStringLiteral("CAN-CA-ON-20261001-20261031"));
        // Deposits only: no DID fee, no tax section of its own.
        QCOMPARE(invoice.sections.size(), 1);
        const Invoice::Section &deposits = invoice.sections.first();
        QCOMPARE(deposits.kind, QStringLiteral("deposit"));
        QCOMPARE(deposits.lines.size(), 2);
        QCOMPARE(deposits.lines.at(0).amount.minor(), qint64(10000));
        QCOMPARE(deposits.lines.at(0).charged.minor(), qint64(11300));
        QCOMPARE(deposits.lines.at(0).taxes.size(), 1);
        QCOMPARE(deposits.lines.at(0).taxes.first().code, QStringLiteral("HST"));
        QCOMPARE(deposits.lines.at(0).taxes.first().amount.minor(), qint64(1300));
        QCOMPARE(deposits.lines.at(1).taxes.first().amount.minor(), qint64(433));
        QCOMPARE(invoice.subtotal.minor(), qint64(13333));
        QCOMPARE(invoice.taxTotal.minor(), qint64(1733));
        QCOMPARE(invoice.totalPaid.minor(), qint64(15066));
        QCOMPARE(invoice.taxTotals.size(), 1);
        QCOMPARE(invoice.taxTotals.first().amount.minor(), qint64(1733));
        QCOMPARE(invoice.province, QStringLiteral("ON"));
        // The registration number of the tax on the invoice, from the account's setting.
        QCOMPARE(invoice.registrations.size(), 1);
        QCOMPARE(invoice.registrations.first().first, QStringLiteral("HST"));
        QCOMPARE(invoice.registrations.first().second, QStringLiteral("111111111 RT0002"));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceComposer)
#include "tst_invoicecomposer.moc"
