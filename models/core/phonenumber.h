#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// A telephone number validated by libphonenumber and stored as E.164 ("+15145550123").
// Formatting for people happens only for display; storage and comparison use E.164.
class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Type { Unknown, FixedLine, Mobile, FixedLineOrMobile, TollFree, PremiumRate, SharedCost, Voip,
                      PersonalNumber, Pager, Uan, Voicemail };

    PhoneNumber() = default;

    // Parses and validates. Text without a leading '+' is read in defaultRegion (ISO 3166 "US", "FR").
    // An impossible or invalid number is refused with the reason.
    static Result<PhoneNumber> parse(const QString &text, const QString &defaultRegion = QString());

    bool isValid() const { return !m_e164.isEmpty(); }
    const QString &e164() const { return m_e164; }
    const QString &regionCode() const { return m_region; } // "US", "CA", "FR"…
    Type type() const { return m_type; }
    bool isTollFree() const { return m_type == Type::TollFree; }
    QString international() const; // "+1 514-555-0123"
    QString national() const;      // "(514) 555-0123"

    // For display: the international form of a stored E.164 string, or the text unchanged.
    static QString displayForm(const QString &e164);

    bool operator==(const PhoneNumber &other) const { return m_e164 == other.m_e164; }

private:
    QString m_e164;
    QString m_region;
    Type m_type = Type::Unknown;
};
