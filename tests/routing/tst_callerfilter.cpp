#include "routing/callerfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CallerFilter::Mode)

// PRODUCT.md rule 9: block and allow lists, exact beats wildcard beats list order, anonymous matchable.
class TestCallerFilter final : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<CallerFilter::Mode>("mode");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<int>("entry");

        const QStringList list{u"+1514*"_s, u"+15145550123"_s, u"anonymous"_s};
        QTest::newRow("off lets everyone in") << CallerFilter::Mode::Off << list << u"+15145550123"_s << false << -1;
        QTest::newRow("block exact") << CallerFilter::Mode::Block << list << u"+15145550123"_s << true << 1;
        QTest::newRow("block wildcard") << CallerFilter::Mode::Block << list << u"+15145550999"_s << true << 0;
        QTest::newRow("block passes others") << CallerFilter::Mode::Block << list << u"+12125550100"_s << false << -1;
        QTest::newRow("block anonymous") << CallerFilter::Mode::Block << list << u"anonymous"_s << true << 2;
        QTest::newRow("empty caller is anonymous") << CallerFilter::Mode::Block << list << u""_s << true << 2;
        QTest::newRow("anonymous not a prefix match") << CallerFilter::Mode::Block << QStringList{u"+*"_s} << u"anonymous"_s << false << -1;
        QTest::newRow("allow exact") << CallerFilter::Mode::Allow << list << u"+15145550123"_s << false << 1;
        QTest::newRow("allow wildcard") << CallerFilter::Mode::Allow << list << u"+15149990000"_s << false << 0;
        QTest::newRow("allow refuses others") << CallerFilter::Mode::Allow << list << u"+12125550100"_s << true << -1;
        QTest::newRow("allow anonymous listed") << CallerFilter::Mode::Allow << list << u"anonymous"_s << false << 2;
        QTest::newRow("allow anonymous unlisted") << CallerFilter::Mode::Allow << QStringList{u"+1514*"_s} << u"anonymous"_s << true << -1;
        QTest::newRow("exact beats earlier wildcard") << CallerFilter::Mode::Block
                                                      << QStringList{u"+1*"_s, u"+15*"_s, u"+15145550123"_s} << u"+15145550123"_s << true << 2;
        QTest::newRow("first wildcard in list order") << CallerFilter::Mode::Block
                                                      << QStringList{u"+1*"_s, u"+1514*"_s} << u"+15145550123"_s << true << 0;
        QTest::newRow("empty allow list refuses all") << CallerFilter::Mode::Allow << QStringList{} << u"+15145550123"_s << true << -1;
    }
    void check()
    {
        QFETCH(CallerFilter::Mode, mode);
        QFETCH(QStringList, patterns);
        QFETCH(QString, caller);
        QFETCH(bool, blocked);
        QFETCH(int, entry);
        QList<CallerFilter::Entry> entries;
        for (const QString &pattern : patterns)
            entries << CallerFilter::Entry{pattern, QString()};
        const CallerFilter filter(mode, entries);
        const CallerFilter::Verdict verdict = filter.check(caller);
        QCOMPARE(verdict.blocked, blocked);
        QCOMPARE(verdict.entryIndex, entry);
    }

    void normalizePattern_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("exact") << u"+15145550123"_s << u"+15145550123"_s;
        QTest::newRow("spaces and dashes") << u" +1 (514) 555-0123 "_s << u"+15145550123"_s;
        QTest::newRow("wildcard") << u"+1514*"_s << u"+1514*"_s;
        QTest::newRow("everyone") << u"+*"_s << u"+*"_s;
        QTest::newRow("anonymous any case") << u"Anonymous"_s << u"anonymous"_s;
        QTest::newRow("no plus") << u"5145550123"_s << u""_s;
        QTest::newRow("inner star") << u"+15*14"_s << u""_s;
        QTest::newRow("letters") << u"+1514ABC"_s << u""_s;
        QTest::newRow("empty") << u""_s << u""_s;
    }
    void normalizePattern()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const auto result = CallerFilter::normalizePattern(text);
        if (normalized.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.errorKind(), Error::Kind::InvalidInput);
            QVERIFY(result.errorMessage().contains(text.trimmed()));
        } else {
            QCOMPARE(result.value(), normalized);
        }
    }

    void modeNames()
    {
        for (CallerFilter::Mode mode : {CallerFilter::Mode::Off, CallerFilter::Mode::Block, CallerFilter::Mode::Allow}) {
            CallerFilter::Mode parsed = CallerFilter::Mode::Off;
            QVERIFY(CallerFilter::parseMode(CallerFilter::modeName(mode), &parsed));
            QCOMPARE(parsed, mode);
        }
        CallerFilter::Mode parsed = CallerFilter::Mode::Block;
        QVERIFY(!CallerFilter::parseMode(QStringLiteral("whitelist"), &parsed));
        QCOMPARE(parsed, CallerFilter::Mode::Block);
    }
};

QTEST_GUILESS_MAIN(TestCallerFilter)
#include "tst_callerfilter.moc"
