#include "routing/routingjson.h"
#include "routingtestconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The `route set` / `route show` JSON: what is written reads back the same; bad input is refused with
// a message naming the rule and the field.
class TestRoutingJson final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const RoutingConfig config = routingTestConfig();
        QCOMPARE(config.rules.size(), 8);
        QCOMPARE(config.filter.entries().size(), 3);
        const auto again = RoutingJson::read(RoutingJson::write(config));
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QVERIFY(again.value() == config);
        // The documented shape: a dated rule without days has no "days", a voicemail rule no strategy.
        const QJsonObject holiday = RoutingJson::toObject(config).value(u"rules"_s).toArray().at(0).toObject();
        QVERIFY(!holiday.contains(u"days"_s));
        QVERIFY(!holiday.contains(u"strategy"_s));
        QCOMPARE(holiday.value(u"end"_s).toString(), u"24:00"_s);
        QCOMPARE(holiday.value(u"dates"_s).toObject().value(u"from"_s).toString(), u"2026-12-25"_s);
        QVERIFY(!RoutingJson::toObject(config).contains(u"ivr"_s));
    }

    void ivrRoundTrip()
    {
        RoutingConfig config = routingTestConfig();
        config.ivr = {true, u"Press 1 to speak with someone"_s, QLatin1Char('1'), RoutingConfig::IvrNoInput::Reject};
        const auto again = RoutingJson::read(RoutingJson::write(config));
        QVERIFY(again.ok());
        QVERIFY(again.value() == config);
    }

    void defaults()
    {
        const auto config = RoutingJson::read(R"({"rules": [{"name": "All day", "days": ["sun"], "start": "00:00", "end": "00:00",
                                                   "action": "forward", "destinations": ["+15145550100"]}]})");
        QVERIFY2(config.ok(), qPrintable(config.errorMessage()));
        QCOMPARE(config->timezone, u"America/New_York"_s);
        QVERIFY(config->voicemail);
        QCOMPARE(config->filter.mode(), CallerFilter::Mode::Off);
        QCOMPARE(config->rules.first().strategy, RoutingRule::Strategy::Simultaneous);
        QVERIFY(config->rules.first().crossesMidnight()); // an end equal to the start runs a full day
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        auto rule = [](const QByteArray &fields) -> QByteArray {
            return "{\"rules\": [{\"name\": \"Office\", \"days\": [\"mon\"], \"start\": \"09:00\", \"end\": \"17:00\", "
                   "\"action\": \"voicemail\"}, {\"name\": \"Second\", " + fields + "}]}";
        };
        QTest::newRow("not json") << QByteArray("{\"rules\": [") << QStringList{u"JSON"_s};
        QTest::newRow("not an object") << QByteArray("[]") << QStringList{u"object"_s};
        QTest::newRow("unknown time zone") << QByteArray(R"({"timezone": "Mars/Olympus", "rules": []})")
                                           << QStringList{u"timezone"_s, u"Mars/Olympus"_s};
        QTest::newRow("unknown top field") << QByteArray(R"({"rule": []})") << QStringList{u"rule"_s};
        QTest::newRow("voicemail not bool") << QByteArray(R"({"voicemail": "yes"})") << QStringList{u"voicemail"_s};
        QTest::newRow("malformed start") << rule(R"("days": ["mon"], "start": "9:00", "end": "17:00", "action": "reject")")
                                         << QStringList{u"Rule 2"_s, u"Second"_s, u"start"_s, u"9:00"_s};
        QTest::newRow("hour 25") << rule(R"("days": ["mon"], "start": "09:00", "end": "25:00", "action": "reject")")
                                 << QStringList{u"Second"_s, u"end"_s, u"25:00"_s};
        QTest::newRow("minute 60") << rule(R"("days": ["mon"], "start": "09:60", "end": "17:00", "action": "reject")")
                                   << QStringList{u"Second"_s, u"start"_s};
        QTest::newRow("24:00 start") << rule(R"("days": ["mon"], "start": "24:00", "end": "17:00", "action": "reject")")
                                     << QStringList{u"Second"_s, u"start"_s, u"24:00"_s};
        QTest::newRow("forward without destinations") << rule(R"("days": ["mon"], "start": "09:00", "end": "17:00", "action": "forward")")
                                                      << QStringList{u"Second"_s, u"destinations"_s};
        QTest::newRow("forward empty list") << rule(R"("days": ["mon"], "start": "09:00", "end": "17:00", "action": "forward", "destinations": [])")
                                            << QStringList{u"Second"_s, u"destinations"_s};
        QTest::newRow("destination not a number") << rule(R"("days": ["mon"], "start": "09:00", "end": "17:00", "action": "forward",
                                                           "destinations": ["front desk"])")
                                                  << QStringList{u"Second"_s, u"destinations"_s, u"front desk"_s};
        QTest::newRow("unknown day") << rule(R"("days": ["mon", "funday"], "start": "09:00", "end": "17:00", "action": "reject")")
                                     << QStringList{u"Second"_s, u"days"_s, u"funday"_s};
        QTest::newRow("no days no dates") << rule(R"("start": "09:00", "end": "17:00", "action": "reject")")
                                          << QStringList{u"Second"_s, u"days"_s};
        QTest::newRow("unknown action") << rule(R"("days": ["mon"], "start": "09:00", "end": "17:00", "action": "hangup")")
                                        << QStringList{u"Second"_s, u"action"_s, u"hangup"_s};
        QTest::newRow("unknown strategy") << rule(R"("days": ["mon"], "start": "09:00", "end": "17:00", "action": "forward",
                                                   "destinations": ["+15145550100"], "strategy": "loudest")")
                                          << QStringList{u"Second"_s, u"strategy"_s, u"loudest"_s};
        QTest::newRow("bad date") << rule(R"("dates": {"from": "2026-02-30", "to": "2026-03-01"}, "start": "09:00", "end": "17:00", "action": "reject")")
                                  << QStringList{u"Second"_s, u"dates.from"_s};
        QTest::newRow("unknown rule field") << rule(R"("days": ["mon"], "start": "09:00", "end": "17:00", "action": "reject", "priority": 1)")
                                            << QStringList{u"Second"_s, u"priority"_s};
        QTest::newRow("nameless rule") << rule(R"("name": "", "days": ["mon"], "start": "09:00", "end": "17:00", "action": "reject")")
                                       << QStringList{u"Rule 2"_s, u"name"_s};
        QTest::newRow("bad filter mode") << QByteArray(R"({"filter": {"mode": "whitelist", "entries": []}})")
                                         << QStringList{u"filter.mode"_s, u"whitelist"_s};
        QTest::newRow("bad filter pattern") << QByteArray(R"({"filter": {"mode": "block", "entries": [{"pattern": "+15*14"}]}})")
                                            << QStringList{u"Filter entry 1"_s, u"+15*14"_s};
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const auto config = RoutingJson::read(json);
        QVERIFY(!config.ok());
        QCOMPARE(config.errorKind(), Error::Kind::InvalidInput);
        for (const QString &mention : mentions)
            QVERIFY2(config.errorMessage().contains(mention), qPrintable(config.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRoutingJson)
#include "tst_routingjson.moc"
