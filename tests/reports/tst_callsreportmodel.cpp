#include "reportfixture.h"

#include "core/itemroles.h"
#include "reports/callsreportmodel.h"
#include "modeltesting.h"
#include "testdatabase.h"

#include <QSet>
#include <QTest>

using namespace ReportFixture;

class TestCallsReportModel final : public QObject
{
    Q_OBJECT

private:
    static void addMany(const QSqlDatabase &db, const Account &account, int count)
    {
        const qint64 number = Sql::scalar(db, QStringLiteral("SELECT id FROM numbers WHERE e164 = ?"), {kA})->toLongLong();
        const qint64 start = epoch("2026-11-10T00:00:00Z");
        for (int i = 0; i < count; ++i) {
            // Several calls share a start second, so the id must break ties across page boundaries.
            QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO calls (account_id, number_id, did, caller, disposition, started_at, duration_s, "
                                                 "charge_micro, currency) VALUES (?, ?, ?, ?, 'answered', ?, ?, ?, 'USD')"),
                              {account.id, number, kA, QStringLiteral("+1514556%1").arg(i, 4, 10, QLatin1Char('0')), start + (i / 3) * 60,
                               (i * 37) % 500, qint64((i * 7919) % 100000)}).ok());
        }
    }
    static QList<qint64> idsForward(const QAbstractItemModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(ItemRoles::IdRole).toLongLong();
        return ids;
    }

private slots:
    void pagesAndSorts_data() { TestDatabase::addBackendRows(); }
    void pagesAndSorts()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = seed(test.connection());
        addMany(test.connection(), account, 700);
        CallsReportModel model;
        auto tester = attachModelTester(&model);
        ReportQuery query;
        query.from = QDate(2026, 10, 31);
        query.to = kToday;
        QVERIFY(model.setQuery(test.connection(), account, query).ok());
        // The first page shows before any COUNT(*): one full page, more to fetch.
        QCOMPARE(model.rowCount(), CallsReportModel::kPageSize);
        QVERIFY(!model.isCountKnown());
        QVERIFY(model.canFetchMore(QModelIndex()));
        QVERIFY(model.countRows().ok());
        QVERIFY(model.isCountKnown());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.rowCount(), 709);
        QCOMPARE(model.columnCount(), 6);

        // The first row, formatted for people and raw for sorting.
        QCOMPARE(model.index(0, CallsReportModel::StartedColumn).data(ItemRoles::RawValueRole).toLongLong(), epoch("2026-10-31T12:00:00Z"));
        QCOMPARE(model.index(0, CallsReportModel::NumberColumn).data().toString(), QStringLiteral("+1 514-555-0100"));
        QCOMPARE(model.index(0, CallsReportModel::TypeColumn).data().toString(), QStringLiteral("Answered"));
        QCOMPARE(model.index(0, CallsReportModel::DurationColumn).data().toString(), QStringLiteral("2:00"));
        QCOMPARE(model.index(0, CallsReportModel::ChargeColumn).data().toString(), QStringLiteral("$0.01"));
        QCOMPARE(model.index(3, CallsReportModel::CallerColumn).data().toString(), QStringLiteral("Anonymous"));

        // Forward through every page: time order, every call once, and only a few pages kept.
        const QList<qint64> forward = idsForward(model);
        QCOMPARE(QSet<qint64>(forward.cbegin(), forward.cend()).size(), 709);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, 0).data(ItemRoles::RawValueRole).toLongLong()
                    <= model.index(row, 0).data(ItemRoles::RawValueRole).toLongLong());
        }
        QVERIFY(model.cachedPages() <= CallsReportModel::kMaxCachedPages);

        // Without a count, the view's fetchMore() grows the list a page at a time, in order, to the end.
        QVERIFY(model.setQuery(test.connection(), account, query).ok());
        QCOMPARE(model.rowCount(), CallsReportModel::kPageSize);
        int fetches = 0;
        while (model.canFetchMore(QModelIndex()) && fetches < 10) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QTRY_VERIFY(model.rowCount() > before); // the page arrives on the next turn of the event loop
            ++fetches;
        }
        QCOMPARE(fetches, 2);
        QVERIFY(model.isCountKnown());
        QCOMPARE(idsForward(model), forward);

        // The count given from the totals after one page: every row appears at once.
        QVERIFY(model.setQuery(test.connection(), account, query).ok());
        model.setTotalRows(709);
        QCOMPARE(model.rowCount(), 709);
        QCOMPARE(idsForward(model), forward);

        // Jumping to the end first and walking back gives the same rows.
        QVERIFY(model.setQuery(test.connection(), account, query).ok());
        QVERIFY(model.countRows().ok());
        QList<qint64> backward;
        for (int row = model.rowCount() - 1; row >= 0; --row)
            backward.prepend(model.index(row, 0).data(ItemRoles::IdRole).toLongLong());
        QCOMPARE(backward, forward);

        // Sorted by raw charge, descending, across pages.
        model.sort(CallsReportModel::ChargeColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 709);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, CallsReportModel::ChargeColumn).data(ItemRoles::RawValueRole).toLongLong()
                    >= model.index(row, CallsReportModel::ChargeColumn).data(ItemRoles::RawValueRole).toLongLong());
        }
        model.sort(CallsReportModel::CallerColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CallsReportModel::CallerColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("+15145551000"));
        QCOMPARE(model.index(708, CallsReportModel::CallerColumn).data(ItemRoles::RawValueRole).toString(), QStringLiteral("anonymous"));

        // A narrower query replaces the rows.
        query.type = ReportQuery::CallType::Missed;
        QVERIFY(model.setQuery(test.connection(), account, query).ok());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.isCountKnown()); // less than a page: the count is the page
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallsReportModel)
#include "tst_callsreportmodel.moc"
