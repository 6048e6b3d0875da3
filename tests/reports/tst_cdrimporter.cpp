#include "reportfixture.h"

#include "reports/cdrimporter.h"
#include "reports/cdrimportrunner.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ReportFixture;

class TestCdrImporter final : public QObject
{
    Q_OBJECT

private:
    // rows calls a minute apart from 2026-10-01, alternately missed on A and answered on B.
    static QByteArray minuteCalls(int rows)
    {
        QByteArray file("start_utc,did,caller,disposition,duration_s,charge\n");
        const qint64 base = epoch("2026-10-01T00:00:00Z");
        for (int i = 0; i < rows; ++i) {
            file += QDateTime::fromSecsSinceEpoch(base + i * 60, QTimeZone::utc()).toString(Qt::ISODate).toLatin1()
                    + (i % 2 ? ",+15145550100,+14385551000,missed,0,0\n" : ",+15145550101,+14385551000,answered,42,0.05\n");
        }
        return file;
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

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

    // RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark, a blank line and a last line without
    // a line end: the values come out as if the file were plain.
    void readsQuotesCrlfAndBom_data() { TestDatabase::addBackendRows(); }
    void readsQuotesCrlfAndBom()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection(), false);
        const QByteArray file("\xEF\xBB\xBF"
                              "start_utc,did,caller,disposition,duration_s,charge\r\n"
                              "2026-11-20T14:00:00Z,\"+15145550100\",\"+15145551000\",\"answered\",125,\"0.25\"\r\n"
                              "\r\n"
                              "2026-11-20T15:00:00Z,+15145550101,anonymous,missed,0,0");
        const auto summary = CdrImporter(test.connection(), account).importData(file);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->rows, qint64(2));
        QCOMPARE(summary->imported, qint64(2));
        auto rows = Sql::exec(test.connection(), QStringLiteral("SELECT did, caller, disposition, started_at, duration_s, charge_micro "
                                                                 "FROM calls ORDER BY started_at"));
        QVERIFY(rows.value().next());
        QCOMPARE(rows->value(0).toString(), kA);
        QCOMPARE(rows->value(1).toString(), QStringLiteral("+15145551000"));
        QCOMPARE(rows->value(2).toString(), QStringLiteral("answered"));
        QCOMPARE(rows->value(3).toLongLong(), epoch("2026-11-20T14:00:00Z"));
        QCOMPARE(rows->value(4).toInt(), 125);
        QCOMPARE(rows->value(5).toLongLong(), qint64(250000));
        QVERIFY(rows.value().next());
        QCOMPARE(rows->value(0).toString(), kB);
        QCOMPARE(rows->value(1).toString(), QStringLiteral("anonymous"));
        QCOMPARE(rows->value(2).toString(), QStringLiteral("missed"));
        QCOMPARE(rows->value(5).toLongLong(), qint64(0));
        QVERIFY(!rows.value().next());
    }

    // A comma inside quotes belongs to its field: the row is judged on that field, not miscounted.
    void quotedCommaStaysInItsField_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        const QStringList backends = TestDatabase::backends();
        for (const QString &backend : backends) {
            const auto row = [&](const char *name) { return &QTest::newRow(qPrintable(backend + QLatin1Char(' ') + QLatin1String(name))); };
            *row("quoted decimal comma") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,5,\"1,5\"")
                                         << QStringLiteral("Line 3: bad charge “1,5”");
            *row("quoted comma in the number") << backend << QByteArray("2026-11-20T14:00:00Z,\"+1514555,0100\",+15145551000,answered,5,0")
                                               << QStringLiteral("Line 3: unknown number “+1514555,0100”");
            *row("escaped quote") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,\"+1514\"\"5551000\",answered,5,0")
                                  << QStringLiteral("Line 3: bad caller “+1514\"5551000”");
            *row("unterminated quote") << backend << QByteArray("2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,5,\"0.25")
                                       << QStringLiteral("Line 3: expected 6 fields");
        }
    }
    void quotedCommaStaysInItsField()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QByteArray file = QByteArray("start_utc,did,caller,disposition,duration_s,charge\n"
                                           "2026-11-20T13:00:00Z,+15145550100,+15145551000,answered,5,0\n")
                                + row + '\n';
        const auto result = CdrImporter(test.connection(), seed(test.connection(), false)).importData(file);
        QCOMPARE(result.errorKind(), Error::Kind::InvalidInput);
        QVERIFY2(result.errorMessage().startsWith(message), qPrintable(result.errorMessage()));
        QCOMPARE(callCount(test.connection()), qint64(0));
    }

    // Instants with a UTC offset on both sides of the New York DST changes: an hour that repeats
    // locally is two different instants, and one instant written two ways is one call.
    void instantsWithOffsetsAcrossDst_data() { TestDatabase::addBackendRows(); }
    void instantsWithOffsetsAcrossDst()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection(), false);
        const QByteArray file("start_utc,did,caller,disposition,duration_s,charge\n"
                              "2026-03-08T01:59:59-05:00,+15145550100,+15145551000,missed,0,0\n"
                              "2026-03-08T03:00:00-04:00,+15145550100,+15145551000,missed,0,0\n"
                              "2026-11-01T01:30:00-04:00,+15145550100,+15145551000,missed,0,0\n"
                              "2026-11-01T01:30:00-05:00,+15145550100,+15145551000,missed,0,0\n"
                              "2026-11-01T06:30:00Z,+15145550100,+15145551000,answered,10,0\n"
                              "2026-11-01T12:45:00+05:45,+15145550100,+15145551000,missed,0,0\n");
        const auto summary = CdrImporter(test.connection(), account).importData(file);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->rows, qint64(6));
        QCOMPARE(summary->imported, qint64(5));
        QCOMPARE(summary->duplicates, qint64(1));
        auto rows = Sql::exec(test.connection(), QStringLiteral("SELECT started_at, disposition FROM calls ORDER BY started_at"));
        QList<qint64> starts;
        QStringList dispositions;
        while (rows.value().next()) {
            starts << rows->value(0).toLongLong();
            dispositions << rows->value(1).toString();
        }
        QCOMPARE(starts, (QList<qint64>{epoch("2026-03-08T06:59:59Z"), epoch("2026-03-08T07:00:00Z"), epoch("2026-11-01T05:30:00Z"),
                                        epoch("2026-11-01T06:30:00Z"), epoch("2026-11-01T07:00:00Z")}));
        QCOMPARE(dispositions.at(3), QStringLiteral("missed")); // the first of the two ways of writing 06:30Z wins
    }

    // More rows than one INSERT statement holds, out of time order, with calls repeated inside the
    // file: every batch's skipped rows are counted, and the first of two identical calls is kept.
    void repeatedCallsAcrossBatches_data() { TestDatabase::addBackendRows(); }
    void repeatedCallsAcrossBatches()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection(), false);
        QByteArray file("start_utc,did,caller,disposition,duration_s,charge\n");
        const qint64 base = epoch("2026-11-01T00:00:00Z");
        qint64 totalDuration = 0;
        int unique = 0;
        for (int i = 7603; i > 0; --i) { // many statements of 500 rows and a partial one
            const QByteArray start = QDateTime::fromSecsSinceEpoch(base + i * 60, QTimeZone::utc()).toString(Qt::ISODate).toLatin1();
            const QByteArray did = i % 2 ? "+15145550100" : "+15145550101";
            file += start + ',' + did + ",+1438555" + QByteArray::number(1000 + i % 7) + ",answered," + QByteArray::number(i) + ",0.01\n";
            totalDuration += i;
            ++unique;
            if (i % 100 == 0) // the same call again, told differently: not imported
                file += start + ',' + did + ",+1438555" + QByteArray::number(1000 + i % 7) + ",missed,0,0\n";
        }
        CdrImporter importer(test.connection(), account);
        const auto first = importer.importData(file);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->rows, qint64(unique + 76));
        QCOMPARE(first->imported, qint64(unique));
        QCOMPARE(first->duplicates, qint64(76));
        QCOMPARE(callCount(test.connection()), qint64(unique));
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT SUM(duration_s) FROM calls"))->toLongLong(), totalDuration);
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT COUNT(*) FROM calls WHERE disposition = 'missed'"))->toLongLong(), qint64(0));
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT SUM(charge_micro) FROM calls"))->toLongLong(), qint64(unique) * 10000);

        const auto again = importer.importData(file);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->imported, qint64(0));
        QCOMPARE(again->duplicates, qint64(unique + 76));
        QCOMPARE(callCount(test.connection()), qint64(unique));
    }

    // Cancelled in the middle of writing (progress comes every 50 000 rows): nothing is written, the
    // connection keeps working, and the import's SQLite settings are put back (CHECK constraints hold
    // again for every other writer).
    void cancelWhileWritingWritesNothing_data() { TestDatabase::addBackendRows(); }
    void cancelWhileWritingWritesNothing()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        CdrImporter importer(test.connection(), seed(test.connection(), false));
        const QByteArray file = minuteCalls(60000);
        QList<int> reported;
        const auto cancelled = importer.importData(file, [&](int percent) {
            reported << percent;
            return percent <= 30;
        });
        QCOMPARE(cancelled.errorMessage(), QStringLiteral("The import was cancelled; nothing was written."));
        QVERIFY2(reported.constLast() > 30 && reported.constLast() < 90, qPrintable(QString::number(reported.constLast())));
        QCOMPARE(callCount(test.connection()), qint64(0));

        const auto done = importer.importData(file);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->imported, qint64(60000));
        QCOMPARE(callCount(test.connection()), qint64(60000));
        const auto bogus = Sql::exec(test.connection(), QStringLiteral("INSERT INTO calls (account_id, did, caller, disposition, started_at, "
                                                                       "duration_s, charge_micro, currency) SELECT account_id, did, caller, "
                                                                       "'bogus', started_at + 1, duration_s, charge_micro, currency FROM calls LIMIT 1"));
        QVERIFY(!bogus.ok());
        QCOMPARE(callCount(test.connection()), qint64(60000));
    }

    // File → Import Calls… runs the importer on CdrImportRunner's thread: progress and the summary
    // come back in the caller's thread; one import at a time; Cancel while the rows are being written
    // (the worker held at its first write by a lock another connection keeps meanwhile) rolls back.
    void runnerImportsOnAWorkerAndCancels_data() { TestDatabase::addBackendRows(); }
    void runnerImportsOnAWorkerAndCancels()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection(), false);
        const QString small = test.tempPath(QStringLiteral("small.csv"));
        const QString big = test.tempPath(QStringLiteral("big.csv"));
        QVERIFY(writeFile(small, goodFile()));
        QVERIFY(writeFile(big, minuteCalls(60000)));

        CdrImportRunner runner;
        QSignalSpy progress(&runner, &CdrImportRunner::progress);
        QSignalSpy imported(&runner, &CdrImportRunner::imported);
        QSignalSpy failed(&runner, &CdrImportRunner::failed);
        QVERIFY(runner.start(test.location(), account, AccessRole::Owner, small));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(test.location(), account, AccessRole::Owner, small)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).value<CdrImporter::Summary>().imported, qint64(4));
        QCOMPARE(progress.constLast().at(0).toInt(), 100);
        QCOMPARE(callCount(test.connection()), qint64(4));

        // Held at its first write into calls until Cancel was pressed.
        const bool server = backend != QLatin1String("sqlite");
        QVERIFY(Sql::exec(test.connection(), server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")).ok());
        if (server)
            QVERIFY(Sql::exec(test.connection(), QStringLiteral("LOCK TABLE calls IN ACCESS EXCLUSIVE MODE")).ok());
        progress.clear();
        imported.clear();
        QVERIFY(runner.start(test.location(), account, AccessRole::Owner, big));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().at(0).toInt() >= 30, 30000);
        runner.cancel();
        QVERIFY(Sql::exec(test.connection(), QStringLiteral("ROLLBACK")).ok());
        QVERIFY(failed.wait(30000));
        QVERIFY(imported.isEmpty());
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("The import was cancelled; nothing was written."));
        QCOMPARE(callCount(test.connection()), qint64(4));
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
