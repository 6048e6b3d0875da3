#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QLocale;

// An amount of money: an integer count of the currency's minor units and an ISO 4217 code.
// Never a float (PRODUCT.md rule 1). Sub-cent rates are micro-units (1/1 000 000 of the major unit);
// every conversion to minor units rounds once, half away from zero.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minor, QString currency);

    static constexpr qint64 kMicroPerMajor = 1'000'000;

    // numerator / denominator rounded half away from zero (denominator > 0).
    static qint64 divideRounded(qint64 numerator, qint64 denominator);
    // value × multiplier ÷ divisor with one rounding at the end and no intermediate overflow.
    static qint64 mulDivRounded(qint64 value, qint64 multiplier, qint64 divisor);

    static Money fromMicro(qint64 micro, const QString &currency);
    // Parses a plain decimal ("12.95", "-3", "15.5", "1234"); no grouping, '.' as the separator.
    // More fraction digits than the currency has is an error, not a silent rounding.
    static Result<Money> parse(const QString &text, const QString &currency);
    // Parses a decimal written for people in the given locale ("1 234,50" in French) or plainly.
    static Result<Money> parseLocalized(const QString &text, const QString &currency, const QLocale &locale);

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // This amount × numerator ÷ denominator, rounded once (proration, shares).
    Money scaled(qint64 numerator, qint64 denominator) const;
    qint64 toMicro() const;

    QString toDecimalString() const;                  // "3.45", "-0.50", "1234.00": for CSV/JSON
    QString format(const QLocale &locale) const;      // "$1,234.50", "1 234,50 $", "1234,50 €"

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    bool operator==(const Money &other) const = default;
    auto operator<=>(const Money &other) const { return m_minor <=> other.m_minor; }

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("USD");
};
