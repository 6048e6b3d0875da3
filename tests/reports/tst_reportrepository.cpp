#include "reportfixture.h"

#include "reports/reportrepository.h"
#include "reports/reportwindow.h"
#include "reports/routingcoverage.h"
#include "reports/savedreportrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace ReportFixture;

class TestReportRepository final : public QObject
{
    Q_OBJECT

private:
    static QString groupsText(const QList<ReportGroup> &groups)
    {
        QStringList parts;
        for (const ReportGroup &group : groups)
            parts << QStringLiteral("%1=%2").arg(group.key).arg(group.totals.calls);
        return parts.join(QLatin1Char(';'));
    }

private slots:
    void window_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("earliest");
        QTest::newRow("same day six months back") << QDate(2026, 11, 23) << QDate(2026, 5, 23);
        QTest::newRow("clamped to February's end") << QDate(2026, 8, 31) << QDate(2026, 2, 28);
        QTest::newRow("clamped to a leap February") << QDate(2028, 8, 31) << QDate(2028, 2, 29);
        QTest::newRow("clamped to a 30-day month") << QDate(2026, 12, 31) << QDate(2026, 6, 30);
        QTest::newRow("across the new year") << QDate(2027, 3, 15) << QDate(2026, 9, 15);
    }
    void window()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, earliest);
        QCOMPARE(ReportWindow::earliestFrom(today), earliest);
        QVERIFY(ReportWindow::validate(earliest, today, today).ok());
        const auto refused = ReportWindow::validate(earliest.addDays(-1), today, today);
        QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
        QVERIFY2(refused.errorMessage().contains(earliest.toString(Qt::ISODate)), qPrintable(refused.errorMessage()));
        QCOMPARE(ReportWindow::validate(today, today.addDays(-1), today).errorKind(), Error::Kind::InvalidInput);
    }

    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        // Monday 2026-11-23.
        QTest::newRow("today") << int(ReportWindow::Preset::Today) << QDate(2026, 11, 23) << QDate(2026, 11, 23);
        QTest::newRow("yesterday") << int(ReportWindow::Preset::Yesterday) << QDate(2026, 11, 22) << QDate(2026, 11, 22);
        QTest::newRow("this week") << int(ReportWindow::Preset::ThisWeek) << QDate(2026, 11, 23) << QDate(2026, 11, 23);
        QTest::newRow("last week") << int(ReportWindow::Preset::LastWeek) << QDate(2026, 11, 16) << QDate(2026, 11, 22);
        QTest::newRow("this month") << int(ReportWindow::Preset::ThisMonth) << QDate(2026, 11, 1) << QDate(2026, 11, 23);
        QTest::newRow("last month") << int(ReportWindow::Preset::LastMonth) << QDate(2026, 10, 1) << QDate(2026, 10, 31);
        QTest::newRow("last 6 months") << int(ReportWindow::Preset::LastSixMonths) << QDate(2026, 5, 23) << QDate(2026, 11, 23);
    }
    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto range = ReportWindow::range(ReportWindow::Preset(preset), kToday);
        QCOMPARE(range.first, from);
        QCOMPARE(range.second, to);
        QVERIFY(ReportWindow::validate(range.first, range.second, kToday).ok());
    }

    void queries_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("dids");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("grouping");
        QTest::addColumn<qint64>("calls");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<qint64>("charge");
        QTest::addColumn<QString>("groups");
        const QStringList backends = TestDatabase::backends();
        for (const QString &backend : backends) {
            const auto row = [&](const char *name) { return &QTest::newRow(qPrintable(backend + QLatin1Char(' ') + QLatin1String(name))); };
            // The DST day (25 hours): local midnight is 04:00Z on Nov 1 and 05:00Z on Nov 2.
            *row("DST day, all types") << backend << QDate(2026, 11, 1) << QDate(2026, 11, 1) << QStringList() << "all" << "none"
                                       << qint64(4) << qint64(30) << qint64(2500) << QString();
            *row("missed by day around DST") << backend << QDate(2026, 10, 31) << QDate(2026, 11, 2) << QStringList() << "missed" << "day"
                                             << qint64(4) << qint64(0) << qint64(0) << "2026-10-31=1;2026-11-01=3";
            *row("DST day by hour: 01 twice") << backend << QDate(2026, 11, 1) << QDate(2026, 11, 1) << QStringList() << "all" << "hour"
                                              << qint64(4) << qint64(30) << qint64(2500) << "00=1;01=2;23=1";
            *row("answered") << backend << QDate(2026, 10, 31) << QDate(2026, 11, 23) << QStringList() << "answered" << "none"
                             << qint64(2) << qint64(181) << qint64(15050) << QString();
            *row("one number") << backend << QDate(2026, 10, 1) << QDate(2026, 11, 23) << QStringList{kB} << "all" << "did"
                               << qint64(3) << qint64(61) << qint64(5050) << QStringLiteral("%1=3").arg(kB);
            *row("two numbers") << backend << QDate(2026, 10, 1) << QDate(2026, 11, 23) << QStringList{kB, kC} << "all" << "did"
                                << qint64(4) << qint64(361) << qint64(155050) << QStringLiteral("%1=3;%2=1").arg(kB, kC);
            *row("by number") << backend << QDate(2026, 10, 31) << QDate(2026, 11, 23) << QStringList() << "all" << "did"
                              << qint64(9) << qint64(511) << qint64(167550) << QStringLiteral("%1=5;%2=3;%3=1").arg(kA, kB, kC);
            *row("outbound and blocked") << backend << QDate(2026, 11, 23) << QDate(2026, 11, 23) << QStringList() << "outbound" << "none"
                                         << qint64(1) << qint64(300) << qint64(150000) << QString();
            *row("blocked") << backend << QDate(2026, 11, 23) << QDate(2026, 11, 23) << QStringList() << "blocked" << "day"
                            << qint64(1) << qint64(0) << qint64(0) << "2026-11-23=1";
            *row("voicemail") << backend << QDate(2026, 5, 23) << QDate(2026, 11, 23) << QStringList() << "voicemail" << "none"
                              << qint64(1) << qint64(30) << qint64(2500) << QString();
            *row("six months of missed calls") << backend << QDate(2026, 5, 23) << QDate(2026, 11, 23) << QStringList() << "missed" << "day"
                                               << qint64(5) << qint64(0) << qint64(0) << "2026-05-23=1;2026-10-31=1;2026-11-01=3";
        }
    }
    void queries()
    {
        QFETCH(QString, backend);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, dids);
        QFETCH(QString, type);
        QFETCH(QString, grouping);
        QFETCH(qint64, calls);
        QFETCH(qint64, duration);
        QFETCH(qint64, charge);
        QFETCH(QString, groups);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        ReportRepository repository(test.connection(), seed(test.connection()));
        ReportQuery query;
        query.from = from;
        query.to = to;
        query.dids = dids;
        QVERIFY(ReportQuery::parseType(type, &query.type));
        QVERIFY(ReportQuery::parseGrouping(grouping, &query.grouping));
        QVERIFY(repository.validate(query, kToday).ok());

        const ReportTotals totals = repository.totals(query).value();
        QCOMPARE(totals.calls, calls);
        QCOMPARE(totals.durationS, duration);
        QCOMPARE(totals.chargeMicro, charge);
        QCOMPARE(repository.count(query).value(), calls);
        const QList<ReportGroup> rows = repository.groups(query).value();
        QCOMPARE(groupsText(rows), groups);
        if (query.grouping != ReportQuery::Grouping::None) {
            ReportTotals sum;
            for (const ReportGroup &group : rows)
                sum += group.totals;
            QCOMPARE(sum, totals); // totals equal the sum of the rows
        }
    }

    void refusals_data() { TestDatabase::addBackendRows(); }
    void refusals()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        ReportRepository repository(test.connection(), seed(test.connection()));
        ReportQuery query;
        query.from = QDate(2026, 5, 22);
        query.to = kToday;
        const auto tooEarly = repository.validate(query, kToday);
        QCOMPARE(tooEarly.errorKind(), Error::Kind::InvalidInput);
        QVERIFY(tooEarly.errorMessage().contains(QLatin1String("2026-05-23")));
        query.from = QDate(2026, 5, 23);
        query.dids = {QStringLiteral("+15145559999")};
        const auto unknown = repository.validate(query, kToday);
        QCOMPARE(unknown.errorKind(), Error::Kind::InvalidInput);
        QVERIFY(unknown.errorMessage().contains(QLatin1String("+15145559999")));
    }

    void charts_data() { TestDatabase::addBackendRows(); }
    void charts()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        ReportRepository repository(test.connection(), seed(test.connection()));
        ReportQuery query;
        query.from = QDate(2026, 10, 31);
        query.to = QDate(2026, 11, 2);
        query.type = ReportQuery::CallType::Missed;
        const auto perDay = repository.perDayAndNumber(query).value();
        QCOMPARE(perDay.size(), 2);
        QCOMPARE(perDay.value(QDate(2026, 10, 31)).value(kA), qint64(1));
        QCOMPARE(perDay.value(QDate(2026, 11, 1)).value(kA), qint64(1));
        QCOMPARE(perDay.value(QDate(2026, 11, 1)).value(kB), qint64(2));
        const auto grid = repository.perWeekdayAndHour(query).value();
        QCOMPARE(grid[5][23], qint64(1)); // Saturday Oct 31, 23:59 EDT
        QCOMPARE(grid[6][0], qint64(1));  // Sunday Nov 1, 00:00 EDT
        QCOMPARE(grid[6][1], qint64(1));  // 01:30 EDT
        QCOMPARE(grid[6][23], qint64(1)); // 23:30 EST
    }

    void coverage_data() { TestDatabase::addBackendRows(); }
    void coverage()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection(), false);
        const qint64 number = Sql::scalar(test.connection(), QStringLiteral("SELECT id FROM numbers WHERE e164 = ?"), {kA})->toLongLong();
        const QString rule = QStringLiteral("INSERT INTO routing_rules (account_id, number_id, position, name, days, start_time, end_time, "
                                            "date_from, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QVERIFY(Sql::exec(test.connection(), rule, {account.id, number, 1, QStringLiteral("Office"), QStringLiteral("mon,tue,wed,thu,fri"),
                                                    QStringLiteral("09:00"), QStringLiteral("17:00"), QVariant(), QStringLiteral("forward")}).ok());
        QVERIFY(Sql::exec(test.connection(), rule, {account.id, number, 2, QStringLiteral("Night"), QStringLiteral("fri"),
                                                    QStringLiteral("22:00"), QStringLiteral("02:00"), QVariant(), QStringLiteral("ivr")}).ok());
        QVERIFY(Sql::exec(test.connection(), rule, {account.id, number, 3, QStringLiteral("Lunch"), QStringLiteral("mon"),
                                                    QStringLiteral("12:00"), QStringLiteral("13:00"), QVariant(), QStringLiteral("voicemail")}).ok());
        QVERIFY(Sql::exec(test.connection(), rule, {account.id, number, 4, QStringLiteral("Holiday"), QStringLiteral(""), QStringLiteral("00:00"),
                                                    QStringLiteral("24:00"), QStringLiteral("2026-12-25"), QStringLiteral("forward")}).ok());
        const auto grid = RoutingCoverage::forNumber(test.connection(), account.id, kA).value();
        QVERIFY(!grid[0][8]);
        QVERIFY(grid[0][9]);
        QVERIFY(grid[0][12]); // the voicemail rule comes after the office rule, which answers
        QVERIFY(grid[0][16]);
        QVERIFY(!grid[0][17]);
        QVERIFY(grid[4][22]);  // Friday night
        QVERIFY(grid[5][1]);   // into Saturday
        QVERIFY(!grid[5][2]);
        QVERIFY(!grid[6][12]); // Sunday: no rule
    }

    void savedReports_data() { TestDatabase::addBackendRows(); }
    void savedReports()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection(), false);
        SavedReportRepository saved(test.connection(), account.id);
        ReportQuery query;
        query.from = QDate(2026, 11, 1);
        query.to = QDate(2026, 11, 23);
        query.dids = {kA, kB};
        query.type = ReportQuery::CallType::Missed;
        query.grouping = ReportQuery::Grouping::Day;
        const qint64 id = saved.save(QStringLiteral("Missed this month"), query, QStringLiteral("4")).value();
        QCOMPARE(saved.save(QStringLiteral("  "), query, QString()).errorKind(), Error::Kind::InvalidInput);
        query.type = ReportQuery::CallType::Voicemail;
        QCOMPARE(saved.save(QStringLiteral("Missed this month"), query, QStringLiteral("4")).value(), id); // replaced, not doubled
        const auto all = saved.all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().query.dids, (QStringList{kA, kB}));
        QCOMPARE(all.first().query.type, ReportQuery::CallType::Voicemail);
        QCOMPARE(all.first().query.grouping, ReportQuery::Grouping::Day);
        QCOMPARE(all.first().preset, QStringLiteral("4"));
        QCOMPARE(saved.remove(id, all.first().version + 1).errorKind(), Error::Kind::Conflict); // not the version stored
        QVERIFY(saved.remove(id, all.first().version).ok());
        QVERIFY(saved.all()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportRepository)
#include "tst_reportrepository.moc"
