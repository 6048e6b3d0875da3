#include "money.h"

#include "currency.h"

#include <QLocale>
#include <QRegularExpression>

#include <cstdlib>
#include <limits>

namespace {

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 Wide;
#else
using Wide = long long; // MSVC: no 128-bit integer; amounts stay far below the overflow point
#endif

qint64 divideWideRounded(Wide numerator, Wide denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    Wide quotient = magnitude / denominator;
    const Wide remainder = magnitude % denominator;
    if (remainder * 2 >= denominator) // half away from zero: a tie goes up in magnitude
        ++quotient;
    return static_cast<qint64>(negative ? -quotient : quotient);
}

} // namespace

Money::Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

qint64 Money::divideRounded(qint64 numerator, qint64 denominator)
{
    return divideWideRounded(numerator, denominator);
}

qint64 Money::mulDivRounded(qint64 value, qint64 multiplier, qint64 divisor)
{
    return divideWideRounded(static_cast<Wide>(value) * multiplier, divisor);
}

Money Money::fromMicro(qint64 micro, const QString &currency)
{
    const qint64 microPerMinor = kMicroPerMajor / Currency::minorPerMajor(currency);
    return Money(divideRounded(micro, microPerMinor), currency);
}

qint64 Money::toMicro() const
{
    return m_minor * (kMicroPerMajor / Currency::minorPerMajor(m_currency));
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d{1,15})(?:\\.(\\d*))?$"));
    const QString trimmed = text.trimmed();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return invalidInput(tr("“%1” is not an amount; write it like 12.95").arg(trimmed));
    const int exponent = Currency::exponent(currency);
    QString fraction = match.captured(3);
    if (fraction.size() > exponent) {
        return invalidInput(tr("“%1” has more than %n decimal(s), the smallest unit of %2", nullptr, exponent)
                                .arg(trimmed, currency));
    }
    fraction = fraction.leftJustified(exponent, QLatin1Char('0'));
    qint64 minor = match.captured(2).toLongLong() * Currency::minorPerMajor(currency);
    if (exponent > 0)
        minor += fraction.toLongLong();
    if (match.captured(1) == QLatin1String("-"))
        minor = -minor;
    return Money(minor, currency);
}

Result<Money> Money::parseLocalized(const QString &text, const QString &currency, const QLocale &locale)
{
    QString plain = text.trimmed();
    const bool accountingNegative = plain.startsWith(QLatin1Char('(')) && plain.endsWith(QLatin1Char(')'));
    if (accountingNegative)
        plain = QLatin1Char('-') + plain.mid(1, plain.size() - 2);
    plain.remove(Currency::symbol(currency));
    plain.remove(currency);
    plain.remove(locale.groupSeparator());
    plain.remove(QChar(0x00A0));
    plain.remove(QChar(0x202F));
    plain.remove(QLatin1Char(' '));
    plain.replace(locale.decimalPoint(), QStringLiteral("."));
    plain.replace(locale.negativeSign(), QStringLiteral("-"));
    return parse(plain, currency);
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    return Money(mulDivRounded(m_minor, numerator, denominator), m_currency);
}

QString Money::toDecimalString() const
{
    const int exponent = Currency::exponent(m_currency);
    const qint64 factor = Currency::minorPerMajor(m_currency);
    const quint64 magnitude = m_minor < 0 ? 0 - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    QString result = m_minor < 0 ? QStringLiteral("-") : QString();
    result += QString::number(magnitude / static_cast<quint64>(factor));
    if (exponent > 0) {
        result += QLatin1Char('.')
                + QString::number(magnitude % static_cast<quint64>(factor)).rightJustified(exponent, QLatin1Char('0'));
    }
    return result;
}

QString Money::format(const QLocale &locale) const
{
    const int exponent = Currency::exponent(m_currency);
    const qint64 factor = Currency::minorPerMajor(m_currency);
    const qint64 magnitude = std::llabs(m_minor);

    // The number itself, built from integers so no float ever touches the amount.
    QString number = locale.toString(magnitude / factor);
    if (exponent > 0) {
        QString fraction = locale.toString(magnitude % factor);
        while (fraction.size() < exponent)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }

    // The locale's currency pattern (symbol side, spacing), taken from how it writes 1. Negative
    // amounts take the locale's minus sign in front, not CLDR's accounting parentheses, as
    // statements and invoices write them.
    const QString symbol = Currency::symbol(m_currency);
    const QString pattern = locale.toCurrencyString(qlonglong(1), symbol);
    const QString one = locale.toString(1);
    const qsizetype at = pattern.indexOf(one);
    const QString positive = at < 0 ? number : QString(pattern).replace(at, one.size(), number);
    return m_minor < 0 ? locale.negativeSign() + positive : positive;
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}

Money &Money::operator+=(const Money &other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    *this = *this - other;
    return *this;
}
