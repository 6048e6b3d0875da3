#include "core/clock.h"

#include <QTest>

class TestClock final : public QObject
{
    Q_OBJECT

private slots:
    void parseInstant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epoch"); // -1: refused
        QTest::newRow("offset") << QStringLiteral("2026-11-23T10:00:00-05:00") << qint64(1795446000);
        QTest::newRow("Z") << QStringLiteral("2026-11-23T15:00:00Z") << qint64(1795446000);
        QTest::newRow("no seconds") << QStringLiteral("2026-11-23T15:00Z") << qint64(1795446000);
        QTest::newRow("no zone refused") << QStringLiteral("2026-11-23T10:00:00") << qint64(-1);
        QTest::newRow("garbage") << QStringLiteral("tomorrow") << qint64(-1);
        QTest::newRow("bad date") << QStringLiteral("2026-02-30T10:00:00Z") << qint64(-1);
    }
    void parseInstant()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epoch);
        const QDateTime parsed = Clock::parseInstant(text);
        if (epoch < 0) {
            QVERIFY(!parsed.isValid());
        } else {
            QVERIFY(parsed.isValid());
            QCOMPARE(parsed.toSecsSinceEpoch(), epoch);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void fixedClockTodayDependsOnZone()
    {
        // 02:30 UTC on the 24th is still the 23rd in New York.
        const Clock clock = Clock::fixed(Clock::parseInstant(QStringLiteral("2026-11-24T02:30:00Z")));
        QVERIFY(clock.isFixed());
        QCOMPARE(clock.today(QTimeZone("America/New_York")), QDate(2026, 11, 23));
        QCOMPARE(clock.today(QTimeZone("Europe/Paris")), QDate(2026, 11, 24));
    }

    void systemClockMoves()
    {
        const Clock clock;
        QVERIFY(!clock.isFixed());
        QVERIFY(qAbs(clock.now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
