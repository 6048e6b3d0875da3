#include "routing/routeevaluator.h"
#include "routingtestconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;

// PRODUCT.md rules 8 and 9 through RouteEvaluator: filters first, date-bounded over weekly, list order,
// [start, end) in the number's zone with DST, past midnight, 24:00, voicemail or reject when uncovered.
class TestRouteEvaluator final : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("voicemail");
        QTest::addColumn<QString>("instant");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("local");

        const QString ny = u"America/New_York"_s;
        const QString la = u"America/Los_Angeles"_s;
        const QString paris = u"Europe/Paris"_s;
        const QString someone = u"+12125550100"_s;
        auto row = [&](const char *name, const QString &zone, bool voicemail, const char *instant, const QString &caller,
                       const char *action, const char *rule, const char *local) {
            QTest::newRow(name) << zone << voicemail << QString::fromLatin1(instant) << caller << QString::fromLatin1(action)
                                << QString::fromUtf8(rule) << QString::fromLatin1(local);
        };
        // Weekday, weekend, boundaries (start inclusive, end exclusive), list order.
        row("weekday office", ny, true, "2026-11-23T15:00:00Z", someone, "forward", "Office", "2026-11-23T10:00:00-05:00");
        row("start inclusive", ny, true, "2026-11-23T14:00:00Z", someone, "forward", "Office", "2026-11-23T09:00:00-05:00");
        row("before start", ny, true, "2026-11-23T13:59:59Z", someone, "voicemail", "", "2026-11-23T08:59:59-05:00");
        row("last second", ny, true, "2026-11-23T21:59:59Z", someone, "forward", "Office", "2026-11-23T16:59:59-05:00");
        row("end exclusive", ny, true, "2026-11-23T22:00:00Z", someone, "voicemail", "", "2026-11-23T17:00:00-05:00");
        row("first in list wins", ny, true, "2026-11-23T17:30:00Z", someone, "forward", "Office", "2026-11-23T12:30:00-05:00");
        row("weekend rule", ny, true, "2026-11-28T16:00:00Z", someone, "forward", "Saturday", "2026-11-28T11:00:00-05:00");
        row("weekend uncovered", ny, true, "2026-11-28T20:00:00Z", someone, "voicemail", "", "2026-11-28T15:00:00-05:00");
        // Past midnight: the part after midnight belongs to the day the interval started on.
        row("night before midnight", ny, true, "2026-11-24T04:30:00Z", someone, "forward", "Night", "2026-11-23T23:30:00-05:00");
        row("night after midnight", ny, true, "2026-11-24T10:59:00Z", someone, "forward", "Night", "2026-11-24T05:59:00-05:00");
        row("night end exclusive", ny, true, "2026-11-24T11:00:00Z", someone, "voicemail", "", "2026-11-24T06:00:00-05:00");
        row("friday night into saturday", ny, true, "2026-11-28T08:00:00Z", someone, "forward", "Night", "2026-11-28T03:00:00-05:00");
        row("sunday morning not started saturday", ny, true, "2026-11-29T08:00:00Z", someone, "voicemail", "", "2026-11-29T03:00:00-05:00");
        row("monday early not started sunday", ny, true, "2026-11-23T08:00:00Z", someone, "voicemail", "", "2026-11-23T03:00:00-05:00");
        // 24:00 as an end.
        row("24:00 covers 23:59:59", ny, true, "2026-11-30T04:59:59Z", someone, "reject", "Sunday evening", "2026-11-29T23:59:59-05:00");
        row("24:00 ends at midnight", ny, true, "2026-11-30T05:00:00Z", someone, "voicemail", "", "2026-11-30T00:00:00-05:00");
        // Date-bounded rules over weekly rules; the date range is inclusive.
        row("holiday over office", ny, true, "2026-12-25T15:00:00Z", someone, "voicemail", "Holiday", "2026-12-25T10:00:00-05:00");
        row("holiday over night", ny, true, "2026-12-25T08:00:00Z", someone, "voicemail", "Holiday", "2026-12-25T03:00:00-05:00");
        row("day before holiday", ny, true, "2026-12-24T15:00:00Z", someone, "forward", "Office", "2026-12-24T10:00:00-05:00");
        row("after holiday night goes on", ny, true, "2026-12-26T05:30:00Z", someone, "forward", "Night", "2026-12-26T00:30:00-05:00");
        // Voicemail on/off for uncovered times.
        row("uncovered voicemail on", ny, true, "2026-11-28T20:00:00Z", someone, "voicemail", "", "2026-11-28T15:00:00-05:00");
        row("uncovered voicemail off", ny, false, "2026-11-28T20:00:00Z", someone, "reject", "", "2026-11-28T15:00:00-05:00");
        row("covered voicemail off", ny, false, "2026-11-23T15:00:00Z", someone, "forward", "Office", "2026-11-23T10:00:00-05:00");
        // Filters before rules.
        row("wildcard blocked in hours", ny, true, "2026-11-23T15:00:00Z", u"+19005551234"_s, "block", "", "2026-11-23T10:00:00-05:00");
        row("exact blocked", ny, true, "2026-11-23T15:00:00Z", u"+15145550999"_s, "block", "", "2026-11-23T10:00:00-05:00");
        row("anonymous blocked", ny, true, "2026-11-23T15:00:00Z", u"anonymous"_s, "block", "", "2026-11-23T10:00:00-05:00");
        row("neighbour passes", ny, true, "2026-11-23T15:00:00Z", u"+15145550998"_s, "forward", "Office", "2026-11-23T10:00:00-05:00");
        row("blocked when uncovered too", ny, false, "2026-11-28T20:00:00Z", u"anonymous"_s, "block", "", "2026-11-28T15:00:00-05:00");
        // DST: 09:00 New York is 13:00Z in summer, 14:00Z in winter.
        row("ny summer 09:00 is 13:00Z", ny, true, "2026-07-06T13:00:00Z", someone, "forward", "Office", "2026-07-06T09:00:00-04:00");
        row("ny summer 12:59Z is before", ny, true, "2026-07-06T12:59:59Z", someone, "voicemail", "", "2026-07-06T08:59:59-04:00");
        row("ny winter 13:00Z is before", ny, true, "2026-11-23T13:00:00Z", someone, "voicemail", "", "2026-11-23T08:00:00-05:00");
        row("ny winter 09:00 is 14:00Z", ny, true, "2026-11-23T14:00:00Z", someone, "forward", "Office", "2026-11-23T09:00:00-05:00");
        // New York fall back (2026-11-01 02:00 EDT → 01:00 EST): both 01:30 match 01:00–02:00.
        row("ny fall first 01:30", ny, true, "2026-11-01T05:30:00Z", someone, "forward", "Early", "2026-11-01T01:30:00-04:00");
        row("ny fall second 01:30", ny, true, "2026-11-01T06:30:00Z", someone, "forward", "Early", "2026-11-01T01:30:00-05:00");
        row("ny fall 00:59 EDT", ny, true, "2026-11-01T04:59:00Z", someone, "voicemail", "", "2026-11-01T00:59:00-04:00");
        row("ny fall 02:00 EST", ny, true, "2026-11-01T07:00:00Z", someone, "ivr", "Sunday two", "2026-11-01T02:00:00-05:00");
        // New York spring forward (2026-03-08 02:00 EST → 03:00 EDT): 02:00–03:00 never happens.
        row("ny spring 01:59 EST", ny, true, "2026-03-08T06:59:00Z", someone, "forward", "Early", "2026-03-08T01:59:00-05:00");
        row("ny spring skips 02:00-03:00", ny, true, "2026-03-08T07:00:00Z", someone, "voicemail", "", "2026-03-08T03:00:00-04:00");
        // Los Angeles.
        row("la spring 01:30 PST", la, true, "2026-03-08T09:30:00Z", someone, "forward", "Early", "2026-03-08T01:30:00-08:00");
        row("la spring 03:00 PDT", la, true, "2026-03-08T10:00:00Z", someone, "voicemail", "", "2026-03-08T03:00:00-07:00");
        row("la fall first 01:30", la, true, "2026-11-01T08:30:00Z", someone, "forward", "Early", "2026-11-01T01:30:00-07:00");
        row("la fall second 01:30", la, true, "2026-11-01T09:30:00Z", someone, "forward", "Early", "2026-11-01T01:30:00-08:00");
        // Paris (2026-03-29 02:00 CET → 03:00 CEST; 2026-10-25 03:00 CEST → 02:00 CET).
        row("paris spring 01:30 CET", paris, true, "2026-03-29T00:30:00Z", someone, "forward", "Early", "2026-03-29T01:30:00+01:00");
        row("paris spring skips 02:00", paris, true, "2026-03-29T01:00:00Z", someone, "voicemail", "", "2026-03-29T03:00:00+02:00");
        row("paris fall first 02:30", paris, true, "2026-10-25T00:30:00Z", someone, "ivr", "Sunday two", "2026-10-25T02:30:00+02:00");
        row("paris fall second 02:30", paris, true, "2026-10-25T01:30:00Z", someone, "ivr", "Sunday two", "2026-10-25T02:30:00+01:00");
        row("paris fall 01:30 CEST", paris, true, "2026-10-24T23:30:00Z", someone, "forward", "Early", "2026-10-25T01:30:00+02:00");
        // A zone change moves the same instant to another rule.
        row("zone ny 10:00 office", ny, true, "2026-11-23T15:00:00Z", someone, "forward", "Office", "2026-11-23T10:00:00-05:00");
        row("zone la 07:00 uncovered", la, true, "2026-11-23T15:00:00Z", someone, "voicemail", "", "2026-11-23T07:00:00-08:00");
        row("zone paris 16:00 office", paris, true, "2026-11-23T15:00:00Z", someone, "forward", "Office", "2026-11-23T16:00:00+01:00");
        row("zone ny 17:30 uncovered", ny, true, "2026-11-23T22:30:00Z", someone, "voicemail", "", "2026-11-23T17:30:00-05:00");
        row("zone la 14:30 office", la, true, "2026-11-23T22:30:00Z", someone, "forward", "Office", "2026-11-23T14:30:00-08:00");
        row("zone paris 23:30 night", paris, true, "2026-11-23T22:30:00Z", someone, "forward", "Night", "2026-11-23T23:30:00+01:00");
    }
    void evaluate()
    {
        QFETCH(QString, zone);
        QFETCH(bool, voicemail);
        QFETCH(QString, instant);
        QFETCH(QString, caller);
        QFETCH(QString, action);
        QFETCH(QString, rule);
        QFETCH(QString, local);

        RoutingConfig config = routingTestConfig();
        config.timezone = zone;
        config.voicemail = voicemail;
        const RouteEvaluator evaluator(config);
        QVERIFY(evaluator.isValid());
        const RouteDecision decision = evaluator.evaluate(QDateTime::fromString(instant, Qt::ISODate), caller);
        QCOMPARE(RouteDecision::actionName(decision.action), action);
        QCOMPARE(decision.ruleName, rule);
        QCOMPARE(decision.localTime.toString(Qt::ISODate), local);
        QVERIFY(!decision.explanation().isEmpty());

        // The replay's path (cached zone offsets, epoch seconds) decides the same, DST nights included.
        const RouteDecision fast = evaluator.evaluateAt(QDateTime::fromString(instant, Qt::ISODate).toSecsSinceEpoch(), caller);
        QCOMPARE(RouteDecision::actionName(fast.action), action);
        QCOMPARE(fast.ruleName, rule);
        QCOMPARE(fast.ruleIndex, decision.ruleIndex);
        QCOMPARE(fast.reason, decision.reason);
        QCOMPARE(fast.localTime.toString(Qt::ISODate), local);
    }

    // evaluateAt against evaluate over fourteen months of instants, 37 minutes apart (every minute of
    // the hour comes round), in three zones: both DST changes of each zone are crossed, and the
    // instants go backwards at the end to make the offset cache widen both ways.
    void evaluateAtMatchesEvaluate_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("New York") << u"America/New_York"_s;
        QTest::newRow("Los Angeles") << u"America/Los_Angeles"_s;
        QTest::newRow("Paris") << u"Europe/Paris"_s;
        QTest::newRow("Kathmandu (+05:45)") << u"Asia/Kathmandu"_s;
        QTest::newRow("New York, allow list") << u"America/New_York allow"_s;
    }
    void evaluateAtMatchesEvaluate()
    {
        QFETCH(QString, zone);
        RoutingConfig config = routingTestConfig();
        config.timezone = zone.section(u' ', 0, 0);
        if (zone.endsWith(u" allow"_s))
            config.filter.setMode(CallerFilter::Mode::Allow);
        const RouteEvaluator evaluator(config);
        const qint64 from = QDateTime(QDate(2025, 12, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2027, 2, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QList<qint64> instants;
        for (qint64 at = from; at < to; at += 37 * 60)
            instants << at;
        instants << to + 400 * 86400 << from - 400 * 86400 << from - 3 * 365 * 86400;
        int checked = 0;
        for (const qint64 at : std::as_const(instants)) {
            // Callers of every kind: passes, wildcard, exact, anonymous written two ways, empty.
            static const QStringList callers{u"+12125550100"_s, u"+19005550000"_s, u"+15145550999"_s, u"anonymous"_s,
                                             u" Anonymous "_s, QString(), u"+15145550998"_s};
            const QString &caller = callers.at(checked % callers.size());
            const RouteDecision slow = evaluator.evaluate(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()), caller);
            const RouteDecision fast = evaluator.evaluateAt(at, caller);
            if (fast.ruleIndex != slow.ruleIndex || fast.action != slow.action || fast.filterEntry != slow.filterEntry
                || fast.localTime.toString(Qt::ISODate) != slow.localTime.toString(Qt::ISODate)) {
                QFAIL(qPrintable(u"%1: evaluate says %2 rule %3 at %4, evaluateAt says %5 rule %6 at %7"_s
                                     .arg(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate),
                                          RouteDecision::actionName(slow.action))
                                     .arg(slow.ruleIndex)
                                     .arg(slow.localTime.toString(Qt::ISODate), RouteDecision::actionName(fast.action))
                                     .arg(fast.ruleIndex)
                                     .arg(fast.localTime.toString(Qt::ISODate))));
            }
            ++checked;
        }
        QVERIFY(checked > 15000);
    }

    void decisionCarriesDestinationsAndStrategy()
    {
        const RouteEvaluator evaluator(routingTestConfig());
        const RouteDecision night = evaluator.evaluate(QDateTime::fromString(u"2026-11-24T04:30:00Z"_s, Qt::ISODate), u"+12125550100"_s);
        QCOMPARE(night.destinations, (QStringList{u"+15145550101"_s, u"+15145550104"_s}));
        QCOMPARE(night.strategy, RoutingRule::Strategy::Sequential);
        QCOMPARE(night.ruleIndex, 3);
        const RouteDecision holiday = evaluator.evaluate(QDateTime::fromString(u"2026-12-25T15:00:00Z"_s, Qt::ISODate), u"+12125550100"_s);
        QVERIFY(holiday.destinations.isEmpty());
        QVERIFY(!holiday.strategy.has_value());
        const RouteDecision blocked = evaluator.evaluate(QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate), u"+19005550000"_s);
        QCOMPARE(blocked.reason, RouteDecision::Reason::Filter);
        QCOMPARE(blocked.filterPattern, u"+1900*"_s);
        QVERIFY(blocked.explanation().contains(u"+1900*"_s));
    }

    void allowListLetsOnlyItsCallersThrough()
    {
        RoutingConfig config = routingTestConfig();
        config.filter = CallerFilter(CallerFilter::Mode::Allow, {{u"+1514*"_s, QString()}});
        const RouteEvaluator evaluator(config);
        const QDateTime office = QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate);
        QCOMPARE(evaluator.evaluate(office, u"+15145550123"_s).action, RouteDecision::Action::Forward);
        QCOMPARE(evaluator.evaluate(office, u"+12125550100"_s).action, RouteDecision::Action::Block);
        QCOMPARE(evaluator.evaluate(office, u"anonymous"_s).action, RouteDecision::Action::Block);
    }

    void ivrGateAnswersForwardedCalls()
    {
        RoutingConfig config = routingTestConfig();
        config.ivr.enabled = true;
        const RouteEvaluator evaluator(config);
        const RouteDecision office = evaluator.evaluate(QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate), u"+12125550100"_s);
        QCOMPARE(office.action, RouteDecision::Action::Ivr);
        QVERIFY(office.ivrGate);
        QCOMPARE(office.ruleName, u"Office"_s);
        QCOMPARE(office.destinations, QStringList{u"+15145550100"_s});
        // Voicemail stays voicemail: the gate is there to protect the phones that would ring.
        const RouteDecision holiday = evaluator.evaluate(QDateTime::fromString(u"2026-12-25T15:00:00Z"_s, Qt::ISODate), u"+12125550100"_s);
        QCOMPARE(holiday.action, RouteDecision::Action::Voicemail);
    }
};

QTEST_GUILESS_MAIN(TestRouteEvaluator)
#include "tst_routeevaluator.moc"
