#include "../finances/financefixture.h"
#include "../routing/routingtestconfig.h"

#include "db/database.h"
#include "db/rowstamp.h"
#include "finances/autobilling.h"
#include "finances/offlinepaymentgateway.h"
#include "numbers/numberrepository.h"
#include "routing/routingrepository.h"
#include "testdatabase.h"

#include <QTest>

// Issue 9, "No lost edits": two desktops (two connections) edit the same row; the second save is
// refused with who changed it and when, nothing of it is written, and overwriting needs the
// version the user was shown. Both backends.
class TestLostEdits final : public QObject
{
    Q_OBJECT

private:
    // The "other desktop": a second connection to the same database, logged in as Bob.
    // On PostgreSQL the trigger records the server's session user (postgres in the tests); on
    // SQLite the connection's user name is what LineDesk records. users maps both to Bob's name.
    struct TwoDesks
    {
        TestDatabase test;
        Database other;
        Account account;
        qint64 numberId = 0;
    };

    static bool setUp(TwoDesks &desks, const QString &backend)
    {
        if (!desks.test.createAndOpen(backend))
            return false;
        desks.account = FinanceFixture::addAccount(desks.test.connection());
        desks.numberId = FinanceFixture::addNumber(desks.test.connection(), desks.account, QStringLiteral("+12125550100"), 500,
                                                   QDate(2026, 12, 15));
        FinanceFixture::addCard(desks.test.connection(), desks.account);
        const QString login = backend == QLatin1String("sqlite") ? QStringLiteral("bob") : desks.test.location().user();
        Sql::exec(desks.test.connection(), QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, 'Bob Admin', 0)"),
                  {login}).value();
        if (!desks.other.open(desks.test.location()))
            return false;
        if (backend == QLatin1String("sqlite"))
            desks.other.connection().setUserName(QStringLiteral("bob"));
        return true;
    }

    static void checkAuthor(const Error &error, int expectedVersion)
    {
        QCOMPARE(error.kind, Error::Kind::Conflict);
        QCOMPARE(error.changedBy, QStringLiteral("Bob Admin"));
        QVERIFY(error.changedAt.isValid());
        QVERIFY(qAbs(error.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(error.currentVersion, expectedVersion);
        QVERIFY2(error.message.contains(QStringLiteral("Bob Admin")), qPrintable(error.message));
        QVERIFY(RowStamp::describe(error).startsWith(QStringLiteral("Changed by Bob Admin at ")));
    }

private slots:
    void numberNote_data() { TestDatabase::addBackendRows(); }
    void numberNote()
    {
        QFETCH(QString, backend);
        TwoDesks desks;
        QVERIFY(setUp(desks, backend));
        NumberRepository mine(desks.test.connection(), desks.account);
        NumberRepository theirs(desks.other.connection(), desks.account);

        // Both desktops show version 1 of the number.
        NumberRecord myDraft = mine.find(desks.numberId).value();
        NumberRecord theirDraft = theirs.find(desks.numberId).value();
        theirDraft.note = QStringLiteral("Front desk (Bob)");
        auto theirSave = theirs.save(theirDraft);
        QVERIFY2(theirSave.ok(), qPrintable(theirSave.errorMessage()));

        myDraft.note = QStringLiteral("Reception (mine)");
        auto mySave = mine.save(myDraft);
        QVERIFY(!mySave.ok());
        checkAuthor(mySave.error(), theirSave->version);
        QCOMPARE(mine.find(desks.numberId)->note, QStringLiteral("Front desk (Bob)")); // nothing of mine was written

        // Overwrite: the user saves again knowing the version they replace.
        myDraft.version = mySave.error().currentVersion;
        auto overwritten = mine.save(myDraft);
        QVERIFY2(overwritten.ok(), qPrintable(overwritten.errorMessage()));
        QCOMPARE(theirs.find(desks.numberId)->note, QStringLiteral("Reception (mine)"));

        // Bob's stale draft is refused in turn, naming the author of the overwrite.
        theirDraft.note = QStringLiteral("Bob again");
        auto stale = theirs.save(theirDraft);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.errorKind(), Error::Kind::Conflict);
        QCOMPARE(stale.error().currentVersion, overwritten->version);

        // A number deleted meanwhile is NotFound, not a conflict.
        QVERIFY(theirs.release(desks.numberId, overwritten->version).ok());
        myDraft.version = overwritten->version;
        QCOMPARE(mine.save(myDraft).errorKind(), Error::Kind::NotFound);
    }

    void routingRule_data() { TestDatabase::addBackendRows(); }
    void routingRule()
    {
        QFETCH(QString, backend);
        TwoDesks desks;
        QVERIFY(setUp(desks, backend));
        RoutingRepository mine(desks.test.connection());
        RoutingRepository theirs(desks.other.connection());
        const RoutingConfig base = routingTestConfig();
        auto first = mine.save(desks.account.id, desks.numberId, 1, base, AccessRole::Owner);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));

        auto myLoad = mine.loadById(desks.account.id, desks.numberId).value();
        auto theirLoad = theirs.loadById(desks.account.id, desks.numberId).value();
        RoutingConfig theirConfig = theirLoad.config;
        theirConfig.rules[1].name = QStringLiteral("Office (Bob)");
        auto theirSave = theirs.save(desks.account.id, desks.numberId, theirLoad.number.version, theirConfig, AccessRole::Owner);
        QVERIFY2(theirSave.ok(), qPrintable(theirSave.errorMessage()));

        RoutingConfig myConfig = myLoad.config;
        myConfig.rules[1].endMinute = 18 * 60;
        auto mySave = mine.save(desks.account.id, desks.numberId, myLoad.number.version, myConfig, AccessRole::Owner);
        QVERIFY(!mySave.ok());
        checkAuthor(mySave.error(), theirSave.value());
        auto stored = mine.loadById(desks.account.id, desks.numberId).value();
        QCOMPARE(stored.config.rules.at(1).name, QStringLiteral("Office (Bob)"));
        QCOMPARE(stored.config.rules.at(1).endMinute, 17 * 60); // my end time was not written

        auto overwritten = mine.save(desks.account.id, desks.numberId, mySave.error().currentVersion, myConfig, AccessRole::Owner);
        QVERIFY2(overwritten.ok(), qPrintable(overwritten.errorMessage()));
        QCOMPARE(theirs.loadById(desks.account.id, desks.numberId)->config.rules.at(1).endMinute, 18 * 60);
    }

    void autoBillingSetting_data() { TestDatabase::addBackendRows(); }
    void autoBillingSetting()
    {
        QFETCH(QString, backend);
        TwoDesks desks;
        QVERIFY(setUp(desks, backend));
        OfflinePaymentGateway gateway;
        const Clock clock = Clock::fixed(FinanceFixture::eastern(2026, 11, 23, 10, 0));
        AutoBilling mine(desks.test.connection(), desks.account, AccessRole::Owner, &gateway, clock);
        AutoBilling theirs(desks.other.connection(), desks.account, AccessRole::Owner, &gateway, clock);

        AutoBilling::Settings myDraft = mine.settings().value();
        AutoBilling::Settings theirDraft = theirs.settings().value();
        theirDraft.thresholdMinor = 2500;
        auto theirSave = theirs.update(theirDraft);
        QVERIFY2(theirSave.ok(), qPrintable(theirSave.errorMessage()));

        myDraft.amountMinor = 9000;
        auto mySave = mine.update(myDraft);
        QVERIFY(!mySave.ok());
        checkAuthor(mySave.error(), theirSave->version);
        QCOMPARE(mine.settings()->amountMinor, qint64(5000));
        QCOMPARE(mine.settings()->thresholdMinor, qint64(2500));

        // The on/off slider with a stale version is refused too.
        QCOMPARE(mine.setEnabled(true, myDraft.version).errorKind(), Error::Kind::Conflict);
        QCOMPARE(mine.settings()->enabled, false);

        myDraft.version = mySave.error().currentVersion;
        auto overwritten = mine.update(myDraft);
        QVERIFY2(overwritten.ok(), qPrintable(overwritten.errorMessage()));
        QCOMPARE(theirs.settings()->amountMinor, qint64(9000));
    }
};

QTEST_GUILESS_MAIN(TestLostEdits)
#include "tst_lostedits.moc"
