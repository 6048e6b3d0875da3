#include "clirunner.h"
#include "invoicefixture.h"
#include "pdftools.h"
#include "testdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// linedesk-cli invoice: one invoice to a PDF (standard, Canadian, in French), usage errors that exit
// 2 and write nothing, and the batch for admins with one failing account that does not stop the others.
class TestInvoiceCli final : public QObject
{
    Q_OBJECT

    static QStringList base(TestDatabase &test)
    {
        return {QStringLiteral("--db"), test.cliArgument(), QStringLiteral("--now=2026-11-23T10:00:00-05:00")};
    }
    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList result;
        for (const char *item : items)
            result << QString::fromUtf8(item);
        return result;
    }
    static QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

private slots:
    void single_data() { TestDatabase::addBackendRows(); }
    void single()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        InvoiceFixture::October october;
        QVERIFY(InvoiceFixture::addOctober(test.connection(), &october));
        const QString pdf = test.tempPath(QStringLiteral("october.pdf"));

        const CliRun run = runCli(base(test) + QStringList{QStringLiteral("--format=json"), QStringLiteral("invoice"), QStringLiteral("--from"),
                                                            QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                                                            QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = json(run);
        QCOMPARE(result.value(QStringLiteral("invoice")).toString(), QStringLiteral("INV-T-1-20261001-20261031"));
        QCOMPARE(result.value(QStringLiteral("lines")).toInt(), 11);
        QCOMPARE(result.value(QStringLiteral("total")).toString(), QStringLiteral("-51.22"));
        QCOMPARE(result.value(QStringLiteral("file")).toString(), QFileInfo(pdf).absoluteFilePath());
        const QString text = PdfTools::text(pdf);
        QVERIFY2(text.contains(QStringLiteral("Closing balance $48.78")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Opening balance $100.00")));
        QVERIFY(text.contains(QStringLiteral("Harbour & Sons Ltd")));
        QCOMPARE(PdfTools::infoField(pdf, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));

        // --lang fr: the messages and the invoice in French.
        const QString french = test.tempPath(QStringLiteral("octobre.pdf"));
        const CliRun fr = runCli(base(test) + QStringList{QStringLiteral("invoice"), QStringLiteral("--from=2026-10-01"), QStringLiteral("--to=2026-10-31"),
                                                           QStringLiteral("--out"), french, QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(fr.exitCode == 0, fr.err.constData());
        const QString frText = PdfTools::text(french);
        QVERIFY2(frText.contains(QStringLiteral("48,78 $")), qPrintable(frText));
        QVERIFY2(frText.contains(QStringLiteral("octobre 2026")), qPrintable(frText));

        // The Canadian kind lists deposits only.
        const QString canadian = test.tempPath(QStringLiteral("canadian.pdf"));
        const CliRun ca = runCli(base(test) + QStringList{QStringLiteral("--format=json"), QStringLiteral("invoice"), QStringLiteral("--month=2026-10"),
                                                           QStringLiteral("--kind=canadian"), QStringLiteral("--out"), canadian});
        QVERIFY2(ca.exitCode == 0, ca.err.constData());
        QCOMPARE(json(ca).value(QStringLiteral("invoice")).toString(), QStringLiteral("CAN-T-1-20261001-20261031"));
        QCOMPARE(json(ca).value(QStringLiteral("lines")).toInt(), 1);
        QCOMPARE(json(ca).value(QStringLiteral("total")).toString(), QStringLiteral("25.00"));
        QVERIFY(!PdfTools::text(canadian).contains(QStringLiteral("Monthly DID charges")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--out=OUT");
        QTest::newRow("no dates") << (list({}) << out) << "--from DATE and --to DATE are required";
        QTest::newRow("bad date") << (list({"--from=2026-13-01", "--to=2026-10-31"}) << out) << "--from “2026-13-01” is not a date";
        QTest::newRow("reversed") << (list({"--from=2026-10-31", "--to=2026-10-01"}) << out) << "--to 2026-10-01 is before --from 2026-10-31";
        QTest::newRow("no out") << list({"--from=2026-10-01", "--to=2026-10-31"}) << "--out FILE.pdf is required";
        QTest::newRow("bad kind") << (list({"--from=2026-10-01", "--to=2026-10-31", "--kind=quarterly"}) << out) << "--kind “quarterly”";
        QTest::newRow("bad month") << (list({"--month=2026-1"}) << out) << "--month “2026-1” is not a month";
        QTest::newRow("month and dates") << (list({"--month=2026-10", "--from=2026-10-01"}) << out) << "either --month or --from";
        QTest::newRow("batch without folder") << list({"--month=2026-10", "--all-accounts"}) << "--all-accounts needs --out-dir";
        QTest::newRow("missing folder") << list({"--month=2026-10", "--out=/nonexistent-folder/x.pdf"}) << "does not exist";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        InvoiceFixture::October october;
        QVERIFY(InvoiceFixture::addOctober(test.connection(), &october));
        const QString out = test.tempPath(QStringLiteral("out.pdf"));
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        const CliRun run = runCli(base(test) + QStringList{QStringLiteral("invoice")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void batch_data() { TestDatabase::addBackendRows(); }
    void batch()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        InvoiceFixture::October first;
        InvoiceFixture::October broken;
        InvoiceFixture::October third;
        QVERIFY(InvoiceFixture::addOctober(db, &first, QStringLiteral("A-1")));
        QVERIFY(InvoiceFixture::addOctober(db, &broken, QStringLiteral("A-2")));
        QVERIFY(InvoiceFixture::addOctober(db, &third, QStringLiteral("A-3")));
        // The second account's time zone is damaged: its invoice fails, the others are written.
        Sql::exec(db, QStringLiteral("UPDATE accounts SET timezone = 'Mars/Olympus' WHERE id = ?"), {broken.account.id}).value();
        const QString dir = test.tempPath(QStringLiteral("invoices"));

        const CliRun run = runCli(base(test) + QStringList{QStringLiteral("invoice"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                                                            QStringLiteral("--all-accounts"), QStringLiteral("--out-dir"), dir});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("[1/3] A-1: INV-A-1-20261001-20261031.pdf")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("[2/3] A-2: FAILED:")) && err.contains(QStringLiteral("Mars/Olympus")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("[3/3] A-3: INV-A-3-20261001-20261031.pdf")), qPrintable(err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("2 invoices written to %1; 1 failed.").arg(QDir(dir).absolutePath())), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Failed: A-2:")), qPrintable(out));
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files),
                 (QStringList{QStringLiteral("INV-A-1-20261001-20261031.pdf"), QStringLiteral("INV-A-3-20261001-20261031.pdf")}));
        QVERIFY(PdfTools::text(QDir(dir).filePath(QStringLiteral("INV-A-3-20261001-20261031.pdf"))).contains(QStringLiteral("Closing balance $48.78")));

        // JSON for scripts: the files and the failures with their reasons.
        const CliRun again = runCli(base(test) + QStringList{QStringLiteral("--format=json"), QStringLiteral("invoice"), QStringLiteral("--month=2026-10"),
                                                              QStringLiteral("--all-accounts"), QStringLiteral("--out-dir"), dir});
        QCOMPARE(again.exitCode, 1);
        const QJsonObject summary = json(again);
        QCOMPARE(summary.value(QStringLiteral("written")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("failures")).toArray().first()[QStringLiteral("account")].toString(), QStringLiteral("A-2"));

        // Repaired, the batch succeeds.
        Sql::exec(db, QStringLiteral("UPDATE accounts SET timezone = 'America/New_York' WHERE id = ?"), {broken.account.id}).value();
        const CliRun fixed = runCli(base(test) + QStringList{QStringLiteral("invoice"), QStringLiteral("--month=2026-10"), QStringLiteral("--all-accounts"),
                                                              QStringLiteral("--out-dir"), dir});
        QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceCli)
#include "tst_invoicecli.moc"
