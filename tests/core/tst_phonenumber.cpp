#include "core/phonenumber.h"

#include <QTest>

class TestPhoneNumber final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("tollFree");
        QTest::newRow("US international") << QStringLiteral("+1 212 555 0142") << QString() << QStringLiteral("+12125550142") << QStringLiteral("US") << false;
        QTest::newRow("US national with region") << QStringLiteral("(415) 555-0163") << QStringLiteral("US") << QStringLiteral("+14155550163") << QStringLiteral("US") << false;
        QTest::newRow("US toll-free") << QStringLiteral("+1 800 555 0199") << QString() << QStringLiteral("+18005550199") << QStringLiteral("US") << true;
        QTest::newRow("Canada Montreal") << QStringLiteral("+1 514-555-0131") << QString() << QStringLiteral("+15145550131") << QStringLiteral("CA") << false;
        QTest::newRow("France Paris") << QStringLiteral("+33 1 42 68 53 00") << QString() << QStringLiteral("+33142685300") << QStringLiteral("FR") << false;
        QTest::newRow("France national") << QStringLiteral("01 42 68 53 00") << QStringLiteral("FR") << QStringLiteral("+33142685300") << QStringLiteral("FR") << false;
        QTest::newRow("Spain Madrid") << QStringLiteral("+34 912 345 678") << QString() << QStringLiteral("+34912345678") << QStringLiteral("ES") << false;
        QTest::newRow("UK London") << QStringLiteral("+44 20 7946 0958") << QString() << QStringLiteral("+442079460958") << QStringLiteral("GB") << false;
        QTest::newRow("UK national") << QStringLiteral("020 7946 0958") << QStringLiteral("GB") << QStringLiteral("+442079460958") << QStringLiteral("GB") << false;
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, country);
        QFETCH(bool, tollFree);
        const auto number = PhoneNumber::parse(input, region);
        QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        QCOMPARE(number->e164(), e164);
        QCOMPARE(number->regionCode(), country);
        QCOMPARE(number->isTollFree(), tollFree);
        // The stored form parses back to itself.
        QCOMPARE(PhoneNumber::parse(number->e164())->e164(), e164);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
        QTest::newRow("no country code") << QStringLiteral("2125550142") << QString() << QStringLiteral("country code");
        QTest::newRow("letters") << QStringLiteral("hello") << QStringLiteral("US") << QStringLiteral("not a phone number");
        QTest::newRow("unknown country code") << QStringLiteral("+999 1234567") << QString() << QStringLiteral("country code");
        QTest::newRow("too short FR") << QStringLiteral("+33 1 23") << QString() << QStringLiteral("short");
        QTest::newRow("too long US") << QStringLiteral("+1 212 555 01421234") << QString() << QStringLiteral("long");
        QTest::newRow("invalid US area code") << QStringLiteral("+1 123 555 0142") << QString() << QStringLiteral("not a number in use");
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, reasonPart);
        const auto number = PhoneNumber::parse(input, region);
        QVERIFY(!number.ok());
        QCOMPARE(number.errorKind(), Error::Kind::InvalidInput);
        QVERIFY2(number.errorMessage().contains(reasonPart), qPrintable(number.errorMessage()));
    }

    void displayForm()
    {
        QCOMPARE(PhoneNumber::displayForm(QStringLiteral("+12125550142")), QStringLiteral("+1 212-555-0142"));
        QCOMPARE(PhoneNumber::displayForm(QStringLiteral("+33142685300")), QStringLiteral("+33 1 42 68 53 00"));
        QCOMPARE(PhoneNumber::displayForm(QStringLiteral("anonymous")), QStringLiteral("anonymous"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
