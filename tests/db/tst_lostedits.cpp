#include "../finances/financefixture.h"
#include "../routing/routingtestconfig.h"

#include "core/itemroles.h"
#include "db/database.h"
#include "db/rowstamp.h"
#include "finances/autobilling.h"
#include "finances/offlinepaymentgateway.h"
#include "finances/paymentmethods.h"
#include "numbers/callerfiltermodel.h"
#include "numbers/callerfilterrepository.h"
#include "numbers/numberrepository.h"
#include "reports/savedreportrepository.h"
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

    // The number's caller filter list: +15145550001, +15145550002… (`count` entries, in that order).
    static bool addFilterEntries(TwoDesks &desks, int count)
    {
        CallerFilterRepository filters(desks.test.connection(), desks.account.id);
        for (int i = 1; i <= count; ++i) {
            if (!filters.add(desks.numberId, QStringLiteral("+1514555%1").arg(i, 4, 10, QLatin1Char('0'))))
                return false;
        }
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
    // Custom Reports' saved reports: replacing one or deleting it checks the version it was read at.
    void savedReport_data() { TestDatabase::addBackendRows(); }
    void savedReport()
    {
        QFETCH(QString, backend);
        TwoDesks desks;
        QVERIFY(setUp(desks, backend));
        SavedReportRepository mine(desks.test.connection(), desks.account.id);
        SavedReportRepository theirs(desks.other.connection(), desks.account.id);
        const QString name = QStringLiteral("Missed this month");
        ReportQuery query;
        query.from = QDate(2026, 11, 1);
        query.to = QDate(2026, 11, 30);
        query.type = ReportQuery::CallType::Missed;
        const qint64 id = mine.save(name, query, QString()).value();
        const int shown = mine.all()->first().version; // both desktops opened this version

        ReportQuery theirQuery = query;
        theirQuery.type = ReportQuery::CallType::Voicemail;
        QVERIFY(theirs.save(name, theirQuery, QString(), shown).ok());
        ReportQuery myQuery = query;
        myQuery.grouping = ReportQuery::Grouping::Day;
        auto mySave = mine.save(name, myQuery, QString(), shown);
        QVERIFY(!mySave.ok());
        checkAuthor(mySave.error(), shown + 1);
        QCOMPARE(mine.all()->first().query.type, ReportQuery::CallType::Voicemail); // theirs stays, nothing of mine
        QCOMPARE(mine.all()->first().query.grouping, ReportQuery::Grouping::None);
        // Overwriting knowingly takes the version the conflict showed.
        QCOMPARE(mine.save(name, myQuery, QString(), mySave.error().currentVersion).value(), id);
        QCOMPARE(mine.all()->first().query.grouping, ReportQuery::Grouping::Day);

        // Deleting a report someone else saved since it was read: refused, it stays.
        const int read = mine.all()->first().version;
        QVERIFY(theirs.save(name, theirQuery, QString(), read).ok());
        auto myDelete = mine.remove(id, read);
        QVERIFY(!myDelete.ok());
        checkAuthor(myDelete.error(), read + 1);
        QCOMPARE(mine.all()->size(), 1);
        QVERIFY(mine.remove(id, read + 1).ok());
        QVERIFY(mine.all()->isEmpty());
        QCOMPARE(theirs.remove(id, read + 1).errorKind(), Error::Kind::NotFound);
    }

    // Payment Methods: making a card the default and removing one check the version it was listed at.
    void paymentMethod_data() { TestDatabase::addBackendRows(); }
    void paymentMethod()
    {
        QFETCH(QString, backend);
        TwoDesks desks;
        QVERIFY(setUp(desks, backend));
        PaymentMethods mine(desks.test.connection(), desks.account);
        PaymentMethods theirs(desks.other.connection(), desks.account);
        OfflinePaymentGateway gateway;
        auto added = mine.add(gateway, QStringLiteral("Mastercard"), QStringLiteral("5555"), 10, 2030, QDate(2026, 11, 23), false);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        const qint64 original = mine.defaultMethod()->value().id; // the fixture's card
        const auto listed = mine.list().value();                   // both desktops list both cards
        const auto versionOf = [&listed](qint64 id) {
            for (const PaymentMethods::Method &method : listed) {
                if (method.id == id)
                    return method.version;
            }
            return 0;
        };

        // They make the new card the default; I remove it from my (older) list: refused, it stays.
        QVERIFY(theirs.setDefault(added->id, versionOf(added->id)).ok());
        auto myRemove = mine.remove(added->id, versionOf(added->id));
        QVERIFY(!myRemove.ok());
        checkAuthor(myRemove.error(), versionOf(added->id) + 1);
        QCOMPARE(mine.list()->size(), 2);
        QCOMPARE(mine.defaultMethod()->value().id, added->id);
        // My list also shows the old card as the default; making it the default again from that list is refused too.
        auto myDefault = mine.setDefault(original, versionOf(original));
        QVERIFY(!myDefault.ok());
        checkAuthor(myDefault.error(), versionOf(original) + 1);
        QCOMPARE(mine.defaultMethod()->value().id, added->id);
        // With what is stored now, both work.
        QVERIFY(mine.setDefault(original, mine.find(original)->version).ok());
        QVERIFY(mine.remove(added->id, mine.find(added->id)->version).ok());
        QCOMPARE(theirs.list()->size(), 1);
        QCOMPARE(theirs.defaultMethod()->value().id, original);
    }

    // Caller filters: an entry edited, removed or moved from a list someone else changed since it was read.
    void callerFilter_data() { TestDatabase::addBackendRows(); }
    void callerFilter()
    {
        QFETCH(QString, backend);
        TwoDesks desks;
        QVERIFY(setUp(desks, backend));
        QVERIFY(addFilterEntries(desks, 3));
        CallerFilterRepository mine(desks.test.connection(), desks.account.id);
        CallerFilterRepository theirs(desks.other.connection(), desks.account.id);
        const QList<CallerFilterEntry> shown = mine.entries(desks.numberId).value(); // both desktops show this list

        // They edit the first entry's note; my edit of it is refused, theirs stays.
        CallerFilterEntry theirEdit = shown.at(0);
        theirEdit.note = QStringLiteral("Supplier (Bob)");
        QVERIFY(theirs.update(theirEdit).ok());
        CallerFilterEntry myEdit = shown.at(0);
        myEdit.note = QStringLiteral("Spam (mine)");
        auto mySave = mine.update(myEdit);
        QVERIFY(!mySave.ok());
        checkAuthor(mySave.error(), shown.at(0).version + 1);
        QCOMPARE(mine.entries(desks.numberId)->at(0).note, QStringLiteral("Supplier (Bob)"));
        // Removing or moving it from that list is refused too: nothing moves, nothing goes.
        checkAuthor(mine.remove(shown.at(0).id, shown.at(0).version).error(), shown.at(0).version + 1);
        checkAuthor(mine.move(shown.at(0).id, shown.at(0).version, 2).error(), shown.at(0).version + 1);
        QCOMPARE(mine.entries(desks.numberId)->size(), 3);
        QCOMPARE(mine.entries(desks.numberId)->at(0).id, shown.at(0).id);

        // They move the last entry to the top: the entries it shifted changed, so my move of one is refused.
        QVERIFY(theirs.move(shown.at(2).id, shown.at(2).version, 0).ok());
        QCOMPARE(mine.move(shown.at(1).id, shown.at(1).version, 0).errorKind(), Error::Kind::Conflict);
        QCOMPARE(mine.entries(desks.numberId)->at(0).id, shown.at(2).id);
        // From the list as it is now, it works.
        const QList<CallerFilterEntry> now = mine.entries(desks.numberId).value();
        QVERIFY(mine.move(now.at(2).id, now.at(2).version, 0).ok());
        QCOMPARE(theirs.entries(desks.numberId)->at(0).id, now.at(2).id);
        QCOMPARE(mine.remove(now.at(2).id, now.at(2).version).errorKind(), Error::Kind::Conflict); // its version moved on
    }

    // The Caller Filters table (CallerFilterModel): an edit or a move refused that way says who
    // changed the entry, and the table then shows the list as it is now.
    void callerFilterTable_data() { TestDatabase::addBackendRows(); }
    void callerFilterTable()
    {
        QFETCH(QString, backend);
        TwoDesks desks;
        QVERIFY(setUp(desks, backend));
        QVERIFY(addFilterEntries(desks, 2));
        CallerFilterRepository mine(desks.test.connection(), desks.account.id);
        CallerFilterRepository theirs(desks.other.connection(), desks.account.id);
        CallerFilterModel table;
        table.setNumber(mine, desks.numberId);
        QCOMPARE(table.rowCount(), 2);
        QStringList messages;
        connect(&table, &CallerFilterModel::errorOccurred, this, [&messages](const QString &message) { messages << message; });

        CallerFilterEntry theirEdit = theirs.entries(desks.numberId)->at(0);
        theirEdit.note = QStringLiteral("Supplier (Bob)");
        QVERIFY(theirs.update(theirEdit).ok());
        QVERIFY(!table.setData(table.index(0, CallerFilterModel::NoteColumn), QStringLiteral("Spam (mine)")));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QStringLiteral("Bob Admin")), qPrintable(messages.first()));
        QCOMPARE(table.index(0, CallerFilterModel::NoteColumn).data().toString(), QStringLiteral("Supplier (Bob)"));
        // Now it is the stored version: the same edit goes through.
        QVERIFY(table.setData(table.index(0, CallerFilterModel::NoteColumn), QStringLiteral("Spam (mine)")));

        QVERIFY(theirs.move(theirs.entries(desks.numberId)->at(1).id, theirs.entries(desks.numberId)->at(1).version, 0).ok());
        QVERIFY(!table.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)); // the table still had the old order
        QCOMPARE(messages.size(), 2);
        QCOMPARE(table.index(0, CallerFilterModel::PatternColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+15145550002"));
    }

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
