#pragma once

#include <QDate>
#include <QString>

// A request to move a number from another carrier to this account (US/Canada only). A port is
// expected in 2 to 4 weeks after submission; one still open after 4 weeks is shown as overdue.
struct PortingRequest final
{
    qint64 id = 0;
    QString e164;
    QString losingCarrier;
    QDate submittedOn;
    QString status = QStringLiteral("submitted"); // submitted, in-progress, completed, rejected, cancelled
    QDate completedOn;
    int version = 1;

    static constexpr int kExpectedMinDays = 14;
    static constexpr int kExpectedMaxDays = 28;

    bool isOpen() const { return status == QLatin1String("submitted") || status == QLatin1String("in-progress"); }
    QDate expectedFrom() const { return submittedOn.addDays(kExpectedMinDays); }
    QDate expectedBy() const { return submittedOn.addDays(kExpectedMaxDays); }
    bool isOverdue(const QDate &today) const { return isOpen() && today > expectedBy(); }
};
