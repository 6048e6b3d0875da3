#include "reportfixture.h"

#include "reports/cdrimporter.h"
#include "testdatabase.h"

#include <QTest>

using namespace ReportFixture;

class TestCdrImporter final : public QObject
{
    Q_OBJECT

private:
    static qint64 callCount(const QSqlDatabase &db) { return Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls"))->toLongLong(); }
    static QByteArray goodFile()
    {
        return QByteArray("start_utc,did,caller,disposition,duration_s,charge\r\n"
                          "2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,125,0.25\r\n"
                          "2026-11-20T15:00:00Z,+15145550101,anonymous,missed,0,0\r\n"
                          "2026-11-21T09:30:00Z,+18005550199,+33142685300,outbound,60,1.000500\r\n"
                          "\"2026-11-21T10:00:00Z\",+15145550100,+15145551001,voicemail,31,0.02\r\n");
    }

private slots:
    void importsAndIsIdempotent_data() { TestDatabase::addBackendRows(); }
    void importsAndIsIdempotent()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection(), false);
        CdrImporter importer(test.connection(), account);
        QList<int> reported;
        const auto first = importer.importData(goodFile(), [&](int percent) { reported << percent; return true; });
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->rows, qint64(4));
        QCOMPARE(first->imported, qint64(4));
        QCOMPARE(first->duplicates, qint64(0));
        QCOMPARE(reported.constLast(), 100);
        QCOMPARE(callCount(test.connection()), qint64(4));

        auto row = Sql::exec(test.connection(), QStringLiteral("SELECT c.started_at, c.caller, c.disposition, c.duration_s, c.charge_micro, "
                                                                "c.currency, n.e164 FROM calls c JOIN numbers n ON n.id = c.number_id "
                                                                "WHERE c.did = ? ORDER BY c.started_at"),
                             {kC});
        QVERIFY(row.value().next());
        QCOMPARE(row->value(0).toLongLong(), epoch("2026-11-21T09:30:00Z"));
        QCOMPARE(row->value(1).toString(), QStringLiteral("+33142685300"));
        QCOMPARE(row->value(2).toString(), QStringLiteral("outbound"));
        QCOMPARE(row->value(3).toInt(), 60);
        QCOMPARE(row->value(4).toLongLong(), qint64(1000500));
        QCOMPARE(row->value(5).toString(), QStringLiteral("USD"));
        QCOMPARE(row->value(6).toString(), kC);

        // The same rows again, plus one new: only the new one is written.
        const QByteArray again = goodFile() + "2026-11-22T10:00:00Z,+15145550100,+15145551002,missed,0,0\n";
        const auto second = importer.importData(again);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(second->imported, qint64(1));
        QCOMPARE(second->duplicates, qint64(4));
        QCOMPARE(callCount(test.connection()), qint64(5));
    }

    void rejectsBadRows_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        const QStringList backends = TestDatabase::backends();
        for (const QString &backend : backends) {
            const auto row = [&](const char *name) { return &QTest::newRow(qPrintable(backend + QLatin1Char(' ') + QLatin1String(name))); };
            *row("unknown number") << backend << QByteArray("2026-11-20T14:00:00Z,+15145559999,+15145551000,answered,1,0") << "unknown number";
            *row("bad date") << backend << QByteArray("2026-13-20T14:00:00Z,+15145550100,+15145551000,answered,1,0") << "bad date";
            *row("date without a zone") << backend << QByteArray("2026-11-20 14:00,+15145550100,+15145551000,answered,1,0") << "bad date";
            *row("unknown disposition") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,ringing,1,0")
                                        << "unknown disposition";
            *row("negative duration") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,-5,0")
                                      << "negative duration";
            *row("decimal comma in charge") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,5,1,5") << "expected 6 fields";
            *row("charge with letters") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,5,abc") << "bad charge";
            *row("negative charge") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,5,-0.10") << "bad charge";
            *row("too precise charge") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,5,0.0000001")
                                       << "bad charge";
            *row("bad caller") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,5551000,answered,5,0") << "bad caller";
        }
    }
    void rejectsBadRows()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        CdrImporter importer(test.connection(), seed(test.connection(), false));
        // The bad row is line 4, after two good ones: nothing at all is written.
        const QByteArray file = goodFile().left(goodFile().indexOf("2026-11-21T09:30")) + row + "\r\n" + goodFile().mid(goodFile().indexOf("2026-11-21T09:30"));
        const auto result = importer.importData(file);
        QCOMPARE(result.errorKind(), Error::Kind::InvalidInput);
        QVERIFY2(result.errorMessage().startsWith(QLatin1String("Line 4: ")), qPrintable(result.errorMessage()));
        QVERIFY2(result.errorMessage().contains(reason), qPrintable(result.errorMessage()));
        QCOMPARE(callCount(test.connection()), qint64(0));
    }

    void rejectsBadHeaderAndRole()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = seed(test.connection(), false);
        const auto header = CdrImporter(test.connection(), account).importData("when,did\n");
        QVERIFY(header.errorMessage().startsWith(QLatin1String("Line 1: ")));
        QCOMPARE(CdrImporter(test.connection(), account).importData("").errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(CdrImporter(test.connection(), account, AccessRole::Employee).importData(goodFile()).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(callCount(test.connection()), qint64(0));
    }

    void cancelWritesNothing()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        CdrImporter importer(test.connection(), seed(test.connection(), false));
        const auto result = importer.importData(goodFile(), [](int percent) { return percent < 80; });
        QVERIFY(!result.ok());
        QCOMPARE(callCount(test.connection()), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCdrImporter)
#include "tst_cdrimporter.moc"
