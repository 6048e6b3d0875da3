#include "numbers/callerfilterrepository.h"
#include "numbers/numberrepository.h"
#include "numberstestdata.h"
#include "testdatabase.h"

#include "db/sql.h"

#include <QTest>

using namespace NumbersTestData;

namespace {

NumberRepository::NewNumber newNumber(const QString &number, const QString &plan = QStringLiteral("flat"))
{
    NumberRepository::NewNumber request;
    request.number = number;
    request.plan = plan;
    request.monthlyFeeMinor = 495;
    return request;
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {})
{
    return Sql::scalar(db, sql, bindings).value().toLongLong();
}

} // namespace

// The numbers engine on both backends: add (libphonenumber), release, edits with optimistic locking,
// the plan switch rule, swap and porting requests, rights.
class TestNumberRepository final : public QObject
{
    Q_OBJECT

private slots:
    void addValidates_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");     // empty: refused
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("reasonWord");
        for (const QString &backend : TestDatabase::backends()) {
            auto row = [&](const char *name) { return &QTest::newRow(qPrintable(backend + QLatin1String(": ") + QLatin1String(name))); };
            *row("US") << backend << QStringLiteral("+1 212 555 0142") << QStringLiteral("+12125550142") << QStringLiteral("US") << QStringLiteral("local") << QString();
            *row("US toll-free") << backend << QStringLiteral("+1 800 555 0199") << QStringLiteral("+18005550199") << QStringLiteral("US") << QStringLiteral("toll-free") << QString();
            *row("CA") << backend << QStringLiteral("+1 514-555-0131") << QStringLiteral("+15145550131") << QStringLiteral("CA") << QStringLiteral("local") << QString();
            *row("FR") << backend << QStringLiteral("+33 1 42 68 53 00") << QStringLiteral("+33142685300") << QStringLiteral("FR") << QStringLiteral("international") << QString();
            *row("ES") << backend << QStringLiteral("+34 912 345 678") << QStringLiteral("+34912345678") << QStringLiteral("ES") << QStringLiteral("international") << QString();
            *row("GB") << backend << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958") << QStringLiteral("GB") << QStringLiteral("international") << QString();
            *row("no country code") << backend << QStringLiteral("2125550142") << QString() << QString() << QString() << QStringLiteral("country code");
            *row("letters") << backend << QStringLiteral("hello") << QString() << QString() << QString() << QStringLiteral("country code");
            *row("too short FR") << backend << QStringLiteral("+33 1 23") << QString() << QString() << QString() << QStringLiteral("short");
            *row("impossible US area code") << backend << QStringLiteral("+1 123 555 0142") << QString() << QString() << QString() << QStringLiteral("not a number in use");
            *row("unknown country code") << backend << QStringLiteral("+999 1234567") << QString() << QString() << QString() << QStringLiteral("country code");
        }
    }
    void addValidates()
    {
        QFETCH(QString, backend);
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QFETCH(QString, country);
        QFETCH(QString, type);
        QFETCH(QString, reasonWord);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        auto added = numbers.add(newNumber(input));
        if (e164.isEmpty()) {
            QVERIFY(!added);
            QCOMPARE(added.errorKind(), Error::Kind::InvalidInput);
            QVERIFY2(added.errorMessage().contains(reasonWord), qPrintable(added.errorMessage()));
            QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM numbers")), qint64(0));
            return;
        }
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->e164, e164);
        QCOMPARE(added->country, country);
        QCOMPARE(added->type, type);
        QCOMPARE(added->plan, QStringLiteral("flat"));
        QCOMPARE(added->monthlyFeeMinor, qint64(495));
        QCOMPARE(added->currency, QStringLiteral("USD"));
        QCOMPARE(added->orderedOn, QDate(2026, 11, 23));
        QCOMPARE(added->nextBillingOn, QDate(2026, 12, 23));
        QCOMPARE(added->timezone, QStringLiteral("America/New_York"));
        QCOMPARE(numbers.findByE164(input)->id, added->id);

        auto duplicate = numbers.add(newNumber(e164));
        QCOMPARE(duplicate.errorKind(), Error::Kind::Conflict);
        QVERIFY(duplicate.errorMessage().contains(e164));
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM numbers")), qint64(1));
    }

    void addRefusesWrongType()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        NumberRepository numbers(test.connection(), addAccount(test.connection()), AccessRole::Owner, Clock::fixed(now()));
        auto request = newNumber(QStringLiteral("+12125550142"));
        request.type = QStringLiteral("toll-free");
        QVERIFY(numbers.add(request).errorMessage().contains(QStringLiteral("not a toll-free")));
        request.type = QStringLiteral("mobile");
        QCOMPARE(numbers.add(request).errorKind(), Error::Kind::InvalidInput);
        request.type.clear();
        request.timezone = QStringLiteral("Mars/Olympus");
        QVERIFY(numbers.add(request).errorMessage().contains(QStringLiteral("Mars/Olympus")));
        request.timezone = QStringLiteral("Europe/Paris");
        request.orderedOn = QDate(2026, 1, 31);
        auto added = numbers.add(request);
        QVERIFY(added);
        QCOMPARE(added->timezone, QStringLiteral("Europe/Paris"));
        QCOMPARE(added->nextBillingOn, QDate(2026, 11, 30)); // the next monthly anniversary after today
    }

    void filters_data() { TestDatabase::addBackendRows(); }
    void filters()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        NumberRepository numbers(test.connection(), addAccount(test.connection()), AccessRole::Owner, Clock::fixed(now()));
        auto a = newNumber(QStringLiteral("+12125550142"));
        a.note = QStringLiteral("Main office line");
        QVERIFY(numbers.add(a));
        QVERIFY(numbers.add(newNumber(QStringLiteral("+18005550199"), QStringLiteral("per-minute"))));
        QVERIFY(numbers.add(newNumber(QStringLiteral("+33142685300"))));
        QCOMPARE(numbers.list()->size(), 3);
        QCOMPARE(numbers.list({QStringLiteral("OFFICE"), {}, {}, {}})->first().e164, QStringLiteral("+12125550142"));
        QCOMPARE(numbers.list({QStringLiteral("(800) 555"), {}, {}, {}})->first().e164, QStringLiteral("+18005550199"));
        QCOMPARE(numbers.list({{}, QStringLiteral("fr"), {}, {}})->size(), 1);
        QCOMPARE(numbers.list({{}, {}, QStringLiteral("toll-free"), {}})->size(), 1);
        QCOMPARE(numbers.list({{}, {}, {}, QStringLiteral("flat")})->size(), 2);
        QCOMPARE(numbers.list({QStringLiteral("off_ce%"), {}, {}, {}})->size(), 0); // LIKE wildcards are escaped
        QCOMPARE(numbers.countries().value(), (QStringList{QStringLiteral("FR"), QStringLiteral("US")}));
    }

    void releaseKeepsCalls_data() { TestDatabase::addBackendRows(); }
    void releaseKeepsCalls()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord number = numbers.add(newNumber(QStringLiteral("+12125550142"))).value();
        QVERIFY(CallerFilterRepository(test.connection(), account.id).add(number.id, QStringLiteral("anonymous")));
        QVERIFY(Sql::exec(test.connection(),
                          QStringLiteral("INSERT INTO routing_rules (account_id, number_id, position, name, start_time, end_time, action) "
                                         "VALUES (?, ?, 0, 'Office', '09:00', '17:00', 'voicemail')"),
                          {account.id, number.id}).ok());
        QVERIFY(addCall(test.connection(), account, number.id, number.e164, QStringLiteral("+15145550131"),
                        QStringLiteral("answered"), now().toSecsSinceEpoch() - 3600));

        QCOMPARE(numbers.release(number.id, number.version + 1).errorKind(), Error::Kind::Conflict);
        QVERIFY(numbers.release(number.id, number.version));
        QCOMPARE(numbers.find(number.id).errorKind(), Error::Kind::NotFound);
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM caller_filters")), qint64(0));
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM routing_rules")), qint64(0));
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM calls WHERE number_id IS NULL AND did = ?"),
                       {number.e164}), qint64(1));
        QCOMPARE(numbers.release(number.id, number.version).errorKind(), Error::Kind::NotFound);
    }

    void saveValidatesAndLocks_data() { TestDatabase::addBackendRows(); }
    void saveValidatesAndLocks()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord number = numbers.add(newNumber(QStringLiteral("+15145550131"))).value();

        NumberRecord edited = number;
        edited.note = QStringLiteral("Reception");
        edited.timezone = QStringLiteral("America/Toronto");
        edited.voicemail = false;
        auto saved = numbers.save(edited);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->note, QStringLiteral("Reception"));
        QCOMPARE(saved->timezone, QStringLiteral("America/Toronto"));
        QVERIFY(!saved->voicemail);
        QCOMPARE(saved->version, number.version + 1);

        // Someone else saved in between: the stale copy is refused, nothing changes.
        edited.note = QStringLiteral("Stale");
        QCOMPARE(numbers.save(edited).errorKind(), Error::Kind::Conflict);
        QCOMPARE(numbers.find(number.id)->note, QStringLiteral("Reception"));

        NumberRecord bad = saved.value();
        bad.timezone = QStringLiteral("Eastern");
        QVERIFY(numbers.save(bad).errorMessage().contains(QStringLiteral("time zone")));
        bad = saved.value();
        bad.e911 = true;
        bad.e911Street = QStringLiteral("1 Main St");
        bad.e911City = QStringLiteral("Montreal");
        bad.e911Region = QStringLiteral("QC");
        QVERIFY(numbers.save(bad).errorMessage().contains(QStringLiteral("postal code")));
        bad.e911PostalCode = QStringLiteral("H2X 1Y4");
        QVERIFY(numbers.save(bad).errorMessage().contains(QStringLiteral("country")));
        bad.e911Country = QStringLiteral("ca");
        auto with911 = numbers.save(bad);
        QVERIFY2(with911, qPrintable(with911.errorMessage()));
        QCOMPARE(with911->e911Country, QStringLiteral("CA"));
        NumberRecord ivr = with911.value();
        ivr.ivrEnabled = true;
        QVERIFY(numbers.save(ivr).errorMessage().contains(QStringLiteral("greeting")));
        ivr.ivrGreeting = QStringLiteral("Thank you for calling, press 1 to speak with someone");
        ivr.ivrDigit = QStringLiteral("12");
        QVERIFY(numbers.save(ivr).errorMessage().contains(QStringLiteral("digit")));
        ivr.ivrDigit = QStringLiteral("1");
        ivr.filterMode = QStringLiteral("allow");
        QVERIFY(numbers.save(ivr));
        QCOMPARE(numbers.find(number.id)->filterMode, QStringLiteral("allow"));
    }

    void planSwitch_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("lastChanged");
        QTest::addColumn<bool>("allowed");
        for (const QString &backend : TestDatabase::backends()) {
            auto row = [&](const char *name) { return &QTest::newRow(qPrintable(backend + QLatin1String(": ") + QLatin1String(name))); };
            *row("never switched") << backend << QStringLiteral("+12125550142") << QString() << true;
            *row("switched this month") << backend << QStringLiteral("+12125550142") << QStringLiteral("2026-11-02") << false;
            *row("switched last month") << backend << QStringLiteral("+12125550142") << QStringLiteral("2026-10-30") << true;
            *row("toll-free") << backend << QStringLiteral("+18005550199") << QString() << false;
            *row("international") << backend << QStringLiteral("+33142685300") << QString() << false;
        }
    }
    void planSwitch()
    {
        QFETCH(QString, backend);
        QFETCH(QString, number);
        QFETCH(QString, lastChanged);
        QFETCH(bool, allowed);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        NumberRecord record = numbers.add(newNumber(number)).value();
        if (!lastChanged.isEmpty()) {
            QVERIFY(Sql::exec(test.connection(), QStringLiteral("UPDATE numbers SET plan_changed_on = ? WHERE id = ?"),
                              {lastChanged, record.id}).ok());
            record = numbers.find(record.id).value();
        }
        // The reason is known before trying.
        const auto decision = numbers.planSwitch(record);
        QCOMPARE(decision.allowed, allowed);
        auto switched = numbers.switchPlan(record.id, record.version, QStringLiteral("per-minute"));
        QCOMPARE(switched.ok(), allowed);
        if (!allowed) {
            QCOMPARE(switched.errorKind(), Error::Kind::InvalidInput);
            QCOMPARE(switched.errorMessage(), decision.reason);
            QCOMPARE(numbers.find(record.id)->plan, QStringLiteral("flat"));
            return;
        }
        QCOMPARE(switched->plan, QStringLiteral("per-minute"));
        QCOMPARE(switched->planChangedOn, QDate(2026, 11, 23));
        // Switching back in the same month is refused; next month it is allowed.
        auto back = numbers.switchPlan(switched->id, switched->version, QStringLiteral("flat"));
        QCOMPARE(back.errorKind(), Error::Kind::InvalidInput);
        NumberRepository nextMonth(test.connection(), account, AccessRole::Owner,
                                   Clock::fixed(QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC)));
        auto later = nextMonth.switchPlan(switched->id, switched->version, QStringLiteral("flat"));
        QVERIFY2(later, qPrintable(later.errorMessage()));
        QCOMPARE(later->plan, QStringLiteral("flat"));
        QCOMPARE(nextMonth.switchPlan(later->id, later->version - 1, QStringLiteral("per-minute")).errorKind(),
                 Error::Kind::Conflict);
    }

    void employeeIsForbidden_data() { TestDatabase::addBackendRows(); }
    void employeeIsForbidden()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository owner(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord number = owner.add(newNumber(QStringLiteral("+12125550142"))).value();
        NumberRepository employee(test.connection(), account, AccessRole::Employee, Clock::fixed(now()));
        CallerFilterRepository employeeFilters(test.connection(), account.id, AccessRole::Employee);

        QCOMPARE(employee.list()->size(), 1); // sees everything
        QCOMPARE(employee.add(newNumber(QStringLiteral("+15145550131"))).errorKind(), Error::Kind::Forbidden);
        NumberRecord edited = number;
        edited.note = QStringLiteral("x");
        QCOMPARE(employee.save(edited).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employee.switchPlan(number.id, number.version, QStringLiteral("per-minute")).errorKind(), Error::Kind::Forbidden);
        QVERIFY(!employee.planSwitch(number).allowed);
        QCOMPARE(employee.release(number.id, number.version).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employee.requestSwap(number.id, QStringLiteral("spam")).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employee.requestPorting(QStringLiteral("+15145550131"), QStringLiteral("Bell"), {}).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employeeFilters.add(number.id, QStringLiteral("anonymous")).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employeeFilters.blockCaller(number.id, QStringLiteral("+15145550131")).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(employeeFilters.importCsv(number.id, QStringLiteral("pattern\n+1514*\n")).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(owner.find(number.id)->version, number.version);
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM caller_filters")), qint64(0));
    }

    void swapAndPorting_data() { TestDatabase::addBackendRows(); }
    void swapAndPorting()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord number = numbers.add(newNumber(QStringLiteral("+12125550142"))).value();

        QCOMPARE(numbers.requestSwap(number.id, QStringLiteral("  ")).errorKind(), Error::Kind::InvalidInput);
        QVERIFY(numbers.requestSwap(number.id, QStringLiteral("Repeated robocalls")));
        const auto swaps = numbers.swapRequests().value();
        QCOMPARE(swaps.size(), 1);
        QCOMPARE(swaps.first().status, QStringLiteral("requested"));
        QCOMPARE(swaps.first().reason, QStringLiteral("Repeated robocalls"));
        QCOMPARE(swaps.first().requestedAt, now());

        QVERIFY(numbers.requestPorting(QStringLiteral("+33142685300"), QStringLiteral("Orange"), {}).errorMessage()
                    .contains(QStringLiteral("US and Canadian")));
        QCOMPARE(numbers.requestPorting(QStringLiteral("+15145550131"), QString(), {}).errorKind(), Error::Kind::InvalidInput);
        auto port = numbers.requestPorting(QStringLiteral("+1 514 555 0131"), QStringLiteral("Bell"), QDate(2026, 10, 20));
        QVERIFY2(port, qPrintable(port.errorMessage()));
        QCOMPARE(port->expectedFrom(), QDate(2026, 11, 3));
        QCOMPARE(port->expectedBy(), QDate(2026, 11, 17));
        QVERIFY(port->isOverdue(QDate(2026, 11, 23)));
        QVERIFY(!port->isOverdue(QDate(2026, 11, 17)));
        QCOMPARE(numbers.requestPorting(QStringLiteral("+15145550131"), QStringLiteral("Bell"), {}).errorKind(), Error::Kind::Conflict);
        auto completed = numbers.setPortingStatus(port->id, port->version, QStringLiteral("completed"));
        QVERIFY(completed);
        QCOMPARE(completed->completedOn, QDate(2026, 11, 23));
        QVERIFY(!completed->isOverdue(QDate(2026, 12, 30)));
        QCOMPARE(numbers.setPortingStatus(port->id, port->version, QStringLiteral("cancelled")).errorKind(), Error::Kind::Conflict);
        QCOMPARE(numbers.portingRequests()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNumberRepository)
#include "tst_numberrepository.moc"
