#include "numbers/activitymodel.h"
#include "numbers/callerfiltermodel.h"
#include "numbers/numbersmodel.h"
#include "numbers/unreturnedmissedcallsmodel.h"
#include "modeltesting.h"
#include "numberstestdata.h"
#include "testdatabase.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "db/batchinserter.h"
#include "db/transaction.h"

#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace NumbersTestData;

namespace {

NumberRecord addNumber(NumberRepository &numbers, const QString &e164, const QString &note = QString(),
                       const QString &plan = QStringLiteral("flat"), qint64 fee = 495)
{
    NumberRepository::NewNumber request;
    request.number = e164;
    request.note = note;
    request.plan = plan;
    request.monthlyFeeMinor = fee;
    return numbers.add(request).value();
}

} // namespace

// The numbers tab's item models under QAbstractItemModelTester, on both backends.
class TestNumberModels final : public QObject
{
    Q_OBJECT

private slots:
    void numbersModel_data() { TestDatabase::addBackendRows(); }
    void numbersModel()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        NumbersModel model;
        auto tester = attachModelTester(&model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ItemRoles::RawValueRole);
        auto proxyTester = attachModelTester(&proxy);

        addNumber(numbers, QStringLiteral("+15145550131"), QStringLiteral("Montreal office"), QStringLiteral("flat"), 1295);
        addNumber(numbers, QStringLiteral("+12125550142"), QStringLiteral("New York"), QStringLiteral("per-minute"), 200);
        addNumber(numbers, QStringLiteral("+18005550199"), QString(), QStringLiteral("flat"), 995);
        model.setRepository(numbers); // fill
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(NumbersModel::ColumnCount));
        const int ny = model.rowOf(numbers.findByE164(QStringLiteral("+12125550142"))->id);
        QCOMPARE(model.index(ny, NumbersModel::NumberColumn).data().toString(), QStringLiteral("+1 212-555-0142"));
        QCOMPARE(model.index(ny, NumbersModel::NumberColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+12125550142"));
        QCOMPARE(model.index(ny, NumbersModel::TypeColumn).data().toString(), QStringLiteral("Local"));
        QCOMPARE(model.index(ny, NumbersModel::PlanColumn).data().toString(), QStringLiteral("Per-minute"));
        QCOMPARE(model.index(ny, NumbersModel::VoicemailColumn).data(ItemRoles::RawValueRole).toBool(), true);

        // Sort on raw values: the flat fee column orders by minor units, not by text.
        proxy.sort(NumbersModel::FeeColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, NumbersModel::NumberColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+12125550142"));
        QCOMPARE(proxy.index(1, NumbersModel::NumberColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+18005550199"));
        QCOMPARE(proxy.index(2, NumbersModel::NumberColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+15145550131"));
        proxy.sort(NumbersModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, NumbersModel::NumberColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+18005550199"));

        // Filter in SQL.
        model.setFilter({QStringLiteral("montreal"), {}, {}, {}});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({{}, {}, QStringLiteral("toll-free"), {}});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({{}, {}, {}, QStringLiteral("flat")});
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3);

        // Edit the note in place: stored, version bumped.
        const int mtl = model.rowOf(numbers.findByE164(QStringLiteral("+15145550131"))->id);
        const QModelIndex note = model.index(mtl, NumbersModel::NoteColumn);
        QVERIFY(model.flags(note) & Qt::ItemIsEditable);
        QVERIFY(model.setData(note, QStringLiteral("Front desk")));
        QCOMPARE(note.data().toString(), QStringLiteral("Front desk"));
        QCOMPARE(numbers.findByE164(QStringLiteral("+15145550131"))->note, QStringLiteral("Front desk"));
        // A stale row is refused with a message.
        QVERIFY(Sql::exec(test.connection(), QStringLiteral("UPDATE numbers SET version = version + 1 WHERE e164 = '+15145550131'")).ok());
        QSignalSpy errors(&model, &NumbersModel::errorOccurred);
        QVERIFY(!model.setData(note, QStringLiteral("Lost")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(model.lastError().contains(QStringLiteral("someone else")));
        model.refreshRow(model.record(mtl).id);

        // Remove = release.
        QVERIFY(model.removeRows(mtl, 1));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(numbers.list()->size(), 2);
    }

    void activityPaging_data() { TestDatabase::addBackendRows(); }
    void activityPaging()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord number = addNumber(numbers, QStringLiteral("+15145550131"));
        const NumberRecord other = addNumber(numbers, QStringLiteral("+12125550142"));
        {
            Transaction transaction(test.connection());
            BatchInserter calls(test.connection(), QStringLiteral("calls"),
                                {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"),
                                 QStringLiteral("caller"), QStringLiteral("disposition"), QStringLiteral("started_at"),
                                 QStringLiteral("duration_s"), QStringLiteral("charge_micro"), QStringLiteral("currency")});
            const QStringList kinds{QStringLiteral("answered"), QStringLiteral("missed"), QStringLiteral("voicemail"),
                                    QStringLiteral("blocked"), QStringLiteral("outbound")};
            const qint64 base = now().toSecsSinceEpoch() - 1'000'000;
            // 523 calls, many sharing a second: the keyset cursor must break ties by id.
            for (int i = 0; i < 523; ++i) {
                QVERIFY(calls.add({account.id, number.id, number.e164, QStringLiteral("+1212555%1").arg(1000 + i),
                                   kinds.at(i % 5), base + (i / 3) * 60, 30 + i, qint64(i) * 1000, account.currency}).ok());
            }
            QVERIFY(calls.add({account.id, other.id, other.e164, QStringLiteral("anonymous"), QStringLiteral("missed"),
                               base, 10, 0, account.currency}).ok());
            QVERIFY(calls.flush().ok());
            QVERIFY(transaction.commit().ok());
        }

        {
            // Without a view (or a tester) asking for more, only the first page is read.
            ActivityModel firstPage;
            firstPage.setNumber(numbers, number.id, QStringLiteral("America/Toronto"));
            QCOMPARE(firstPage.rowCount(), ActivityModel::kPageSize);
            QVERIFY(firstPage.canFetchMore(QModelIndex()));
            QCOMPARE(firstPage.totalCount(), qint64(523));
            firstPage.fetchMore(QModelIndex());
            QCOMPARE(firstPage.rowCount(), 2 * ActivityModel::kPageSize);
        }
        ActivityModel model;
        auto tester = attachModelTester(&model);
        model.setNumber(numbers, number.id, QStringLiteral("America/Toronto"));
        // Newest first, with the time shown in the number's zone.
        const qint64 newest = model.index(0, ActivityModel::TimeColumn).data(ItemRoles::RawValueRole).toLongLong();
        QVERIFY(newest >= model.index(1, ActivityModel::TimeColumn).data(ItemRoles::RawValueRole).toLongLong());
        QCOMPARE(model.index(0, ActivityModel::TimeColumn).data().toString(),
                 Localization::locale().toString(QDateTime::fromSecsSinceEpoch(newest, QTimeZone("America/Toronto")), QLocale::ShortFormat));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 523);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(ItemRoles::IdRole).toLongLong());
        QCOMPARE(ids.size(), 523); // every call exactly once across the pages
        for (int row = 1; row < model.rowCount(); ++row) {
            const auto previous = std::make_pair(model.index(row - 1, 0).data(ItemRoles::RawValueRole).toLongLong(),
                                                 model.index(row - 1, 0).data(ItemRoles::IdRole).toLongLong());
            const auto current = std::make_pair(model.index(row, 0).data(ItemRoles::RawValueRole).toLongLong(),
                                                model.index(row, 0).data(ItemRoles::IdRole).toLongLong());
            QVERIFY(current < previous);
        }

        model.setDisposition(QStringLiteral("missed"));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 105); // i % 5 == 1 for i < 523
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, ActivityModel::TypeColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("missed"));
            QCOMPARE(model.index(row, ActivityModel::TypeColumn).data().toString(), QStringLiteral("Missed"));
        }
        QCOMPARE(model.index(0, ActivityModel::DurationColumn).data().toString().count(QLatin1Char(':')), 1);
        model.setNumber(numbers, other.id, QStringLiteral("America/New_York"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ActivityModel::CallerColumn).data().toString(), QStringLiteral("Anonymous"));
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void unreturnedMissedCalls_data() { TestDatabase::addBackendRows(); }
    void unreturnedMissedCalls()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord a = addNumber(numbers, QStringLiteral("+15145550131"));
        const NumberRecord b = addNumber(numbers, QStringLiteral("+12125550142"));
        const qint64 t = now().toSecsSinceEpoch() - 86400;
        const QSqlDatabase db = test.connection();
        const QString alice = QStringLiteral("+14155550163");
        const QString bob = QStringLiteral("+14155550164");
        const QString carol = QStringLiteral("+14155550165");
        const QString dave = QStringLiteral("+14155550166");
        const QString erin = QStringLiteral("+14155550167");
        const QString frank = QStringLiteral("+14155550168");
        // Alice: missed twice, never called back -> unreturned (2 missed, last on number b).
        QVERIFY(addCall(db, account, a.id, a.e164, alice, QStringLiteral("missed"), t));
        QVERIFY(addCall(db, account, b.id, b.e164, alice, QStringLiteral("missed"), t + 600));
        // Bob: missed, then called back from another number -> returned.
        QVERIFY(addCall(db, account, a.id, a.e164, bob, QStringLiteral("missed"), t + 100));
        QVERIFY(addCall(db, account, b.id, b.e164, bob, QStringLiteral("outbound"), t + 200, 45));
        // Carol: called back before she was missed again -> unreturned (only the later miss counts).
        QVERIFY(addCall(db, account, a.id, a.e164, carol, QStringLiteral("missed"), t + 100));
        QVERIFY(addCall(db, account, a.id, a.e164, carol, QStringLiteral("outbound"), t + 200, 30));
        QVERIFY(addCall(db, account, a.id, a.e164, carol, QStringLiteral("missed"), t + 300));
        // Dave: the callback did not reach him (no duration) -> unreturned.
        QVERIFY(addCall(db, account, a.id, a.e164, dave, QStringLiteral("missed"), t + 400));
        QVERIFY(addCall(db, account, a.id, a.e164, dave, QStringLiteral("outbound"), t + 500, 0));
        // Erin: answered, not missed; anonymous: never listed; Frank: missed 40 days ago, out of the window.
        QVERIFY(addCall(db, account, a.id, a.e164, erin, QStringLiteral("answered"), t + 400));
        QVERIFY(addCall(db, account, a.id, a.e164, QStringLiteral("anonymous"), QStringLiteral("missed"), t + 450));
        QVERIFY(addCall(db, account, a.id, a.e164, frank, QStringLiteral("missed"), t - 40 * 86400));

        UnreturnedMissedCallsModel model;
        auto tester = attachModelTester(&model);
        QSignalSpy counted(&model, &UnreturnedMissedCallsModel::countChanged);
        model.setRepository(numbers, Clock::fixed(now()));
        QCOMPARE(model.count(), 3);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.call(0).caller, alice);
        QCOMPARE(model.call(0).numberId, b.id);
        QCOMPARE(model.call(0).missedCount, 2);
        QCOMPARE(model.index(0, UnreturnedMissedCallsModel::MissedCountColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.call(1).caller, dave);
        QCOMPARE(model.call(2).caller, carol);
        QCOMPARE(model.call(2).missedCount, 1);

        // Calling Alice back takes her off the queue.
        QVERIFY(addCall(db, account, a.id, a.e164, alice, QStringLiteral("outbound"), t + 700, 20));
        QVERIFY(model.reload());
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.call(0).caller, dave);
    }

    void callerFilterModel_data() { TestDatabase::addBackendRows(); }
    void callerFilterModel()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord number = addNumber(numbers, QStringLiteral("+15145550131"));
        CallerFilterRepository filters(test.connection(), account.id);
        CallerFilterModel model;
        auto tester = attachModelTester(&model);
        model.setNumber(filters, number.id);
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(model.addEntry(QStringLiteral("+1 212 555 0142"), QStringLiteral("Robocaller")));
        QVERIFY(model.addEntry(QStringLiteral("+1514*")));
        QVERIFY(model.addEntry(QStringLiteral("Anonymous")));
        QCOMPARE(model.addEntry(QStringLiteral("+12125550142")).errorKind(), Error::Kind::InvalidInput); // already there
        QVERIFY(model.addEntry(QStringLiteral("+1 123")).errorMessage().contains(QStringLiteral("+1 123")));
        QVERIFY(model.addEntry(QStringLiteral("+15a*")).errorMessage().contains(QStringLiteral("prefix")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, CallerFilterModel::PatternColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+12125550142"));
        QCOMPARE(model.index(0, CallerFilterModel::KindColumn).data().toString(), QStringLiteral("Exact number"));
        QCOMPARE(model.index(1, CallerFilterModel::KindColumn).data().toString(), QStringLiteral("Prefix"));
        QCOMPARE(model.index(2, CallerFilterModel::PatternColumn).data().toString(), QStringLiteral("Anonymous"));

        // Edit.
        QVERIFY(model.setData(model.index(1, CallerFilterModel::PatternColumn), QStringLiteral("+1438*")));
        QVERIFY(model.setData(model.index(1, CallerFilterModel::NoteColumn), QStringLiteral("Area code 438")));
        QVERIFY(!model.setData(model.index(1, CallerFilterModel::PatternColumn), QStringLiteral("nobody")));
        QCOMPARE(filters.entries(number.id)->at(1).pattern, QStringLiteral("+1438*"));

        // Reorder: anonymous to the top, then the first entry to the end.
        QVERIFY(model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0));
        QCOMPARE(model.entry(0).pattern, QStringLiteral("anonymous"));
        QVERIFY(model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3));
        QStringList order;
        const QList<CallerFilterEntry> stored = filters.entries(number.id).value();
        for (const CallerFilterEntry &entry : stored)
            order << entry.pattern;
        QCOMPARE(order, (QStringList{QStringLiteral("+12125550142"), QStringLiteral("+1438*"), QStringLiteral("anonymous")}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.entry(row).pattern, order.at(row));

        // CSV: export, then import into another number; a bad line writes nothing.
        const QString csv = filters.exportCsv(number.id).value();
        QCOMPARE(csv, QStringLiteral("pattern,note\r\n+12125550142,Robocaller\r\n+1438*,Area code 438\r\nanonymous,\r\n"));
        const NumberRecord second = addNumber(numbers, QStringLiteral("+12125550143"));
        auto bad = filters.importCsv(second.id, QStringLiteral("pattern,note\n+1800*,ok\nnot a number,x\n"));
        QVERIFY(bad.errorMessage().startsWith(QStringLiteral("Line 3")));
        QCOMPARE(filters.entries(second.id)->size(), 0);
        QCOMPARE(filters.importCsv(second.id, csv).value(), 3);
        QCOMPARE(filters.importCsv(second.id, QStringLiteral("\"+1 (800) 555-0199\",\"Spam, again\"\n+1438*,dup\n")).value(), 1);
        QCOMPARE(filters.entries(second.id)->last().note, QStringLiteral("Spam, again"));

        // Remove.
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(filters.entries(number.id)->size(), 2);
    }

    void blockCaller_data() { TestDatabase::addBackendRows(); }
    void blockCaller()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = addAccount(test.connection());
        NumberRepository numbers(test.connection(), account, AccessRole::Owner, Clock::fixed(now()));
        const NumberRecord number = addNumber(numbers, QStringLiteral("+15145550131"));
        CallerFilterRepository filters(test.connection(), account.id);
        QVERIFY(filters.blockCaller(number.id, QStringLiteral("+14155550163")));
        QVERIFY(filters.blockCaller(number.id, QStringLiteral("+14155550163"))); // twice: one entry
        QCOMPARE(filters.entries(number.id)->size(), 1);
        QCOMPARE(numbers.find(number.id)->filterMode, QStringLiteral("block"));
        // The list is read back as the evaluator's CallerFilter: a prefix already blocks a caller,
        // so blocking them adds nothing; an exact entry beats a prefix.
        QVERIFY(filters.add(number.id, QStringLiteral("+1212*")));
        QVERIFY(filters.blockCaller(number.id, QStringLiteral("+12125550177")));
        QCOMPARE(filters.entries(number.id)->size(), 2);
        QVERIFY(filters.add(number.id, QStringLiteral("+12125550188")));
        const CallerFilter filter = filters.filter(number.id).value();
        QCOMPARE(filter.mode(), CallerFilter::Mode::Block);
        QVERIFY(filter.check(QStringLiteral("+12125550177")).blocked);
        QCOMPARE(filter.check(QStringLiteral("+12125550177")).entryIndex, 1);
        QCOMPARE(filter.check(QStringLiteral("+12125550188")).entryIndex, 2);
        QVERIFY(!filter.check(QStringLiteral("+13125550100")).blocked);
        QVERIFY(filters.remove(filters.entries(number.id)->at(2).id, filters.entries(number.id)->at(2).version));
        QVERIFY(filters.remove(filters.entries(number.id)->at(1).id, filters.entries(number.id)->at(1).version));
        QCOMPARE(filters.filter(0).errorKind(), Error::Kind::NotFound);
        NumberRecord allow = numbers.find(number.id).value();
        allow.filterMode = QStringLiteral("allow");
        QVERIFY(numbers.save(allow));
        QVERIFY(filters.blockCaller(number.id, QStringLiteral("+14155550164")).errorMessage().contains(QStringLiteral("allow list")));
        QCOMPARE(filters.entries(number.id)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNumberModels)
#include "tst_numbermodels.moc"
