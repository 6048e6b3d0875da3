#pragma once

#include <QDate>
#include <QString>

// One phone number (DID) of the account as stored in `numbers`: what the table, the detail panel
// and the CLI show and edit. Fees are minor units (monthly) and micro-units (per minute).
struct NumberRecord final
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString e164;
    QString country;     // ISO 3166 region ("US", "CA", "FR")
    QString rateCenter;
    QString type;        // "local", "toll-free", "international"
    QString note;
    QString plan;        // "flat", "per-minute"
    qint64 monthlyFeeMinor = 0;
    qint64 perMinuteMicro = 0;
    QString currency;
    QDate orderedOn;
    QDate nextBillingOn;
    QDate planChangedOn; // null: never switched
    QString timezone = QStringLiteral("America/New_York");
    bool voicemail = true;
    bool cnamLookup = false;
    bool fax = false;
    bool sms = false;
    bool e911 = false;
    QString e911Street;
    QString e911City;
    QString e911Region;
    QString e911PostalCode;
    QString e911Country;
    QString filterMode = QStringLiteral("off"); // "off", "block", "allow"
    bool ivrEnabled = false;
    QString ivrGreeting;
    QString ivrDigit = QStringLiteral("1");
    QString ivrNoInput = QStringLiteral("voicemail"); // "voicemail", "reject", "forward"
    int version = 1;

    bool operator==(const NumberRecord &other) const = default;
};
