#include "routing/routinglinter.h"
#include "routingtestconfig.h"

#include "clirunner.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// `linedesk-cli route set|show|simulate|lint`: the contract's shapes and exit codes, on both backends.
class TestRouteCli final : public QObject
{
    Q_OBJECT

private:
    static const inline QString kNumber = u"+12125550142"_s;

    static bool prepare(TestDatabase &test, const QString &backend)
    {
        if (!test.createAndOpen(backend))
            return false;
        const QSqlDatabase db = test.connection();
        const qint64 account =
            Sql::insert(db, u"INSERT INTO accounts (name, account_number, created_at) VALUES ('Test', 'T-1', 0) RETURNING id"_s).value();
        return Sql::exec(db, u"INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, next_billing_on) "
                             "VALUES (?, ?, 'US', 'local', 'USD', '2026-01-01', '2026-12-01')"_s,
                         {account, kNumber})
            .ok();
    }

    static QString writeFile(TestDatabase &test, const QString &name, const QByteArray &content)
    {
        const QString path = test.tempPath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    static CliRun route(TestDatabase &test, const QStringList &arguments)
    {
        return runCli(QStringList{u"--db"_s, test.cliArgument(), u"--now=2026-11-23T10:00:00-05:00"_s} + arguments);
    }

private slots:
    void setThenShowRoundTrip_data() { TestDatabase::addBackendRows(); }
    void setThenShowRoundTrip()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(prepare(test, backend));
        const CliRun set = route(test, {u"route"_s, u"set"_s, kNumber, writeFile(test, u"in.json"_s, routingTestJson())});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const CliRun show = route(test, {u"route"_s, u"show"_s, kNumber});
        QCOMPARE(show.exitCode, 0);
        const auto shown = RoutingJson::read(show.out);
        QVERIFY2(shown.ok(), qPrintable(shown.errorMessage()));
        QVERIFY(shown.value() == routingTestConfig());
        // What show prints, set takes back unchanged.
        QCOMPARE(route(test, {u"route"_s, u"set"_s, kNumber, writeFile(test, u"again.json"_s, show.out)}).exitCode, 0);
        QCOMPARE(route(test, {u"route"_s, u"show"_s, kNumber}).out, show.out);
    }

    void simulateShape_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("forward") << u"2026-11-23T15:00:00Z"_s << u"+15145550123"_s
                                 << QByteArray(R"({"action":"forward","destinations":["+15145550100"],"local_time":"2026-11-23T10:00:00-05:00","rule":"Office","strategy":"simultaneous"})");
        QTest::newRow("uncovered") << u"2026-11-28T20:00:00Z"_s << QString()
                                   << QByteArray(R"({"action":"voicemail","destinations":[],"local_time":"2026-11-28T15:00:00-05:00","rule":null,"strategy":null})");
        QTest::newRow("blocked") << u"2026-11-23T10:00:00-05:00"_s << u"anonymous"_s
                                 << QByteArray(R"({"action":"block","destinations":[],"local_time":"2026-11-23T10:00:00-05:00","rule":null,"strategy":null})");
        QTest::newRow("holiday") << u"2026-12-25T12:00:00Z"_s << u"+15145550123"_s
                                 << QByteArray(R"({"action":"voicemail","destinations":[],"local_time":"2026-12-25T07:00:00-05:00","rule":"Holiday","strategy":null})");
        QTest::newRow("summer") << u"2026-07-06T13:00:00Z"_s << QString()
                                << QByteArray(R"({"action":"forward","destinations":["+15145550100"],"local_time":"2026-07-06T09:00:00-04:00","rule":"Office","strategy":"simultaneous"})");
    }
    void simulateShape()
    {
        QFETCH(QString, at);
        QFETCH(QString, caller);
        QFETCH(QByteArray, expected);
        TestDatabase test;
        QVERIFY(prepare(test, u"sqlite"_s));
        QCOMPARE(route(test, {u"route"_s, u"set"_s, kNumber, writeFile(test, u"in.json"_s, routingTestJson())}).exitCode, 0);
        QStringList args{u"--format=json"_s, u"route"_s, u"simulate"_s, kNumber, u"--at"_s, at};
        if (!caller.isEmpty())
            args << u"--caller"_s << caller;
        const CliRun run = route(test, args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object.keys(), (QStringList{u"action"_s, u"destinations"_s, u"local_time"_s, u"rule"_s, u"strategy"_s}));
        QCOMPARE(QJsonDocument(object).toJson(QJsonDocument::Compact), expected);
    }

    void refusalsExitTwoAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("fileContent"); // written to bad.json, referred to as FILE
        QTest::addColumn<QByteArray>("message");
        const QString file = u"FILE"_s;
        QTest::newRow("invalid json") << QStringList{u"set"_s, kNumber, file} << QByteArray("{\"rules\": [") << QByteArray("JSON");
        QTest::newRow("bad time") << QStringList{u"set"_s, kNumber, file}
                                  << QByteArray(R"({"rules": [{"name": "Office", "days": ["mon"], "start": "9h", "end": "17:00", "action": "reject"}]})")
                                  << QByteArray("start");
        QTest::newRow("unknown zone") << QStringList{u"set"_s, kNumber, file} << QByteArray(R"({"timezone": "Moon/Base", "rules": []})")
                                      << QByteArray("Moon/Base");
        QTest::newRow("forward without destination") << QStringList{u"set"_s, kNumber, file}
                                                     << QByteArray(R"({"rules": [{"name": "Office", "days": ["mon"], "start": "09:00", "end": "17:00", "action": "forward"}]})")
                                                     << QByteArray("destinations");
        QTest::newRow("missing file") << QStringList{u"set"_s, kNumber, u"/nonexistent/routing.json"_s} << QByteArray() << QByteArray("routing.json");
        QTest::newRow("unknown number") << QStringList{u"set"_s, u"+13055550119"_s, file} << routingTestJson() << QByteArray("+13055550119");
        QTest::newRow("set without file") << QStringList{u"set"_s, kNumber} << QByteArray() << QByteArray("E164");
        QTest::newRow("simulate without at") << QStringList{u"simulate"_s, kNumber} << QByteArray() << QByteArray("--at");
        QTest::newRow("simulate bad at") << QStringList{u"simulate"_s, kNumber, u"--at"_s, u"tomorrow"_s} << QByteArray() << QByteArray("tomorrow");
        QTest::newRow("simulate at without zone") << QStringList{u"simulate"_s, kNumber, u"--at"_s, u"2026-11-23T10:00:00"_s} << QByteArray()
                                                  << QByteArray("2026-11-23T10:00:00");
        QTest::newRow("simulate bad caller") << QStringList{u"simulate"_s, kNumber, u"--at"_s, u"2026-11-23T15:00:00Z"_s, u"--caller"_s, u"+1514*"_s}
                                             << QByteArray() << QByteArray("+1514*");
        QTest::newRow("unknown subcommand") << QStringList{u"delete"_s, kNumber} << QByteArray() << QByteArray("delete");
        QTest::newRow("lint unknown number") << QStringList{u"lint"_s, u"+13055550119"_s} << QByteArray() << QByteArray("+13055550119");
    }
    void refusalsExitTwoAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(QByteArray, message);
        TestDatabase test;
        QVERIFY(prepare(test, u"sqlite"_s));
        const QString file = writeFile(test, u"bad.json"_s, fileContent);
        QStringList args{u"route"_s};
        for (const QString &argument : arguments)
            args << (argument == QLatin1String("FILE") ? file : argument);
        const CliRun run = route(test, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // a one-line message
        QCOMPARE(Sql::scalar(test.connection(), u"SELECT COUNT(*) FROM routing_rules"_s)->toInt(), 0);
        QCOMPARE(Sql::scalar(test.connection(), u"SELECT version FROM numbers WHERE e164 = ?"_s, {kNumber})->toInt(), 1);
    }

    void lintPrintsOneWarningPerLine_data() { TestDatabase::addBackendRows(); }
    void lintPrintsOneWarningPerLine()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(prepare(test, backend));
        RoutingConfig config = routingTestConfig();
        config.voicemail = false;
        config.rules[1].destinations << kNumber;
        QCOMPARE(route(test, {u"route"_s, u"set"_s, kNumber, writeFile(test, u"in.json"_s, RoutingJson::write(config))}).exitCode, 0);
        const CliRun lint = route(test, {u"route"_s, u"lint"_s, kNumber});
        QCOMPARE(lint.exitCode, 0); // warnings are not failures
        const QList<RoutingWarning> expected =
            RoutingLinter::lint(config, kNumber, QDateTime::fromString(u"2026-11-23T15:00:00Z"_s, Qt::ISODate));
        QVERIFY(expected.size() >= 4);
        const QStringList lines = QString::fromUtf8(lint.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected.size());
        QVERIFY(lint.out.contains("Lunch"));
        QVERIFY(lint.out.contains(kNumber.toUtf8()));
        const CliRun json = route(test, {u"--format=json"_s, u"route"_s, u"lint"_s, kNumber});
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), expected.size());
        bool selfForward = false;
        for (const QJsonValue &value : array)
            selfForward |= value.toObject().value(u"kind"_s).toString() == u"self-forward"_s;
        QVERIFY(selfForward);
    }
};

QTEST_GUILESS_MAIN(TestRouteCli)
#include "tst_routecli.moc"
