#include "pdftools.h"

#include "core/localization.h"
#include "invoices/invoicedocument.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The invoice as a PDF, read back with pdftotext/pdfinfo/pdffonts: its texts in en/fr/es whatever
// the interface's language, money and dates in the invoice's language, page numbers "n of N",
// Letter for the US and Canada and A4 elsewhere, PDF/A-1b with every font embedded.
class TestInvoiceDocument final : public QObject
{
    Q_OBJECT

    static Invoice sample(const QString &country, int fees = 3)
    {
        const QString usd = QStringLiteral("USD");
        Invoice invoice;
        invoice.number = QStringLiteral("INV-T-9-20261001-20261031");
        invoice.issuedOn = QDate(2026, 11, 23);
        invoice.from = QDate(2026, 10, 1);
        invoice.to = QDate(2026, 10, 31);
        invoice.accountNumber = QStringLiteral("T-9");
        invoice.accountName = QStringLiteral("Test");
        invoice.currency = usd;
        invoice.billing.company = QStringLiteral("Harbour & Sons <Ltd>");
        invoice.billing.addressLine1 = QStringLiteral("12 Quay Street");
        invoice.billing.city = QStringLiteral("Springfield");
        invoice.billing.country = country;
        invoice.billing.billingEmail = QStringLiteral("billing@harbour.example");
        invoice.opening = Money(123450, usd); // 1,234.50
        Invoice::Section deposits{QStringLiteral("deposit"), {}, Money(0, usd)};
        Invoice::Line deposit;
        deposit.kind = QStringLiteral("deposit");
        deposit.date = QDate(2026, 10, 5);
        deposit.method = QStringLiteral("card");
        deposit.reference = QStringLiteral("ch_42");
        deposit.amount = Money(250000, usd); // 2,500.00
        deposits.lines << deposit;
        deposits.total = deposit.amount;
        Invoice::Section fees_{QStringLiteral("did_monthly"), {}, Money(0, usd)};
        for (int i = 0; i < fees; ++i) {
            Invoice::Line fee;
            fee.kind = QStringLiteral("did_monthly");
            fee.date = QDate(2026, 10, 1).addDays(i % 30);
            fee.did = QStringLiteral("+1212555%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
            fee.amount = Money(-495, usd);
            fees_.lines << fee;
            fees_.total += fee.amount;
        }
        Invoice::Section calls{QStringLiteral("call_incoming"), {}, Money(0, usd)};
        Invoice::Line call;
        call.kind = QStringLiteral("call_incoming");
        call.did = QStringLiteral("+12125550100");
        call.quantity = 1500;
        call.amount = Money(-1234, usd);
        calls.lines << call;
        calls.total = call.amount;
        invoice.sections << deposits << fees_ << calls;
        invoice.closing = invoice.opening + invoice.movements();
        return invoice;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/install-deps.sh installs it");
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("opening");
        QTest::addColumn<QString>("dateText");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("en for the US") << "en" << "en" << "US" << "$1,234.50" << "October 1, 2026" << "612 x 792 pts (letter)";
        QTest::newRow("en while the UI is in French") << "en" << "fr" << "US" << "$1,234.50" << "October 1, 2026" << "612 x 792 pts (letter)";
        QTest::newRow("fr for the US") << "fr" << "en" << "US" << "1 234,50 $" << "1 octobre 2026" << "612 x 792 pts (letter)";
        QTest::newRow("fr for Canada") << "fr" << "es" << "CA" << "1 234,50 $" << "1 octobre 2026" << "612 x 792 pts (letter)";
        QTest::newRow("fr for France") << "fr" << "en" << "FR" << "1 234,50 $" << "1 octobre 2026" << "595 x 842 pts (A4)";
        QTest::newRow("es for Spain") << "es" << "fr" << "ES" << "1234,50 $" << "1 de octubre de 2026" << "595 x 842 pts (A4)";
    }
    void languages()
    {
        QFETCH(QString, language);
        QFETCH(QString, uiLanguage);
        QFETCH(QString, country);
        QFETCH(QString, opening);
        QFETCH(QString, dateText);
        QFETCH(QString, pageSize);
        Localization::apply(uiLanguage);
        const InvoiceDocument document(sample(country), language);
        const QString path = m_dir.filePath(QStringLiteral("invoice-%1-%2.pdf").arg(language, country));
        auto written = document.writePdf(path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        Localization::apply(QStringLiteral("en"));

        const QString text = PdfTools::text(path);
        // The title and labels come from the invoice's own catalogue, not the interface's.
        for (const char *source : {"Invoice", "Opening balance", "Closing balance", "Bill to", "Deposits", "Monthly DID charges"})
            QVERIFY2(text.contains(document.text(source).simplified()), qPrintable(QStringLiteral("%1 missing in:\n%2").arg(document.text(source), text)));
        QVERIFY2(text.contains(opening), qPrintable(text));
        QVERIFY2(text.contains(dateText), qPrintable(text));
        QCOMPARE(PdfTools::normalised(Money(123450, QStringLiteral("USD")).format(document.locale())), opening);
        QVERIFY(text.contains(QStringLiteral("INV-T-9-20261001-20261031")));
        QVERIFY(text.contains(QStringLiteral("Harbour & Sons <Ltd>")));
        QVERIFY(text.contains(QStringLiteral("billing@harbour.example")));
        QVERIFY2(text.contains(document.text("Page %1 of %2").arg(document.locale().toString(1), document.locale().toString(1))), qPrintable(text));
        QCOMPARE(PdfTools::infoField(path, QStringLiteral("Page size")), pageSize);
        QCOMPARE(PdfTools::infoField(path, QStringLiteral("Pages")), QStringLiteral("1"));
    }

    void pdfA()
    {
        const InvoiceDocument document(sample(QStringLiteral("US")), QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("pdfa.pdf"));
        QVERIFY(document.writePdf(path).ok());
        // PDF/A-1b is declared in the XMP metadata: part 1, conformance B.
        const QString xmp = PdfTools::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
        QVERIFY2(xmp.contains(QStringLiteral("pdfaid:part=\"1\"")), qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")), qPrintable(xmp));
        QCOMPARE(PdfTools::infoField(path, QStringLiteral("Title")), QStringLiteral("Invoice INV-T-9-20261001-20261031"));
        const auto fonts = PdfTools::fonts(path);
        QVERIFY(!fonts.isEmpty());
        for (const auto &[name, embedded] : fonts)
            QVERIFY2(embedded, qPrintable(name + QStringLiteral(" is not embedded")));
    }

    void pageNumbers()
    {
        // 400 DID fees run over several pages: each says "Page n of N".
        const InvoiceDocument document(sample(QStringLiteral("US"), 400), QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(document.writePdf(path).ok());
        const int pages = PdfTools::infoField(path, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        const QString text = PdfTools::text(path);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(QString::number(page)));
        QVERIFY(!text.contains(QStringLiteral("Page %1 of").arg(pages + 1)));
        // Every fee is listed, with its section's column headers and total.
        for (const char *fee : {"+1 212-555-0000", "+1 212-555-0199", "+1 212-555-0399"})
            QVERIFY2(text.contains(QLatin1String(fee)), fee);
        QVERIFY(text.contains(QStringLiteral("Date Number Description Amount")));
        QVERIFY(text.contains(QStringLiteral("Total -$1,980.00")));
    }

    void canadian()
    {
        const QString cad = QStringLiteral("CAD");
        Invoice invoice = sample(QStringLiteral("CA"));
        invoice.kind = Invoice::Kind::Canadian;
        invoice.number = QStringLiteral("CAN-CA-1-20261001-20261031");
        invoice.currency = cad;
        invoice.province = QStringLiteral("BC");
        invoice.provincialTaxId = QStringLiteral("PST-1234-5678");
        invoice.exemption = CanadianTaxes::Exemption::TaxId;
        Invoice::Section deposits{QStringLiteral("deposit"), {}, Money(0, cad)};
        Invoice::Line line;
        line.kind = QStringLiteral("deposit");
        line.date = QDate(2026, 10, 5);
        line.method = QStringLiteral("paypal");
        line.amount = Money(100000, cad);
        line.taxes << CanadianTaxes::Line{QStringLiteral("GST"), QStringLiteral("BC"), 5000, Money(5000, cad)};
        line.charged = Money(105000, cad);
        deposits.lines << line;
        deposits.total = line.amount;
        invoice.sections = {deposits};
        invoice.subtotal = Money(100000, cad);
        invoice.taxTotal = Money(5000, cad);
        invoice.totalPaid = Money(105000, cad);
        invoice.taxTotals = line.taxes;
        invoice.registrations = {{QStringLiteral("GST"), QStringLiteral("784512963 RT0001")}};

        for (const QString &language : InvoiceDocument::languages()) {
            const InvoiceDocument document(invoice, language);
            const QString path = m_dir.filePath(QStringLiteral("canadian-%1.pdf").arg(language));
            QVERIFY(document.writePdf(path).ok());
            const QString text = PdfTools::text(path);
            QVERIFY2(text.contains(document.text("Canadian Invoice")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("784512963 RT0001")));
            QVERIFY(text.contains(QStringLiteral("PST-1234-5678")));
            QVERIFY(text.contains(PdfTools::normalised(Money(105000, cad).format(document.locale()))));
            QVERIFY(text.contains(PdfTools::normalised(Money(5000, cad).format(document.locale()))));
            // Only deposits: the standard invoice's sections are not there.
            QVERIFY(!text.contains(document.text("Opening balance")));
            if (language == QLatin1String("fr"))
                QVERIFY2(text.contains(QStringLiteral("1 050,00 $")), qPrintable(text));
        }
    }

    void unwritablePathLeavesNothing()
    {
        const InvoiceDocument document(sample(QStringLiteral("US")), QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/invoice.pdf"));
        auto written = document.writePdf(path);
        QVERIFY(!written.ok());
        QVERIFY(written.errorMessage().contains(QStringLiteral("missing-folder")));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestInvoiceDocument)
#include "tst_invoicedocument.moc"
