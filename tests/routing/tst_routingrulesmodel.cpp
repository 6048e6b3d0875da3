#include "routing/routinglinter.h"
#include "routing/routingrulesmodel.h"
#include "routing/weekcoverage.h"
#include "routingtestconfig.h"

#include "core/itemroles.h"
#include "modeltesting.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The draft rules model (under QAbstractItemModelTester) and the week coverage behind the grid.
class TestRoutingRulesModel final : public QObject
{
    Q_OBJECT

private slots:
    void editingKeepsListOrder()
    {
        RoutingRulesModel model;
        auto tester = attachModelTester(&model);
        const RoutingConfig config = routingTestConfig();
        model.setRules(config.rules);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(1, RoutingRulesModel::NameColumn).data(ItemRoles::RawValueRole).toString(), u"Office"_s);
        QVERIFY(model.index(1, RoutingRulesModel::DestinationsColumn).data().toString().contains(u"514"_s));

        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.moveRule(2, 1)); // Lunch above Office
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.rule(1).name, u"Lunch"_s);
        QVERIFY(model.moveRule(1, 3)); // and down past Night
        QCOMPARE(model.rule(3).name, u"Lunch"_s);
        QCOMPARE(model.rule(2).name, u"Night"_s);
        QVERIFY(!model.moveRule(0, 8));

        RoutingRule copy = model.rule(1);
        copy.name = u"Office (copy)"_s;
        model.insertRule(2, copy);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.rule(2).name, u"Office (copy)"_s);
        model.removeRule(2);
        QCOMPARE(model.rowCount(), 8);

        RoutingRule edited = model.rule(0);
        edited.endMinute = 12 * 60;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRule(0, edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rule(0).endMinute, 12 * 60);
    }

    void warningsShowOnTheirRule()
    {
        RoutingRulesModel model;
        auto tester = attachModelTester(&model);
        const RoutingConfig config = routingTestConfig();
        model.setRules(config.rules);
        model.setWarnings(RoutingLinter::lint(config, u"+12125550142"_s, QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate)));
        // Lunch is shadowed by Office.
        const QModelIndex lunch = model.index(2, RoutingRulesModel::NameColumn);
        QVERIFY(lunch.data(RoutingRulesModel::WarningCountRole).toInt() >= 1);
        QVERIFY(lunch.data(Qt::ToolTipRole).toString().contains(u"never fires"_s));
        QVERIFY(lunch.data().toString().contains(u"Lunch"_s));
        QCOMPARE(model.index(1, 0).data(RoutingRulesModel::WarningCountRole).toInt(), 0);
        model.setRules({});
        QCOMPARE(model.rowCount(), 0);
    }

    void weekCoverage()
    {
        const WeekCoverage coverage(routingTestConfig().rules);
        QCOMPARE(coverage.ruleAt(0, 36), 1);  // Monday 09:00 Office
        QCOMPARE(coverage.ruleAt(0, 35), -1); // Monday 08:45
        QCOMPARE(coverage.ruleAt(0, 48), 1);  // Monday 12:00: Office, not Lunch (list order)
        QCOMPARE(coverage.ruleAt(0, 68), -1); // Monday 17:00
        QCOMPARE(coverage.ruleAt(0, 88), 3);  // Monday 22:00 Night
        QCOMPARE(coverage.ruleAt(1, 23), 3);  // Tuesday 05:45, night from Monday
        QCOMPARE(coverage.ruleAt(5, 10), 3);  // Saturday 02:30, night from Friday
        QCOMPARE(coverage.ruleAt(6, 10), 7);  // Sunday 02:30 "Sunday two"
        QCOMPARE(coverage.ruleAt(6, 95), 5);  // Sunday 23:45, until 24:00
        QCOMPARE(coverage.ruleAt(0, 0), -1);  // Monday 00:00: Sunday's evening ended at 24:00
    }
};

QTEST_GUILESS_MAIN(TestRoutingRulesModel)
#include "tst_routingrulesmodel.moc"
