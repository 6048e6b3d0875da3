#include "invoicefixture.h"
#include "pdftools.h"

#include "accounts/accountsession.h"
#include "finances/financestab.h"
#include "finances/addfunds.h"
#include "finances/offlinepaymentgateway.h"
#include "invoices/invoicepage.h"
#include "invoices/taxprofile.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

// Finances → Generate Invoice and Canadian Invoice through their widgets: the default range, the
// preview, Save as PDF, the invoice's language, and the tax profile whose Provincial Tax ID field
// shows only for BC, MB and SK. Both backends.
class TestInvoicePage final : public QObject
{
    Q_OBJECT

    static Clock clock() { return Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc())); }

private slots:
    void generate_data() { TestDatabase::addBackendRows(); }
    void generate()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        InvoiceFixture::October october;
        QVERIFY(InvoiceFixture::addOctober(test.connection(), &october));
        AccountSession session;
        session.setClock(clock());
        QVERIFY(session.open(test.location()).ok());
        QVERIFY(session.setAccount(october.account.id).ok());

        FinancesTab tab(&session);
        tab.resize(1100, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *nav = tab.findChild<QListWidget *>(QStringLiteral("financesNav"));
        QCOMPARE(nav->item(8)->text(), QStringLiteral("Generate Invoice"));
        QCOMPARE(nav->item(9)->text(), QStringLiteral("Canadian Invoice"));
        nav->setCurrentRow(8);

        auto *page = tab.findChild<InvoicePage *>(QStringLiteral("invoicePage"));
        QVERIFY(page);
        // Opens on last month, already composed.
        QCOMPARE(page->findChild<QDateEdit *>(QStringLiteral("invoiceFrom"))->date(), QDate(2026, 10, 1));
        QCOMPARE(page->findChild<QDateEdit *>(QStringLiteral("invoiceTo"))->date(), QDate(2026, 10, 31));
        auto *preview = page->findChild<QTextBrowser *>(QStringLiteral("invoicePreview"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("INV-T-1-20261001-20261031")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("$48.78")));
        auto *status = page->findChild<QLabel *>(QStringLiteral("invoiceStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("11 line(s)")), qPrintable(status->text()));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("invoiceSave"))->isEnabled());
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("invoicePrint"))->isEnabled());

        // Another range, then Get Invoice.
        page->findChild<QDateEdit *>(QStringLiteral("invoiceFrom"))->setDate(QDate(2026, 11, 1));
        page->findChild<QDateEdit *>(QStringLiteral("invoiceTo"))->setDate(QDate(2026, 11, 30));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("invoiceGenerate")), Qt::LeftButton);
        QCOMPARE(page->invoice()->number, QStringLiteral("INV-T-1-20261101-20261130"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("INV-T-1-20261101-20261130")));

        // A range that ends before it starts says so and offers nothing to save.
        page->findChild<QDateEdit *>(QStringLiteral("invoiceTo"))->setDate(QDate(2026, 10, 30));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("invoiceGenerate")), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("before")), qPrintable(status->text()));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("invoiceSave"))->isEnabled());

        // In French, whatever the interface's language: saved as a PDF.
        page->findChild<QDateEdit *>(QStringLiteral("invoiceFrom"))->setDate(QDate(2026, 10, 1));
        page->findChild<QDateEdit *>(QStringLiteral("invoiceTo"))->setDate(QDate(2026, 10, 31));
        auto *language = page->findChild<QComboBox *>(QStringLiteral("invoiceLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("invoiceGenerate")), Qt::LeftButton);
        const QString path = test.tempPath(QStringLiteral("gui.pdf"));
        QVERIFY(page->saveTo(path));
        QVERIFY2(PdfTools::text(path).contains(QStringLiteral("48,78 $")), qPrintable(PdfTools::text(path)));
        QVERIFY(status->text().contains(QStringLiteral("gui.pdf")));

        if (!qEnvironmentVariableIsEmpty("LINEDESK_SCREENSHOT_DIR"))
            tab.grab().save(QDir(qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR")).filePath(QStringLiteral("invoice-page.png")));
    }

    void canadianTaxProfile_data() { TestDatabase::addBackendRows(); }
    void canadianTaxProfile()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = InvoiceFixture::addCanadianAccount(test.connection(), QString(), QStringLiteral("America/Vancouver"));
        AccountSession session;
        session.setClock(clock());
        QVERIFY(session.open(test.location()).ok());
        QVERIFY(session.setAccount(account.id).ok());
        OfflinePaymentGateway gateway;
        InvoicePage page(Invoice::Kind::Canadian, &session, &gateway);
        page.resize(1000, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();

        auto *province = page.findChild<QComboBox *>(QStringLiteral("taxProvince"));
        auto *taxId = page.findChild<QLineEdit *>(QStringLiteral("taxProvincialId"));
        auto *form = page.findChild<QCheckBox *>(QStringLiteral("taxExemptionForm"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("canadianInvoiceStatus"));
        // The field exists only with the proper province set.
        const QList<QPair<QString, QPair<bool, bool>>> cases{
            {QString(), {false, false}}, {QStringLiteral("ON"), {false, false}}, {QStringLiteral("QC"), {false, false}},
            {QStringLiteral("BC"), {true, true}}, {QStringLiteral("MB"), {true, false}}, {QStringLiteral("SK"), {true, false}}};
        for (const auto &[code, visible] : cases) {
            province->setCurrentIndex(province->findData(code));
            QCOMPARE(taxId->isVisible(), visible.first);
            QCOMPARE(form->isVisible(), visible.second);
        }

        // A wrong ID is refused beside the form; a valid one is saved and exempts from PST.
        province->setCurrentIndex(province->findData(QStringLiteral("BC")));
        taxId->setText(QStringLiteral("12"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("taxSave")), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("PST-1234-5678")), qPrintable(status->text()));
        QCOMPARE(TaxProfile(session.connection(), account).load()->province, QString());
        taxId->setText(QStringLiteral("PST-1234-5678"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("taxSave")), Qt::LeftButton);
        auto saved = TaxProfile(session.connection(), account).load();
        QCOMPARE(saved->province, QStringLiteral("BC"));
        QCOMPARE(saved->provincialTaxId, QStringLiteral("PST-1234-5678"));

        // A deposit now records GST only; the Canadian invoice shows it with the ID and GST number.
        auto paid = AddFunds(session.connection(), session.account(), AccessRole::Owner, &gateway,
                             Clock::fixed(QDateTime(QDate(2026, 10, 5), QTime(18, 0), QTimeZone::utc())))
                        .byPayPal(Money(10000, QStringLiteral("CAD")));
        QVERIFY2(paid.ok(), qPrintable(paid.errorMessage()));
        page.refresh();
        QVERIFY(page.invoice().has_value());
        QCOMPARE(page.invoice()->totalPaid.minor(), qint64(10500));
        const QString preview = page.findChild<QTextBrowser *>(QStringLiteral("canadianInvoicePreview"))->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("PST-1234-5678")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("784512963 RT0001")));
        if (!qEnvironmentVariableIsEmpty("LINEDESK_SCREENSHOT_DIR"))
            page.grab().save(QDir(qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR")).filePath(QStringLiteral("canadian-invoice-page.png")));

        // An employee reads invoices but cannot change the tax profile.
        session.setRole(AccessRole::Employee);
        page.applyRole(false);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("taxSave"))->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("canadianInvoiceGenerate"))->isEnabled());
    }
};

QTEST_MAIN(TestInvoicePage)
#include "tst_invoicepage.moc"
