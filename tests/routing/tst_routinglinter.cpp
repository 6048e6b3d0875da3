#include "routing/routinglinter.h"
#include "routing/routingjson.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RoutingWarning::Kind)

// Every warning of RoutingLinter, each on a configuration that has exactly that problem.
class TestRoutingLinter final : public QObject
{
    Q_OBJECT

private:
    static QByteArray config(const QByteArray &rules, bool voicemail = true, const QByteArray &zone = "America/New_York")
    {
        return "{\"timezone\": \"" + zone + "\", \"voicemail\": " + (voicemail ? "true" : "false") + ", \"rules\": [" + rules + "]}";
    }

private slots:
    void warnings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("now");
        QTest::addColumn<RoutingWarning::Kind>("kind");
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("other");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("mentions");

        const QByteArray office = R"({"name": "Office", "days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "17:00",
                                      "action": "forward", "destinations": ["+15145550100"]})";
        const QString winter = u"2026-11-23T15:00:00Z"_s;
        QTest::newRow("overlap") << config(office + R"(, {"name": "Late", "days": ["mon"], "start": "16:00", "end": "18:00", "action": "voicemail"})")
                                 << winter << RoutingWarning::Kind::Overlap << 1 << 0 << 1 << u"16:00–17:00"_s;
        QTest::newRow("gap with voicemail off") << config(office, false) << winter << RoutingWarning::Kind::Gap << -1 << -1 << 7
                                                << u"17:00–24:00"_s;
        QTest::newRow("night covers the gap") << config(office + R"(, {"name": "Rest", "days": ["mon","tue","wed","thu","fri","sat","sun"],
                                                         "start": "17:00", "end": "09:00", "action": "voicemail"},
                                                        {"name": "Weekend", "days": ["sat", "sun"], "start": "09:00", "end": "17:00", "action": "reject"})", false)
                                              << winter << RoutingWarning::Kind::Gap << -1 << -1 << 0 << QString();
        QTest::newRow("shadowed") << config(office + R"(, {"name": "Coffee", "days": ["wed"], "start": "10:00", "end": "11:00", "action": "reject"})")
                                  << winter << RoutingWarning::Kind::Shadowed << 1 << 0 << 1 << u"Office"_s;
        QTest::newRow("no day") << config(R"({"name": "Nobody", "days": [], "start": "09:00", "end": "17:00", "action": "reject"})")
                                << winter << RoutingWarning::Kind::EmptyRule << 0 << -1 << 1 << u"Nobody"_s;
        QTest::newRow("dates reversed") << config(R"({"name": "Backwards", "dates": {"from": "2026-12-27", "to": "2026-12-25"},
                                                     "start": "00:00", "end": "24:00", "action": "voicemail"})")
                                        << winter << RoutingWarning::Kind::EmptyRule << 0 << -1 << 1 << u"2026-12-25"_s;
        QTest::newRow("no day within dates") << config(R"({"name": "Weekend Monday", "dates": {"from": "2026-12-26", "to": "2026-12-27"},
                                                          "days": ["mon"], "start": "00:00", "end": "24:00", "action": "voicemail"})")
                                             << winter << RoutingWarning::Kind::EmptyRule << 0 << -1 << 1 << u"Weekend Monday"_s;
        QTest::newRow("dates in the past") << config(R"({"name": "Old holiday", "dates": {"from": "2025-12-25", "to": "2025-12-26"},
                                                        "start": "00:00", "end": "24:00", "action": "voicemail"})")
                                           << winter << RoutingWarning::Kind::PastDates << 0 << -1 << 1 << u"2025-12-26"_s;
        QTest::newRow("dated overlap") << config(R"({"name": "Christmas", "dates": {"from": "2026-12-24", "to": "2026-12-26"},
                                                    "start": "00:00", "end": "24:00", "action": "voicemail"},
                                                   {"name": "Boxing day", "dates": {"from": "2026-12-26", "to": "2026-12-27"},
                                                    "start": "00:00", "end": "24:00", "action": "reject"})")
                                       << winter << RoutingWarning::Kind::Overlap << 1 << 0 << 1 << u"Christmas"_s;
        QTest::newRow("dated shadowed") << config(R"({"name": "Christmas", "dates": {"from": "2026-12-24", "to": "2026-12-26"},
                                                     "start": "00:00", "end": "24:00", "action": "voicemail"},
                                                    {"name": "Christmas day", "dates": {"from": "2026-12-25", "to": "2026-12-25"},
                                                     "start": "10:00", "end": "12:00", "action": "reject"})")
                                        << winter << RoutingWarning::Kind::Shadowed << 1 << 0 << 1 << u"Christmas"_s;
        // New York springs forward on 2027-03-14 (a Sunday): 02:00–03:00 does not exist.
        QTest::newRow("dst gap start") << config(R"({"name": "Sunday night", "days": ["sun"], "start": "02:30", "end": "04:00", "action": "voicemail"})")
                                       << winter << RoutingWarning::Kind::DstGap << 0 << -1 << 1 << u"02:30"_s;
        QTest::newRow("dst gap end") << config(R"({"name": "Sunday late", "days": ["sat"], "start": "23:00", "end": "02:15", "action": "voicemail"})")
                                     << winter << RoutingWarning::Kind::DstGap << 0 << -1 << 1 << u"02:15"_s;
        QTest::newRow("dst gap paris") << config(R"({"name": "Nuit", "days": ["sun"], "start": "02:00", "end": "05:00", "action": "voicemail"})",
                                                 true, "Europe/Paris")
                                       << winter << RoutingWarning::Kind::DstGap << 0 << -1 << 1 << u"02:00"_s;
        QTest::newRow("dst gap beyond 12 months") << config(R"({"name": "Sunday night", "days": ["sun"], "start": "02:30", "end": "04:00", "action": "voicemail"})")
                                                  << u"2026-03-09T12:00:00Z"_s << RoutingWarning::Kind::DstGap << 0 << -1 << 0 << QString();
        QTest::newRow("dst gap weekday unaffected") << config(R"({"name": "Monday night", "days": ["mon"], "start": "02:30", "end": "04:00", "action": "voicemail"})")
                                                    << winter << RoutingWarning::Kind::DstGap << 0 << -1 << 0 << QString();
        // New York falls back on 2026-11-01: 01:00–02:00 happens twice.
        QTest::newRow("dst repeat") << config(R"({"name": "Early", "days": ["sun"], "start": "01:30", "end": "05:00", "action": "voicemail"})")
                                    << u"2026-06-01T12:00:00Z"_s << RoutingWarning::Kind::DstRepeat << 0 << -1 << 1 << u"01:30"_s;
        QTest::newRow("self forward") << config(R"({"name": "Loop", "days": ["mon"], "start": "09:00", "end": "17:00", "action": "forward",
                                                   "destinations": ["+12125550142"]})")
                                      << winter << RoutingWarning::Kind::SelfForward << 0 << -1 << 1 << u"+12125550142"_s;
        QTest::newRow("invalid destination") << config(R"({"name": "Typo", "days": ["mon"], "start": "09:00", "end": "17:00", "action": "forward",
                                                          "destinations": ["+1514555010"]})")
                                             << winter << RoutingWarning::Kind::InvalidDestination << 0 << -1 << 1 << u"+1514555010"_s;
    }
    void warnings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, now);
        QFETCH(RoutingWarning::Kind, kind);
        QFETCH(int, rule);
        QFETCH(int, other);
        QFETCH(int, count);
        QFETCH(QString, mentions);

        const auto parsed = RoutingJson::read(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const QList<RoutingWarning> all =
            RoutingLinter::lint(parsed.value(), u"+12125550142"_s, QDateTime::fromString(now, Qt::ISODate));
        QList<RoutingWarning> found;
        for (const RoutingWarning &warning : all) {
            if (warning.kind == kind)
                found << warning;
        }
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QCOMPARE(found.first().ruleIndex, rule);
        QCOMPARE(found.first().otherRuleIndex, other);
        QVERIFY2(found.first().message.contains(mentions), qPrintable(found.first().message));
        // Nothing else is wrong with these configurations (Paris repeats the hour it skips, hence DST apart).
        for (const RoutingWarning &warning : all) {
            if (warning.kind != RoutingWarning::Kind::DstRepeat && warning.kind != RoutingWarning::Kind::DstGap)
                QCOMPARE(warning.kind, kind);
        }
    }

    void cleanConfigurationHasNoWarning()
    {
        const auto parsed = RoutingJson::read(config(R"({"name": "Office", "days": ["mon","tue","wed","thu","fri"], "start": "09:00",
                                                         "end": "17:00", "action": "forward", "destinations": ["+15145550100"]},
                                                        {"name": "Holiday", "dates": {"from": "2026-12-25", "to": "2026-12-25"},
                                                         "start": "00:00", "end": "24:00", "action": "voicemail"})"));
        QVERIFY(parsed.ok());
        const auto warnings = RoutingLinter::lint(parsed.value(), u"+12125550142"_s, QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate));
        for (const RoutingWarning &warning : warnings)
            qWarning() << warning.message;
        QVERIFY(warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoutingLinter)
#include "tst_routinglinter.moc"
