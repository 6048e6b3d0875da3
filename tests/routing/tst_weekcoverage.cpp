#include "routing/routeevaluator.h"
#include "routing/weekcoverage.h"
#include "routingtestconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The coverage grid's data: a typical week (weekly rules only) and a real week from a Monday, where
// each slot is what the evaluator answers on that date, so holidays show on their dates and win.
class TestWeekCoverage final : public QObject
{
    Q_OBJECT

private slots:
    void mondayOf_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("monday");
        QTest::newRow("monday") << QDate(2026, 12, 21) << QDate(2026, 12, 21);
        QTest::newRow("friday") << QDate(2026, 12, 25) << QDate(2026, 12, 21);
        QTest::newRow("sunday") << QDate(2026, 12, 27) << QDate(2026, 12, 21);
        QTest::newRow("across the year") << QDate(2027, 1, 1) << QDate(2026, 12, 28);
    }
    void mondayOf()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, monday);
        QCOMPARE(WeekCoverage::mondayOf(date), monday);
        QCOMPARE(WeekCoverage(routingTestConfig().rules, date).weekStart(), monday);
    }

    // Rule indexes of routingTestConfig(): 0 Holiday (2026-12-25), 1 Office, 2 Lunch, 3 Night, 4 Saturday.
    void slotAnswers_data()
    {
        QTest::addColumn<QDate>("week");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("dated");
        QTest::newRow("typical Friday 10:00: Office") << QDate() << 4 << u"10:00"_s << 1 << false;
        QTest::newRow("Christmas week, Friday 10:00: Holiday") << QDate(2026, 12, 21) << 4 << u"10:00"_s << 0 << true;
        QTest::newRow("Christmas week, Friday 00:00: Holiday beats Night") << QDate(2026, 12, 21) << 4 << u"00:00"_s << 0 << true;
        QTest::newRow("Christmas week, Friday 23:45: Holiday beats Night") << QDate(2026, 12, 21) << 4 << u"23:45"_s << 0 << true;
        QTest::newRow("Christmas week, Thursday 10:00: Office") << QDate(2026, 12, 21) << 3 << u"10:00"_s << 1 << false;
        QTest::newRow("Christmas week, Saturday 02:00: Friday's Night goes on") << QDate(2026, 12, 21) << 5 << u"02:00"_s << 3 << false;
        QTest::newRow("Christmas week, Saturday 06:00: no rule") << QDate(2026, 12, 21) << 5 << u"06:00"_s << -1 << false;
        QTest::newRow("Christmas week, Saturday 11:00: Saturday") << QDate(2026, 12, 21) << 5 << u"11:00"_s << 4 << false;
        QTest::newRow("next week, Friday 10:00: Office again") << QDate(2027, 1, 1) << 4 << u"10:00"_s << 1 << false;
        QTest::newRow("next week, Friday 12:15: Lunch is shadowed") << QDate(2027, 1, 1) << 4 << u"12:15"_s << 1 << false;
    }
    void slotAnswers()
    {
        QFETCH(QDate, week);
        QFETCH(int, day);
        QFETCH(QString, time);
        QFETCH(int, rule);
        QFETCH(bool, dated);
        const RoutingConfig config = routingTestConfig();
        const WeekCoverage coverage = week.isValid() ? WeekCoverage(config.rules, week) : WeekCoverage(config.rules);
        const int slot = QTime::fromString(time, u"HH:mm"_s).msecsSinceStartOfDay() / 60000 / WeekCoverage::kSlotMinutes;
        QCOMPARE(coverage.ruleAt(day, slot), rule);
        QCOMPARE(coverage.isDateBounded(day, slot), dated);
        if (week.isValid()) {
            QCOMPARE(coverage.dateOf(day), WeekCoverage::mondayOf(week).addDays(day));
            // The grid and the evaluator agree: the slot's rule is the one a call then would reach.
            const QTimeZone zone(config.timezone.toUtf8());
            const QDateTime instant(coverage.dateOf(day), QTime::fromString(time, u"HH:mm"_s), zone);
            const RouteDecision decision = RouteEvaluator(config).evaluate(instant);
            QCOMPARE(decision.ruleIndex, rule);
        } else {
            QVERIFY(!coverage.dateOf(day).isValid());
        }
    }

    // A week without dated rules in it looks like the typical week, slot for slot.
    void ordinaryWeekMatchesTheTypicalWeek()
    {
        const RoutingConfig config = routingTestConfig();
        const WeekCoverage typical(config.rules);
        const WeekCoverage november(config.rules, QDate(2026, 11, 23));
        for (int day = 0; day < 7; ++day)
            for (int slot = 0; slot < WeekCoverage::kSlotsPerDay; ++slot)
                QCOMPARE(november.ruleAt(day, slot), typical.ruleAt(day, slot));
        const WeekCoverage christmas(config.rules, QDate(2026, 12, 21));
        // Christmas Friday is covered all day; a typical Friday leaves 06:00–09:00 and 17:00–22:00 open.
        QCOMPARE(christmas.uncoveredSlots(), typical.uncoveredSlots() - 8 * WeekCoverage::kSlotsPerDay / 24);
    }
};

QTEST_GUILESS_MAIN(TestWeekCoverage)
#include "tst_weekcoverage.moc"
