#pragma once

#include <QString>
#include <QTimeZone>

// One customer account of the provider, as LineDesk shows it.
struct Account final
{
    qint64 id = 0;
    QString name;
    QString accountNumber;
    QString billingMode;     // "prepaid" / "postpaid"
    QString currency;        // ISO 4217
    QString timezone;        // IANA zone of the account (windows, statement dates)
    QString locale;          // "en_US", "fr_CA"…: money and dates on documents
    int invoiceDay = 1;      // 1–28; 0 = the last day of the month
    qint64 minDepositMinor = 1500;

    QTimeZone timeZone() const { return QTimeZone(timezone.toUtf8()); }
    bool isPrepaid() const { return billingMode == QLatin1String("prepaid"); }
};
