#include "reportfixture.h"
#include "../invoices/pdftools.h"

#include "reports/cdrimporter.h"
#include "reports/reportcsvwriter.h"
#include "reports/reportdocument.h"
#include "reports/reportrepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace ReportFixture;

class TestReportExport final : public QObject
{
    Q_OBJECT

private:
    static ReportQuery november()
    {
        ReportQuery query;
        query.from = QDate(2026, 10, 31);
        query.to = QDate(2026, 11, 23);
        return query;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void csvReadBack_data() { TestDatabase::addBackendRows(); }
    void csvReadBack()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection());
        ReportRepository repository(test.connection(), account);
        const QString path = test.tempPath(QStringLiteral("calls.csv"));
        QVERIFY(ReportCsvWriter::writeFile(path, repository, november()).ok());
        const QByteArray csv = readAll(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "start_utc,did,caller,disposition,duration_s,charge\r\n"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size(), 11); // header, nine calls, the empty piece after the last CRLF
        QCOMPARE(lines.at(1), QByteArray("2026-10-31T12:00:00Z,+15145550100,+15145551000,answered,120,0.01\r"));
        QCOMPARE(lines.at(8), QByteArray("2026-11-23T15:00:00Z,+18005550199,+15145551006,outbound,300,0.15\r"));

        // The export is the import format: reading it into an empty account gives the same report.
        TestDatabase other;
        QVERIFY(other.createAndOpen(backend));
        const Account copy = seed(other.connection(), false);
        const auto imported = CdrImporter(other.connection(), copy).importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->imported, qint64(9));
        ReportQuery grouped = november();
        grouped.grouping = ReportQuery::Grouping::Did;
        const auto before = repository.groups(grouped).value();
        const auto after = ReportRepository(other.connection(), copy).groups(grouped).value();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).key, before.at(i).key);
            QCOMPARE(after.at(i).totals.calls, before.at(i).totals.calls);
        }

        // Grouped: key,calls,duration_s,charge with money as decimal strings.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        grouped.type = ReportQuery::CallType::Answered;
        QCOMPARE(ReportCsvWriter::write(&buffer, repository, grouped, false).value(), qint64(2));
        QCOMPARE(buffer.data(), QByteArray("key,calls,duration_s,charge\r\n+15145550100,1,120,0.01\r\n+15145550101,1,61,0.01\r\n"));
    }

    void csvQuoting()
    {
        QCOMPARE(ReportCsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(ReportCsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(ReportCsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    }

    void pdfReadBack_data() { TestDatabase::addBackendRows(); }
    void pdfReadBack()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        ReportRepository repository(test.connection(), seed(test.connection()));
        ReportQuery query = november();
        query.type = ReportQuery::CallType::Missed;
        query.grouping = ReportQuery::Grouping::Day;
        QImage chart(400, 200, QImage::Format_RGB32);
        chart.fill(Qt::white);
        const QString path = test.tempPath(QStringLiteral("report.pdf"));
        QVERIFY(ReportDocument::writePdf(path, repository, query, chart).ok());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Call report — Reports Inc.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Call type: Missed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Calls: 4 · Minutes: 0.0 · Cost: $0.00")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("10/31/26 1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("11/1/26 3")), qPrintable(text));

        query.grouping = ReportQuery::Grouping::None;
        query.type = ReportQuery::CallType::Answered;
        QVERIFY(ReportDocument::writePdf(path, repository, query).ok());
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString calls = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(calls.contains(QLatin1String("+1 514-555-1005")), qPrintable(calls));
        QVERIFY2(calls.contains(QStringLiteral("Calls: 2 · Minutes: 3.0 · Cost: $0.02")), qPrintable(calls));
    }

    // The PDF tells its progress up to 100 % and stops when told to: a stopped export writes nothing
    // and leaves a file of that name as it was. Totals the caller has already summed are printed as
    // given (the tab passes its own; they are not read again).
    void pdfProgressAndStop_data() { TestDatabase::addBackendRows(); }
    void pdfProgressAndStop()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        ReportRepository repository(test.connection(), seed(test.connection()));
        ReportQuery query = november();
        const QString path = test.tempPath(QStringLiteral("report.pdf"));
        QList<int> seen;
        QVERIFY(ReportDocument::writePdf(path, repository, query, QImage(), std::nullopt, [&seen](int percent) {
                    seen << percent;
                    return true;
                }).ok());
        QVERIFY(seen.size() >= 4); // read, built, laid out, each page
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), 100);

        ReportTotals given;
        given.calls = 1234;
        given.durationS = 600;
        given.chargeMicro = 1250000;
        QVERIFY(ReportDocument::writePdf(path, repository, query, QImage(), given).ok());
        QVERIFY(readAll(path).startsWith("%PDF"));
        const QString read = PdfTools::text(path).simplified();
        QVERIFY2(read.contains(QStringLiteral("Calls: 1,234 · Minutes: 10.0 · Cost: $1.25")), qPrintable(read));

        for (const int stopAt : {20, 40, 100}) { // after the totals, after the rows, on the last page
            QFile older(path);
            QVERIFY(older.open(QIODevice::WriteOnly));
            older.write("an older report");
            older.close();
            const auto stopped = ReportDocument::writePdf(path, repository, query, QImage(), std::nullopt,
                                                          [stopAt](int percent) { return percent < stopAt; });
            QVERIFY(!stopped);
            QCOMPARE(stopped.errorMessage(), QStringLiteral("The export was cancelled; no file was written."));
            QCOMPARE(readAll(path), QByteArray("an older report"));
        }
        QCOMPARE(QDir(test.tempPath(QString())).entryList({QStringLiteral("report.pdf*")}, QDir::Files), QStringList{QStringLiteral("report.pdf")});
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
