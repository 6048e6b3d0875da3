#include "numbers/planswitchpolicy.h"

#include <QTest>

// PRODUCT.md rule 10: once per calendar month, never for toll-free or international numbers.
class TestPlanSwitchPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("lastChanged");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QDate>("nextAllowed");
        QTest::addColumn<QString>("reasonWord");
        const QDate today(2026, 11, 23);
        QTest::newRow("never switched") << QStringLiteral("local") << QDate() << today << true << today << QString();
        QTest::newRow("same day") << QStringLiteral("local") << today << today << false << QDate(2026, 12, 1) << QStringLiteral("once per calendar month");
        QTest::newRow("same month, first day") << QStringLiteral("local") << QDate(2026, 11, 1) << QDate(2026, 11, 30) << false << QDate(2026, 12, 1) << QStringLiteral("calendar month");
        QTest::newRow("previous month, last day") << QStringLiteral("local") << QDate(2026, 10, 31) << QDate(2026, 11, 1) << true << QDate(2026, 11, 1) << QString();
        QTest::newRow("next month") << QStringLiteral("local") << QDate(2026, 11, 23) << QDate(2026, 12, 1) << true << QDate(2026, 12, 1) << QString();
        QTest::newRow("same month a year ago") << QStringLiteral("local") << QDate(2025, 11, 23) << today << true << today << QString();
        QTest::newRow("December to January") << QStringLiteral("local") << QDate(2026, 12, 15) << QDate(2026, 12, 31) << false << QDate(2027, 1, 1) << QStringLiteral("calendar month");
        QTest::newRow("toll-free") << QStringLiteral("toll-free") << QDate() << today << false << QDate() << QStringLiteral("Toll-free");
        QTest::newRow("international") << QStringLiteral("international") << QDate(2025, 1, 1) << today << false << QDate() << QStringLiteral("International");
    }
    void evaluate()
    {
        QFETCH(QString, type);
        QFETCH(QDate, lastChanged);
        QFETCH(QDate, today);
        QFETCH(bool, allowed);
        QFETCH(QDate, nextAllowed);
        QFETCH(QString, reasonWord);
        const auto decision = PlanSwitchPolicy::evaluate(type, lastChanged, today);
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.reason.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(decision.reason.contains(reasonWord), qPrintable(decision.reason));
        QCOMPARE(PlanSwitchPolicy::nextAllowedOn(type, lastChanged, today), nextAllowed);
    }

    void plans()
    {
        QVERIFY(PlanSwitchPolicy::isPlan(QStringLiteral("flat")));
        QVERIFY(PlanSwitchPolicy::isPlan(QStringLiteral("per-minute")));
        QVERIFY(!PlanSwitchPolicy::isPlan(QStringLiteral("monthly")));
        QCOMPARE(PlanSwitchPolicy::otherPlan(QStringLiteral("flat")), QStringLiteral("per-minute"));
        QCOMPARE(PlanSwitchPolicy::otherPlan(QStringLiteral("per-minute")), QStringLiteral("flat"));
    }
};

QTEST_GUILESS_MAIN(TestPlanSwitchPolicy)
#include "tst_planswitchpolicy.moc"
