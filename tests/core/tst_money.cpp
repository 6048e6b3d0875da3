#include "core/money.h"

#include <QLocale>
#include <QTest>

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void divideRounded_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(1000) << qint64(10) << qint64(100);
        QTest::newRow("below half") << qint64(1049) << qint64(100) << qint64(10);
        QTest::newRow("half goes up") << qint64(1050) << qint64(100) << qint64(11);
        QTest::newRow("negative half goes down") << qint64(-1050) << qint64(100) << qint64(-11);
        QTest::newRow("negative below half") << qint64(-1049) << qint64(100) << qint64(-10);
        QTest::newRow("seed proration 1295*8/30") << qint64(1295 * 8) << qint64(30) << qint64(345);
        QTest::newRow("2.5 -> 3") << qint64(5) << qint64(2) << qint64(3);
        QTest::newRow("-2.5 -> -3") << qint64(-5) << qint64(2) << qint64(-3);
        QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    }
    void divideRounded()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, expected);
        QCOMPARE(Money::divideRounded(numerator, denominator), expected);
    }

    void mulDivDoesNotOverflow()
    {
        // 9e15 minor units × 30 would overflow 64 bits; the result must still be exact.
        const qint64 big = 9'000'000'000'000'000LL;
        QCOMPARE(Money::mulDivRounded(big, 30, 30), big);
    }

    void fromMicro_data()
    {
        QTest::addColumn<qint64>("micro");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("0.0125 USD -> 0.01") << qint64(12500) << QStringLiteral("USD") << qint64(1);
        QTest::newRow("0.015 USD tie -> 0.02") << qint64(15000) << QStringLiteral("USD") << qint64(2);
        QTest::newRow("-0.015 USD tie -> -0.02") << qint64(-15000) << QStringLiteral("USD") << qint64(-2);
        QTest::newRow("0.0149 USD -> 0.01") << qint64(14900) << QStringLiteral("USD") << qint64(1);
        QTest::newRow("0.5 JPY tie -> 1") << qint64(500000) << QStringLiteral("JPY") << qint64(1);
        QTest::newRow("0.0005 TND tie -> 0.001") << qint64(500) << QStringLiteral("TND") << qint64(1);
    }
    void fromMicro()
    {
        QFETCH(qint64, micro);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QCOMPARE(Money::fromMicro(micro, currency).minor(), minor);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("12.95") << QStringLiteral("12.95") << QStringLiteral("USD") << true << qint64(1295);
        QTest::newRow("15") << QStringLiteral("15") << QStringLiteral("USD") << true << qint64(1500);
        QTest::newRow("15.5") << QStringLiteral("15.5") << QStringLiteral("USD") << true << qint64(1550);
        QTest::newRow("-3.05") << QStringLiteral("-3.05") << QStringLiteral("USD") << true << qint64(-305);
        QTest::newRow("spaces") << QStringLiteral(" 14.99 ") << QStringLiteral("USD") << true << qint64(1499);
        QTest::newRow("too many decimals") << QStringLiteral("14.999") << QStringLiteral("USD") << false << qint64(0);
        QTest::newRow("JPY no decimals") << QStringLiteral("1200") << QStringLiteral("JPY") << true << qint64(1200);
        QTest::newRow("JPY decimals refused") << QStringLiteral("12.5") << QStringLiteral("JPY") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("12,95abc") << QStringLiteral("USD") << false << qint64(0);
        QTest::newRow("empty") << QString() << QStringLiteral("USD") << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto money = Money::parse(text, currency);
        QCOMPARE(money.ok(), ok);
        if (ok)
            QCOMPARE(money->minor(), minor);
        else
            QVERIFY(!money.errorMessage().isEmpty());
    }

    void decimalString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("3.45") << qint64(345) << QStringLiteral("USD") << QStringLiteral("3.45");
        QTest::newRow("-0.50") << qint64(-50) << QStringLiteral("USD") << QStringLiteral("-0.50");
        QTest::newRow("0.05") << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
        QTest::newRow("1234.00") << qint64(123400) << QStringLiteral("EUR") << QStringLiteral("1234.00");
        QTest::newRow("JPY") << qint64(1200) << QStringLiteral("JPY") << QStringLiteral("1200");
        QTest::newRow("TND") << qint64(1005) << QStringLiteral("TND") << QStringLiteral("1.005");
    }
    void decimalString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, currency).toDecimalString(), expected);
        // The decimal string reads back to the same amount.
        QCOMPARE(Money::parse(expected, currency)->minor(), minor);
    }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << qint64(123450) << QStringLiteral("USD") << QStringLiteral("$1,234.50");
        // A minus sign in front, never CLDR's accounting parentheses.
        QTest::newRow("en_US negative") << QStringLiteral("en_US") << qint64(-345) << QStringLiteral("USD") << QStringLiteral("-$3.45");
        QTest::newRow("fr_FR negative") << QStringLiteral("fr_FR") << qint64(-345) << QStringLiteral("EUR") << QString::fromUtf16(u"-3,45\u00A0€");
        // French: U+202F narrow no-break space groups, U+00A0 before the symbol.
        QTest::newRow("fr_FR euro") << QStringLiteral("fr_FR") << qint64(123450) << QStringLiteral("EUR")
                                    << QString::fromUtf16(u"1\u202F234,50\u00A0€");
        QTest::newRow("fr_CA dollar") << QStringLiteral("fr_CA") << qint64(123450) << QStringLiteral("CAD")
                                      << QString::fromUtf16(u"1\u00A0234,50\u00A0$");
        // Spanish: no grouping below 10 000 (CLDR minimum grouping digits).
        QTest::newRow("es_ES 1234,50") << QStringLiteral("es_ES") << qint64(123450) << QStringLiteral("EUR")
                                       << QString::fromUtf16(u"1234,50\u00A0€");
        QTest::newRow("es_ES 123.456") << QStringLiteral("es_ES") << qint64(12345600) << QStringLiteral("EUR")
                                       << QString::fromUtf16(u"123.456,00\u00A0€");
        QTest::newRow("JPY") << QStringLiteral("en_US") << qint64(1200) << QStringLiteral("JPY") << QStringLiteral("¥1,200");
    }
    void format()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, currency).format(QLocale(locale)), expected);
    }

    void parseLocalizedReadsWhatFormatWrites()
    {
        for (const char *name : {"en_US", "fr_FR", "es_ES", "fr_CA"}) {
            const QLocale locale(QString::fromLatin1(name));
            for (qint64 minor : {qint64(987654321), qint64(-345), qint64(0)}) {
                const Money money(minor, QStringLiteral("EUR"));
                const auto back = Money::parseLocalized(money.format(locale), QStringLiteral("EUR"), locale);
                QVERIFY2(back.ok(), qPrintable(money.format(locale)));
                QCOMPARE(back->minor(), money.minor());
            }
        }
    }

    void scaledIsTheSeedProration()
    {
        // PRODUCT.md rule 2: $12.95 from November 23, invoices on the 1st: 8 of 30 days.
        QCOMPARE(Money(1295, QStringLiteral("USD")).scaled(8, 30).minor(), qint64(345));
    }

    void arithmetic()
    {
        Money a(1000, QStringLiteral("USD"));
        a += Money(250, QStringLiteral("USD"));
        QCOMPARE(a.minor(), qint64(1250));
        QCOMPARE((a - Money(1300, QStringLiteral("USD"))).minor(), qint64(-50));
        QVERIFY(Money(1, QStringLiteral("USD")) > Money(0, QStringLiteral("USD")));
        QCOMPARE((-a).minor(), qint64(-1250));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
